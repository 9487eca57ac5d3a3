package dev.descentfx.plot;

import static dev.descentfx.plot.LessonFrames.colourNear;
import static dev.descentfx.plot.LessonFrames.picture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Run;
import dev.descentfx.training.Split;
import dev.descentfx.training.TestSet;
import dev.descentfx.training.TrainingConfig;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pixels of a split: test points hollow squares apart from the filled train discs, the test cost dashed. */
class SplitPlotsTest {
    static final int ACCENT = PlotStyle.CLASSROOM.accent().getRGB() & 0xFFFFFF;
    static final int CURVE = PlotStyle.CLASSROOM.curve().getRGB() & 0xFFFFFF;
    static final int DATA = PlotStyle.CLASSROOM.data().getRGB() & 0xFFFFFF;
    static final int BACKGROUND = PlotStyle.CLASSROOM.background().getRGB() & 0xFFFFFF;

    // eight points, the two at x = 3 and x = 6 held out, far from the others so nothing overlaps
    private final TrainingConfig config = new TrainingConfig(
            Dataset.of(new float[] {0, 1, 2, 3, 4, 5, 6, 7}, new float[] {1, 3, 5, 9, 9, 11, 17, 15}), new float[1], 0f,
            true, 0.01, GradientMode.AUTOGRAD, 0)
            .withSplit(Split.mask(new boolean[] {false, false, false, true, false, false, true, false}));

    private PlotFrame frame(int epochs) {
        Run run = new Run(config);
        for (int i = 0; i < epochs; i++) {
            run.extend();
        }
        List<EpochRecord> h = run.trace(epochs);
        return PlotFrame.at(CostSurface.of(config), h, 0.01, false).withTest(TestSet.of(config));
    }

    @Test
    void testPointsAreHollowSquaresAndTrainPointsFilledDiscs() {
        FittedLinePlot plot = new FittedLinePlot();
        PlotFrame f = frame(0);
        Axes a = plot.axes(f, 800, 500);
        BufferedImage image = picture(plot, f, 800, 500);
        double size = PlotStyle.CLASSROOM.dataPointSize() * 0.9;
        for (float[] p : new float[][] {{3, 9}, {6, 17}}) {
            double x = a.px(p[0]), y = a.py(p[1]);
            assertThat(colourNear(image, x, y, 1, BACKGROUND)).as("hollow at x = %s", p[0]).isTrue();
            assertThat(colourNear(image, x, y, 1, DATA)).as("not filled at x = %s", p[0]).isFalse();
            // the rim: the square's corner region is in the curve's colour (a disc would leave the corner empty)
            assertThat(colourNear(image, x - size / 2, y - size / 2, 1, CURVE)).as("square corner at x = %s", p[0]).isTrue();
        }
        for (float[] p : new float[][] {{1, 3}, {4, 9}}) {
            assertThat(colourNear(image, a.px(p[0]), a.py(p[1]), 1, DATA)).as("filled at x = %s", p[0]).isTrue();
        }
        // without the split the same frame draws no square where the test points were
        PlotFrame none = f.withTest(null);
        BufferedImage plain = picture(plot, none, 800, 500);
        Axes b = plot.axes(none, 800, 500);
        assertThat(colourNear(plain, b.px(6) - size / 2, b.py(17) - size / 2, 1, CURVE)).isFalse();
    }

    @Test
    void theTestCostPerEpochIsDrawnDashedWhereItsClosedFormPutsIt() {
        CostHistoryPlot plot = new CostHistoryPlot();
        PlotFrame f = frame(40);
        Axes a = plot.axes(f, 800, 500);
        BufferedImage image = picture(plot, f, 800, 500);
        TestSet test = f.test();
        int hits = 0, checked = 0;
        for (EpochRecord r : f.history()) {
            if (r.epoch() < 2 || r.epoch() > 38) {
                continue;
            }
            checked++;
            hits += colourNear(image, a.px(r.epoch()), a.py(test.chartCost(r)), 2, ACCENT) ? 1 : 0;
        }
        // dashed: most epochs sit on a dash, some in a gap
        assertThat(hits).isGreaterThan(checked / 3).isLessThan(checked);
        // the axes hold the test cost too: epoch 0's, above the train cost here, is inside
        assertThat(a.y.contains(test.chartCost(f.history().get(0)))).isTrue();
    }
}
