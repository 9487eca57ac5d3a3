package dev.descentfx.plot;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.EpochRecord;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * The lesson's "closer look": cost(W) is a parabola, the point sits on it at the current W,
 * the tangent there has the true slope ∂cost/∂W, and the arrow shows the next step
 * W → W − α∇W, labelled with its worked value. With a bias the curve is the slice cost(W, b) at
 * the current b.
 *
 * <p>The step uses the engine's W.grad. When the loop skips zero_grad(), W.grad is the sum of
 * this epoch's gradient and all the earlier ones, no longer the slope of the curve: the plot
 * then draws a second, dashed line with W.grad's slope beside the true tangent, both labelled,
 * so the student sees the step is aimed by the wrong slope.
 */
public final class CostCurvePlot implements Plot {
    private static final int TRAIL = 40;          // how many earlier records fade out behind the point
    private static final double TANGENT_HALF = 70; // px each side of the point
    private final PlotStyle style = PlotStyle.CLASSROOM;

    @Override
    public String name() {
        return "cost-curve";
    }

    /** Where the next step from the mark lands: W − α·W.grad. At rest, the next record's W. */
    public static double nextW(PlotFrame f) {
        return f.w() - f.learningRate() * f.gradW();
    }

    /** The axes this plot draws {@code frame} on at width × height: W across, cost up. */
    public Axes axes(PlotFrame f, double width, double height) {
        List<EpochRecord> h = f.history();
        Range.Builder ws = new Range.Builder();
        int stride = Math.max(1, h.size() / 5000);
        for (int i = 0; i < h.size(); i += stride) {
            ws.add(h.get(i).w());
        }
        double b = slice(f);
        ws.add(f.latest().w()).add(f.w()).add(nextW(f)).add(f.surface().sliceMinimum(b));
        Range w = ws.build(-1, 3).padded(0.1);
        // cost(W) is a parabola, so over the W range it is highest at one of the ends
        double top = Math.max(f.surface().cost(w.min(), b), f.surface().cost(w.max(), b));
        top = Double.isFinite(top) && top > 0 ? Math.min(Range.LIMIT, top * 1.08) : 1;
        return Axes.linear(width, height, w, new Range(-0.04 * top, top));   // a sliver below 0: points at the minimum show whole
    }

    // the b of the drawn slice: where the mark is (it slides with the mark during a step)
    private static double slice(PlotFrame f) {
        return f.bias() && Double.isFinite(f.b()) ? f.b() : 0;
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame f) {
        Draw.framed(g, width, height, style, () -> paint(g, width, height, f));
    }

    private void paint(Graphics2D g, double width, double height, PlotFrame f) {
        PlotStyle s = style;
        EpochRecord shown = f.record();
        String title = f.bias() ? "cost(W) at b = " + Ticks.value(shown.b()) : "cost(W)";
        String grad = (f.gradPiledUp() ? "W.grad = " : "∇W = ") + Ticks.value(shown.gradW());
        Draw.title(g, s, width, title, "W = " + Ticks.value(shown.w()) + "    " + grad, s.accent());
        Axes a = axes(f, width, height);
        if (!a.usable()) {
            return;
        }
        a.draw(g, s, "W", "cost");
        a.clip(g);
        double b = slice(f);
        drawCurve(g, a, f.surface(), b);
        drawTrail(g, a, f, b);
        if (!Double.isFinite(f.w())) {
            Draw.note(g, s, "W is " + Ticks.value(f.w()) + ": the run blew up (try a smaller learning rate)",
                    a.left + 10, a.top + 8, s.warning());
            return;
        }
        double x = a.px(f.w()), y = a.py(f.surface().cost(f.w(), b));
        LabelPlacer labels = new LabelPlacer(s, a).avoid(x, y, s.pointSize() / 2 + 8);
        drawTangents(g, a, f, x, y, labels);
        drawStep(g, a, f, b, x, y, labels);
        Draw.point(g, x, y, s.pointSize(), s.accent());
    }

