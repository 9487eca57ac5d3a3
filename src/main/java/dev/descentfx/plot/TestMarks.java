package dev.descentfx.plot;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.TestSet;
import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What the fitted line and the cost per epoch add for a run that holds examples out
 * ({@link PlotFrame#test()}): the test points as hollow squares in the curve's colour (the train
 * points stay filled discs), the test cost per epoch as a dashed line in the accent colour, and a key naming both, so
 * the two never differ by colour alone. Nothing is drawn without a split.
 *
 * <p>The test curve is drawn from {@link TestSet#chartCost}: the test rows' closed form in double,
 * O(1) a record; the number written (the subtitle, the numbers panel) is the exact float32 test cost.
 */
final class TestMarks {
    static final int MAX_POINTS = 2000;

    private TestMarks() {
    }

    // the fitted line

    /** The test points join the axes' ranges, so none falls outside the picture. */
    static void extend(PlotFrame f, Range.Builder xs, Range.Builder ys) {
        if (f.test() == null) {
            return;
        }
        Marks m = Marks.of(f.test().data());   // the test rows' whole extent, every point drawn or not
        xs.add(m.x().min()).add(m.x().max());
        ys.add(m.y().min()).add(m.y().max());
    }

    /** The test points: hollow squares, as large as the data discs, in the curve's colour. */
    static void points(Graphics2D g, PlotStyle s, Axes a, PlotFrame f) {
        if (f.test() == null) {
            return;
        }
        Dataset d = f.test().data();
        Marks m = Marks.of(d);   // at most a few thousand squares, the extremes kept, as for the train points
        for (int k = 0; k < m.size(); k++) {
            square(g, s, a.px(d.x(m.index(k), 0)), a.py(d.y(m.index(k))), s.curve());
        }
    }

    /** A hollow square as large as a data disc, its rim {@code color}. */
    static void square(Graphics2D g, PlotStyle s, double x, double y, java.awt.Color color) {
        double size = s.dataPointSize() * 0.9;
        Rectangle2D.Double box = new Rectangle2D.Double(x - size / 2, y - size / 2, size, size);
        g.setPaint(s.background());
        g.fill(box);
        g.setPaint(color);
        g.setStroke(s.thinStroke());
        g.draw(box);
    }

    /** The fitted line's legend with the data's line split into train (discs) and test (squares). */
    static List<PlotWords.Entry> fittedLegend(PlotFrame f, List<PlotWords.Entry> entries) {
        if (f.test() == null) {
            return entries;
        }
        List<PlotWords.Entry> out = new ArrayList<>();
        for (PlotWords.Entry e : entries) {
            if (e.mark() == PlotWords.Mark.DATA) {
                out.add(new PlotWords.Entry(PlotWords.Mark.DATA, f.words().text("legend.fitted.train")));
                out.add(new PlotWords.Entry(PlotWords.Mark.TEST_DATA, f.words().text("legend.fitted.test")));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /** A small key over the bottom-right corner while the legend is off: "● train □ test". */
    static void fittedKey(Graphics2D g, PlotStyle s, Axes a, PlotFrame f) {
        if (f.test() != null) {
            key(g, s, a, f.words().text("plot.fitted.trainKey"), PlotWords.Mark.DATA,
                    f.words().text("plot.fitted.testKey"), PlotWords.Mark.TEST_DATA, false);
        }
    }

    // the cost per epoch

    /** {@code range} (smallest positive, largest) widened to hold the test costs of the history. */
    static double[] costRange(PlotFrame f, double smallest, double largest) {
        if (f.test() != null) {
            List<EpochRecord> h = f.history();
            for (int i = 0; i < h.size(); i += stride(h.size())) {
                double c = f.test().chartCost(h.get(i));
                if (Double.isFinite(c)) {
                    largest = Math.max(largest, c);
                    smallest = c > 0 ? Math.min(smallest, c) : smallest;
                }
            }
        }
        return new double[] {smallest, largest};
    }

    /** The test cost per epoch, dashed, and a hollow square on the latest record's. */
    static void costCurve(Graphics2D g, PlotStyle s, Axes a, PlotFrame f) {
        TestSet test = f.test();
        if (test == null) {
            return;
        }
        Path2D.Double path = Draw.trace(f.history(), MAX_POINTS, EpochRecord::epoch, a::px, test::chartCost, a::py);
        g.setPaint(s.accent());
        g.setStroke(dashedCurve(s));
        g.draw(path);
        double last = test.chartCost(f.latest());
        if (Double.isFinite(last)) {
            square(g, s, a.px(f.latest().epoch()), a.py(last), s.accent());
        }
    }

    /** The cost chart's subtitle with the shown record's exact test cost after the train cost. */
    static String costSubtitle(PlotFrame f, String subtitle) {
        return f.test() == null ? subtitle
                : subtitle + "    " + f.words().text("plot.history.testSubtitle", Numbers.value(f.test().cost(f.record())));
    }

    /** The cost chart's legend with the test curve added. */
    static List<PlotWords.Entry> historyLegend(PlotFrame f, List<PlotWords.Entry> entries) {
        if (f.test() == null) {
            return entries;
        }
        List<PlotWords.Entry> out = new ArrayList<>(entries);
        out.add(1, new PlotWords.Entry(PlotWords.Mark.TEST_CURVE, f.words().text("legend.history.test")));
        return out;
    }

    /** A small key over the top-right corner while the legend is off: "— train cost - - test cost". */
    static void historyKey(Graphics2D g, PlotStyle s, Axes a, PlotFrame f) {
        if (f.test() != null) {
            key(g, s, a, f.words().text("plot.history.trainKey"), PlotWords.Mark.CURVE,
                    f.words().text("plot.history.testKey"), PlotWords.Mark.TEST_CURVE, true);
        }
    }

    /** The test curve's stroke: the curve's width, dashed. */
    static Stroke dashedCurve(PlotStyle s) {
        float w = s.curveStroke() instanceof BasicStroke b ? b.getLineWidth() : 3f;
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {3 * w, 2 * w}, 0f);
    }

    // Two samples and their words on one line in a box, over the top-right (a falling cost leaves it
    // empty) or the bottom-right corner of the axes (a rising line leaves that empty).
    private static void key(Graphics2D g, PlotStyle s, Axes a, String first, PlotWords.Mark firstMark, String second,
                            PlotWords.Mark secondMark, boolean top) {
        g.setFont(s.tickFont());
        FontMetrics fm = g.getFontMetrics();
        double sample = Legend.SAMPLE, pad = 8, gap = 16;
        double w1 = TextWidths.of(fm, first), w2 = TextWidths.of(fm, second);
        double w = pad + sample + 6 + w1 + gap + sample + 6 + w2 + pad, h = fm.getHeight() + 2 * pad;
        double x = a.right - 6 - w, y = top ? a.top + 6 : a.bottom - 6 - h;
        if (x < a.left) {
            return;   // no room: the legend (key L) says it instead
        }
        g.setPaint(PlotStyle.withAlpha(s.background(), 0.94));
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(x, y, w, h, 10, 10);
        g.fill(box);
        g.setPaint(s.axis());
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        double cy = y + h / 2, baseline = cy + fm.getAscent() / 2.0 - 2;
        Legend.sample(g, s, firstMark, x + pad, cy);
        g.setFont(s.tickFont());
        g.setPaint(s.text());
        Draw.text(g, first, x + pad + sample + 6, baseline);
        double x2 = x + pad + sample + 6 + w1 + gap;
        Legend.sample(g, s, secondMark, x2, cy);
        g.setFont(s.tickFont());
        g.setPaint(s.text());
        Draw.text(g, second, x2 + sample + 6, baseline);
    }

    /** A test-curve sample, {@code width} px from x, at height cy. */
    static void curveSample(Graphics2D g, PlotStyle s, double x, double cy, double width) {
        g.setPaint(s.accent());
        g.setStroke(dashedCurve(s));
        g.draw(new Line2D.Double(x, cy, x + width, cy));
    }

    private static int stride(int n) {
        return Math.max(1, n / MAX_POINTS);
    }
}
