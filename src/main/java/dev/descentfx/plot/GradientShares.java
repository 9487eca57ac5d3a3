package dev.descentfx.plot;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A strip under the fitted-line chart: each example's share of the gradient at the shown
 * record, written under its point, and their sums. ∇W is the mean of 2(H(xᵢ) − yᵢ)·xᵢ, so
 * point i adds 2(H(xᵢ) − yᵢ)·xᵢ/m to it (and 2(H(xᵢ) − yᵢ)/m to ∇b); the far points, with long
 * residuals and large x, pull hardest. The sum is the slope of the tangent on the cost curve.
 * The shares come from {@link CostSurface#gradWShares}; nothing is recomputed here. They are written
 * by the one rule ({@link Numbers#sum}: −0.6216 −2.9120 −6.8694, a digit more when four would not add
 * up to the ∇W written beside them, the engine's, as the numbers row writes it), each under its point
 * or as near as its neighbours let it. More points than {@value #MAX_POINTS} cannot be written one by
 * one: the strip then says how many shares there are and writes the largest few ({@link LargestShares}).
 */
final class GradientShares {
    /** Up to this many examples each share is written; beyond, the numbers would not fit: the largest few are. */
    static final int MAX_POINTS = 12;
    static final double HEIGHT = 80;
    private static final double ROW = 20;
    private static final double GAP = 8;   // between two shares in a row

    private GradientShares() {
    }

    /** True if the strip is drawn for {@code f} in a picture {@code height} tall. */
    static boolean shown(PlotFrame f, double height) {
        EpochRecord r = f.record();
        return f.data().features() == 1 && height >= 300
                && Float.isFinite(r.w()) && Float.isFinite(r.b());
    }

    /** Each point's share of ∇W and of ∇b at the shown record: {wShares, bShares}. */
    static double[][] shares(PlotFrame f) {
        EpochRecord r = f.record();
        return new double[][] {f.surface().gradWShares(r.w(), r.b()), f.surface().gradBShares(r.w(), r.b())};
    }

    /** Draws the strip between {@code top} and the bottom of a picture {@code width} wide; x from {@code a}. */
    static void draw(Graphics2D g, PlotStyle s, Axes a, PlotFrame f, double width, double top) {
        boolean many = f.data().size() > MAX_POINTS;   // then the totals as the numbers row writes them
        double[][] shares = many ? null : shares(f);
        Numbers.Summed w = many ? new Numbers.Summed(List.of(), Numbers.value(f.record().gradW()))
                : Numbers.sum(shares[0], f.record().gradW());
        Numbers.Summed b = many ? new Numbers.Summed(List.of(), Numbers.value(f.record().gradB()))
                : Numbers.sum(shares[1], f.record().gradB());
        g.setPaint(s.grid());
        g.setStroke(s.thinStroke());
        g.draw(new Line2D.Double(14, top + 4, width - Axes.RIGHT, top + 4));

        g.setFont(s.labelFont());
        FontMetrics fm = g.getFontMetrics();
        double header = top + 24;
        String sums = "Σ = ∇W = " + w.total() + (f.bias() ? "     Σ = ∇b = " + b.total() : "");
        if (width - Axes.RIGHT - TextWidths.of(fm, sums) < 14) {   // narrow: the rows say which sum is which
            sums = "∇W = " + w.total() + (f.bias() ? "   ∇b = " + b.total() : "");
        }
        double sumsX = width - Axes.RIGHT - TextWidths.of(fm, sums);
        g.setPaint(s.accent());
        Draw.text(g, sums, (float) sumsX, (float) header);
        String what = f.words().text("plot.shares.what");
        if (14 + TextWidths.of(fm, what) + 24 < sumsX) {
            g.setPaint(s.text());
            Draw.text(g, what, 14f, (float) header);
        }
        if (many) {
            LargestShares.draw(g, s, f, width, header + ROW, ROW);
            return;
        }
        row(g, s, a, f.data(), "∇W", shares[0], w.terms(), width, header + ROW);
        if (f.bias()) {
            row(g, s, a, f.data(), "∇b", shares[1], b.terms(), width, header + 2 * ROW);
        }
    }

    // One row: its name in the left margin, then each share under its point, pushed aside as little as
    // keeps it 8 px from its neighbours and inside the picture. If they cannot all be written so, a small
    // bar (up for positive, down for negative) stands in for each.
    private static void row(Graphics2D g, PlotStyle s, Axes a, Dataset d, String name, double[] shares,
                            List<String> texts, double width, double y) {
        g.setFont(s.tickFont());
        FontMetrics fm = g.getFontMetrics();
        g.setPaint(s.text());
        Draw.text(g, name, 14f, (float) y);
        int n = shares.length;
        double[] xs = new double[n], lefts = new double[n];
        double largest = 0;
        for (int i = 0; i < n; i++) {
            xs[i] = a.px(d.x(i, 0));
            largest = Math.max(largest, Math.abs(shares[i]));
        }
        double from = 14 + TextWidths.of(fm, name) + 8, to = width - 10;
        boolean crowded = !spread(fm, texts, xs, lefts, from, to);
        g.setPaint(s.residual());
        for (int i = 0; i < n; i++) {
            if (crowded) {
                double h = largest > 0 ? 8 * shares[i] / largest : 0;
                g.fill(new Rectangle2D.Double(xs[i] - 2, y - 5 - Math.max(h, 0), 4, Math.abs(h) + 1));
            } else {
                Draw.text(g, texts.get(i), (float) lefts[i], (float) y);
            }
        }
    }

    /**
     * Where each text starts: centred on its x if it can, else moved right of its left neighbour, then the
     * row moved back left from the right edge; false when the texts do not fit between {@code from} and
     * {@code to} in the points' order.
     */
    static boolean spread(FontMetrics fm, List<String> texts, double[] xs, double[] lefts, double from, double to) {
        int n = texts.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(xs[p], xs[q]));
        double[] widths = new double[n];
        double edge = from;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            widths[i] = TextWidths.of(fm, texts.get(i));
            lefts[i] = Math.max(edge, xs[i] - widths[i] / 2);
            edge = lefts[i] + widths[i] + GAP;
        }
        edge = to;
        for (int k = n - 1; k >= 0; k--) {
            int i = order[k];
            lefts[i] = Math.min(lefts[i], edge - widths[i]);
            edge = lefts[i] - GAP;
        }
        return n == 0 || lefts[order[0]] >= from;
    }
}
