package dev.descentfx.cli;

import dev.descentfx.i18n.Language;
import dev.descentfx.session.Session;
import dev.descentfx.session.SessionFile;
import dev.descentfx.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NavigableMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code train --save-session FILE}: the run just trained as the session the window would save, written whole. */
final class SessionSaving {
    private SessionSaving() {
    }

    /** Before training: the file's folder is there and FILE is not a folder (else one line, and nothing is trained). */
    static void checkFolder(CommandSpec spec, Path file) {
        if (file == null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new ParameterException(spec.commandLine(), "--save-session " + file + " is a folder; name a .descentfx file");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "--save-session " + file + ": the folder " + folder
                    + " does not exist; create it first");
        }
    }

    /**
     * Writes the session: {@code settings} with the changes up to {@code trainedTo}, trained and shown at
     * {@code trainedTo}, Run to {@code epochs}; the window as {@code from} showed it, or as it opens in
     * the system's language. Says where it wrote, or in one line why it could not; true when it wrote.
     */
    static boolean write(CommandSpec spec, Path file, Session from, TrainingConfig settings,
                         NavigableMap<Integer, TrainingConfig> changes, int trainedTo, int epochs) {
        int kept = Math.min(trainedTo, SessionFile.MAX_EPOCHS);
        Session.View view = from != null ? from.view() : Session.View.standard(Language.system());
        Session session = new Session(settings, changes.headMap(kept, true), kept, kept, epochs, view);
        try {
            SessionFile.write(file, session);
        } catch (IOException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
            return false;
        }
        spec.commandLine().getErr().println(spec.qualifiedName() + ": saved the session in " + file
                + " (open it in the window, or run it with --session)");
        return true;
    }
}
