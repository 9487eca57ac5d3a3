package dev.descentfx.ui;

import static dev.descentfx.ui.Pixels.pixels;
import static dev.descentfx.ui.Pixels.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.ui.run.DescentViewModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode in the real window at 1024×768, headless on Monocle: zoom, side panel, one big plot, the camera. */
@ExtendWith(ApplicationExtension.class)
class PresentationWindowTest {
    private final DescentViewModel vm = new DescentViewModel();
    private AnimationTimer clock;

    @Start
    void start(Stage stage) {
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.empty()));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.setTitle("DescentFX");
        DescentFxApp.bindStage(stage, vm);
        stage.show();
        stage.getScene().getRoot().requestFocus();
        clock = DescentFxApp.startClock(vm);
    }

    @AfterEach
    void stopClock() {
        WaitForAsyncUtils.asyncFx(() -> clock.stop());
        WaitForAsyncUtils.waitForFxEvents();
    }




    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlEqualsGrowsTheControlsTextAndThePlotsDrawing(FxRobot robot) throws TimeoutException {
        Button step = robot.lookup("#stepButton").queryAs(Button.class);
        double fontBefore = step.getFont().getSize();
        WaitForAsyncUtils.waitForFxEvents();
        Image before = pixels(robot, "#costCurve");

        ctrl(robot, KeyCode.EQUALS);
        ctrl(robot, KeyCode.EQUALS);
        waitFor(() -> vm.presentation().zoomPercentProperty().get() == 150);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(step.getFont().getSize()).as("the root's font grows with the zoom").isEqualTo(fontBefore * 1.5);
        Image after = pixels(robot, "#costCurve");   // at 150 % on 1024 it is the one plot shown
        assertThat(Pixels.differing(before, after)).as("the plot is drawn again, larger").isGreaterThan(2_000);
        assertThat(Pixels.inked(after)).as("drawn").isGreaterThan(2_000);

        ctrl(robot, KeyCode.DIGIT0);
        waitFor(() -> vm.presentation().zoomPercentProperty().get() == 100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(step.getFont().getSize()).isEqualTo(fontBefore);
    }

    @Test
    void hHidesTheSidePanelAndThePlotsGetItsRoom(FxRobot robot) throws TimeoutException {
        Node costCurve = robot.lookup("#costCurve").query();
        double before = costCurve.getLayoutBounds().getWidth();
        assertThat(robot.lookup("#sidePanel").query().isVisible()).isTrue();

        robot.type(KeyCode.H);
        waitFor(() -> vm.presentation().sidePanelHiddenProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#sidePanel").query().isVisible()).isFalse();
        assertThat(costCurve.getLayoutBounds().getWidth()).isGreaterThan(before + 100);
        robot.clickOn("#sidePanelButton");   // the toolbar's button brings it back
        waitFor(() -> !vm.presentation().sidePanelHiddenProperty().get());
    }

    @Test
    void twoMakesTheFittedLineFillTheMainAreaAndEscPutsItBack(FxRobot robot) throws TimeoutException {
        Node small = robot.lookup("#fittedLine").query();
        double smallWidth = small.getLayoutBounds().getWidth();

        robot.type(KeyCode.DIGIT2);
        waitFor(() -> vm.presentation().maximisedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Node big = robot.lookup("#big-fitted-line").query();
        assertThat(big.isVisible()).isTrue();
        assertThat(robot.lookup("#centerTabs").query().isVisible()).isFalse();
        assertThat(big.getLayoutBounds().getWidth()).isGreaterThan(1.8 * smallWidth);
        assertThat(Pixels.inked(pixels(robot, "#big-fitted-line"))).as("drawn").isGreaterThan(2_000);

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> vm.presentation().maximisedProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#centerTabs").query().isVisible()).isTrue();
        assertThat(big.isVisible()).isFalse();

        robot.doubleClickOn("#costCurve");
        waitFor(() -> vm.presentation().maximisedProperty().get() == dev.descentfx.ui.run.BigPlot.COST_CURVE);
    }

    @Test
    void theCameraNamesThePicturesInWordsWithPngAndSvg(FxRobot robot) {
        MenuButton camera = robot.lookup("#snapshotMenu").queryAs(MenuButton.class);
        List<String> names = camera.getItems().stream().map(MenuItem::getText).toList();
        assertThat(names).containsExactly("Cost curve", "Fitted line", "Contour", "Cost per epoch", "Code", "Graph",
                "Formulas", "Whole window", null, "Animated GIF of the run…", "PyTorch script of the run (.py)…",
                "Epoch history (.csv)…");
        for (MenuItem item : camera.getItems().subList(0, 7)) {
            assertThat(((Menu) item).getItems()).extracting(MenuItem::getText)
                    .as(item.getText()).containsExactly("PNG 1\u00d7", "PNG 2\u00d7", "PNG 4\u00d7", "SVG");
        }
    }

    @Test
    void theToolbarDoesNotShiftWhenTheSpeedOrRunToWiden(FxRobot robot) throws TimeoutException {
        Node camera = robot.lookup("#snapshotMenu").query();
        double x = inScene(camera).getMinX();
        robot.interact(() -> vm.setSpeed(1000));
        robot.interact(() -> vm.setTarget(123_456_789));
        robot.interact(vm::togglePlay);   // Play reads Pause
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inScene(camera).getMinX()).isEqualTo(x);
        robot.interact(vm::pause);
    }

    @Test
    void withTheBiasOffTheSwitchAndNumbersShowNoB(FxRobot robot) throws TimeoutException {
        robot.clickOn("#biasSwitch .thumb-area");
        waitFor(() -> !vm.biasProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#biasSwitch").queryAs(ToggleSwitch.class).getText()).doesNotContain("+ b");
        assertThat(robot.lookup("#bLabel").query().isVisible()).isFalse();
        assertThat(robot.lookup("#gradBLabel").query().isVisible()).isFalse();
        assertThat(robot.lookup("#wLabel").query().isVisible()).isTrue();
    }

    @Test
    void theDivergencePopUpSitsOverThePlotsNotOverAControl(FxRobot robot) throws TimeoutException {
        robot.interact(() -> vm.setLearningRate(10));
        robot.interact(() -> vm.runToEpoch(200));
        Node toast = robot.lookup("#divergenceToast").query();
        waitFor(() -> toast.getParent().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        Bounds t = inScene(toast);
        assertThat(inScene(robot.lookup("#centerTabs").query()).contains(t)).as("inside the plots area").isTrue();
        for (String control : List.of("#runToButton", "#runToField", "#speedSlider", "#stepButton", "#epochSlider")) {
            robot.lookup(control).tryQuery().ifPresent(n -> assertThat(inScene(n).intersects(t)).as(control).isFalse());
        }
        assertThat(robot.lookup("#divergenceMessage").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void at250PercentOnA768LineScreenTheTabsMoveLeftAndEveryTabNameIsWhole(FxRobot robot) throws TimeoutException {
        double tallBefore = robot.lookup("#costCurve").query().getLayoutBounds().getHeight();
        robot.interact(() -> vm.presentation().setZoomPercent(250));
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> robot.lookup("#centerTabs").queryAs(javafx.scene.control.TabPane.class).getSide()
                == javafx.geometry.Side.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds window = inScene(robot.lookup("#centerTabs").query());
        List<javafx.scene.text.Text> names = robot.lookup("#centerTabs .tab-label .text").queryAllAs(javafx.scene.text.Text.class)
                .stream().toList();
        assertThat(names).extracting(javafx.scene.text.Text::getText).containsExactly("Plots", "Code", "Graph", "Formula");
        for (javafx.scene.text.Text name : names) {
            assertThat(window.contains(inScene(name))).as(name.getText() + " inside the tab pane").isTrue();
            assertThat(name.getFont().getSize()).as("read from the back").isGreaterThanOrEqualTo(24);
        }
        double tall = robot.lookup("#costCurve").query().getLayoutBounds().getHeight();
        assertThat(tall).as("the plot took the tab row's height").isGreaterThan(tallBefore);

        robot.interact(() -> vm.presentation().resetZoom());
        waitFor(() -> robot.lookup("#centerTabs").queryAs(javafx.scene.control.TabPane.class).getSide()
                == javafx.geometry.Side.TOP);
    }

    @Test
    void theHelpZoomsAndItsKeysAreNeverCut(FxRobot robot) throws TimeoutException {
        for (int zoom : new int[] {100, 250}) {
            robot.interact(() -> vm.presentation().setZoomPercent(zoom));
            robot.type(KeyCode.F1);
            waitFor(() -> robot.lookup("#helpOverlay").query().isVisible());
            WaitForAsyncUtils.waitForFxEvents();
            Bounds screen = inScene(robot.lookup("#helpOverlay").query());
            Bounds card = inScene(robot.lookup(".help-scroll").query());
            assertThat(screen.contains(card)).as("the card stays on the screen at " + zoom + " %").isTrue();
            for (Label key : robot.lookup(".help-key").queryAllAs(Label.class)) {
                javafx.scene.text.Text shown = (javafx.scene.text.Text) key.lookup(".text");
                assertThat(shown.getText()).as("no ellipsis at " + zoom + " %").isEqualTo(key.getText());
                assertThat(key.getFont().getSize()).isGreaterThanOrEqualTo(19);
            }
            robot.type(KeyCode.ESCAPE);
            waitFor(() -> !robot.lookup("#helpOverlay").query().isVisible());
        }
    }

    @Test
    void inKoreanAt1024TheProjectorMenuStaysOnTheToolbarAndTheTopSpeedReadsWhole(FxRobot robot) throws TimeoutException {
        robot.interact(() -> vm.setLanguage(dev.descentfx.i18n.Language.KO));
        robot.interact(() -> vm.setSpeed(1000));
        WaitForAsyncUtils.waitForFxEvents();
        Node projector = robot.lookup("#presentationMenu").query();
        waitFor(() -> projector.getScene() != null && projector.isVisible());
        Bounds toolbar = inScene(robot.lookup(".main-toolbar").query());
        assertThat(toolbar.contains(inScene(projector))).as("not in the » overflow").isTrue();
        Label speed = robot.lookup(".speed-label").queryAs(Label.class);
        assertThat(speed.getText()).isEqualTo("1,000 에포크/초");
        assertThat(((javafx.scene.text.Text) speed.lookup(".text")).getText()).as("no ellipsis").isEqualTo(speed.getText());
        robot.interact(() -> vm.setLanguage(dev.descentfx.i18n.Language.EN));
    }
}
