package dev.descentfx.plot;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * Contour lines of cost(W, b) around the descent path and the minimum, the path so far and
 * the current point. The contour lines are traced only when the axes change (a cache of one).
 */
public final class ContourPlot implements Plot {
    private static final int GRID = 48;
    private static final int LEVELS = 11;
    private static final int MAX_PATH_POINTS = 2000;
    private final PlotStyle style;
    private volatile Traced traced;   // the last contour lines and what they were traced for

    private record Key(Range w, Range b, double left, double top, double right, double bottom, Dataset data,
                       boolean bias) {
    }

    private record Traced(Key key, Path2D.Double[] lines) {
    }

    public ContourPlot() {
        this(PlotStyle.CLASSROOM);
    }

    public ContourPlot(PlotStyle style) {
        this.style = style;
    }

    @Override
    public String name() {
        return "contour";
    }

    /**
     * The (W, b) of least cost: the least-squares line, W = cov(x, y) / var(x) and
     * b = mean(y) − W·mean(x); without a bias W = Σxy / Σx² and b = 0. NaNs if x does not vary.
     */
    public static double[] minimum(PlotFrame f) {
        Dataset d = f.data();
        int m = d.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < m; i++) {
            double x = d.x(i, 0), y = d.y(i);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        if (!f.bias()) {
            return new double[] {sxx > 0 ? sxy / sxx : Double.NaN, 0};
        }
        double var = sxx - sx * sx / m;
        if (!(var > 1e-12 * Math.max(1, sxx))) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double w = (sxy - sx * sy / m) / var;
        return new double[] {w, (sy - w * sx) / m};
    }

    /** W across, b up: the path, the current point and the minimum, with a margin. */
    public Axes axes(PlotFrame f, double width, double height) {
        List<EpochRecord> h = f.history();
        Range.Builder ws = new Range.Builder(), bs = new Range.Builder();
        int stride = Math.max(1, h.size() / 5000);
        for (int i = 0; i < h.size(); i += stride) {
            ws.add(h.get(i).w());
            bs.add(h.get(i).b());
        }
        double[] min = minimum(f);
        ws.add(f.latest().w()).add(f.w()).add(min[0]);
        bs.add(f.latest().b()).add(f.bias() ? f.b() : 0).add(min[1]);
        Range w = ws.build(-1, 3).padded(0.15);
        Range b = bs.build(-1, 1).padded(0.15);
        // Keep the picture no more than 2:1 away from equal scales, so the cost's valley looks like one.
        double pw = Math.max(1, width - Axes.LEFT - Axes.RIGHT), ph = Math.max(1, height - Axes.TOP - Axes.BOTTOM);
        w = w.withMinSpan(0.5 * b.span() * pw / ph);
        b = b.withMinSpan(0.5 * w.span() * ph / pw);
        return Axes.linear(width, height, w, b);
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame f) {
        Draw.Saved saved = Draw.begin(g, width, height, style);
        if (saved == null) {
            return;
        }
        try (saved) {
            PlotStyle s = style;
            Draw.title(g, s, width, "cost(W, b) contours",
                    "W = " + Ticks.value(f.w()) + "    b = " + Ticks.value(f.b()), s.accent());
            Axes a = axes(f, width, height);
            if (!a.usable()) {
                return;
            }
            a.draw(g, s, "W", "b");
            a.clip(g);
            drawContours(g, a, f);
            double[] min = minimum(f);
            if (Double.isFinite(min[0]) && Double.isFinite(min[1])) {
                cross(g, a.px(min[0]), a.py(min[1]));
            }
            drawPath(g, a, f);
            boolean finite = Double.isFinite(f.w()) && Double.isFinite(f.b());
            if (finite) {
                Draw.point(g, a.px(f.w()), a.py(f.bias() ? f.b() : 0), s.pointSize(), s.accent());
            }
            if (!f.bias()) {
                Draw.note(g, s, "bias is off: cost depends on W only", a.left + 10, a.top + 8, s.text());
            } else if (!finite) {
                Draw.note(g, s, "W or b is not a finite number: the run blew up", a.left + 10, a.top + 8, s.warning());
            }
        }
    }

    private void drawContours(Graphics2D g, Axes a, PlotFrame f) {
        Key key = new Key(a.x, a.y, a.left, a.top, a.right, a.bottom, f.data(), f.bias());
        Traced t = traced;
        if (t == null || !t.key().equals(key)) {
            t = new Traced(key, trace(a, f));
            traced = t;
        }
        g.setStroke(style.thinStroke());
        for (int k = 0; k < t.lines().length; k++) {
            // outer lines fainter, inner (lower cost) ones stronger
            g.setPaint(PlotStyle.withAlpha(style.contour(), 0.45 + 0.5 * k / LEVELS));
            g.draw(t.lines()[k]);
        }
    }

    // Levels spaced by halving the distance to the least cost: for a quadratic bowl that gives
    // ellipses shrinking by √2 each time, evenly nested on screen.
    private static Path2D.Double[] trace(Axes a, PlotFrame f) {
        double[] min = minimum(f);
        double low = f.costAt(min[0], min[1]);
        double high = 0;
        for (double w : new double[] {a.x.min(), a.x.max()}) {
            for (double b : new double[] {a.y.min(), a.y.max()}) {
                high = Math.max(high, f.costAt(w, b));
            }
        }
        if (!Double.isFinite(low)) {
            low = 0;
        }
        if (!Double.isFinite(high) || !(high > low)) {
            return new Path2D.Double[0];
        }
        double[] levels = new double[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            levels[k] = low + (high - low) * Math.pow(0.5, k + 1);
        }
        double sx = a.x.span() / (a.right - a.left), sy = a.y.span() / (a.bottom - a.top);
        return Contours.trace((px, py) -> f.costAt(a.x.min() + (px - a.left) * sx, a.y.min() + (a.bottom - py) * sy),
                a.left, a.top, a.right, a.bottom, GRID, levels);
    }

    private void cross(Graphics2D g, double x, double y) {
        g.setPaint(style.text());
        g.setStroke(style.curveStroke());
        g.draw(new Line2D.Double(x - 7, y - 7, x + 7, y + 7));
        g.draw(new Line2D.Double(x - 7, y + 7, x + 7, y - 7));
        Draw.label(g, style, "minimum", x, y + 26, style.text());
    }

    private void drawPath(Graphics2D g, Axes a, PlotFrame f) {
        List<EpochRecord> h = f.history();
        int stride = Math.max(1, (h.size() + MAX_PATH_POINTS - 1) / MAX_PATH_POINTS);
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < h.size(); i = i == h.size() - 1 ? h.size() : Math.min(i + stride, h.size() - 1)) {
            EpochRecord r = h.get(i);
            if (!r.isFinite()) {
                pen = false;
                continue;
            }
            double x = a.px(r.w()), y = a.py(r.b());
            if (pen) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                pen = true;
            }
        }
        if (pen && Double.isFinite(f.w()) && Double.isFinite(f.b())) {
            path.lineTo(a.px(f.w()), a.py(f.bias() ? f.b() : 0));
        }
        g.setPaint(style.accent());
        g.setStroke(style.curveStroke());
        g.draw(path);
        if (h.size() <= 60) {
            for (EpochRecord r : h) {
                if (r.isFinite()) {
                    double d = style.pointSize() * 0.55;
                    g.fill(new java.awt.geom.Ellipse2D.Double(a.px(r.w()) - d / 2, a.py(r.b()) - d / 2, d, d));
                }
            }
        }
    }
}
