package dev.descentfx.ui.controls;

import dev.descentfx.ui.run.DescentViewModel;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToolBar;
import java.util.Locale;
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
        back = button("stepBackButton", "toolbar.back", "mdi2s-step-backward");
        step = button("stepButton", "toolbar.step", "mdi2s-step-forward");
        play = button("playButton", "toolbar.play", "mdi2p-play");
        reset = button("resetButton", "toolbar.reset", "mdi2r-restart");
        runToField = new NumberField<>(vm.targetProperty(), n -> Integer.toString(n.intValue()), ToolbarView::epoch,
                vm.text("toolbar.runTo.notAnEpoch"), vm::setTarget, vm.text("toolbar.runTo.field.tip"));
        runToField.setId("runToField");
        runToField.setPrefColumnCount(5);
        runTo = button("runToButton", "toolbar.runTo", "mdi2f-fast-forward");
        speed = new Slider(0, 3, Math.log10(vm.speedProperty().get()));
        speed.setId("speedSlider");
        speed.setPrefWidth(90);
        speed.setTooltip(Tips.of(vm.text("toolbar.speed.tip")));
        speedLabel = new Label();
        speedLabel.getStyleClass().add("speed-label");
        speedLabel.setMinWidth(Label.USE_PREF_SIZE);
        help = button("helpButton", null, "mdi2h-help-circle-outline");
        help.setTooltip(Tips.of(vm.text("toolbar.help.tip")));
        snapshotMenu.setGraphic(new FontIcon("mdi2c-camera"));
        snapshotMenu.setTooltip(Tips.of(vm.text("toolbar.snapshot.tip")));
        getItems().addAll(back, step, play, reset, new Separator(), runToField, runTo, new Separator(), speed,
                speedLabel, new Separator(), snapshotMenu, help);
    }

    private void init() {
        back.disableProperty().bind(vm.canStepBackProperty().not());
        back.setOnAction(e -> vm.stepBack());
        step.setOnAction(e -> vm.step());
        play.setOnAction(e -> vm.togglePlay());
        var busy = vm.playingProperty().or(vm.runningProperty());
        play.textProperty().bind(Bindings.when(busy).then(vm.text("toolbar.pause")).otherwise(vm.text("toolbar.play")));
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
        // the speed Play really shows: big data train fewer epochs a frame (the tooltip says so)
        speedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> vm.languageProperty().get().text("toolbar.speed", String.format(Locale.US, "%,.0f",
                        Math.min(vm.speedProperty().get(), vm.topSpeedProperty().get()))),
                vm.speedProperty(), vm.topSpeedProperty(), vm.languageProperty()));
        speedLabel.tooltipProperty().bind(Bindings.createObjectBinding(() -> vm.speedProperty().get() <= vm.topSpeedProperty().get()
                ? null : Tips.of(vm.text("toolbar.speed.capped", String.format(Locale.US, "%,d", vm.topSpeedProperty().get()),
                        String.format(Locale.US, "%,d", vm.settingsProperty().get().trainData().size()))),
                vm.speedProperty(), vm.topSpeedProperty()));
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

    /** A button whose words are the sentences {@code key} (its text) and {@code key.tip} (its tooltip); no text for null. */
    private Button button(String id, String key, String icon) {
        Button b = new Button("", new FontIcon(icon));
        if (key != null) {
            b.textProperty().bind(vm.text(key));
            b.setTooltip(Tips.of(vm.text(key + ".tip")));
        }
        b.setId(id);
        b.setFocusTraversable(false);
        return b;
    }
}
