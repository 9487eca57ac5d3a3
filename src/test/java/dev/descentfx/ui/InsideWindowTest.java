package dev.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;

import dev.descentfx.export.PlotImages;
import dev.descentfx.plot.SvgText;
import dev.descentfx.ui.plots.PlotCanvas;
import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.Panel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The code, graph and formula tabs read from the back of a room, at the sizes the real window
 * gives them: 1024×768 and 1440×900, at 100 % and zoomed. What each canvas paints is the plot
 * drawn at its size over the zoom; drawn at that size into an SVG, no text may be under 16 of the
 * plot's own pixels (24 px on screen at 150 %), and no two texts may overlap. Where the picture needs
 * more room than the panel has, the canvas is that size and the panel scrolls over it.
 */
@ExtendWith(ApplicationExtension.class)
class InsideWindowTest {
    private final DescentViewModel vm = new DescentViewModel();
    private Stage stage;
    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        var scene = DescentFxApp.createScene(vm, (owner, name) -> Optional.empty());
        view = (MainView) scene.getRoot();
        stage.setScene(scene);
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.show();
    }

    @Test
    void theInsidePicturesKeepTheirTextAt16PxOrMoreAtTheWindowsSizes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 5; i++) {
                vm.step();
            }
            for (int i = 0; i < 4; i++) {
                vm.stepCall();   // epoch 5 after cost.backward(): every value and grad written
            }
        }).get();
        int checked = 0;
        SoftAssertions soft = new SoftAssertions();
        for (int[] window : new int[][] {{1024, 768}, {1440, 900}}) {
            for (int zoom : new int[] {100, 150, 200, 250}) {
                WaitForAsyncUtils.asyncFx(() -> {
                    stage.setWidth(window[0]);
                    stage.setHeight(window[1]);
                    vm.presentation().setZoomPercent(zoom);
                }).get();
                for (Panel panel : List.of(Panel.CODE, Panel.GRAPH, Panel.FORMULA)) {
                    WaitForAsyncUtils.asyncFx(() -> vm.showPanel(panel)).get();
                    WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
                    WaitForAsyncUtils.waitForFxEvents();
                    PlotCanvas c = WaitForAsyncUtils.asyncFx(() -> view.plots().stream()
                            .filter(p -> p.plot().name().equals(panel.name().toLowerCase())).findFirst().orElseThrow()).get();
                    double z = c.zoomProperty().get();
                    int w = (int) Math.round(c.getWidth() / z), h = (int) Math.round(c.getHeight() / z);
                    String where = panel + " at " + window[0] + "×" + window[1] + " " + zoom + " %: " + w + " × " + h;
                    System.out.println("INSIDE " + where + " (on screen " + c.getWidth() + " × " + c.getHeight() + ")");
                    assertThat(c.paintedFrame()).as("painted " + where).isNotNull();
                    String svg = PlotImages.svg(c.plot(), c.paintedFrame(), w, h);
                    List<SvgText.Shown> texts = SvgText.shown(svg);
                    List<Double> glyphs = SvgText.glyphs(svg);   // the formulas' TeX, drawn as outlines
                    soft.assertThat(texts.size() + glyphs.size()).as("texts of " + where).isGreaterThan(10);
                    soft.assertThat(glyphs.stream().filter(em -> em < 16)).as("TeX glyphs under 16 px in " + where).isEmpty();
                    soft.assertThat(svg).as(where).doesNotContain("Too small to read");
                    soft.assertThat(texts.stream().filter(t -> t.size() < 16).map(t -> t.text() + " " + t.size() + " px"))
                            .as("text under 16 px in " + where).isEmpty();
                    soft.assertThat(SvgText.overlaps(texts)).as("overlapping texts in " + where).isEmpty();
                    checked++;
                }
            }
        }
        soft.assertAll();
        assertThat(checked).isEqualTo(24);
    }
}
