package dev.descentfx.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A file written whole or not at all: the bytes go to a temporary file in the same folder, which
 * is renamed onto the name asked for only once it is complete and on the disk. A failed write
 * (no such folder, no right to write there, a full disk) leaves the old file as it was and no
 * part-file behind, and says so in one line naming the file and the reason.
 */
public final class SafeFile {
    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private SafeFile() {
    }

    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path part;
        try {
            // a new file of our own (CREATE_NEW), made as any other new file there would be (the umask decides its rights)
            part = folder.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
            Files.newOutputStream(part, StandardOpenOption.CREATE_NEW).close();
        } catch (IOException e) {
            throw failed(file, e);
        }
        try {
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);   // on the disk before it takes the real name
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw failed(file, e);
        } catch (RuntimeException | Error e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    /** "could not write FILE: REASON", the reason in words a student knows. */
    static IOException failed(Path file, IOException e) {
        return new IOException("could not write " + file + ": " + reason(file, e), e);
    }

    static String reason(Path file, IOException e) {
        Path folder = file.toAbsolutePath().getParent();
        StringBuilder all = new StringBuilder();   // ImageIO hides the system's words in a cause
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        String message = all.toString().toLowerCase(Locale.ROOT);
        if (message.contains("no space left")) {
            return "the disk is full; free some space or save somewhere else";
        }
        if (message.contains("read-only file system")) {
            return "the folder " + folder + " is on a read-only disk; save somewhere else";
        }
        if (e instanceof AccessDeniedException || message.contains("permission denied")) {
            return "permission denied: you may not write in " + folder + "; save somewhere else";
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return "the folder " + folder + " does not exist; create it first";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
