package dev.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.ui.plots.PlotCanvas;
import dev.descentfx.ui.run.DescentViewModel;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 13, 5: a plot never shows an old picture: after R, and when its tab comes up. */
@ExtendWith(ApplicationExtension.class)
class StalePicturesTest {
    private final DescentViewModel vm = new DescentViewModel();

    @Start
    void start(Stage stage) {
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.empty()));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.show();
        stage.getScene().getRoot().requestFocus();
    }

    private static PlotCanvas canvas(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(PlotCanvas.class);
    }

    @Test
    void afterResetTheContourShowsEpochZeroAtOnce(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            vm.runToEpoch(999);
            for (int i = 0; i < 5 && vm.runningProperty().get(); i++) {
                vm.tick(i * 16_666_667L);
            }
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.epochProperty().get() == 999);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas(robot, "contour").paintedFrame().record().epoch()).isEqualTo(999);
        robot.push(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas(robot, "contour").paintedFrame().record().epoch()).isZero();
        assertThat(canvas(robot, "contour").paintedFrame().history()).hasSize(1);
        assertThat(canvas(robot, "costCurve").paintedFrame().record().epoch()).isZero();
    }

    @Test
    void aPlotInAHiddenTabRepaintsWhenShown(FxRobot robot) throws Exception {
        TabPane side = robot.lookup("#sideTabs").queryAs(TabPane.class);
        WaitForAsyncUtils.asyncFx(() -> side.getSelectionModel().select(1)).get();   // cost per epoch
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 3; i++) {
            robot.push(KeyCode.RIGHT);
        }
        robot.push(KeyCode.R);
        robot.push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> side.getSelectionModel().select(0)).get();   // the contour again
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas(robot, "contour").paintedFrame().record().epoch()).isEqualTo(1);
        assertThat(canvas(robot, "contour").paintedFrame()).isSameAs(vm.frameProperty().get());
    }
}
