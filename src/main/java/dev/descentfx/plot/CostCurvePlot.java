package dev.descentfx.plot;

import dev.descentfx.training.EpochRecord;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * The lesson's "closer look": cost(W) is a parabola, the point sits on it at the current W,
 * the tangent there has slope ∇W (the engine's W.grad, not recomputed here), and the arrow
 * shows the step W → W − α∇W. With a bias the curve is the slice cost(W, b) at the current b.
 */
public final class CostCurvePlot implements Plot {
    private static final int TRAIL = 40;          // how many earlier records fade out behind the point
    private static final String STEP = "−α∇W";
    private static final double TANGENT_HALF = 70; // px each side of the point
    private final PlotStyle style = PlotStyle.CLASSROOM;

    @Override
    public String name() {
        return "cost-curve";
    }

    /** Where the next step lands: W − α∇W. */
    public static double nextW(PlotFrame f) {
        return f.w() - f.learningRate() * f.gradW();
    }

    /**
     * The W that minimises the drawn slice cost(W, b): Σx(y − b) / Σx² (set the derivative of
     * mean((Wx + b − y)²) to zero). NaN if every x is 0.
     */
    public static double sliceMinimum(PlotFrame f) {
        double sxy = 0, sxx = 0, b = f.bias() ? f.b() : 0;
        for (int i = 0; i < f.data().size(); i++) {
            double x = f.data().x(i, 0);
            sxy += x * (f.data().y(i) - b);
            sxx += x * x;
        }
        return sxx > 0 ? sxy / sxx : Double.NaN;
    }

    /** The axes this plot draws {@code frame} on at width × height: W across, cost up. */
    public Axes axes(PlotFrame f, double width, double height) {
        List<EpochRecord> h = f.history();
        Range.Builder ws = new Range.Builder();
        int stride = Math.max(1, h.size() / 5000);
        for (int i = 0; i < h.size(); i += stride) {
            ws.add(h.get(i).w());
        }
        ws.add(f.latest().w()).add(f.w()).add(nextW(f)).add(sliceMinimum(f));
        Range w = ws.build(-1, 3).padded(0.1);
        double b = slice(f);
        // cost(W) is a parabola, so over the W range it is highest at one of the ends
        double top = Math.max(f.costAt(w.min(), b), f.costAt(w.max(), b));
        top = Double.isFinite(top) && top > 0 ? Math.min(Range.LIMIT, top * 1.08) : 1;
        return Axes.linear(width, height, w, new Range(-0.04 * top, top));   // a sliver below 0: points at the minimum show whole
    }

    private static double slice(PlotFrame f) {
        return f.bias() && Double.isFinite(f.b()) ? f.b() : 0;
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame f) {
        Draw.framed(g, width, height, style, () -> paint(g, width, height, f));
    }

    private void paint(Graphics2D g, double width, double height, PlotFrame f) {
        PlotStyle s = style;
        double b = slice(f);
        String title = f.bias() ? "cost(W) at b = " + Ticks.value(b) : "cost(W)";
        Draw.title(g, s, width, title, "W = " + Ticks.value(f.w()) + "    ∇W = " + Ticks.value(f.gradW()), s.accent());
        Axes a = axes(f, width, height);
        if (!a.usable()) {
            return;
        }
        a.draw(g, s, "W", "cost");
        a.clip(g);
        drawCurve(g, a, f, b);
        drawTrail(g, a, f, b);
        if (!Double.isFinite(f.w())) {
            Draw.note(g, s, "W is " + Ticks.value(f.w()) + ": the run blew up (try a smaller learning rate)",
                    a.left + 10, a.top + 8, s.warning());
            return;
        }
        double x = a.px(f.w()), y = a.py(f.costAt(f.w(), b));
        drawTangent(g, a, f, x, y);
        drawStep(g, a, f, b, x, y);
        Draw.point(g, x, y, s.pointSize(), s.accent());
    }

    private void drawCurve(Graphics2D g, Axes a, PlotFrame f, double b) {
        int n = (int) Math.max(2, Math.min(240, (a.right - a.left) / 3));
        Path2D.Double curve = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 1);
        for (int i = 0; i <= n; i++) {
            double px = a.left + (a.right - a.left) * i / n;
            double py = a.py(f.costAt(a.xAt(px), b));
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
            g.fill(new Ellipse2D.Double(a.px(w) - d / 2, a.py(f.costAt(w, b)) - d / 2, d, d));
        }
    }

    // The step W → W − α∇W as an arrow just above the W axis, labelled beyond its head, and a
    // ring where it lands on the curve.
    private void drawStep(Graphics2D g, Axes a, PlotFrame f, double b, double x, double y) {
        double next = nextW(f);
        if (!Double.isFinite(next)) {
            return;
        }
        double nx = a.px(next), ny = a.py(f.costAt(next, b));
        double arrowY = a.bottom - 16;
        g.setPaint(PlotStyle.withAlpha(style.accent(), 0.55));
        g.setStroke(style.dashedStroke());
        g.draw(new Line2D.Double(x, y, x, arrowY));
        g.draw(new Line2D.Double(nx, ny, nx, arrowY));
        Draw.ring(g, nx, ny, style.pointSize(), style.accent(), style.thinStroke());
        Draw.arrow(g, x, arrowY, nx, arrowY, 14, style.accent(), new BasicStroke(3f));
        if (Math.abs(nx - x) < 2) {
            return;   // a step too small to see needs no label
        }
        g.setFont(style.labelFont());
        double half = TextWidths.of(g.getFontMetrics(), STEP) / 2.0 + 10;
        double rightX = Math.max(x, nx) + half, leftX = Math.min(x, nx) - half;
        boolean rightFits = rightX + half < a.right, leftFits = leftX - half > a.left;
        if (!rightFits && !leftFits) {   // a long arrow: the label goes above its middle
            Draw.label(g, style, STEP, (x + nx) / 2, arrowY - 12, style.accent());
        } else {
            double lx = nx >= x ? (rightFits ? rightX : leftX) : (leftFits ? leftX : rightX);
            Draw.label(g, style, STEP, lx, arrowY + 6, style.accent());
        }
    }

    // The tangent at the point: slope ∇W in data units, drawn a fixed length in pixels.
    private void drawTangent(Graphics2D g, Axes a, PlotFrame f, double x, double y) {
        if (!Double.isFinite(f.gradW())) {
            return;
        }
        double dx = (a.right - a.left) / a.x.span();
        double dy = -f.gradW() * (a.bottom - a.top) / a.y.span();
        double len = Math.hypot(dx, dy);
        if (!(len > 0) || !Double.isFinite(len)) {
            return;
        }
        dx = dx / len * TANGENT_HALF;
        dy = dy / len * TANGENT_HALF;
        g.setPaint(style.text());
        g.setStroke(style.thinStroke());
        g.draw(new Line2D.Double(x - dx, y - dy, x + dx, y + dy));
    }
}
