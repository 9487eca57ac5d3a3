package dev.descentfx.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The window's session kept on the disk while it runs, so a crash loses at most a few seconds:
 * written whole ({@link SessionFile#write}, through a part file) when something changed, deleted
 * when the window closes cleanly. A file still there at the next start is a session that did not
 * end cleanly, offered for restoring. Where it lives: the system property {@value #PROPERTY}, else
 * {@code ~/.descentfx/autosave.descentfx}.
 */
public final class Autosave {
    /** The system property naming the autosave file (tests point it at a temporary folder). */
    public static final String PROPERTY = "descentfx.autosave";

    private final Path file;
    private volatile Session written;   // read on the window's thread, written on the writer's

    public Autosave(Path file) {
        this.file = file;
    }

    /** The file {@value #PROPERTY} names, else {@code ~/.descentfx/autosave.descentfx}. */
    public static Path defaultFile() {
        String named = System.getProperty(PROPERTY);
        return named != null && !named.isBlank() ? Path.of(named)
                : Path.of(System.getProperty("user.home"), ".descentfx", "autosave.descentfx");
    }

    public Path file() {
        return file;
    }

    /** Whether a session was left behind by a window that did not close cleanly. */
    public boolean pending() {
        return Files.isRegularFile(file);
    }

    /** Whether {@code session} differs from the one last written (so {@link #write} would write). */
    public boolean changed(Session session) {   // no lock: the window's thread never waits for a write to the disk
        return !session.equals(written);
    }

    /** Writes {@code session} whole if it differs from the one last written; true if it wrote. */
    public synchronized boolean write(Session session) throws IOException {
        if (!changed(session)) {
            return false;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        SessionFile.write(file, session);
        written = session;
        return true;
    }

    /** A clean exit, or the left-behind session declined: the file goes. */
    public synchronized void delete() throws IOException {
        Files.deleteIfExists(file);
        written = null;
    }
}