    private void drawCurve(Graphics2D g, Axes a, CostSurface surface, double b) {
        int n = (int) Math.max(2, Math.min(240, (a.right - a.left) / 3));
        Path2D.Double curve = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 1);
        for (int i = 0; i <= n; i++) {
            double px = a.left + (a.right - a.left) * i / n;
            double py = a.py(surface.cost(a.xAt(px), b));
            if (i == 0) {
                curve.moveTo(px, py);
            } else {
                curve.lineTo(px, py);
            }
        }
        g.setPaint(style.curve());
        g.setStroke(style.curveStroke());
        g.draw(curve);
    }

    // Earlier W values as dots on the drawn curve, fading with age. They sit on the current slice
    // (not at their own recorded cost, which belongs to their own b) so the trail reads as
    // "where W was" along this parabola; without a bias the two are the same.
    private void drawTrail(Graphics2D g, Axes a, PlotFrame f, double b) {
        List<EpochRecord> h = f.history();
        int first = Math.max(0, h.size() - TRAIL);
        double d = style.pointSize() * 0.6;
        for (int i = first; i < h.size(); i++) {
            double w = h.get(i).w();
            if (!Double.isFinite(w)) {
                continue;
            }
            double age = (double) (h.size() - 1 - i) / TRAIL;
            g.setPaint(PlotStyle.withAlpha(style.accent(), 0.55 * (1 - age) + 0.08));
            g.fill(new Ellipse2D.Double(a.px(w) - d / 2, a.py(f.surface().cost(w, b)) - d / 2, d, d));
        }
    }

    // The next step W → W − α·W.grad as an arrow just above the W axis, a ring where it lands on
    // the curve, and its worked value from the shown record: −α∇W = −0.01 × (−18.67) = +0.1867.
    private void drawStep(Graphics2D g, Axes a, PlotFrame f, double b, double x, double y, LabelPlacer labels) {
        double next = nextW(f);
        if (!Double.isFinite(next)) {
            return;
        }
        double nx = a.px(next), ny = a.py(f.surface().cost(next, b));
        double arrowY = a.bottom - 16;
        g.setPaint(PlotStyle.withAlpha(style.accent(), 0.55));
        g.setStroke(style.dashedStroke());
        g.draw(new Line2D.Double(x, y, x, arrowY));
        g.draw(new Line2D.Double(nx, ny, nx, arrowY));
        Draw.ring(g, nx, ny, style.pointSize(), style.accent(), style.thinStroke());
        Draw.arrow(g, x, arrowY, nx, arrowY, 14, style.accent(), new BasicStroke(3f));
        labels.avoid(nx, ny, style.pointSize() / 2 + 6);

        double rate = f.learningRate(), held = f.record().gradW(), step = -rate * held;
        if (!Double.isFinite(step)) {
            return;
        }
        String name = f.gradPiledUp() ? "−α·W.grad" : "−α∇W";
        String factor = held < 0 ? "(" + Ticks.brief(held) + ")" : Ticks.brief(held);
        String worked = name + " = −" + Ticks.brief(rate) + " × " + factor + " = " + Ticks.signed(step);
        double mid = (x + nx) / 2, right = Math.max(x, nx) + 16, left = Math.min(x, nx) - 16;
        labels.place(g, style.accent(), List.of("next step: " + worked, worked, "next step " + Ticks.signed(step),
                        Ticks.signed(step)),
                new double[] {mid, arrowY - 12}, new double[] {right, arrowY + 6, 1},
                new double[] {left, arrowY + 6, -1}, new double[] {mid, arrowY - 36}, new double[] {left, arrowY - 36, -1},
                new double[] {right, arrowY - 36, 1}, new double[] {mid, arrowY - 60}, new double[] {left, arrowY - 60, -1});
    }

    // The true tangent at the point, slope ∂cost/∂W there; and, if W.grad has piled up, a dashed
    // line with W.grad's slope. Slopes are in data units, each line a fixed length in pixels.
    private void drawTangents(Graphics2D g, Axes a, PlotFrame f, double x, double y, LabelPlacer labels) {
        double[] truth = tangent(a, f.surface().gradW(f.w(), slice(f)), TANGENT_HALF);
        if (truth != null) {
            g.setPaint(style.text());
            g.setStroke(style.thinStroke());
            Line2D line = new Line2D.Double(x - truth[0], y - truth[1], x + truth[0], y + truth[1]);
            g.draw(line);
            labels.avoid(line);
        }
        if (!f.gradPiledUp()) {
            return;
        }
        Color warning = style.warning();
        double[] held = tangent(a, f.gradW(), TANGENT_HALF * 1.3);
        if (held != null) {
            g.setPaint(warning);
            g.setStroke(style.dashedStroke());
            Line2D line = new Line2D.Double(x - held[0], y - held[1], x + held[0], y + held[1]);
            g.draw(line);
            labels.avoid(line);
        }
        label(g, labels, style.text(), truth, x, y,
                List.of("true slope " + Ticks.brief(f.trueGradW()), "slope " + Ticks.brief(f.trueGradW())));
        label(g, labels, warning, held, x, y, List.of("W.grad " + Ticks.brief(f.record().gradW()) + " (piled up)",
                "W.grad " + Ticks.brief(f.record().gradW())));
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

    // The pixel offset (dx, dy) of a line of slope {@code slope} (data units) {@code half} px long.
    private static double[] tangent(Axes a, double slope, double half) {
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
