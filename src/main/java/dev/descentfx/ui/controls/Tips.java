package dev.descentfx.ui.controls;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Tooltip;

/** A tooltip whose words follow the window's language (its text bound to a bundle sentence). */
public final class Tips {
    private Tips() {
    }

    public static Tooltip of(ObservableStringValue text) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(text);
        return tip;
    }
}
