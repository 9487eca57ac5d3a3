package dev.descentfx.ui.controls;

import dev.descentfx.ui.run.DescentViewModel;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Step back, Step, Play / Pause, Reset, Run to epoch N, speed, snapshots, help. */
public final class ToolbarView extends ToolBar {
    private final DescentViewModel vm;
    private final MenuButton snapshotMenu;
    private Button back;
    private Button step;
    private Button play;
    private Button reset;
    private NumberField<Integer> runToField;
    private Button runTo;
    private Slider speed;
    private Label speedLabel;
    private Button help;

    public ToolbarView(DescentViewModel vm, MenuButton snapshotMenu) {
        this.vm = vm;
        this.snapshotMenu = snapshotMenu;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("main-toolbar");
        back = button("stepBackButton", "Back", "mdi2s-step-backward", "One epoch back (\u2190 Left arrow)");
        step = button("stepButton", "Step", "mdi2s-step-forward", "One epoch forward (\u2192 Right arrow)");
        play = button("playButton", "Play", "mdi2p-play", "Play / Pause (Space)");
        reset = button("resetButton", "Reset", "mdi2r-restart", "Back to epoch 0 (R)");
        runToField = new NumberField<>(vm.targetProperty(), n -> Integer.toString(n.intValue()), ToolbarView::epoch,
                "is not an epoch: type a whole number like 1000", vm::setTarget,
                "The epoch to run to; Play stops there. Enter goes there now. 1000 is the lesson's run.");
        runToField.setId("runToField");
        runToField.setPrefColumnCount(5);
        runTo = button("runToButton", "Run to", "mdi2f-fast-forward", "Train (or go back) to the epoch in the field");
        speed = new Slider(0, 3, Math.log10(vm.speedProperty().get()));
        speed.setId("speedSlider");
        speed.setPrefWidth(90);
        speed.setTooltip(new Tooltip("Speed while playing: 1 to 1,000 epochs per second"));
        speedLabel = new Label();
        speedLabel.getStyleClass().add("speed-label");
        speedLabel.setMinWidth(Label.USE_PREF_SIZE);
        help = button("helpButton", "", "mdi2h-help-circle-outline", "Keys and help (F1)");
        snapshotMenu.setGraphic(new FontIcon("mdi2c-camera"));
        snapshotMenu.setTooltip(new Tooltip("Save a plot or the whole window as PNG"));
        getItems().addAll(back, step, play, reset, new Separator(), runToField, runTo, new Separator(), speed,
                speedLabel, new Separator(), snapshotMenu, help);
    }

    private void init() {
        back.disableProperty().bind(vm.canStepBackProperty().not());
        back.setOnAction(e -> vm.stepBack());
        step.setOnAction(e -> vm.step());
        play.setOnAction(e -> vm.togglePlay());
        var busy = vm.playingProperty().or(vm.runningProperty());
        play.textProperty().bind(Bindings.when(busy).then("Pause").otherwise("Play"));
        play.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(busy.get() ? "mdi2p-pause" : "mdi2p-play"), busy));
        reset.setOnAction(e -> vm.reset());
        runToField.setOnEnter(vm::runToTarget);
        runTo.setOnAction(e -> {
            if (runToField.commit()) {   // what is typed counts even before Enter
                vm.runToTarget();
            }
        });
        TwoWay.bind(speed.valueProperty(), vm.speedProperty(), v -> Math.log10(v.doubleValue()),
                s -> vm.setSpeed(Math.round(Math.pow(10, s.doubleValue()))));
        speedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> String.format("%,.0f epochs/s", vm.speedProperty().get()), vm.speedProperty()));
        help.setOnAction(e -> vm.toggleHelp());
    }

    /** A typed epoch: a whole number, 0 or more ("1,000" and "1_000" too), or null. */
    private static Integer epoch(String text) {
        try {
            int e = Integer.parseInt(text.trim().replace(",", "").replace("_", ""));
            return e >= 0 ? e : null;
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static Button button(String id, String text, String icon, String tooltip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tooltip));
        b.setFocusTraversable(false);
        return b;
    }
}
