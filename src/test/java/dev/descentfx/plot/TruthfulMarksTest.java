package dev.descentfx.plot;

import dev.descentfx.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.export.PlotImages;
import dev.descentfx.training.EpochRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: what the marks of the pictures say is true. Each test reads the drawn geometry back
 * from the SVG and maps it through the plot's axes to numbers, and compares them with the
 * Trainer's records or a closed form.
 */
class TruthfulMarksTest {
    private static final Pattern ELLIPSE = Pattern.compile(
            "<ellipse cx='([-0-9.E]+)' cy='([-0-9.E]+)' rx='([-0-9.E]+)' ry='[-0-9.E]+' style='([^']*)'");
    private static final Pattern LINE = Pattern.compile(
            "<line x1='([-0-9.E]+)' y1='([-0-9.E]+)' x2='([-0-9.E]+)' y2='([-0-9.E]+)' style='([^']*)'");
    private static final int W = 800, H = 500;
    /** How the SVG writes the light theme's accent (the point and the ring): rgb(r,g,b). */
    private static final String ACCENT = "rgb(" + PlotStyle.CLASSROOM.accent().getRed() + ","
            + PlotStyle.CLASSROOM.accent().getGreen() + "," + PlotStyle.CLASSROOM.accent().getBlue() + ")";

    private record Disc(double x, double y, double r, String style) {
    }

