package dev.descentfx.ui;

import static dev.descentfx.ui.Pixels.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.plot.Axes;
import dev.descentfx.plot.FittedLinePlot;
import dev.descentfx.training.Dataset;
import dev.descentfx.ui.plots.PlotCanvas;
import dev.descentfx.ui.run.DescentViewModel;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A point of the lesson dragged with the mouse on the real fitted-line chart, 1024×768, headless. */
@ExtendWith(ApplicationExtension.class)
class PointEditingWindowTest {
    private final DescentViewModel vm = new DescentViewModel();
    private AnimationTimer clock;

    @Start
    void start(Stage stage) {
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.empty()));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.show();
        stage.getScene().getRoot().requestFocus();
        clock = DescentFxApp.startClock(vm);
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.asyncFx(() -> clock.stop());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where the chart draws data (x, y) on the screen, on the axes it shows now. */
    private static Point2D onScreen(PlotCanvas chart, Axes a, double x, double y) {
        return chart.localToScreen(a.px(x) * chart.scale(), a.py(y) * chart.scale());
    }

    @Test
    void aPointDraggedOnTheChartIsWhereTheMouseLetGo(FxRobot robot) throws Exception {
        PlotCanvas chart = robot.lookup("#fittedLine").queryAs(PlotCanvas.class);
        FittedLinePlot plot = (FittedLinePlot) chart.plot();
        waitFor(() -> chart.paintedFrame() != null);
        robot.interact(() -> {
            vm.step();
            vm.step();
        });
        Axes before = WaitForAsyncUtils.asyncFx(
                () -> plot.axesShown(chart.paintedFrame(), chart.plotWidth(), chart.plotHeight())).get();

        // when the lesson's third point (3, 6) is pressed and dragged to where (2, 1) is drawn
        Point2D from = onScreen(chart, before, 3, 6);
        Point2D to = onScreen(chart, before, 2, 1);
        robot.moveTo(from).press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((from.getX() + to.getX()) / 2, (from.getY() + to.getY()) / 2));
        // then while it moves the run is back at epoch 0 on the moved data, and the axes stay as they were
        assertThat(vm.data().draggingProperty().get()).isTrue();
        assertThat(vm.epochProperty().get()).isZero();
        Axes during = WaitForAsyncUtils.asyncFx(
                () -> plot.axesShown(chart.paintedFrame(), chart.plotWidth(), chart.plotHeight())).get();
        assertThat(during.y.min()).isEqualTo(before.y.min());
        assertThat(during.x.max()).isEqualTo(before.x.max());
        robot.moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        // and when it is let go the point is where the mouse was, within a pixel of the axes it was dragged on
        Dataset d = vm.settingsProperty().get().data();
        assertThat(d.size()).isEqualTo(3);
        assertThat((double) d.x(0, 0)).isEqualTo(1);
        assertThat((double) d.y(1)).isEqualTo(4);
        double perPixelX = before.x.span() / (before.right - before.left) / chart.scale();
        double perPixelY = before.y.span() / (before.bottom - before.top) / chart.scale();
        assertThat((double) d.x(2, 0)).isCloseTo(2, within(1.5 * perPixelX));
        assertThat((double) d.y(2)).isCloseTo(1, within(1.5 * perPixelY));
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.data().draggingProperty().get()).isFalse();
        // the chart fits its axes to the moved data again (y no longer needs to reach 6)
        waitFor(() -> WaitForAsyncUtils.asyncFx(() -> plot.axesShown(chart.paintedFrame(), chart.plotWidth(),
                chart.plotHeight()).y.max()).get() < before.y.max());

        // and Ctrl+Z puts the point back at (3, 6): the whole drag was one step
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.settingsProperty().get().data()).isEqualTo(Dataset.lesson());
        // Ctrl+Y and Ctrl+Shift+Z redo it
        Dataset dragged = d;
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.settingsProperty().get().data()).isEqualTo(dragged);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.settingsProperty().get().data()).isEqualTo(dragged);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.settingsProperty().get().data()).isEqualTo(Dataset.lesson());

        // Delete with the mouse over the point (2, 4) removes it; Ctrl+Z brings it back
        Axes lesson = WaitForAsyncUtils.asyncFx(
                () -> plot.axesShown(chart.paintedFrame(), chart.plotWidth(), chart.plotHeight())).get();
        robot.moveTo(onScreen(chart, lesson, 2, 4)).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.settingsProperty().get().data())
                .isEqualTo(Dataset.of(new float[] {1, 3}, new float[] {2, 6}));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.settingsProperty().get().data()).isEqualTo(Dataset.lesson());

        // a right-click on the point (1, 2) removes it, and opens no save menu
        Axes now = WaitForAsyncUtils.asyncFx(
                () -> plot.axesShown(chart.paintedFrame(), chart.plotWidth(), chart.plotHeight())).get();
        robot.moveTo(onScreen(chart, now, 1, 2)).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.settingsProperty().get().data().size()).isEqualTo(2);
        assertThat(robot.listWindows()).noneMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing());
        // a double-click on empty chart fills the area with it and leaves the data as they were
        Dataset two = vm.settingsProperty().get().data();
        robot.moveTo(onScreen(chart, now, 0.5, 5)).doubleClickOn(MouseButton.PRIMARY);
        waitFor(() -> vm.presentation().maximisedProperty().get() == dev.descentfx.ui.run.BigPlot.FITTED_LINE);
        assertThat(vm.settingsProperty().get().data()).isEqualTo(two);
    }
}
