package dev.descentfx.ui;

import static dev.descentfx.ui.Pixels.pixels;
import static dev.descentfx.ui.Pixels.waitFor;
import dev.descentfx.ui.run.DescentViewModel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Callable;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless on Monocle, driven the way a student drives it. */
@ExtendWith(ApplicationExtension.class)
class TeachingWindowTest {
    @TempDir
    static Path dir;

    private final DescentViewModel vm = new DescentViewModel();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Path nextSave;
    private AnimationTimer clock;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.ofNullable(nextSave)));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.setTitle("DescentFX");
        stage.show();
        stage.getScene().getRoot().requestFocus();
        clock = DescentFxApp.startClock(vm);
    }

    @AfterEach
    void stopClock() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> clock.stop());
        WaitForAsyncUtils.waitForFxEvents();
    }




    /** Pixels that are not (nearly) white: axes, curve, points, labels. */

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean atRest() {
        return vm.frameProperty().get().w() == vm.recordProperty().get().w();
    }

    @Test
    void stepAdvancesTheEpochAndWAndRedrawsThePlots(FxRobot robot) throws TimeoutException {
        Image costBefore = pixels(robot, "#costCurve");
        Image lineBefore = pixels(robot, "#fittedLine");
        assertThat(text(robot, "#epochLabel")).isEqualTo("0");

        robot.clickOn("#stepButton");
        waitFor(() -> vm.epochProperty().get() == 1 && atRest());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#epochLabel")).isEqualTo("1");
        assertThat(text(robot, "#wLabel")).isEqualTo("0.1867");   // 0 − 0.01 × (−56/3)
        assertThat(Pixels.differing(costBefore, pixels(robot, "#costCurve"))).isGreaterThan(100);
        assertThat(Pixels.differing(lineBefore, pixels(robot, "#fittedLine"))).isGreaterThan(100);
    }

    @Test
    void keysStepForwardAndBackAndOpenTheHelp(FxRobot robot) throws TimeoutException {
        robot.type(KeyCode.RIGHT, 2);
        waitFor(() -> vm.epochProperty().get() == 2);
        robot.type(KeyCode.LEFT);
        waitFor(() -> vm.epochProperty().get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#wLabel")).isEqualTo("0.1867");
        // at rest on record 1, the next step from record 1's own W and ∇W (the lesson's numbers)
        assertThat(text(robot, "#updateWLabel"))
                .isEqualTo("next step: W := W \u2212 \u03b1\u2207W = 0.1867 \u2212 0.01 \u00d7 (\u221216.6044) = 0.3527");
        robot.type(KeyCode.F1);
        waitFor(() -> robot.lookup("#helpOverlay").query().isVisible());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !robot.lookup("#helpOverlay").query().isVisible());
    }

    @Test
    void playThenPause(FxRobot robot) throws TimeoutException {
        robot.clickOn("#playButton");
        waitFor(() -> vm.epochProperty().get() >= 2);
        assertThat(robot.lookup("#playButton").queryButton().getText()).isEqualTo("Pause");
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.playingProperty().get()).isFalse();
        int paused = vm.epochProperty().get();
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);   // a step at 2 epochs/s would have come by now
        assertThat(vm.epochProperty().get()).isEqualTo(paused);
        assertThat(robot.lookup("#playButton").queryButton().getText()).isEqualTo("Play");
    }

    @Test
    void theLearningRateSliderAndItsTypedFieldAgree(FxRobot robot) throws TimeoutException {
        Slider slider = robot.lookup("#learningRateSlider").queryAs(Slider.class);
        TextField field = robot.lookup("#learningRateField").queryAs(TextField.class);
        robot.interact(() -> slider.setValue(-1));   // log10(0.1)
        assertThat(field.getText()).isEqualTo("0.1");
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.1);

        robot.doubleClickOn(field).eraseText(8).write("0.05").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.05);
        assertThat(slider.getValue()).isCloseTo(Math.log10(0.05), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aLearningRateOfOnePausesWithTheDivergenceMessage(FxRobot robot) throws TimeoutException {
        TextField field = robot.lookup("#learningRateField").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(8).write("1.0").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#criticalWarning").queryAs(Label.class).isVisible()).isTrue();
        robot.interact(() -> vm.setSpeed(1000));
        robot.clickOn("#playButton");
        try {
            waitFor(() -> robot.lookup("#divergenceMessage").query().isVisible());
        } catch (TimeoutException e) {
            throw new AssertionError("epoch " + vm.epochProperty().get() + " playing " + vm.playingProperty().get() + " lr "
                    + vm.learningRateProperty().get() + " uncaught " + uncaught, e);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(text(robot, "#divergenceMessage")).contains("critical 0.180").contains("R to reset");
        assertThat(vm.recordProperty().get().isFinite()).isTrue();
        assertThat(Pixels.inked(pixels(robot, "#costCurve"))).as("the cost curve still draws the last finite state")
                .isGreaterThan(2000);
        assertThat(uncaught).isEmpty();

        robot.clickOn("#costCurve").type(KeyCode.R);
        waitFor(() -> vm.epochProperty().get() == 0);
        assertThat(robot.lookup("#divergenceMessage").query().isVisible()).isFalse();
    }

    @Test
    void aTwoTimesPngOfAPlotHasTwiceItsSize(FxRobot robot) throws Exception {
        nextSave = dir.resolve("cost-curve@2x.png");
        javafx.scene.Node canvas = robot.lookup("#costCurve").query();
        robot.rightClickOn(canvas);
        robot.clickOn("Save PNG 2\u00d7");
        waitFor(() -> Files.exists(nextSave) && Files.size(nextSave) > 0);
        BufferedImage png = ImageIO.read(nextSave.toFile());
        assertThat(png.getWidth()).isEqualTo(2 * (int) Math.round(canvas.getLayoutBounds().getWidth()));
        assertThat(png.getHeight()).isEqualTo(2 * (int) Math.round(canvas.getLayoutBounds().getHeight()));
    }

    @Test
    void theWholeWindowAtTwoTimes(FxRobot robot) throws Exception {
        nextSave = dir.resolve("window@2x.png");
        var scene = robot.lookup("#stepButton").query().getScene();
        var menu = robot.lookup("#snapshotMenu").queryAs(javafx.scene.control.MenuButton.class);
        var window = (javafx.scene.control.Menu) menu.getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.Menu && "Whole window".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> window.getItems().stream().filter(i -> "windowPng2x".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        waitFor(() -> Files.exists(nextSave) && Files.size(nextSave) > 0);
        BufferedImage png = ImageIO.read(nextSave.toFile());
        assertThat(png.getWidth()).isEqualTo(2 * (int) Math.round(scene.getWidth()));
    }

    /** Shift+→ steps into the epoch: the code tab comes up, drawn on the window's own canvas; the graph too. */
    @Test
    void shiftRightRunsOneCallAndTheCodeAndGraphAreDrawn(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 3).release(KeyCode.SHIFT);   // step, hypothesis, cost
        waitFor(() -> vm.callInsideProperty().get() != null
                && vm.callInsideProperty().get().call() == dev.descentfx.training.Call.COST);
        var tabs = robot.lookup("#centerTabs").queryAs(javafx.scene.control.TabPane.class);
        waitFor(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("codeTab"));
        WaitForAsyncUtils.waitForFxEvents();
        Image cost = pixels(robot, "#codePanel");
        assertThat(Pixels.inked(cost)).as("code drawn on screen").isGreaterThan(5_000);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);   // zero_grad: the highlight moves
        waitFor(() -> vm.callInsideProperty().get().call() == dev.descentfx.training.Call.ZERO_GRAD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Pixels.differing(cost, pixels(robot, "#codePanel"))).isGreaterThan(1_000);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Pixels.inked(pixels(robot, "#graphPanel"))).as("graph drawn on screen").isGreaterThan(5_000);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("#forgetZeroGradSwitch .thumb-area");
        waitFor(() -> !vm.zeroGradProperty().get());
        assertThat(uncaught).isEmpty();
    }
}
