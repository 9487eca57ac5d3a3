package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** F1: the keys, over the window. A click or Esc closes it. */
final class HelpOverlay extends StackPane {
    static final String[][] KEYS = {
            {"Space", "Play / Pause (Play stops at the Run-to epoch)"},
            {"\u2192  Right arrow", "Step one epoch forward"},
            {"\u2190  Left arrow", "Step one epoch back (shows the stored record)"},
            {"Shift+\u2192  /  Shift+\u2190", "One call of the loop forward / back (the code shows it)"},
            {"P  C  G  F", "Show the plots, the code, the graph, the formulas"},
            {"R", "Reset to epoch 0"},
            {"L", "Show / hide what the marks on each plot mean (dot, ring, tangent, arrow, trail, lines)"},
            {"+  /  \u2212", "Learning rate one notch up / down"},
            {"F1", "Show / hide this help"},
            {"N", "Nudge W: start again from the shown W + 0.5 (and b), same \u03b1"},
            {"F11  /  Esc", "Full screen  /  leave it (Esc first puts a big plot back)"},
            {"Ctrl+=  Ctrl+\u2212  Ctrl+0", "Everything larger / smaller / 100 % (up to 250 %)"},
            {"H   1 2 3 4", "Hide the side panel;  one plot fills the area (double-click too)"},
            {"Enter  /  Esc", "In a typed field: apply  /  put back and leave"},
            {"Right-click", "Save a plot as PNG (1\u00d7, 2\u00d7, 4\u00d7) or SVG"},
    };
    private final DescentViewModel vm;

    HelpOverlay(DescentViewModel vm) {
        this.vm = vm;
        createView();
        init();
    }

    private void createView() {
        setId("helpOverlay");
        getStyleClass().add("help-overlay");
        GridPane keys = new GridPane();
        keys.getStyleClass().add("help-keys");
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add("help-key");
            keys.addRow(i, key, new Label(KEYS[i][1]));
        }
        Label title = new Label("Keyboard");
        title.getStyleClass().add("help-title");
        Label note = new Label("Stepping back and forward replays the stored epochs; change \u03b1 or the mode to train on from there.");
        note.setWrapText(true);
        note.setMaxWidth(560);
        VBox card = new VBox(16, title, keys, note, new Label("Click or press Esc to close."));
        card.getStyleClass().add("help-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
    }

    private void init() {
        visibleProperty().bind(vm.helpVisibleProperty());
        setOnMouseClicked(e -> vm.hideHelp());
    }
}
