package dev.descentfx.ui.controls;

import dev.descentfx.ui.run.DescentViewModel;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The whole run on one slider, from epoch 0 to the last trained epoch: dragging shows that
 * epoch, and while the run plays the thumb follows the epoch on screen. Under it, why Play did
 * not start, when it did not.
 */
public final class EpochSlider extends VBox {
    private final DescentViewModel vm;
    private Slider slider;
    private Label position;
    private Label note;
    private boolean showing;   // true while the slider is moved to show the ViewModel, not by the user

    public EpochSlider(DescentViewModel vm) {
        this.vm = vm;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("epoch-slider");
        Label name = new Label();
        name.textProperty().bind(vm.text("epoch.name"));
        name.getStyleClass().add("control-label");
        slider = new Slider(0, 0, 0);
        slider.setId("epochSlider");
        slider.setFocusTraversable(false);   // the arrows step the run, they do not nudge the slider
        slider.setTooltip(Tips.of(vm.text("epoch.slider.tip")));
        HBox.setHgrow(slider, Priority.ALWAYS);
        position = new Label();
        position.setId("epochPosition");
        position.getStyleClass().add("epoch-position");
        position.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(10, name, slider, position);
        row.setAlignment(Pos.CENTER_LEFT);
        note = new Label();
        note.setId("playNote");
        note.getStyleClass().add("play-note");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        getChildren().addAll(row, note);
    }

    private void init() {
        // the end and the thumb move together, so the slider never clamps the thumb on its own
        InvalidationListener show = obs -> show();
        vm.epochProperty().addListener(show);
        vm.lastEpochProperty().addListener(show);
        show();
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                vm.showEpoch((int) Math.round(now.doubleValue()));
                show();
            }
        });
        position.textProperty().bind(Bindings.createStringBinding(
                () -> vm.languageProperty().get().text("epoch.position",
                        String.format(Locale.ROOT, "%,d", vm.epochProperty().get()),
                        String.format(Locale.ROOT, "%,d", vm.lastEpochProperty().get())),
                vm.epochProperty(), vm.lastEpochProperty(), vm.languageProperty()));
        note.textProperty().bind(vm.playNoteProperty());
        note.visibleProperty().bind(vm.playNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
    }

    private void show() {
        int epoch = vm.epochProperty().get();
        showing = true;
        try {
            slider.setMax(Math.max(1, Math.max(epoch, vm.lastEpochProperty().get())));
            slider.setValue(epoch);
        } finally {
            showing = false;
        }
    }
}
