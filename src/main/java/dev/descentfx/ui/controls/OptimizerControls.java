package dev.descentfx.ui.controls;

import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.Words;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The optimizer of the run: SGD or Adam, and its main setting (SGD's momentum μ, Adam's β1), both
 * read from and sent to the ViewModel. Adam has no by-hand step here (the lesson's by-hand step is
 * {@code W -= lr * gradient}): while the gradient is by hand Adam is off, and while Adam runs the
 * gradient is autograd's.
 */
final class OptimizerControls extends VBox {

    OptimizerControls(DescentViewModel vm) {
        Label name = new Label();
        name.textProperty().bind(vm.text("controls.optimizer"));
        name.getStyleClass().add("control-label");
        ToggleButton sgd = button(vm, "controls.sgd", "sgdButton");
        ToggleButton adam = button(vm, "controls.adam", "adamButton");
        SegmentedButton choice = new SegmentedButton(sgd, adam);
        choice.setToggleGroup(null);   // each button shows the ViewModel's choice (as the gradient mode's do)
        choice.setId("optimizerButtons");
        TwoWay.bind(sgd.selectedProperty(), vm.adamProperty(), a -> !a, on -> {
            if (on) {
                vm.setAdam(false);
            }
        });
        TwoWay.bind(adam.selectedProperty(), vm.adamProperty(), a -> a, on -> {
            if (on) {
                vm.setAdam(true);
            }
        });
        adam.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.modeProperty().get() == dev.descentfx.training.GradientMode.MANUAL, vm.modeProperty()));

        SliderField momentum = new SliderField(vm.text("controls.momentum"), vm.optimizerSettingProperty(),
                vm::setOptimizerSetting, 0, 0.99, false, v -> Words.number(v, 2), vm.text("controls.momentum.tip"),
                vm.text("controls.notANumber"));
        momentum.setId("momentumControl");
        momentum.slider.setId("momentumSlider");
        momentum.field.setId("momentumField");
        SliderField beta1 = new SliderField(vm.text("controls.beta1"), vm.optimizerSettingProperty(),
                vm::setOptimizerSetting, 0, 0.99, false, v -> Words.number(v, 3), vm.text("controls.beta1.tip"),
                vm.text("controls.notANumber"));
        beta1.setId("beta1Control");
        beta1.slider.setId("beta1Slider");
        beta1.field.setId("beta1Field");
        for (var field : new SliderField[] {momentum, beta1}) {
            boolean forAdam = field == beta1;
            var shown = forAdam ? vm.adamProperty() : vm.adamProperty().not();
            field.visibleProperty().bind(shown);
            field.managedProperty().bind(shown);
        }
        HBox row = new HBox(12, name, choice);   // one row: the side panel keeps its height for the contours
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(row, momentum, beta1);
        setSpacing(8);
    }

    private static ToggleButton button(DescentViewModel vm, String key, String id) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(vm.text(key));
        b.setId(id);
        b.setTooltip(Tips.of(vm.text(key + ".tip")));
        return b;
    }
}
