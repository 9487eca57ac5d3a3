package dev.descentfx.plot;

import dev.descentfx.training.EpochRecord;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * The cost after each epoch, on a linear or a log axis ({@link PlotFrame#logCost}). A long
 * history is sampled down to at most {@value #MAX_POINTS} points; the last record is always drawn.
 */
public final class CostHistoryPlot implements Plot {
    static final int MAX_POINTS = 2000;

    @Override
    public String name() {
        return "cost-history";
    }

    /** Epochs across; cost up, on a log axis of whole decades if {@code frame.logCost()}. */
    public Axes axes(PlotFrame f, double width, double height) {
        List<EpochRecord> h = f.history();
        int first = h.get(0).epoch(), last = f.latest().epoch();
        int end = Math.max(last, first + AxisTicks.AT_LEAST);   // the first epochs to come, four of them labelled
        Range epochs = new Range(first, end + 0.03 * (end - first));   // room for the point at the end
        double smallest = Double.POSITIVE_INFINITY, largest = 0;
        int stride = stride(h.size());
        for (int i = 0; i < h.size(); i = next(i, stride, h.size())) {
            double c = h.get(i).cost();
            if (Double.isFinite(c)) {
                largest = Math.max(largest, c);
                if (c > 0) {
                    smallest = Math.min(smallest, c);
                }
            }
        }
        double[] withTest = TestMarks.costRange(f, smallest, largest);
        smallest = withTest[0];
        largest = withTest[1];
        if (f.logCost()) {
            return Axes.logY(width, height, epochs, smallest, largest, true);
        }
        double top = Math.min(Range.LIMIT, largest > 0 ? largest * 1.08 : 1);
        return Axes.linearCounting(width, height, epochs, new Range(-0.04 * top, top));
    }

    private static int stride(int n) {
        return Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
    }

    // The next index to sample: every stride-th record, and always the last one.
    private static int next(int i, int stride, int n) {
        return i == n - 1 ? n : Math.min(i + stride, n - 1);
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame f) {
        Draw.framed(g, width, height, f.style(), () -> paint(g, width, height, f));
    }

    private void paint(Graphics2D g, double width, double height, PlotFrame f) {
        PlotStyle s = f.style();
        EpochRecord latest = f.latest();
        EpochRecord shown = f.record();
        PlotWords words = f.words();
        Draw.title(g, s, width, words.text("plot.history.title"),
                TestMarks.costSubtitle(f, words.text("plot.history.subtitle", shown.epoch(), Numbers.value(shown.cost()))),
                s.accent());
        Axes a = axes(f, width, height);
        if (!a.usable()) {
            return;
        }
        a.draw(g, s, words.text("plot.history.axisEpoch"), words.text(f.logCost() ? "plot.history.axisLog" : "plot.axisCost"));
        a.clip(g);
        List<EpochRecord> h = f.history();
        Path2D.Double path = Draw.trace(h, MAX_POINTS, EpochRecord::epoch, a::px, EpochRecord::cost, a::py);
        if (Halo.on(f, Highlight.COST_CURVE)) {
            Halo.along(g, f, path);
        }
        g.setPaint(s.curve());
        g.setStroke(s.curveStroke());
        g.draw(path);
        TestMarks.costCurve(g, s, a, f);
        if (Double.isFinite(latest.cost())) {
            Draw.point(g, s, a.px(latest.epoch()), a.py(latest.cost()), s.pointSize(), s.accent());
            if (f.legend()) {
                Legend.draw(g, s, a, TestMarks.historyLegend(f, words.costHistoryLegend()));
            } else {
                TestMarks.historyKey(g, s, a, f);
            }
        } else {
            int firstBad = latest.epoch();
            for (EpochRecord r : h) {
                if (!Double.isFinite(r.cost())) {
                    firstBad = r.epoch();
                    break;
                }
            }
            Draw.note(g, s, words.text("plot.history.blewUp", Numbers.value(latest.cost()), firstBad),
                    a.left + 10, a.top + 8, s.warning());
        }
    }
}
