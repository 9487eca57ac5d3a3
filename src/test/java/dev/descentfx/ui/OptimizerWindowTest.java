package dev.descentfx.ui;

import static dev.descentfx.ui.Pixels.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.OptimizerSettings;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.ui.run.DescentViewModel;
import java.io.File;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 10: the optimizer's choice and its main setting in the real window, headless on Monocle, at 1024×768. */
@ExtendWith(ApplicationExtension.class)
class OptimizerWindowTest {
    private final DescentViewModel vm = new DescentViewModel();
    private AnimationTimer clock;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
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

    @Test
    void adamStartsAgainAndStepsAsTorchsAdamDoes(FxRobot robot) throws Exception {
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT).press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        waitFor(() -> vm.epochProperty().get() == 2);
        ToggleButton adam = robot.lookup("#adamButton").queryAs(ToggleButton.class);
        robot.clickOn(adam);
        waitFor(() -> vm.adamProperty().get() && vm.epochProperty().get() == 0);
        assertThat(vm.settingsProperty().get().optimizer()).isEqualTo(OptimizerSettings.adam());
        assertThat(dev.descentfx.training.LessonPreset.of(vm.settingsProperty().get()))
                .as("Adam at α 0.01 is not the lesson's part 1").isNull();
        assertThat(adam.isSelected()).isTrue();
        assertThat(robot.lookup("#sgdButton").queryAs(ToggleButton.class).isSelected()).isFalse();
        assertThat(robot.lookup("#manualButton").queryAs(ToggleButton.class).isDisabled()).as("no by-hand Adam").isTrue();
        assertThat(robot.lookup("#beta1Control").query().isVisible()).isTrue();
        assertThat(robot.lookup("#momentumControl").query().isVisible()).isFalse();

        robot.clickOn("#modeButtons");   // give the keys back to the window
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        }
        waitFor(() -> vm.epochProperty().get() == 3);
        // a Trainer of its own with torch's Adam (bit for bit against torch in PyTorchReferenceTest)
        Trainer adamRun = new Trainer(TrainingConfig.lesson().withOptimizer(OptimizerSettings.adam()));
        adamRun.run(3);
        EpochRecord shown = vm.recordProperty().get();
        assertThat(shown).isEqualTo(adamRun.current());
        String update = robot.lookup("#updateWLabel").queryAs(Label.class).getText();
        assertThat(update).isEqualTo("next step: W := W − α·m_hat/(√v_hat + 1e-8)");
        assertThat(vm.thresholdsProperty().get()).startsWith("Adam");
        assertThat(vm.aboveCriticalProperty().get()).isFalse();
        snapshot("target/optimizer-window-adam.png");
    }

    @Test
    void aNewBeta1OrMomentumStartsAgainFromEpochZero(FxRobot robot) throws TimeoutException {
        TextField momentum = robot.lookup("#momentumField").queryAs(TextField.class);
        robot.doubleClickOn(momentum).eraseText(6).write("0.9").type(KeyCode.ENTER);
        waitFor(() -> vm.settingsProperty().get().momentum() == 0.9);
        assertThat(vm.settingsProperty().get().optimizer()).isEqualTo(new OptimizerSettings.Sgd(0.9));
        String update = robot.lookup("#updateWLabel").queryAs(Label.class).getText();
        assertThat(update).contains("W := W − α·v,  v := 0.9·v + ∇W");

        robot.clickOn("#adamButton");
        waitFor(() -> vm.adamProperty().get());
        TextField beta1 = robot.lookup("#beta1Field").queryAs(TextField.class);
        robot.doubleClickOn(beta1).eraseText(6).write("0.8").type(KeyCode.ENTER);
        waitFor(() -> vm.settingsProperty().get().optimizer() instanceof OptimizerSettings.Adam a && a.beta1() == 0.8);
        assertThat(vm.epochProperty().get()).isZero();
        robot.clickOn("#sgdButton");
        waitFor(() -> !vm.adamProperty().get());
        assertThat(vm.settingsProperty().get().optimizer()).as("SGD again: the lesson's").isEqualTo(OptimizerSettings.sgd());
    }

    private void snapshot(String path) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(path));
    }
}
