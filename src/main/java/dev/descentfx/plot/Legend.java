package dev.descentfx.plot;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * A plot's key, over its top-right corner: a small sample of each mark and what it means
 * (the sentences are {@link PlotWords}'). Shown while the legend is on (key L in the window).
 */
final class Legend {
    static final double SAMPLE = 34;
    private static final double PAD = 8;

    private Legend() {
    }

    static void draw(Graphics2D g, PlotStyle s, Axes a, List<PlotWords.Entry> entries) {
        double room = a.right - a.left - 8;
        java.awt.Font font = s.tickFont();
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        double textWidth = widest(fm, entries), fits = room - SAMPLE - 3 * PAD;
        if (textWidth > fits && fits > 0) {   // a narrow plot: a smaller font, down to 16 px, then "…"
            font = font.deriveFont((float) Math.max(16, font.getSize2D() * fits / textWidth));
            g.setFont(font);
            fm = g.getFontMetrics(font);
            textWidth = widest(fm, entries);
        }
        double line = fm.getHeight() + 4;
        double w = Math.min(room, SAMPLE + 3 * PAD + textWidth), h = entries.size() * line + 2 * PAD;
        double x = a.right - 4 - w, y = a.top + 4;
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(x, y, w, h, 10, 10);
        g.setPaint(PlotStyle.withAlpha(s.background(), 0.94));
        g.fill(box);
        g.setPaint(s.axis());
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        for (int i = 0; i < entries.size(); i++) {
            double cy = y + PAD + i * line + line / 2;
            sample(g, s, entries.get(i).mark(), x + PAD, cy);
            g.setFont(font);
            g.setPaint(s.text());
            Draw.text(g, cut(fm, entries.get(i).meaning(), fits), (float) (x + 2 * PAD + SAMPLE),
                    (float) (cy + fm.getAscent() / 2.0 - 2));
        }
    }

    private static double widest(FontMetrics fm, List<PlotWords.Entry> entries) {
        double w = 0;
        for (PlotWords.Entry e : entries) {
            w = Math.max(w, TextWidths.of(fm, e.meaning()));
        }
        return w;
    }

    // the text, shortened with "…" until it fits in {@code room} px
    private static String cut(FontMetrics fm, String text, double room) {
        String t = text;
        while (t.length() > 1 && TextWidths.of(fm, t) > room) {
            t = t.substring(0, t.length() - 2) + "…";
        }
        return t;
    }

    // A sample of the mark, SAMPLE px wide, centred vertically on cy.
    static void sample(Graphics2D g, PlotStyle s, PlotWords.Mark mark, double x, double cy) {
        double mid = x + SAMPLE / 2, p = s.pointSize();
        switch (mark) {
            case POINT -> Draw.point(g, s, mid, cy, p, s.accent());
            case RING -> Draw.ring(g, mid, cy, p, s.accent(), s.thinStroke());
            case TRAIL -> {
                g.setPaint(PlotStyle.withAlpha(s.accent(), 0.5));
                for (int k = 0; k < 3; k++) {
                    double d = p * 0.6;
                    g.fill(new Ellipse2D.Double(x + 4 + k * 11 - d / 2, cy - d / 2, d, d));
                }
            }
            case CURVE -> stroke(g, s.curve(), s.curveStroke(), new Line2D.Double(x, cy + 4, x + SAMPLE, cy - 4));
            case TANGENT -> stroke(g, s.text(), s.thinStroke(), new Line2D.Double(x, cy - 6, x + SAMPLE, cy + 6));
            case ARROW -> Draw.arrow(g, x, cy, x + SAMPLE, cy, s.arrowHead() * 0.7, s.accent(), s.arrowStroke());
            case DASHED -> stroke(g, PlotStyle.withAlpha(s.accent(), 0.7), s.dashedStroke(), new Line2D.Double(x, cy, x + SAMPLE, cy));
            case LINE -> stroke(g, s.accent(), s.curveStroke(), new Line2D.Double(x, cy + 5, x + SAMPLE, cy - 5));
            case CROSS -> {
                stroke(g, s.text(), s.curveStroke(), new Line2D.Double(mid - 6, cy - 6, mid + 6, cy + 6));
                stroke(g, s.text(), s.curveStroke(), new Line2D.Double(mid - 6, cy + 6, mid + 6, cy - 6));
            }
            case ELLIPSE -> stroke(g, s.contour(), s.thinStroke(), new Ellipse2D.Double(x + 2, cy - 6, SAMPLE - 4, 12));
            case DATA -> Draw.point(g, s, mid, cy, s.dataPointSize(), s.data());
            case RESIDUAL -> stroke(g, s.residual(), s.dashedStroke(), new Line2D.Double(mid, cy - 8, mid, cy + 8));
            case SLICE_BOTTOM -> bottomMark(g, s, mid, cy + 6);
            case TEST_DATA -> TestMarks.square(g, s, mid, cy, s.curve());
            case TEST_CURVE -> TestMarks.curveSample(g, s, x, cy, SAMPLE);
        }
    }

    /** The mark at a slice's bottom: a small downward triangle in the curve's colour, its tip at (x, y). */
    static void bottomMark(Graphics2D g, PlotStyle s, double x, double y) {
        Path2D.Double tri = new Path2D.Double();
        tri.moveTo(x, y);
        tri.lineTo(x - 7, y - 12);
        tri.lineTo(x + 7, y - 12);
        tri.closePath();
        g.setPaint(s.curve());
        g.fill(tri);
    }

    private static void stroke(Graphics2D g, java.awt.Color c, java.awt.Stroke st, java.awt.Shape shape) {
        g.setPaint(c);
        g.setStroke(st);
        g.draw(shape);
    }
}
