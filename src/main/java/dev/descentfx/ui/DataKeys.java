package dev.descentfx.ui;

import dev.descentfx.ui.run.DataEdits;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The data's keys: Ctrl+Z undo, Ctrl+Y and Ctrl+Shift+Z redo, Delete and Backspace remove a point. */
final class DataKeys {
    private DataKeys() {
    }

    /** Does what {@code e} asks of the data; true if it was one of these keys. */
    static boolean handle(KeyEvent e, DataEdits data) {
        if (e.isAltDown()) {
            return false;
        }
        if (e.isShortcutDown()) {
            if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
                data.undo();
                return true;
            }
            if (e.getCode() == KeyCode.Y || e.getCode() == KeyCode.Z) {
                data.redo();
                return true;
            }
            return false;
        }
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            data.removeSelected();
            return true;
        }
        return false;
    }
}
