package dev.descentfx.ui;

import dev.descentfx.i18n.Language;
import dev.descentfx.session.SessionFile;
import dev.descentfx.session.SessionProblem;
import dev.descentfx.ui.plots.SaveLocation;
import dev.descentfx.ui.plots.SavedNotice;
import dev.descentfx.ui.run.DescentViewModel;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Save session… and Open session…, from the menu and from Ctrl+S / Ctrl+O: asks where, then
 * writes the view model's session whole ({@link SessionFile}) or opens one. A save that fails, or
 * a file that cannot be opened, shows one message and changes nothing.
 */
final class SessionCommands {
    static final String SAVE_KEYS = "Ctrl+S";
    static final String OPEN_KEYS = "Ctrl+O";
    private static final String SUGGESTED = "descentfx-session.descentfx";

    private final Node owner;
    private final SaveLocation location;
    private final DescentViewModel vm;

    SessionCommands(Node owner, SaveLocation location, DescentViewModel vm) {
        this.owner = owner;
        this.location = location;
        this.vm = vm;
    }

    /** Ctrl+S and Ctrl+O, wherever the focus is (a typed field too). */
    void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            if (e.getCode() == KeyCode.S) {
                e.consume();
                save();
            } else if (e.getCode() == KeyCode.O) {
                e.consume();
                open();
            }
        });
    }

    void save() {
        vm.pause();
        location.ask(owner.getScene().getWindow(), SUGGESTED).ifPresent(path -> {
            Path file = withEnding(path);
            try {
                SessionFile.write(file, vm.session());
                SavedNotice.show(owner.getScene(), file, language(), "session.saved");
            } catch (IOException | RuntimeException ex) {
                alert("session.saveFailed", ex.getMessage());
            }
        });
    }

    void open() {
        vm.pause();
        location.askOpen(owner.getScene().getWindow(), SUGGESTED).ifPresent(path -> {
            try {
                vm.open(path);
            } catch (SessionProblem ex) {
                alert("session.openFailed", language().text("session.openFailedWhy", ex.getMessage()));
            }
        });
    }

    /** A session file keeps its ending, so Open session finds it again. */
    private static Path withEnding(Path path) {
        String name = path.getFileName().toString();
        return name.contains(".") ? path : path.resolveSibling(name + ".descentfx");
    }

    private Language language() {
        return vm.languageProperty().get();
    }

    private void alert(String headerKey, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(language().text(headerKey));
        alert.setContentText(text);
        alert.getDialogPane().setId("sessionProblem");
        Scene scene = owner.getScene();
        if (scene != null && scene.getWindow() != null) {
            alert.initOwner(scene.getWindow());
        }
        alert.show();
    }
}
