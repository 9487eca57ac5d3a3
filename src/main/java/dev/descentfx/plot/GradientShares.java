package dev.descentfx.plot;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * A strip under the fitted-line chart: each example's share of the gradient at the shown
 * record, written under its point, and their sums. ∇W is the mean of 2(H(xᵢ) − yᵢ)·xᵢ, so
 * point i adds 2(H(xᵢ) − yᵢ)·xᵢ/m to it (and 2(H(xᵢ) − yᵢ)/m to ∇b); the far points, with long
 * residuals and large x, pull hardest. The sum is the slope of the tangent on the cost curve.
 * The shares come from {@link CostSurface#gradWShares}; nothing is recomputed here.
 */
final class GradientShares {
    /** Up to this many examples the strip is shown; beyond, the numbers would not fit. */
    static final int MAX_POINTS = 12;
    static final double HEIGHT = 80;
    private static final double ROW = 20;

    private GradientShares() {
    }

    /** True if the strip is drawn for {@code f} in a picture {@code height} tall. */
    static boolean shown(PlotFrame f, double height) {
        EpochRecord r = f.record();
        return f.data().size() <= MAX_POINTS && f.data().features() == 1 && height >= 300
                && Float.isFinite(r.w()) && Float.isFinite(r.b());
    }

    /** Each point's share of ∇W and of ∇b at the shown record: {wShares, bShares}. */
    static double[][] shares(PlotFrame f) {
        EpochRecord r = f.record();
        return new double[][] {f.surface().gradWShares(r.w(), r.b()), f.surface().gradBShares(r.w(), r.b())};
    }

    /** Draws the strip between {@code top} and the bottom of a picture {@code width} wide; x from {@code a}. */
    static void draw(Graphics2D g, PlotStyle s, Axes a, PlotFrame f, double width, double top) {
        double[][] shares = shares(f);
        double sumW = 0, sumB = 0;
        for (int i = 0; i < shares[0].length; i++) {
            sumW += shares[0][i];
            sumB += shares[1][i];
        }
        g.setPaint(s.grid());
        g.setStroke(s.thinStroke());
        g.draw(new Line2D.Double(14, top + 4, width - Axes.RIGHT, top + 4));

        g.setFont(s.labelFont());
        FontMetrics fm = g.getFontMetrics();
        double header = top + 24;
        String sums = "Σ = ∇W = " + Numbers.value(sumW) + (f.bias() ? "     Σ = ∇b = " + Numbers.value(sumB) : "");
        if (width - Axes.RIGHT - TextWidths.of(fm, sums) < 14) {   // narrow: the rows say which sum is which
            sums = "∇W = " + Numbers.value(sumW) + (f.bias() ? "   ∇b = " + Numbers.value(sumB) : "");
        }
        double sumsX = width - Axes.RIGHT - TextWidths.of(fm, sums);
        g.setPaint(s.accent());
        Draw.text(g, sums, (float) sumsX, (float) header);
        String what = f.words().text("plot.shares.what");
        if (14 + TextWidths.of(fm, what) + 24 < sumsX) {
            g.setPaint(s.text());
            Draw.text(g, what, 14f, (float) header);
        }
        row(g, s, a, f.data(), "∇W", shares[0], header + ROW);
        if (f.bias()) {
            row(g, s, a, f.data(), "∇b", shares[1], header + 2 * ROW);
        }
    }

    // One row: its name in the left margin, then each share centred under its point. If two
    // neighbours would touch, a small bar (up for positive, down for negative) stands in for each.
    private static void row(Graphics2D g, PlotStyle s, Axes a, Dataset d, String name, double[] shares, double y) {
        g.setFont(s.tickFont());
        FontMetrics fm = g.getFontMetrics();
        g.setPaint(s.text());
        Draw.text(g, name, 14f, (float) y);
        String[] texts = new String[shares.length];
        double[] xs = new double[shares.length];
        double largest = 0;
        for (int i = 0; i < shares.length; i++) {
            texts[i] = Ticks.brief(shares[i]);
            xs[i] = a.px(d.x(i, 0));
            largest = Math.max(largest, Math.abs(shares[i]));
        }
        boolean crowded = false;
        for (int i = 0; i < shares.length && !crowded; i++) {
            for (int j = 0; j < i; j++) {
                double room = (TextWidths.of(fm, texts[i]) + TextWidths.of(fm, texts[j])) / 2.0 + 5;   // 5 px apart: 16 px numbers fit a 334 px plot
                crowded |= Math.abs(xs[i] - xs[j]) < room;
            }
        }
        g.setPaint(s.residual());
        for (int i = 0; i < shares.length; i++) {
            if (crowded) {
                double h = largest > 0 ? 8 * shares[i] / largest : 0;
                g.fill(new Rectangle2D.Double(xs[i] - 2, y - 5 - Math.max(h, 0), 4, Math.abs(h) + 1));
            } else {
                Draw.text(g, texts[i], (float) (xs[i] - TextWidths.of(fm, texts[i]) / 2.0), (float) y);
            }
        }
    }
}
