package dev.descentfx.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.IIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files are written whole or not at all, and a failure says which file and why. */
class SafeFileTest {
    @TempDir
    Path folder;

    private long entries() throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.count();
        }
    }

    @Test
    void aCompleteWriteTakesTheNameAndLeavesNoPartFile() throws IOException {
        Path file = folder.resolve("fit.svg");
        SafeFile.write(file, out -> out.write("<svg/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("<svg/>");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void aWriteThatFailsHalfWayKeepsTheOldFileAndLeavesNothingElse() throws IOException {
        Path file = folder.resolve("fit.png");
        Files.writeString(file, "the picture from before");
        assertThatThrownBy(() -> SafeFile.write(file, out -> {
            out.write(new byte[100_000]);   // more than the buffer: part of it reached the disk
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class)
                .hasMessage("could not write " + file + ": the disk is full; free some space or save somewhere else");
        assertThat(Files.readString(file)).isEqualTo("the picture from before");
        assertThat(entries()).as("no part-file left behind").isEqualTo(1);
    }

    @Test
    void aNewFileThatFailsIsNotThereAfterwards() {
        Path file = folder.resolve("new.png");
        assertThatThrownBy(() -> SafeFile.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("drawing failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(file).doesNotExist();
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = folder.resolve("no-such-folder").resolve("x.png");
        assertThatThrownBy(() -> SafeFile.write(file, out -> out.write(1)))
                .hasMessage("could not write " + file + ": the folder " + file.getParent()
                        + " does not exist; create it first");
    }

    @Test
    void theSystemsReasonIsFoundUnderImageIosOwnWords() {
        // ImageIO reports a full disk as "I/O error writing PNG file!" with the system's words in a cause
        IIOException imageIo = new IIOException("I/O error writing PNG file!", new IOException("No space left on device"));
        assertThat(SafeFile.reason(folder.resolve("x.png"), imageIo)).startsWith("the disk is full");
        assertThat(SafeFile.reason(folder.resolve("x.png"), new java.nio.file.AccessDeniedException("x.png")))
                .isEqualTo("permission denied: you may not write in " + folder + "; save somewhere else");
        assertThat(SafeFile.reason(folder.resolve("x.png"), new java.nio.file.FileSystemException("x.png", null,
                "Read-only file system"))).isEqualTo("the folder " + folder + " is on a read-only disk; save somewhere else");
    }
}
