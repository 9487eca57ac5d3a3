package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.export.PlotImages;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.TrainingConfig;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A million points are drawn as at most {@link Marks#CAP} marks that keep the data's extremes and every
 * point standing alone, and for a moderate set the thinned picture is, pixel for pixel, almost the picture
 * of every point.
 */
class MarksTest {
    private static final int MILLION = 1_000_000;
    // far from the band y = 2x ± 4 and from each other: each one stands alone
    private static final float[][] OUTLIERS = {{0.5f, 30}, {3.5f, -25}, {2f, 40}, {1f, -20}, {3f, 25}};
    private static Dataset million;
    private static int[] outlierRows;

    /** y = 2x + noise for x from 0 to 4, in random order, with the outliers put in at random rows. */
    static Dataset band(int n, long seed, float[][] outliers, int[] rows) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextDouble(0, 4);
            y[i] = (float) (2 * x[i] + Math.max(-4, Math.min(4, random.nextGaussian())));
        }
        for (int k = 0; k < outliers.length; k++) {
            rows[k] = random.nextInt(n);
            x[rows[k]] = outliers[k][0];
            y[rows[k]] = outliers[k][1];
        }
        return Dataset.of(x, y);
    }

    @BeforeAll
    static void makeAMillion() {
        outlierRows = new int[OUTLIERS.length];
        million = band(MILLION, 11, OUTLIERS, outlierRows);
    }

    @Test
    void aMillionPointsAreDrawnAsAtMostTheCapKeepingTheExtremesAndEveryOutlier() {
        Marks m = Marks.of(million);
        assertThat(m.size()).isLessThanOrEqualTo(Marks.CAP).isGreaterThan(Marks.CAP / 8);
        Set<Integer> drawn = new HashSet<>();
        for (int k = 0; k < m.size(); k++) {
            drawn.add(m.index(k));
        }
        // the extremes, found here by a plain scan: every point holding the least or greatest x or y
        float[] x = new float[MILLION], y = new float[MILLION];
        for (int i = 0; i < MILLION; i++) {
            x[i] = million.x(i, 0);
            y[i] = million.y(i);
        }
        float minX = min(x), maxX = -min(negated(x)), minY = min(y), maxY = -min(negated(y));
        assertThat(anyDrawn(drawn, x, minX)).as("a point of least x").isTrue();
        assertThat(anyDrawn(drawn, x, maxX)).as("a point of greatest x").isTrue();
        assertThat(anyDrawn(drawn, y, minY)).as("a point of least y").isTrue();
        assertThat(anyDrawn(drawn, y, maxY)).as("a point of greatest y").isTrue();
        assertThat(maxY).isEqualTo(40f);
        assertThat(minY).isEqualTo(-25f);
        for (int row : outlierRows) {
            assertThat(drawn).as("outlier at row " + row).contains(row);
        }
        // and the extent the axes take is the whole data's
        assertThat(m.x().min()).isEqualTo(minX);
        assertThat(m.y().max()).isEqualTo(40.0);
    }

    @Test
    void everyPointHasADrawnPointWithinACellOfIt() {
        Marks m = Marks.of(million);
        int side = m.cells();
        assertThat(side).isBetween(2, Marks.FINEST);
        float[] e = {Float.MAX_VALUE, -Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE};
        for (int i = 0; i < MILLION; i++) {
            e[0] = Math.min(e[0], million.x(i, 0));
            e[1] = Math.max(e[1], million.x(i, 0));
            e[2] = Math.min(e[2], million.y(i));
            e[3] = Math.max(e[3], million.y(i));
        }
        // cells of the grid `side` a side, computed here in double: which hold a drawn point
        boolean[] drawn = new boolean[side * side];
        for (int k = 0; k < m.size(); k++) {
            drawn[cell(million, m.index(k), e, side)] = true;
        }
        int alone = 0;
        for (int i = 0; i < MILLION; i++) {
            int c = cell(million, i, e, side), cx = c / side, cy = c % side;
            boolean near = false;   // in its own cell or the next one (a point on a cell's edge may round either way)
            for (int dx = -1; dx <= 1 && !near; dx++) {
                for (int dy = -1; dy <= 1 && !near; dy++) {
                    int x = cx + dx, y = cy + dy;
                    near = x >= 0 && y >= 0 && x < side && y < side && drawn[x * side + y];
                }
            }
            alone += near ? 0 : 1;
        }
        assertThat(alone).as("points with no drawn point within a cell").isZero();
    }

    private static int cell(Dataset d, int i, float[] e, int side) {
        int cx = (int) Math.min(side - 1, Math.floor((d.x(i, 0) - (double) e[0]) / ((double) e[1] - e[0]) * side));
        int cy = (int) Math.min(side - 1, Math.floor((d.y(i) - (double) e[2]) / ((double) e[3] - e[2]) * side));
        return cx * side + cy;
    }

    @Test
    void upToTheCapEveryPointIsDrawnInTheDataOrder() {
        int[] rows = new int[0];
        Dataset d = band(Marks.CAP, 3, new float[0][], rows);
        Marks m = Marks.of(d);
        assertThat(m.size()).isEqualTo(Marks.CAP);
        assertThat(m.cells()).isZero();
        for (int k = 0; k < m.size(); k++) {
            assertThat(m.index(k)).isEqualTo(k);
        }
        assertThat(Marks.crowded(d)).isFalse();
    }

    @Test
    void theMarksOfADataSetAreChosenOnceAndThePointsOfAStrideWouldMissAnOutlier() {
        assertThat(Marks.of(million)).isSameAs(Marks.of(million));
        // the plot drew every 500th point before: that misses the outliers (their rows are not multiples of 500)
        assertThat(Arrays.stream(outlierRows).filter(r -> r % (MILLION / 2000) != 0).count()).isPositive();
    }

    @Test
    void twentyThousandPointsThinnedLookAlmostExactlyAsAllOfThemDrawn() {
        int[] rows = new int[OUTLIERS.length];
        Dataset d = band(20_000, 5, OUTLIERS, rows);
        assertThat(Marks.of(d).size()).isLessThan(Marks.CAP + 1);
        TrainingConfig c = new TrainingConfig(d, new float[1], 0f, true, 0.05, GradientMode.AUTOGRAD, 0);
        List<EpochRecord> history = LessonFrames.run(c, 60);
        for (PlotFrame f : List.of(PlotFrame.at(d, history, 0.05, false), PlotFrame.at(d, history.subList(0, 3), 0.05, false))) {
            BufferedImage thinned = PlotImages.png(new FittedLinePlot(), f, 800, 500, 1);
            BufferedImage every = PlotImages.png(new FittedLinePlot(Marks::every), f, 800, 500, 1);
            int differ = 0, inked = 0;
            for (int yy = 0; yy < 500; yy++) {
                for (int xx = 0; xx < 800; xx++) {
                    differ += far(thinned.getRGB(xx, yy), every.getRGB(xx, yy)) ? 1 : 0;
                    inked += far(every.getRGB(xx, yy), 0xFFFFFFFF) ? 1 : 0;
                }
            }
            System.out.printf("MARKS 20000 points drawn=%d differing_pixels=%d of %d (%.3f %%), inked=%d%n",
                    Marks.of(d).size(), differ, 800 * 500, 100.0 * differ / (800 * 500), inked);
            assertThat(inked).as("the picture has its crowd of points").isGreaterThan(30_000);
            // 0.09 % here; every 14th point (as many marks, chosen by a stride) differs in 2 %
            assertThat(differ).as("pixels that differ").isLessThan(800 * 500 / 200);
        }
    }

    @Test
    void anSvgOfAMillionPointsHoldsAtMostTheCapOfCircles() {
        TrainingConfig c = new TrainingConfig(million, new float[1], 0f, true, 0.05, GradientMode.AUTOGRAD, 0);
        PlotFrame f = PlotFrame.at(million, LessonFrames.run(c, 1), 0.05, false);
        String svg = PlotImages.svg(new FittedLinePlot(), f, 800, 500);
        Matcher discs = Pattern.compile("<ellipse|<circle").matcher(svg);
        int count = 0;
        while (discs.find()) {
            count++;
        }
        assertThat(count).isBetween(Marks.CAP / 8, Marks.CAP);
        assertThat(svg.length()).isLessThan(2_000_000);
    }

    // two colours far apart: a pixel a reader would see as different (anti-aliasing's small shifts are not)
    private static boolean far(int p, int q) {
        int d = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            d = Math.max(d, Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF)));
        }
        return d > 64;
    }

    private static boolean anyDrawn(Set<Integer> drawn, float[] v, float value) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] == value && drawn.contains(i)) {
                return true;
            }
        }
        return false;
    }

    private static float min(float[] v) {
        float m = Float.POSITIVE_INFINITY;
        for (float f : v) {
            m = Math.min(m, f);
        }
        return m;
    }

    private static float[] negated(float[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = -v[i];
        }
        return out;
    }
}
