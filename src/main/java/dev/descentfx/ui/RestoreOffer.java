package dev.descentfx.ui;

import dev.descentfx.i18n.Language;
import dev.descentfx.session.Autosave;
import dev.descentfx.session.Session;
import dev.descentfx.session.SessionFile;
import dev.descentfx.session.SessionProblem;
import dev.descentfx.ui.run.DescentViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * At the start, a session the last window left behind (it did not close cleanly) is offered:
 * Restore opens it, Discard deletes it; either way this window autosaves from then on. A left
 * session that cannot be opened is said so in one message; Keep leaves the file as it is (and this
 * window does not autosave over it), Discard deletes it.
 */
final class RestoreOffer {
    private RestoreOffer() {
    }

    static void offer(Window owner, DescentViewModel vm, AutosaveClock clock) {
        Autosave autosave = clock.autosave();
        if (!autosave.pending()) {
            clock.start();
            return;
        }
        Language l = vm.languageProperty().get();
        ButtonType restore = new ButtonType(l.text("session.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(l.text("session.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(l.text("session.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Session left;
        try {
            left = SessionFile.read(autosave.file());
        } catch (SessionProblem p) {
            Optional<ButtonType> answer = ask(owner, Alert.AlertType.WARNING, l.text("session.openFailed"),
                    l.text("session.restoreBroken", p.getMessage()), discard, keep);
            if (answer.isPresent() && answer.get() == discard) {
                discard(autosave);
                clock.start();
            }
            return;
        }
        String saved = new SimpleDateFormat("yyyy-MM-dd HH:mm").format(new Date(modified(autosave)));
        Optional<ButtonType> answer = ask(owner, Alert.AlertType.CONFIRMATION, l.text("session.restoreTitle"),
                l.text("session.restoreText", left.epoch(), left.trainedTo(), saved), restore, discard);
        if (answer.isPresent() && answer.get() == restore) {
            try {
                vm.open(left);
            } catch (IllegalArgumentException e) {
                ask(owner, Alert.AlertType.WARNING, l.text("session.openFailed"), l.text("session.restoreBroken",
                        "could not open " + autosave.file() + ": " + e.getMessage()), keep);
                return;   // the file stays as it is
            }
        } else {
            discard(autosave);
        }
        clock.start();
    }

    private static Optional<ButtonType> ask(Window owner, Alert.AlertType type, String header, String text,
                                            ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("restoreOffer");
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert.showAndWait();
    }

    private static long modified(Autosave autosave) {
        try {
            return Files.getLastModifiedTime(autosave.file()).toMillis();
        } catch (IOException e) {
            return System.currentTimeMillis();
        }
    }

    private static void discard(Autosave autosave) {
        try {
            autosave.delete();
        } catch (IOException e) {
            System.err.println("descentfx: the autosave " + autosave.file() + " could not be deleted: " + e.getMessage());
        }
    }
}
