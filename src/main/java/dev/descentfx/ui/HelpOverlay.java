package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** F1: the keys, over the window. A click or Esc closes it. */
final class HelpOverlay extends StackPane {
    /** One row per key: the sentences help.key.NAME (the key) and help.what.NAME (what it does). */
    static final String[] KEYS = {"space", "right", "left", "shiftArrows", "panels", "reset", "legend", "rate", "help",
            "nudge", "fullScreen", "zoom", "side", "field", "rightClick"};
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
            Label key = label("help.key." + KEYS[i]);
            key.getStyleClass().add("help-key");
            keys.addRow(i, key, label("help.what." + KEYS[i]));
        }
        Label title = label("help.title");
        title.getStyleClass().add("help-title");
        Label note = label("help.note");
        note.setWrapText(true);
        note.setMaxWidth(560);
        VBox card = new VBox(16, title, keys, note, label("help.close"));
        card.getStyleClass().add("help-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(vm.text(key));
        return label;
    }

    private void init() {
        visibleProperty().bind(vm.helpVisibleProperty());
        setOnMouseClicked(e -> vm.hideHelp());
    }
}