    private static List<Disc> discs(String svg) {
        List<Disc> out = new ArrayList<>();
        Matcher m = ELLIPSE.matcher(svg);
        while (m.find()) {
            out.add(new Disc(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), m.group(4)));
        }
        return out;
    }

    /** The cost at pixel row {@code py} of the cost-curve axes (the inverse of {@link Axes#py}). */
    private static double costAt(Axes a, double py) {
        return a.y.min() + (a.bottom - py) / (a.bottom - a.top) * a.y.span();
    }

    private static double pixelInCost(Axes a) {
        return a.y.span() / (a.bottom - a.top);
    }

    /** After 5 steps (b = 0.3188) the epoch-0 dot is at the record's cost 56/3, not on the slice (16.218). */
    @Test
    void theTrailDotsAreAtEachRecordsRealCost() {
        PlotFrame f = LessonFrames.at(5);
        CostCurvePlot plot = new CostCurvePlot();
        Axes a = plot.axes(f, W, H);
        List<Disc> trail = discs(PlotImages.svg(plot, f, W, H)).stream().filter(d -> Math.abs(d.r() - 4.2) < 1e-6).toList();
        assertThat(trail).hasSize(6);   // records 0..5, the last under the point
        Disc first = trail.stream().min((p, q) -> Double.compare(p.x(), q.x())).orElseThrow();
        assertThat(first.x()).isCloseTo(a.px(0), within(0.01));
        assertThat(costAt(a, first.y())).isCloseTo(56.0 / 3, within(pixelInCost(a)));
        assertThat(Math.abs(costAt(a, first.y()) - f.surface().cost(0, f.b()))).isGreaterThan(2);   // off the slice
        for (Disc d : trail) {   // every dot: its own record's cost
            EpochRecord r = LessonFrames.LESSON.stream().filter(e -> Math.abs(a.px(e.w()) - d.x()) < 0.01).findFirst()
                    .orElseThrow();
            assertThat(costAt(a, d.y())).as("epoch %d", r.epoch()).isCloseTo(r.cost(), within(pixelInCost(a)));
        }
    }

    /** The ring sits at the next record's cost (the Trainer's record 1 at epoch 0: 14.771), not the slice's 15.34. */
    @Test
    void theRingIsWhereTheStepLandsAtItsRealCost() {
        for (int epoch : new int[] {0, 5, 30}) {
            PlotFrame f = LessonFrames.at(epoch);
            CostCurvePlot plot = new CostCurvePlot();
            Axes a = plot.axes(f, W, H);
            EpochRecord next = LessonFrames.LESSON.get(epoch + 1);
            Disc ring = discs(PlotImages.svg(plot, f, W, H)).stream()
                    .filter(d -> d.r() == 7.0 && d.style().contains("stroke:" + ACCENT)).findFirst().orElseThrow();
            assertThat(costAt(a, ring.y())).as("epoch %d", epoch).isCloseTo(next.cost(), within(pixelInCost(a) + 1e-5));
            assertThat(a.xAt(ring.x())).isCloseTo(next.w(), within(a.x.span() / (a.right - a.left) + 1e-5));
        }
        assertThat(LessonFrames.LESSON.get(1).cost()).isCloseTo(14.771f, within(1e-3f));
    }

    /** At epoch 100 the point sits at the bottom of its slice; the plot says that is not the answer. */
    @Test
    void theSlicesBottomIsNamedAndTheAnswerWritten() {
        PlotFrame f = LessonFrames.at(100);
        double b = f.b();
        double bottom = (1 * (2 - b) + 2 * (4 - b) + 3 * (6 - b)) / 14.0;   // Σx(y − b)/Σx²
        String text = PlotNumbersTest.allText(new CostCurvePlot(), f);
        assertThat(text).contains("bottom of this slice: W = " + four(bottom) + " at b = " + four(b),
                "the answer is W = 2.0000, b = 0.0000");
    }

    /** Near the bottom the axes zoom: the point, the ring and the arrow's ends stand apart. */
    @Test
    void nearTheBottomThePointAndTheRingSeparate() {
        PlotFrame f = LessonFrames.at(100);
        List<Disc> d = discs(PlotImages.svg(new CostCurvePlot(), f, W, H));
        Disc point = d.stream().filter(x -> x.r() == 7.0 && x.style().startsWith("fill:" + ACCENT)).findFirst().orElseThrow();
        Disc ring = d.stream().filter(x -> x.r() == 7.0 && x.style().contains("stroke:" + ACCENT)).findFirst().orElseThrow();
        assertThat(Math.hypot(point.x() - ring.x(), point.y() - ring.y())).isGreaterThan(2 * 7.0);
    }

    /** The tangent's label is its slope, ∇W = −56/3 at W = b = 0, and the arrow's worked sum adds up. */
    @Test
    void theTangentAndTheArrowAreLabelledWithNumbersThatAddUp() {
        assertThat(PlotNumbersTest.allText(new CostCurvePlot(), LessonFrames.at(0))).contains("slope = ∇W = −18.6667");
        Pattern worked = Pattern.compile("−α∇W = −([0-9.]+) × \\(?(−?[0-9.e−]+)\\)? = ([+−][0-9.e−]+)");
        int checked = 0;
        for (int epoch = 0; epoch < 100; epoch += 3) {
            Matcher m = worked.matcher(PlotNumbersTest.allText(new CostCurvePlot(), LessonFrames.at(epoch)));
            if (!m.find()) {
                continue;   // the short wording ("next step +0.0123") was all that fitted
            }
            BigDecimal product = Numbers.decimal(m.group(1)).multiply(Numbers.decimal(m.group(2))).negate();
            BigDecimal result = Numbers.decimal(m.group(3));
            assertThat(product.setScale(Math.max(0, result.scale()), RoundingMode.HALF_UP).compareTo(result))
                    .as("epoch %d: %s", epoch, m.group()).isZero();
            double truth = -0.01 * LessonFrames.LESSON.get(epoch).gradW();
            assertThat(result.doubleValue()).isCloseTo(truth, within(Math.pow(10, -result.scale())));
            checked++;
        }
        assertThat(checked).isGreaterThan(15);
    }

    /** The contour plot draws the current b as a line, and every level label is the cost on its line. */
    @Test
    void theContourPlotShowsTheSliceAndLabelsItsLevels() {
        PlotFrame f = LessonFrames.at(5);
        ContourPlot plot = new ContourPlot();
        Axes a = plot.axes(f, W, H);
        String svg = PlotImages.svg(plot, f, W, H);
        Matcher m = LINE.matcher(svg);
        boolean bLine = false;
        while (m.find()) {
            double y1 = Double.parseDouble(m.group(2)), y2 = Double.parseDouble(m.group(4));
            bLine |= m.group(5).contains("dasharray") && Math.abs(y1 - a.py(f.b())) < 0.01 && Math.abs(y2 - y1) < 1e-9;
        }
        assertThat(bLine).isTrue();
        assertThat(PlotNumbersTest.allText(plot, f)).contains("b = " + four(f.b()));
        // the level labels: a number written on a contour line is the cost there
        int levels = 0;
        java.awt.FontMetrics fm = new java.awt.image.BufferedImage(1, 1, 2).createGraphics()
                .getFontMetrics(PlotStyle.CLASSROOM.labelFont());
        for (var t : PlotNumbersTest.texts(plot, f, W, H)) {
            boolean inside = t.x() > a.left && t.y() < a.bottom;   // not a tick label
            if (inside && t.text().matches("[0-9.]+")) {
                double cx = t.x() + fm.stringWidth(t.text()) / 2.0, cy = t.y() - 5;
                double w = a.xAt(cx), b = a.y.min() + (a.bottom - cy) / (a.bottom - a.top) * a.y.span();
                double cost = f.surface().cost(w, b), level = Double.parseDouble(t.text());
                assertThat(cost).as("level %s", t.text()).isCloseTo(level, within(0.12 * level + 0.02));
                levels++;
            }
        }
        assertThat(levels).isGreaterThanOrEqualTo(3);
    }

    /** With the legend on, every plot explains its marks in PlotWords' sentences; off, none of them. */
    @Test
    void theLegendSaysWhatEachMarkMeans() {
        PlotFrame off = LessonFrames.at(5), on = off.withLegend(true);
        Object[][] plots = {{new CostCurvePlot(), PlotWords.of(Language.EN).costCurveLegend(true)},
                {new ContourPlot(), PlotWords.of(Language.EN).contourLegend()}, {new FittedLinePlot(), PlotWords.of(Language.EN).fittedLineLegend()},
                {new CostHistoryPlot(), PlotWords.of(Language.EN).costHistoryLegend()}};
        for (Object[] p : plots) {
            Plot plot = (Plot) p[0];
            @SuppressWarnings("unchecked")
            List<PlotWords.Entry> entries = (List<PlotWords.Entry>) p[1];
            String shown = String.join("\n", PlotNumbersTest.texts(plot, on, 1000, 600).stream().map(t -> t.text()).toList());
            String hidden = String.join("\n", PlotNumbersTest.texts(plot, off, 1000, 600).stream().map(t -> t.text()).toList());
            for (PlotWords.Entry e : entries) {
                assertThat(shown).as(plot.name()).contains(e.meaning());
                assertThat(hidden).as(plot.name()).doesNotContain(e.meaning());
            }
        }
        assertThat(PlotWords.of(Language.EN).costCurveLegend(true)).extracting(PlotWords.Entry::mark)
                .contains(PlotWords.Mark.POINT, PlotWords.Mark.RING, PlotWords.Mark.DASHED, PlotWords.Mark.TANGENT,
                        PlotWords.Mark.ARROW, PlotWords.Mark.TRAIL);
        assertThat(PlotWords.of(Language.EN).contourLegend()).extracting(PlotWords.Entry::mark)
                .contains(PlotWords.Mark.ELLIPSE, PlotWords.Mark.CROSS, PlotWords.Mark.DASHED);
    }

    private static String four(double v) {
        return String.format(java.util.Locale.US, "%.4f", v).replace('-', '−');
    }
}
