package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.TrainingConfig;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * From the fitted-line chart's pixels back to the data: the inversion against the axes (a round
 * trip, and the points found in a rendered picture by their colour), the hit test, and the axes
 * held still during a drag.
 */
class PointPickerTest {
    private static final Dataset DATA = Dataset.of(new float[] {1, 2, 3, 4.5f}, new float[] {2, 4, 6, 1});
    private static final int WIDTH = 640, HEIGHT = 420;

    private static PlotFrame frame(Dataset d) {
        TrainingConfig c = TrainingConfig.lesson().withData(d);
        return PlotFrame.at(d, LessonFrames.run(c, 3), 0.01, false);
    }

    @Test
    void pixelsAndDataGoBothWays() {
        Axes a = new FittedLinePlot().axes(frame(DATA), WIDTH, HEIGHT);
        for (double px = a.left; px <= a.right; px += 37.3) {
            for (double py = a.top; py <= a.bottom; py += 29.1) {
                double[] v = PointPicker.dataAt(a, px, py);
                assertThat(a.px(v[0])).isCloseTo(px, within(1e-9));
                assertThat(a.py(v[1])).isCloseTo(py, within(1e-9));
            }
        }
        // the corners of the plot area are the ends of the axes' ranges
        assertThat(PointPicker.dataAt(a, a.left, a.bottom)).containsExactly(new double[] {a.x.min(), a.y.min()}, within(1e-12));
        assertThat(PointPicker.dataAt(a, a.right, a.top)).containsExactly(new double[] {a.x.max(), a.y.max()}, within(1e-12));
        // rounded, a value is still within a pixel of the mouse, and short: no more digits than a pixel tells
        double[] r = PointPicker.roundedDataAt(a, a.left + 123.4, a.top + 56.7);
        assertThat(a.px(r[0])).isCloseTo(a.left + 123.4, within(1.0));
        assertThat(a.py(r[1])).isCloseTo(a.top + 56.7, within(1.0));
        assertThat(Double.toString(r[0]).length()).isLessThanOrEqualTo(6);
        assertThat(PointPicker.rounded(2.3417529, 0.0123)).isEqualTo(2.34);
        assertThat(PointPicker.rounded(-17.6, 2.5)).isEqualTo(-18.0);
    }

    @Test
    void thePointsDrawnInThePictureAreWhereTheInversionPutsThem() {
        PlotFrame f = frame(DATA);
        FittedLinePlot plot = new FittedLinePlot();
        BufferedImage image = LessonFrames.picture(plot, f, WIDTH, HEIGHT);
        Axes a = plot.axes(f, WIDTH, HEIGHT);
        // the data's dots, found by their colour in the plot area: the centre of each cluster of such pixels
        int rgb = f.style().data().getRGB();
        List<double[]> clusters = new ArrayList<>();   // sum x, sum y, count
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (a.contains(x + 0.5, y + 0.5) && LessonFrames.near(image.getRGB(x, y), rgb, 8)) {
                    int cx = x, cy = y;
                    double[] c = clusters.stream().filter(k -> Math.hypot(k[0] / k[2] - cx, k[1] / k[2] - cy) < 12)
                            .findFirst().orElse(null);
                    if (c == null) {
                        clusters.add(new double[] {x + 0.5, y + 0.5, 1});
                    } else {
                        c[0] += x + 0.5;
                        c[1] += y + 0.5;
                        c[2]++;
                    }
                }
            }
        }
        clusters.removeIf(c -> c[2] < 30);   // a stray pixel of a word in that colour is not a dot
        assertThat(clusters).hasSize(DATA.size());
        for (double[] c : clusters) {
            double px = c[0] / c[2], py = c[1] / c[2];
            int i = PointPicker.pointAt(a, DATA, px, py, 10);
            assertThat(i).as("a dot at (%.1f, %.1f)", px, py).isNotNegative();
            double[] v = PointPicker.dataAt(a, px, py);
            double perPixelX = a.x.span() / (a.right - a.left), perPixelY = a.y.span() / (a.bottom - a.top);
            assertThat(v[0]).isCloseTo(DATA.x(i, 0), within(1.5 * perPixelX));
            assertThat(v[1]).isCloseTo(DATA.y(i), within(1.5 * perPixelY));
        }
    }

    @Test
    void theHitTestTakesTheNearestPointWithinReach() {
        Axes a = new FittedLinePlot().axes(frame(DATA), WIDTH, HEIGHT);
        double px = a.px(2), py = a.py(4);
        assertThat(PointPicker.pointAt(a, DATA, px + 6, py - 6, 10)).isEqualTo(1);    // 8.5 px away
        assertThat(PointPicker.pointAt(a, DATA, px + 8, py - 8, 10)).isEqualTo(-1);   // 11.3 px away
        assertThat(PointPicker.pointAt(a, DATA, a.px(4.5), a.py(1), 10)).isEqualTo(3);
        Dataset two = new Dataset(List.of("x1", "x2"), new float[][] {{2, 0}}, new float[] {4}, "y");
        assertThat(PointPicker.pointAt(a, two, px, py, 10)).isEqualTo(-1);   // several features: nothing to take
    }

    @Test
    void heldAxesStayWhileAPointMovesAndFitAgainWhenLetGo() {
        FittedLinePlot plot = new FittedLinePlot();
        PlotFrame before = frame(DATA);
        Axes fitted = plot.axes(before, WIDTH, HEIGHT);
        plot.holdAxes(before, WIDTH, HEIGHT);
        // the last point dragged far up: the data's own axes would grow, the held ones do not
        Dataset moved = Dataset.of(new float[] {1, 2, 3, 4.5f}, new float[] {2, 4, 6, 40});
        PlotFrame after = frame(moved);
        assertThat(plot.axes(after, WIDTH, HEIGHT).y.max()).isGreaterThan(40);
        Axes shown = plot.axesShown(after, WIDTH, HEIGHT);
        assertThat(shown.y.max()).isEqualTo(fitted.y.max());
        assertThat(shown.x.max()).isEqualTo(fitted.x.max());
        assertThat(plot.axesShown(after, WIDTH + 100, HEIGHT).y.max()).isGreaterThan(40);   // another size: fitted anew
        plot.releaseAxes();
        assertThat(plot.axesShown(after, WIDTH, HEIGHT).y.max()).isGreaterThan(40);
    }
}
