package dev.descentfx.ui;

import static dev.descentfx.ui.Pixels.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.ui.controls.NumberField;
import dev.descentfx.ui.run.DescentViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.ToggleSwitch;
import dev.descentfx.training.GradientMode;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The epoch slider, the Run-to field and the settings controls in the real window, headless on Monocle, at 1024×768. */
@ExtendWith(ApplicationExtension.class)
class WindowControlsTest {
    private final DescentViewModel vm = new DescentViewModel();
    private AnimationTimer clock;

    @Start
    void start(Stage stage) {
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.empty()));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.setTitle("DescentFX");
        stage.show();
        stage.getScene().getRoot().requestFocus();
        clock = DescentFxApp.startClock(vm);
    }

    @AfterEach
    void stopClock() {
        WaitForAsyncUtils.asyncFx(() -> clock.stop());
        WaitForAsyncUtils.waitForFxEvents();
    }


    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Records 0..n of the lesson's run from a Trainer of their own. */
    private static List<EpochRecord> lesson(int n) {
        Trainer trainer = new Trainer(TrainingConfig.lesson());
        List<EpochRecord> records = new ArrayList<>(List.of(trainer.current()));
        records.addAll(trainer.run(n));
        return records;
    }

    @Test
    void theEpochSliderShowsAnEarlierEpochAndFollowsPlay(FxRobot robot) throws TimeoutException {
        // given 100 epochs trained, typed into the Run-to field and applied with Enter
        TextField runTo = robot.lookup("#runToField").queryAs(TextField.class);
        robot.doubleClickOn(runTo).eraseText(6).write("100").type(KeyCode.ENTER);
        waitFor(() -> vm.epochProperty().get() == 100 && !vm.runningProperty().get());
        Slider slider = robot.lookup("#epochSlider").queryAs(Slider.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(slider.getMax()).isEqualTo(100);
        assertThat(slider.getValue()).isEqualTo(100);

        // when the student presses the slider's track at its middle
        Bounds track = slider.localToScreen(slider.getLayoutBounds());
        robot.clickOn(new Point2D(track.getCenterX(), track.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();

        // then an earlier epoch is on screen, with that record's numbers
        int shown = vm.epochProperty().get();
        assertThat(shown).isBetween(30, 70);
        assertThat(text(robot, "#epochLabel")).isEqualTo(Integer.toString(shown));
        String w = String.format(Locale.ROOT, "%.4f", lesson(100).get(shown).w());
        assertThat(text(robot, "#wLabel")).isEqualTo(w);
        assertThat(text(robot, "#epochPosition")).isEqualTo(shown + " of 100");

        // and while playing, the thumb follows the epoch on screen
        robot.clickOn("#playButton");
        waitFor(() -> vm.epochProperty().get() >= shown + 2);
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(slider.getValue()).isEqualTo(vm.epochProperty().get());
    }

    @Test
    void spaceAndRInTheRunToFieldAreTextAndEscGivesTheKeysBack(FxRobot robot) throws TimeoutException {
        // given one step taken, so that R (reset) would show
        robot.type(KeyCode.RIGHT);
        waitFor(() -> vm.epochProperty().get() == 1);
        TextField runTo = robot.lookup("#runToField").queryAs(TextField.class);

        // when Space and R are typed in the Run-to field
        robot.clickOn(runTo).type(KeyCode.END).type(KeyCode.SPACE).type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();

        // then they are text: nothing plays, nothing resets
        assertThat(runTo.getText()).isEqualTo("1000 r");
        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(vm.epochProperty().get()).isEqualTo(1);

        // when Esc is pressed, the field shows the Run-to epoch again and lets go of the keys
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runTo.getText()).isEqualTo("1000");
        assertThat(runTo.isFocused()).isFalse();

        // so Space plays at once
        robot.type(KeyCode.SPACE);
        waitFor(() -> vm.playingProperty().get());
        robot.type(KeyCode.SPACE);
        waitFor(() -> !vm.playingProperty().get());
    }

    @Test
    void textThatIsNotAnEpochIsMarkedAndSaysWhatToTypeAndLosesNothing(FxRobot robot) throws TimeoutException {
        @SuppressWarnings("unchecked")
        NumberField<Integer> runTo = robot.lookup("#runToField").queryAs(NumberField.class);
        robot.doubleClickOn(runTo).eraseText(6).write("ten").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runTo.isInvalid()).isTrue();
        assertThat(runTo.getText()).isEqualTo("ten");
        assertThat(runTo.getTooltip().getText()).contains("\u201cten\u201d is not an epoch").contains("1000");
        assertThat(vm.targetProperty().get()).isEqualTo(1000);
        assertThat(vm.epochProperty().get()).isZero();

        // pressing Enter twice does not mark it twice: one fix clears it
        robot.type(KeyCode.ENTER);
        robot.eraseText(3).write("12").type(KeyCode.ENTER);
        waitFor(() -> vm.epochProperty().get() == 12 && !vm.runningProperty().get());
        assertThat(runTo.isInvalid()).isFalse();
        assertThat(vm.targetProperty().get()).isEqualTo(12);
    }

    @Test
    void theSettingsControlsShowTheViewModelsSettingsBothWays(FxRobot robot) throws TimeoutException {
        ToggleButton autograd = robot.lookup("#autogradButton").queryAs(ToggleButton.class);
        ToggleButton manual = robot.lookup("#manualButton").queryAs(ToggleButton.class);
        ToggleSwitch bias = robot.lookup("#biasSwitch").queryAs(ToggleSwitch.class);
        // a press on "by hand" chooses the hand formula; pressing it again does not leave no mode at all
        robot.clickOn(manual);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.modeProperty().get()).isEqualTo(GradientMode.MANUAL);
        assertThat(manual.isSelected()).isTrue();
        assertThat(autograd.isSelected()).isFalse();
        robot.clickOn(manual);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.modeProperty().get()).isEqualTo(GradientMode.MANUAL);
        assertThat(manual.isSelected()).isTrue();
        // the switch sends the bias to the ViewModel, and shows what the ViewModel says
        robot.clickOn(bias.lookup(".thumb-area"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.biasProperty().get()).isFalse();
        robot.interact(() -> vm.setBias(true));
        assertThat(bias.isSelected()).isTrue();
        robot.interact(() -> vm.setMode(GradientMode.AUTOGRAD));
        assertThat(autograd.isSelected()).isTrue();
        assertThat(manual.isSelected()).isFalse();
    }
}
