package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.Priority;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** F1: the keys, over the window. A click or Esc closes it. */
final class HelpOverlay extends StackPane {
    /** One row per key: the sentences help.key.NAME (the key) and help.what.NAME (what it does). */
    static final String[] KEYS = {"space", "right", "left", "shiftArrows", "panels", "reset", "legend", "rate", "help",
            "nudge", "fullScreen", "zoom", "side", "editPoints", "deletePoint", "undo", "redo", "field", "rightClick"};
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
            key.setMinWidth(Label.USE_PREF_SIZE);   // a key is never cut to "Shift+→ / S…"; the words wrap instead
            Label what = label("help.what." + KEYS[i]);
            what.setWrapText(true);
            what.setMinHeight(Label.USE_PREF_SIZE);
            keys.addRow(i, key, what);
        }
        ColumnConstraints words = new ColumnConstraints();
        words.setHgrow(Priority.ALWAYS);
        words.setFillWidth(true);
        keys.getColumnConstraints().addAll(new ColumnConstraints(), words);
        Label title = label("help.title");
        title.getStyleClass().add("help-title");
        Label note = label("help.note");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        VBox card = new VBox(16, title, keys, note, label("help.close"));
        card.getStyleClass().add("help-card");
        // the card zooms with the window; what no longer fits the screen scrolls (wheel, arrows, Page Down)
        ScrollPane scroll = new ScrollPane(card);
        scroll.getStyleClass().add("help-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxSize(ScrollPane.USE_PREF_SIZE, ScrollPane.USE_PREF_SIZE);   // as large as the card, at most the window
        scroll.setMinSize(0, 0);
        StackPane.setMargin(scroll, new Insets(20));
        card.setMinHeight(VBox.USE_PREF_SIZE);
        getChildren().add(scroll);
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
