package dev.descentfx.ui;

import dev.descentfx.training.LessonPreset;
import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.Presets;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The first-run screen over the plots: the lesson's runs as big buttons, and "just start". A
 * choice, "just start" or Esc closes it; the lesson menu brings it back.
 */
final class PresetChooser extends StackPane {
    private final DescentViewModel vm;
    private final Presets presets;

    PresetChooser(DescentViewModel vm) {
        this.vm = vm;
        this.presets = vm.presets();
        createView();
        init();
    }

    private void createView() {
        setId("presetChooser");
        getStyleClass().add("preset-chooser");
        Label title = label("preset.chooser.title");
        title.getStyleClass().add("preset-chooser-title");
        Label subtitle = label("preset.chooser.subtitle");
        subtitle.setWrapText(true);
        subtitle.setMinHeight(Label.USE_PREF_SIZE);   // all its lines, whichever language
        VBox card = new VBox(12, title, subtitle);
        for (LessonPreset p : LessonPreset.values()) {
            card.getChildren().add(choice(p));
        }
        Button justStart = new Button();
        justStart.setId("presetJustStart");
        justStart.textProperty().bind(vm.text("preset.chooser.justStart"));
        justStart.setGraphic(new FontIcon("mdi2p-play"));
        justStart.setFocusTraversable(false);
        justStart.setOnAction(e -> presets.closeChooser());
        Label note = label("preset.chooser.note");
        note.getStyleClass().add("preset-chooser-note");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        card.getChildren().addAll(justStart, note);
        card.getStyleClass().add("preset-chooser-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(Pos.CENTER);
    }

    /** A big button: the preset's name, and under it its data, start and length. */
    private Button choice(LessonPreset p) {
        Label name = new Label();
        name.textProperty().bind(presets.name(p));
        name.getStyleClass().add("preset-choice-name");
        Label detail = new Label();
        detail.textProperty().bind(presets.detail(p));
        detail.getStyleClass().add("preset-choice-detail");
        Button b = new Button(null, new VBox(2, name, detail));
        b.setId("choose-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        b.getStyleClass().add("preset-choice");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setFocusTraversable(false);
        b.setOnAction(e -> presets.choose(p));
        return b;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(vm.text(key));
        return label;
    }

    private void init() {
        visibleProperty().bind(presets.chooserVisibleProperty());
    }
}
