package dev.descentfx.ui;

import static dev.descentfx.ui.Pixels.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.Split;
import dev.descentfx.ui.run.DescentViewModel;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Train/test split dialog in the real window at 1024×768, headless: typing, Split, the numbers' lines whole. */
@ExtendWith(ApplicationExtension.class)
class SplitWindowTest {
    private final DescentViewModel vm = new DescentViewModel();
    private AnimationTimer clock;

    @Start
    void start(Stage stage) {
        float[] x = new float[20], y = new float[20];
        for (int i = 0; i < 20; i++) {
            x[i] = i * 0.2f;
            y[i] = 2 * x[i] + 1 + (i % 3 - 1) * 0.3f;
        }
        vm.useData(Dataset.of(x, y));
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.empty()));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.setTitle("DescentFX");
        stage.show();
        stage.getScene().getRoot().requestFocus();
        clock = DescentFxApp.startClock(vm);
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(() -> clock.stop());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node menuRow(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.getScene() != null
                && n.getScene().getWindow() instanceof PopupWindow w && w.isShowing()).query();
    }

    @Test
    void theDialogSaysWhatIsWrongThenHoldsOutTheFractionAndTheNumbersSaySo(FxRobot robot) throws TimeoutException {
        robot.clickOn("#presentationMenu");
        robot.moveTo(menuRow(robot, "Lesson runs"));
        waitFor(() -> robot.lookup((Node n) -> n instanceof Labeled l && "Train/test split…".equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() instanceof PopupWindow w && w.isShowing())
                .tryQuery().isPresent());
        robot.moveTo(menuRow(robot, "Part 1: H(x) = Wx + b, α 0.01"));
        robot.clickOn(menuRow(robot, "Train/test split…"));
        waitFor(() -> robot.lookup("#splitFraction").tryQuery().isPresent());
        TextField fraction = robot.lookup("#splitFraction").queryAs(TextField.class);
        robot.clickOn(fraction);
        robot.interact(fraction::clear);
        robot.write("2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#splitProblem").queryAs(Labeled.class).getText())
                .isEqualTo("Test fraction: \"2\" is not a fraction between 0 and 1. Type one like 0.2 or 0.25.");
        assertThat(robot.lookup("#splitApply").query().isDisabled()).isTrue();
        robot.interact(fraction::clear);
        robot.write("0.3");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#splitApply");
        waitFor(() -> vm.settingsProperty().get().split().holdsOut());
        assertThat(vm.settingsProperty().get().split()).isEqualTo(Split.fraction(0.3, 1));
        WaitForAsyncUtils.waitForFxEvents();
        Labeled train = robot.lookup("#trainFitLabel").queryAs(Labeled.class);
        Labeled test = robot.lookup("#testFitLabel").queryAs(Labeled.class);
        assertThat(train.getText()).startsWith("train (14 points): cost ");
        assertThat(test.getText()).startsWith("test (6 points): cost ");
        for (Labeled l : new Labeled[] {train, test}) {
            assertThat(l.isVisible()).isTrue();
            assertThat(((Text) l.lookup(".text")).getText()).as("drawn whole").isEqualTo(l.getText());
            // inside the window: a projector shows every number
            var bounds = l.localToScene(l.getBoundsInLocal());
            assertThat(bounds.getMaxY()).isLessThanOrEqualTo(l.getScene().getHeight());
        }
    }
}
