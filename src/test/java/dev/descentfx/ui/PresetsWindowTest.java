package dev.descentfx.ui;

import static dev.descentfx.ui.Pixels.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.i18n.Language;
import dev.descentfx.training.GradientMode;
import dev.descentfx.ui.run.DescentViewModel;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lesson's runs in the real window at 1024×768, headless: the first start's screen over the
 * plots, and the projector menu's Lesson runs, each putting its run in the settings the side panel
 * shows. A preferences node of the test's own stands for a machine that never ran the app.
 */
@ExtendWith(ApplicationExtension.class)
class PresetsWindowTest {
    private final Preferences node = Preferences.userRoot().node("dev/descentfx/test/presets-window-" + UUID.randomUUID());
    private final DescentViewModel vm = new DescentViewModel();
    private AnimationTimer clock;

    @Start
    void start(Stage stage) {
        vm.presets().remember(node);   // as the app does at start, on a machine that never ran it
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.empty()));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.setTitle("DescentFX");
        stage.show();
        stage.getScene().getRoot().requestFocus();
        clock = DescentFxApp.startClock(vm);
    }

    @AfterEach
    void stop() throws BackingStoreException {
        WaitForAsyncUtils.asyncFx(() -> clock.stop());
        WaitForAsyncUtils.waitForFxEvents();
        node.removeNode();
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.isVisible() && n.getScene() != null;
    }

    /** The row of an open menu that reads {@code text} (the hidden start screen has some of the same words). */
    private static Node menuRow(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.getScene() != null
                && n.getScene().getWindow() instanceof PopupWindow w && w.isShowing()).query();
    }

    /** Opens the projector menu, points at Lesson runs (its menu opens beside it), and clicks {@code item} in it. */
    private static void pick(FxRobot robot, String item) throws TimeoutException {
        robot.clickOn("#presentationMenu");
        robot.moveTo(menuRow(robot, "Lesson runs"));
        waitFor(() -> robot.lookup((Node n) -> n instanceof Labeled l && item.equals(l.getText()) && n.getScene() != null
                && n.getScene().getWindow() instanceof PopupWindow w && w.isShowing()).tryQuery().isPresent());
        // into the lesson menu along its first row, then down it: a path across the projector menu's
        // other rows would close the lesson menu on the way
        robot.moveTo(menuRow(robot, "Part 1: H(x) = Wx + b, α 0.01"));
        robot.clickOn(menuRow(robot, item));
    }

    /** Each label of the start screen draws its whole text (a label too narrow ends in "…"). */
    private static void assertEveryWordOnTheScreenIsWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Node n : robot.lookup("#presetChooser .label").queryAll()) {
            Labeled label = (Labeled) n;
            Text drawn = (Text) label.lookup(".text");
            assertThat(drawn.getText()).as(label.getText()).isEqualTo(label.getText());
        }
    }

    @Test
    void theFirstStartOffersTheRunsAndABigButtonStartsOne(FxRobot robot) throws TimeoutException {
        // given the first start: the screen is over the plots, with part 1 in force behind it
        assertThat(shown(robot, "#presetChooser")).isTrue();
        assertThat(field(robot, "#learningRateField")).isEqualTo("0.01");
        assertThat(robot.lookup("#choose-part-2").queryAs(Labeled.class).isVisible()).isTrue();
        assertEveryWordOnTheScreenIsWhole(robot);
        robot.interact(() -> vm.setLanguage(Language.KO));
        assertEveryWordOnTheScreenIsWhole(robot);
        robot.interact(() -> vm.setLanguage(Language.EN));

        // when y = x is pressed
        robot.clickOn("#choose-y-equals-x");
        waitFor(() -> !robot.lookup("#presetChooser").query().isVisible());

        // then the side panel shows its settings: α 0.1, W from 0, no bias, by hand; Run to 10
        assertThat(field(robot, "#learningRateField")).isEqualTo("0.1");
        assertThat(field(robot, "#initialWField")).isEqualTo("0.00");
        assertThat(robot.lookup("#biasSwitch").queryAs(ToggleSwitch.class).isSelected()).isFalse();
        assertThat(robot.lookup("#manualButton").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(field(robot, "#runToField")).isEqualTo("10");
        // and the window's numbers are y = x's: at W = 0 the cost is mean(1, 4, 9) = 4.6667
        assertThat(robot.lookup("#costLabel").queryAs(Labeled.class).getText()).isEqualTo("4.6667");
    }

    @Test
    void escClosesTheScreenAndTheMenuPicksPartTwo(FxRobot robot) throws TimeoutException {
        // while the screen is up, the run's keys do nothing behind it
        robot.type(KeyCode.RIGHT).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.epochProperty().get()).as("no step behind the start screen").isZero();
        assertThat(vm.playingProperty().get()).as("no play behind the start screen").isFalse();
        // given the screen closed with Esc, and the lesson three epochs in
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !robot.lookup("#presetChooser").query().isVisible());
        robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        waitFor(() -> vm.epochProperty().get() == 3);
        assertThat(robot.lookup("#biasSwitch").queryAs(ToggleSwitch.class).isSelected()).isTrue();

        // when the projector menu's Lesson runs → Part 2 is chosen
        pick(robot, "Part 2: W only, gradient by hand, α 0.1");
        waitFor(() -> vm.epochProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents();

        // then the fields show α 0.1 and the bias off, the gradient by hand, back at epoch 0
        assertThat(field(robot, "#learningRateField")).isEqualTo("0.1");
        assertThat(robot.lookup("#biasSwitch").queryAs(ToggleSwitch.class).isSelected()).isFalse();
        assertThat(robot.lookup("#biasSwitch").queryAs(ToggleSwitch.class).getText()).isEqualTo("Bias b off:  H(x) = Wx");
        assertThat(robot.lookup("#manualButton").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#epochLabel").queryAs(Labeled.class).getText()).isEqualTo("0");
        assertThat(vm.modeProperty().get()).isEqualTo(GradientMode.MANUAL);

        // and the menu can bring the screen back
        pick(robot, "Show the start screen…");
        waitFor(() -> robot.lookup("#presetChooser").query().isVisible());
    }

    @Test
    void makeDataSaysWhatIsWrongThenTrainsOnTheData(FxRobot robot) throws TimeoutException {
        // given the start screen closed and the Make data dialog opened from the menu
        robot.type(KeyCode.ESCAPE);
        pick(robot, "Make data…");
        waitFor(() -> robot.lookup("#dataNoise").tryQuery().isPresent());
        TextField noise = robot.lookup("#dataNoise").queryAs(TextField.class);
        TextField points = robot.lookup("#dataPoints").queryAs(TextField.class);

        // when a word is typed for σ, the dialog says so and will not train
        robot.clickOn(noise);
        robot.interact(noise::clear);
        robot.write("lots");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dataProblem").queryAs(Labeled.class).getText())
                .isEqualTo("Noise σ: \"lots\" is not a number. Type one like 2, −0.5 or 0.01.");
        assertThat(robot.lookup("#dataTrain").query().isDisabled()).isTrue();
        assertThat(vm.settingsProperty().get().data().size()).isEqualTo(3);

        // then with σ 0 and 12 points it trains on them from epoch 0
        robot.interact(noise::clear);
        robot.clickOn(noise).write("0");
        robot.clickOn(points);
        robot.interact(points::clear);
        robot.write("12");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dataProblem").query().isVisible()).isFalse();
        robot.clickOn("#dataTrain");
        waitFor(() -> vm.settingsProperty().get().data().size() == 12);
        assertThat(vm.epochProperty().get()).isZero();
        // every point on the form's line y = 2x + 1
        var d = vm.settingsProperty().get().data();
        for (int i = 0; i < d.size(); i++) {
            assertThat((double) d.y(i)).isCloseTo(2 * d.x(i, 0) + 1, org.assertj.core.api.Assertions.within(1e-5));
        }
    }
}
