package dev.descentfx.plot;

import static dev.descentfx.plot.LessonFrames.at;
import static dev.descentfx.plot.LessonFrames.colourNear;
import static dev.descentfx.plot.LessonFrames.count;
import static dev.descentfx.plot.LessonFrames.differingPixels;
import static dev.descentfx.plot.LessonFrames.picture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.TrainingConfig;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlotsTest {
    static final int ACCENT = PlotStyle.CLASSROOM.accent().getRGB() & 0xFFFFFF;
    static final int CURVE = PlotStyle.CLASSROOM.curve().getRGB() & 0xFFFFFF;
    static final int BACKGROUND = PlotStyle.CLASSROOM.background().getRGB() & 0xFFFFFF;
    static final List<Plot> ALL = List.of(new CostCurvePlot(), new FittedLinePlot(), new ContourPlot(),
            new CostHistoryPlot());

    @Test
    void theCostCurvesPointIsWhereTheAxesPutWAndItsCost() {
        CostCurvePlot plot = new CostCurvePlot();
        // record 1 by hand: ∇W at W = b = 0 is 2·mean(−y·x) = −56/3, so W = 0 − 0.01·(−56/3)
        PlotFrame one = at(1);
        assertThat(one.w()).isCloseTo(0.56 / 3, within(1e-6));
        double[] previousX = {Double.NEGATIVE_INFINITY};
        for (int record : new int[] {0, 1, 10}) {
            PlotFrame f = at(record);
            Axes a = plot.axes(f, 600, 400);
            double x = a.px(f.w()), y = a.py(f.surface().cost(f.w(), f.b()));
            BufferedImage image = picture(plot, f, 600, 400);
            assertThat(colourNear(image, x, y, 1, ACCENT)).as("accent at record %d", record).isTrue();
            assertThat(x).isGreaterThan(previousX[0]);
            previousX[0] = x;
        }
    }

    @Test
    void theCostCurveAxesHoldTheHistoryTheMinimumAndTheNextStep() {
        PlotFrame f = at(10);
        Axes a = new CostCurvePlot().axes(f, 600, 400);
        double sliceMinimum = (1 * (2 - f.b()) + 2 * (4 - f.b()) + 3 * (6 - f.b())) / 14.0;
        assertThat(f.surface().sliceMinimum(f.b())).isCloseTo(sliceMinimum, within(1e-9));
        for (double w : new double[] {0, f.w(), sliceMinimum, f.w() - 0.01 * f.gradW()}) {
            assertThat(a.x.contains(w)).as("W = %s on the axis", w).isTrue();
        }
    }

    @Test
    void theFittedLineMovesBetweenRecordZeroAndFifty() {
        FittedLinePlot plot = new FittedLinePlot();
        BufferedImage zero = picture(plot, at(0), 600, 400);
        BufferedImage fifty = picture(plot, at(50), 600, 400);
        assertThat(differingPixels(zero, fifty)).isGreaterThan(1000);
        // the line passes through H(2.5) = 2.5W + b at record 50
        PlotFrame f = at(50);
        Axes a = plot.axes(f, 600, 400);
        assertThat(colourNear(fifty, a.px(2.5), a.py(2.5 * f.w() + f.b()), 1, ACCENT)).isTrue();
        assertThat(FittedLinePlot.equation(at(0))).isEqualTo("H(x) = 0.0000x + 0.0000");
        assertThat(FittedLinePlot.equation(at(1))).isEqualTo("H(x) = 0.1867x + 0.0800");
    }

    @Test
    void theCostHistoryChangesBetweenLinearAndLogAxes() {
        CostHistoryPlot plot = new CostHistoryPlot();
        BufferedImage linear = picture(plot, at(LessonFrames.LESSON, 100, false), 600, 400);
        BufferedImage log = picture(plot, at(LessonFrames.LESSON, 100, true), 600, 400);
        assertThat(differingPixels(linear, log)).isGreaterThan(1000);
        // on the log axis the cost after 100 epochs sits a whole number of decades above the bottom
        PlotFrame f = at(LessonFrames.LESSON, 100, true);
        Axes a = plot.axes(f, 600, 400);
        double cost = f.latest().cost();
        double fromBottom = (a.bottom - a.py(cost)) / (a.bottom - a.top) * a.y.span();
        assertThat(fromBottom).isCloseTo(Math.log10(cost) - Math.floor(Math.log10(cost)), within(1e-9));
    }

    @Test
    void aLogAxisCopesWithACostOfZero() {
        List<EpochRecord> h = new ArrayList<>(LessonFrames.LESSON.subList(0, 3));
        h.add(record(3, 2f, 0f, 0f));
        PlotFrame f = PlotFrame.at(Dataset.lesson(), h, 0.01, true);
        Axes a = new CostHistoryPlot().axes(f, 600, 400);
        assertThat(a.py(0)).isEqualTo(a.bottom);
        assertThat(count(picture(new CostHistoryPlot(), f, 600, 400), CURVE, 10)).isGreaterThan(50);
    }

    @Test
    void everyPlotDrawsSomethingForEveryLessonRecord() {
        for (Plot plot : ALL) {
            for (int record : new int[] {0, 1, 10, 100}) {
                BufferedImage image = picture(plot, at(record), 600, 400);
                int blank = count(image, BACKGROUND, 0);
                assertThat(blank).as("%s at record %d", plot.name(), record).isLessThan(600 * 400 * 97 / 100);
            }
        }
    }

    @Test
    void aRunThatBlewUpStillDrawsTheCurveAndNeverThrows() {
        List<EpochRecord> h = new ArrayList<>(LessonFrames.LESSON.subList(0, 6));
        h.add(record(6, Float.POSITIVE_INFINITY, Float.NaN, Float.POSITIVE_INFINITY));
        h.add(record(7, Float.NaN, Float.NaN, Float.NaN));
        for (int last : new int[] {7, 8}) {
            PlotFrame f = PlotFrame.at(Dataset.lesson(), h.subList(0, last), 0.01, false);
            for (Plot plot : ALL) {
                assertThatCode(() -> picture(plot, f, 600, 400)).as(plot.name()).doesNotThrowAnyException();
            }
            assertThat(count(picture(new CostCurvePlot(), f, 600, 400), CURVE, 10)).isGreaterThan(300);
        }
        // a frame that is itself all infinities and NaNs
        PlotFrame wild = new PlotFrame(CostSurface.of(Dataset.lesson(), true), h, h.get(h.size() - 1), Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Double.POSITIVE_INFINITY, true, null);
        for (Plot plot : ALL) {
            assertThatCode(() -> picture(plot, wild, 600, 400)).as(plot.name()).doesNotThrowAnyException();
        }
    }

    @Test
    void oddSizesAndHistoriesNeverThrow() {
        List<EpochRecord> huge = LessonFrames.run(TrainingConfig.lesson().withMode(GradientMode.MANUAL), 30_000);
        List<EpochRecord> wild = LessonFrames.run(TrainingConfig.lesson().withLearningRate(0.2), 400);
        List<PlotFrame> frames = List.of(at(0), at(huge, huge.size() - 1, true), at(wild, 400, true),
                at(wild, 400, false), at(LessonFrames.run(TrainingConfig.lesson().withBias(false), 5), 5, false));
        double[][] sizes = {{0, 0}, {-5, 10}, {Double.NaN, 100}, {1, 1}, {30, 20}, {120, 80}, {600, 400}};
        for (Plot plot : ALL) {
            for (PlotFrame f : frames) {
                for (double[] size : sizes) {
                    BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
                    var g = image.createGraphics();
                    assertThatCode(() -> plot.draw(g, size[0], size[1], f)).as("%s at %s", plot.name(), size)
                            .doesNotThrowAnyException();
                    g.dispose();
                }
            }
        }
    }

    @Test
    void drawingLeavesTheCallersGraphicsAsItWas() {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.translate(5, 7);
        var transform = g.getTransform();
        var paint = g.getPaint();
        var font = g.getFont();
        for (Plot plot : ALL) {
            plot.draw(g, 300, 200, at(10));
            assertThat(g.getTransform()).isEqualTo(transform);
            assertThat(g.getPaint()).isEqualTo(paint);
            assertThat(g.getFont()).isEqualTo(font);
            assertThat(g.getClip()).isNull();
        }
    }

    @Test
    void theContourPlotNotesWhenTheBiasIsOff() {
        PlotFrame withBias = at(10);
        PlotFrame noBias = at(LessonFrames.run(TrainingConfig.lesson().withBias(false), 10), 10, false);
        assertThat(withBias.surface().minimum()).containsExactly(new double[] {2, 0}, within(1e-9));
        assertThat(noBias.surface().minimum()).containsExactly(new double[] {28.0 / 14, 0}, within(1e-9));
        BufferedImage a = picture(new ContourPlot(), withBias, 600, 400);
        BufferedImage b = picture(new ContourPlot(), noBias, 600, 400);
        assertThat(differingPixels(a, b)).isGreaterThan(1000);
    }

    private static EpochRecord record(int epoch, float w, float b, float cost) {
        return new EpochRecord(epoch, new float[] {w}, b, cost, new float[] {w}, b, 0.01f, true, GradientMode.AUTOGRAD);
    }
}
