package dev.descentfx.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * The tangent at the point of the cost(W) plot, labelled with its slope ("slope = ∇W = −18.6667")
 * and with a rise/run triangle under it; and, when W.grad has piled up (zero_grad skipped), a
 * dashed line with W.grad's slope beside the true one, both labelled. Slopes are in data units,
 * each line a fixed length in pixels.
 */
final class SlopeMarks {
    private SlopeMarks() {
    }

    static void draw(Graphics2D g, PlotStyle s, Axes a, PlotFrame f, double x, double y, double half,
                     LabelPlacer labels) {
        double[] truth = direction(a, f.surface().gradW(f.w(), CostCurveAxes.slice(f)), half);
        if (truth != null) {
            triangle(g, s, x, y, truth, labels, f.words());
            g.setPaint(s.text());
            g.setStroke(s.thinStroke());
            Line2D line = new Line2D.Double(x - truth[0], y - truth[1], x + truth[0], y + truth[1]);
            if (Halo.on(f, Highlight.TANGENT)) {
                Halo.along(g, f, line);
            }
            g.draw(line);
            labels.avoid(line);
        }
        if (!f.gradPiledUp()) {
            // at rest the record's ∇W is the slope here: write the engine's number, as everywhere else
            String slope = Numbers.value(f.record().gradW());
            label(g, labels, s.text(), truth, x, y, List.of(f.words().slopeLabel(slope), "∇W = " + slope));
            return;
        }
        Color warning = s.warning();
        double[] held = direction(a, f.gradW(), half * 1.3);
        if (held != null) {
            g.setPaint(warning);
            g.setStroke(s.dashedStroke());
            Line2D line = new Line2D.Double(x - held[0], y - held[1], x + held[0], y + held[1]);
            g.draw(line);
            labels.avoid(line);
        }
        label(g, labels, s.text(), truth, x, y,
                List.of(f.words().text("plot.curve.trueSlope", Numbers.value(f.trueGradW())),
                        f.words().text("plot.curve.slopeShort", Numbers.value(f.trueGradW()))));
        label(g, labels, warning, held, x, y, List.of(f.words().text("plot.curve.piledUp", Numbers.value(f.record().gradW())),
                "W.grad " + Numbers.value(f.record().gradW())));
    }

    // Run along W from the point to the tangent's right end, then rise (or fall) to it: the slope
    // is rise/run. Drawn faint under the tangent.
    private static void triangle(Graphics2D g, PlotStyle s, double x, double y, double[] d, LabelPlacer labels,
                                 PlotWords words) {
        if (Math.abs(d[1]) < 6 || Math.abs(d[0]) < 6) {
            return;   // a flat (or upright) tangent has no triangle worth drawing
        }
        Path2D.Double tri = new Path2D.Double();
        tri.moveTo(x, y);
        tri.lineTo(x + d[0], y);
        tri.lineTo(x + d[0], y + d[1]);
        g.setPaint(PlotStyle.withAlpha(s.text(), 0.6));
        g.setStroke(s.gridStroke());
        g.draw(tri);
        labels.avoid(new Line2D.Double(x, y, x + d[0], y)).avoid(new Line2D.Double(x + d[0], y, x + d[0], y + d[1]));
        if (Math.abs(d[0]) < 30 || Math.abs(d[1]) < 24) {
            return;
        }
        g.setFont(s.tickFont());
        Draw.text(g, words.text("plot.curve.run"), (float) (x + d[0] / 2 - 10), (float) (d[1] > 0 ? y - 4 : y + 14));
        Draw.text(g, words.text("plot.curve.rise"), (float) (x + d[0] + 4), (float) (y + d[1] / 2 + 5));
    }

    // A line's label beside one of its ends, or above or below the point.
    private static void label(Graphics2D g, LabelPlacer labels, Color color, double[] d, double x, double y,
                              List<String> wordings) {
        double dx = d == null ? 0 : d[0], dy = d == null ? 0 : d[1];
        labels.place(g, color, wordings,
                new double[] {x + dx + 8, y + dy - 6, 1}, new double[] {x - dx - 8, y - dy - 6, -1},
                new double[] {x + dx + 8, y + dy + 18, 1}, new double[] {x - dx - 8, y - dy + 18, -1},
                new double[] {x, y - 26}, new double[] {x, y + 34});
    }

    /** The pixel offset (dx, dy) of a line of slope {@code slope} (data units) {@code half} px long. */
    static double[] direction(Axes a, double slope, double half) {
        if (!Double.isFinite(slope)) {
            return null;
        }
        double dx = (a.right - a.left) / a.x.span();
        double dy = -slope * (a.bottom - a.top) / a.y.span();
        double len = Math.hypot(dx, dy);
        if (!(len > 0) || !Double.isFinite(len)) {
            return null;
        }
        return new double[] {dx / len * half, dy / len * half};
    }
}
