package dev.descentfx.ui;

import static dev.descentfx.ui.Pixels.pixels;
import static dev.descentfx.ui.Pixels.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.plot.Theme;
import dev.descentfx.plot.Wcag;
import dev.descentfx.ui.run.DescentViewModel;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The theme menu in the real window at 1024×768, headless on Monocle: a dark theme darkens the
 * plot's own canvas (its pixels, as the window draws them), and what is drawn on it stays light.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeWindowTest {
    private final DescentViewModel vm = new DescentViewModel();
    private AnimationTimer clock;

    @Start
    void start(Stage stage) {
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.empty()));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.show();
        clock = DescentFxApp.startClock(vm);
    }

    @AfterEach
    void stopClock() {
        WaitForAsyncUtils.asyncFx(() -> clock.stop());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static RadioMenuItem themeItem(FxRobot robot, String id) {
        MenuButton menu = robot.lookup("#presentationMenu").queryAs(MenuButton.class);
        return (RadioMenuItem) menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private void choose(FxRobot robot, String id, Theme expected) throws TimeoutException {
        robot.interact(() -> themeItem(robot, id).setSelected(true));
        waitFor(() -> vm.frameProperty().get().theme() == expected);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDarkThemeDarkensThePlotsOwnCanvasAndItsMarksStayLight(FxRobot robot) throws TimeoutException {
        robot.interact(() -> vm.step());
        WaitForAsyncUtils.waitForFxEvents();
        Image light = pixels(robot, "#costCurve");
        assertThat(luminance(background(light))).as("the light theme's plot background").isGreaterThan(0.9);

        choose(robot, "theme-projector-dark", Theme.PROJECTOR_DARK);
        Image projector = pixels(robot, "#costCurve");
        assertThat(luminance(background(projector))).as("projector dark: near black").isLessThan(0.01);
        assertThat(bright(projector)).as("text, curve and point drawn light on it").isGreaterThan(2000);

        choose(robot, "theme-dark", Theme.DARK);
        Image dark = pixels(robot, "#costCurve");
        assertThat(luminance(background(dark))).as("dark: a dark background").isLessThan(0.05);
        assertThat(bright(dark)).isGreaterThan(2000);

        choose(robot, "theme-light", Theme.LIGHT);
        assertThat(luminance(background(pixels(robot, "#costCurve")))).isGreaterThan(0.9);
    }

    // A point of the plot's own background: the bottom-right corner, inside the card's 1 px border,
    // right of the plot area's edge and under the x axis's name, where nothing else is drawn.
    private static int background(Image image) {
        return image.getPixelReader().getArgb((int) image.getWidth() - 6, (int) image.getHeight() - 6);
    }

    private static long bright(Image image) {
        PixelReader r = image.getPixelReader();
        long n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (luminance(r.getArgb(x, y)) > 0.3) {
                    n++;
                }
            }
        }
        return n;
    }

    private static double luminance(int argb) {
        return Wcag.luminance(argb & 0xFFFFFF);
    }
}
