package dev.descentfx.ui.controls;

import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.Words;

import dev.descentfx.training.GradientMode;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;

/** The settings of the run: α (with the zig-zag and critical rates marked), where W and b start, the bias, the gradient mode, the optimizer. */
public final class ControlsView extends VBox {
    private final DescentViewModel vm;
    private SliderField learningRate;
    private Region criticalMark;
    private Region zigZagMark;
    private Label criticalLabel;
    private Label warning;
    private SliderField initialW;
    private SliderField initialB;
    private ToggleSwitch bias;
    private ToggleButton autograd;
    private ToggleButton manual;

    public ControlsView(DescentViewModel vm) {
        this.vm = vm;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("controls");
        learningRate = new SliderField(vm.text("controls.learningRate"), vm.learningRateProperty(), vm::setLearningRate,
                DescentViewModel.MIN_LEARNING_RATE, DescentViewModel.MAX_LEARNING_RATE, true, Words::rate,
                vm.text("controls.learningRate.tip"), vm.text("controls.notANumber"));
        learningRate.slider.setId("learningRateSlider");
        learningRate.field.setId("learningRateField");
        criticalMark = new Region();
        criticalMark.setId("criticalMark");
        criticalMark.getStyleClass().add("critical-mark");
        criticalMark.setMouseTransparent(true);
        criticalMark.setManaged(false);
        zigZagMark = new Region();
        zigZagMark.setId("zigZagMark");
        zigZagMark.getStyleClass().add("zigzag-mark");
        zigZagMark.setMouseTransparent(true);
        zigZagMark.setManaged(false);
        Pane marks = new Pane(zigZagMark, criticalMark);
        marks.setMouseTransparent(true);
        StackPane slider = new StackPane(learningRate.slider, marks);
        learningRate.getChildren().add(slider);   // the slider moved into the stack with its mark

        criticalLabel = new Label();
        criticalLabel.setId("criticalLabel");
        criticalLabel.getStyleClass().add("critical-label");
        criticalLabel.setWrapText(true);
        criticalLabel.setMinHeight(Region.USE_PREF_SIZE);   // at 16 px the two thresholds take two lines
        criticalLabel.setTooltip(Tips.of(vm.text("controls.critical.tip")));
        warning = new Label();
        warning.setId("criticalWarning");
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        warning.setMinHeight(Region.USE_PREF_SIZE);   // wrap onto as many lines as the sentence needs

        initialW = new SliderField(vm.text("controls.initialW"), vm.initialWProperty(), vm::setInitialW, -4, 8, false,
                v -> Words.number(v, 2), vm.text("controls.initialW.tip"), vm.text("controls.notANumber"));
        initialW.slider.setId("initialWSlider");
        initialW.field.setId("initialWField");
        initialB = new SliderField(vm.text("controls.initialB"), vm.initialBProperty(), vm::setInitialB, -6, 6, false,
                v -> Words.number(v, 2), vm.text("controls.initialB.tip"), vm.text("controls.notANumber"));
        initialB.slider.setId("initialBSlider");
        initialB.field.setId("initialBField");

        bias = new ToggleSwitch();
        bias.setId("biasSwitch");
        bias.setTooltip(Tips.of(vm.text("controls.bias.tip")));
        autograd = new ToggleButton();
        autograd.textProperty().bind(vm.text("controls.autograd"));
        autograd.setId("autogradButton");
        autograd.setTooltip(Tips.of(vm.text("controls.autograd.tip")));
        manual = new ToggleButton();
        manual.textProperty().bind(vm.text("controls.byHand"));
        manual.setId("manualButton");
        manual.setTooltip(Tips.of(vm.text("controls.byHand.tip")));
        SegmentedButton mode = new SegmentedButton(autograd, manual);
        mode.setToggleGroup(null);   // each button shows "mode is mine" from the ViewModel (see init)
        mode.setId("modeButtons");
        Label modeLabel = new Label();
        modeLabel.textProperty().bind(vm.text("controls.gradient"));
        modeLabel.getStyleClass().add("control-label");

        getChildren().addAll(learningRate, criticalLabel, warning, initialW, initialB, bias, modeLabel, mode,
                new OptimizerControls(vm));
        setSpacing(8);
    }

    private void init() {
        criticalLabel.textProperty().bind(vm.thresholdsProperty());
        // red only when α is past the critical rate; neutral (not an error) below it
        vm.aboveCriticalProperty().addListener((obs, was, past) -> pastCritical(past));
        pastCritical(vm.aboveCriticalProperty().get());
        warning.textProperty().bind(vm.criticalWarningProperty());
        warning.visibleProperty().bind(vm.aboveCriticalProperty());
        warning.managedProperty().bind(vm.aboveCriticalProperty());
        placeOnTrack(criticalMark, vm.criticalLearningRateProperty());
        placeOnTrack(zigZagMark, vm.zigZagLearningRateProperty());
        criticalMark.visibleProperty().bind(vm.adamProperty().not());   // Adam has no critical rate
        zigZagMark.visibleProperty().bind(vm.adamProperty().not());
        manual.disableProperty().bind(vm.adamProperty());   // by hand the step is W -= lr * gradient, not Adam's

        initialB.disableProperty().bind(vm.biasProperty().not());
        TwoWay.bind(bias.selectedProperty(), vm.biasProperty(), vm::setBias);
        bias.textProperty().bind(Bindings.when(vm.biasProperty()).then(vm.text("controls.biasOn"))
                .otherwise(vm.text("controls.biasOff")));
        showsMode(autograd, GradientMode.AUTOGRAD);
        showsMode(manual, GradientMode.MANUAL);
    }

    // a mark sits where its α falls on the slider's track (thumb-width insets at both ends)
    private void placeOnTrack(Region mark, javafx.beans.value.ObservableDoubleValue alpha) {
        mark.layoutXProperty().bind(Bindings.createDoubleBinding(() -> {
            var s = learningRate.slider;
            double inset = 10, fraction = (learningRate.toSlider(alpha.get()) - s.getMin()) / (s.getMax() - s.getMin());
            return inset + fraction * (s.getWidth() - 2 * inset) - 2;
        }, alpha, learningRate.slider.widthProperty()));
        mark.resize(4, 22);
    }

    private void pastCritical(boolean past) {
        criticalLabel.getStyleClass().remove("past-critical");
        criticalMark.getStyleClass().remove("past-critical");
        if (past) {
            criticalLabel.getStyleClass().add("past-critical");
            criticalMark.getStyleClass().add("past-critical");
        }
    }

    /** {@code button} is pressed while the run's gradient mode is {@code m}; pressing it chooses {@code m}. */
    private void showsMode(ToggleButton button, GradientMode m) {
        TwoWay.bind(button.selectedProperty(), vm.modeProperty(), now -> now == m, on -> {
            if (on) {
                vm.setMode(m);
            }
        });
    }
}
