package dev.descentfx.plot;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The gradient-shares strip for more points than can be written one by one ({@link GradientShares#MAX_POINTS}):
 * a row per gradient that says how many shares add up to it and writes the largest few (by size, either
 * sign) with the x of their point, as many as fit, e.g. {@code largest 3 of 1,000,000: +2.391e−5 (x = 3.9999) …}.
 * The shares are {@link CostSurface#gradWShare} and {@link CostSurface#gradBShare}: one pass over the data
 * for the shown record (a few ms for a million points), not an array of them.
 */
final class LargestShares {
    /** At most this many shares are written in a row. */
    static final int MOST = 3;

    /** The indices of the {@code k} largest shares of ∇W (or of ∇b) at (w, b), largest first; ties go to the first point. */
    static int[][] of(CostSurface surface, double w, double b, int k) {
        int n = surface.data().size();
        int[] topW = new int[Math.min(k, n)], topB = new int[Math.min(k, n)];
        double[] sizeW = new double[topW.length], sizeB = new double[topB.length];
        java.util.Arrays.fill(sizeW, -1);
        java.util.Arrays.fill(sizeB, -1);
        for (int i = 0; i < n; i++) {
            insert(topW, sizeW, i, Math.abs(surface.gradWShare(i, w, b)));
            if (surface.bias()) {
                insert(topB, sizeB, i, Math.abs(surface.gradBShare(i, w, b)));
            }
        }
        return new int[][] {topW, surface.bias() ? topB : new int[0]};
    }

    // keeps top[] the indices of the largest sizes so far, largest first (a later point only displaces a smaller one)
    private static void insert(int[] top, double[] size, int i, double v) {
        int at = top.length;
        while (at > 0 && v > size[at - 1]) {
            at--;
        }
        if (at == top.length) {
            return;
        }
        System.arraycopy(top, at, top, at + 1, top.length - at - 1);
        System.arraycopy(size, at, size, at + 1, size.length - at - 1);
        top[at] = i;
        size[at] = v;
    }

    /** The rows under the header at {@code y}: ∇W's largest shares, then ∇b's. */
    static void draw(Graphics2D g, PlotStyle s, PlotFrame f, double width, double y, double row) {
        double w = f.record().w(), b = f.record().b();
        int[][] top = of(f.surface(), w, b, MOST);
        row(g, s, f, "∇W", top[0], i -> f.surface().gradWShare(i, w, b), width, y);
        if (f.bias()) {
            row(g, s, f, "∇b", top[1], i -> f.surface().gradBShare(i, w, b), width, y + row);
        }
    }

    private static void row(Graphics2D g, PlotStyle s, PlotFrame f, String name, int[] top,
                            java.util.function.IntToDoubleFunction share, double width, double y) {
        g.setFont(s.tickFont());
        FontMetrics fm = g.getFontMetrics();
        g.setPaint(s.text());
        Draw.text(g, name, 14f, (float) y);
        double x = 14 + TextWidths.of(fm, name) + 10, room = width - Axes.RIGHT - x;
        Dataset d = f.data();
        String count = String.format(java.util.Locale.US, "%,d", d.size());
        List<String> parts = new ArrayList<>();
        for (int i : top) {
            parts.add(Numbers.signed(share.applyAsDouble(i)) + " (x = " + Numbers.value(d.x(i, 0)) + ")");
        }
        for (int k = parts.size(); k >= 1; k--) {   // as many as fit, the largest first, with what they are
            String lead = f.words().text(k == 1 ? "plot.shares.largestOne" : "plot.shares.largest", k, count);
            if (TextWidths.of(fm, lead + "  " + String.join("   ", parts.subList(0, k))) <= room) {
                g.setPaint(s.mutedText());
                Draw.text(g, lead, (float) x, (float) y);
                g.setPaint(s.residual());
                Draw.text(g, String.join("   ", parts.subList(0, k)), (float) (x + TextWidths.of(fm, lead + "  ")), (float) y);
                return;
            }
        }
        if (!parts.isEmpty()) {   // a narrow picture: "largest:" and the largest, else the largest alone
            String lead = f.words().text("plot.shares.largestShort"), largest = parts.get(0);
            boolean both = TextWidths.of(fm, lead + "  " + largest) <= room;
            if (both) {
                g.setPaint(s.mutedText());
                Draw.text(g, lead, (float) x, (float) y);
            }
            g.setPaint(s.residual());
            Draw.text(g, largest, (float) (both ? x + TextWidths.of(fm, lead + "  ") : x), (float) y);
        }
    }
}
