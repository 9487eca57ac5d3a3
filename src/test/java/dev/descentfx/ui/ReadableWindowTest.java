package dev.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.ui.plots.PlotCanvas;
import dev.descentfx.ui.run.DescentViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window read from the back of a room, at a 1024×768 projector: no text on screen under
 * 16 px at 100 %, and at 250 % every plot on screen big enough to draw its axes.
 */
@ExtendWith(ApplicationExtension.class)
class ReadableWindowTest {
    /** Each plot on screen has at least this much room, in the plot's own (unzoomed) pixels. */
    static final double USABLE_WIDTH = 300, USABLE_HEIGHT = 180;
    private final DescentViewModel vm = new DescentViewModel();
    private MainView view;

    @Start
    void start(Stage stage) {
        var scene = DescentFxApp.createScene(vm, (owner, name) -> Optional.empty());
        view = (MainView) scene.getRoot();
        stage.setScene(scene);
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.show();
    }

    private static List<Node> shownText(Node n, List<Node> found) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return found;
        }
        if (n instanceof Labeled l && !l.getText().isEmpty() || n instanceof Text t && !t.getText().isEmpty()) {
            found.add(n);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> shownText(c, found));
        }
        return found;
    }

    private static double size(Node n) {
        return n instanceof Labeled l ? l.getFont().getSize() : ((Text) n).getFont().getSize();
    }

    private static String name(Node n) {
        return n.getClass().getSimpleName() + " '" + (n instanceof Labeled l ? l.getText() : ((Text) n).getText()) + "'";
    }

    @Test
    void noTextOnScreenIsSmallerThan16PxAt100Percent(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> texts = WaitForAsyncUtils.asyncFx(() -> shownText(view, new ArrayList<>())).get();
        assertThat(texts).hasSizeGreaterThan(30);
        double smallest = texts.stream().mapToDouble(ReadableWindowTest::size).min().orElseThrow();
        System.out.println("SMALLEST text on screen at 100 %: " + smallest + " px");
        assertThat(texts.stream().filter(t -> size(t) < 16).map(t -> name(t) + " " + size(t) + " px"))
                .as("text under 16 px").isEmpty();
        WaitForAsyncUtils.asyncFx(() -> view.plots().stream().filter(p -> p.getScene() != null && p.getWidth() > 0)
                .forEach(p -> System.out.printf("SIZE %s %.0f x %.0f%n", p.plot().name(), p.getWidth(), p.getHeight()))).get();
    }

    @Test
    void at250PercentEveryPlotOnScreenHasRoomForItsAxes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> vm.presentation().setZoomPercent(250)).get();
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        List<PlotCanvas> shown = WaitForAsyncUtils.asyncFx(() -> view.plots().stream()
                .filter(p -> p.isVisible() && p.getParent() != null && treeVisible(p) && p.getWidth() > 1).toList()).get();
        assertThat(shown).as("at least the cost curve is on screen").isNotEmpty();
        for (PlotCanvas p : shown) {
            double z = p.zoomProperty().get();
            System.out.printf("ZOOMED %s %.0f x %.0f (%.0f x %.0f unzoomed)%n", p.plot().name(), p.getWidth(), p.getHeight(),
                    p.getWidth() / z, p.getHeight() / z);
            assertThat(p.getWidth() / z).as(p.plot().name() + " width").isGreaterThanOrEqualTo(USABLE_WIDTH);
            assertThat(p.getHeight() / z).as(p.plot().name() + " height").isGreaterThanOrEqualTo(USABLE_HEIGHT);
            if (p.plot() instanceof dev.descentfx.plot.CostCurvePlot curve) {
                var axes = curve.axes(p.paintedFrame(), p.getWidth() / z, p.getHeight() / z);
                assertThat(axes.xTickLabels()).as("W labels at 250 %").hasSizeGreaterThanOrEqualTo(4);
                assertThat(axes.yTickLabels()).as("cost labels at 250 %").hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void afterZoomingBackTheToolbarIsAsAt100Percent(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Node bar = robot.lookup(".main-toolbar").query();
        double height = bar.getLayoutBounds().getHeight();
        Node overflow = robot.lookup(".tool-bar-overflow-button").query();
        assertThat(overflow.isVisible()).as("everything fits at 100 %").isFalse();
        for (int zoom : new int[] {250, 100}) {
            WaitForAsyncUtils.asyncFx(() -> vm.presentation().setZoomPercent(zoom)).get();
            WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(bar.getLayoutBounds().getHeight()).as("toolbar height back at 100 %").isCloseTo(height,
                org.assertj.core.api.Assertions.within(1.0));
        assertThat(overflow.isVisible()).as("no item left in the » menu").isFalse();
        assertThat(robot.lookup("#fittedLine").query().isVisible()).as("both plots again").isTrue();
        assertThat(robot.lookup("#sidePanel").query().isVisible()).as("the side column again").isTrue();
    }

    private static boolean treeVisible(Node n) {
        for (Node m = n; m != null; m = m.getParent()) {
            if (!m.isVisible()) {
                return false;
            }
        }
        return n.localToScene(n.getBoundsInLocal()).getMinX() < 1024;
    }
}
