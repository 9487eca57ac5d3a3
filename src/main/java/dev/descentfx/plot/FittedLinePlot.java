package dev.descentfx.plot;

import dev.descentfx.training.Dataset;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;

/**
 * The data, the current hypothesis H(x) = Wx + b, and each example's residual H(x) − y as a
 * vertical segment: the cost is the mean of their squares. For a few points, a strip below
 * ({@link GradientShares}) writes each one's share of ∇W and ∇b.
 */
public final class FittedLinePlot implements Plot {
    private static final int MAX_POINTS = 2000;
    /** While a point is dragged on screen: the axes it was pressed on, and the size they were laid out for. */
    private Axes held;
    private double heldWidth, heldHeight;
    /** The example a click would act on (ringed on screen), or −1. */
    private int highlighted = -1;

    @Override
    public String name() {
        return "fitted-line";
    }

    /** The shown record's line: "H(x) = 0.1867x + 0.0800" (without a bias "H(x) = 0.1867x"). */
    public static String equation(PlotFrame f) {
        String eq = "H(x) = " + Numbers.value(f.record().w()) + "x";
        if (!f.bias()) {
            return eq;
        }
        String b = Numbers.value(f.record().b());
        return b.startsWith("−") ? eq + " − " + b.substring(1) : eq + " + " + b;
    }

    /** H(x) at the mark's W and b (where the line is drawn now). */
    public static double hypothesis(PlotFrame f, double x) {
        return f.w() * x + (f.bias() ? f.b() : 0);
    }

    /**
     * The axes for {@code frame}: x covers the data and 0 (so the intercept b shows), y the
     * targets, 0 and the line over that x range, the line limited to a few data spans beyond the
     * data so a wild W cannot squash the points.
     */
    public Axes axes(PlotFrame f, double width, double height) {
        Dataset d = f.data();
        Range.Builder xs = new Range.Builder().add(0);
        Range.Builder ys = new Range.Builder().add(0);
        int stride = Math.max(1, d.size() / MAX_POINTS);
        for (int i = 0; i < d.size(); i += stride) {
            xs.add(d.x(i, 0));
            ys.add(d.y(i));
        }
        Range x = xs.build(0, 1).padded(0.08);
        Range data = ys.build(0, 1);
        double reach = 2 * data.span();
        for (double end : new double[] {x.min(), x.max()}) {
            double h = hypothesis(f, end);
            if (Double.isFinite(h)) {
                ys.add(Math.max(data.min() - reach, Math.min(data.max() + reach, h)));
            }
        }
        double strip = GradientShares.shown(f, height) ? GradientShares.HEIGHT : 0;
        return Axes.linear(width, height - strip, x, ys.build(0, 1).padded(0.08));
    }

    /**
     * The axes this plot draws {@code f} on at width × height: those {@link #holdAxes held} while a
     * point is dragged (a student must not chase a moving axis), else {@link #axes} fitted to the data.
     */
    public Axes axesShown(PlotFrame f, double width, double height) {
        return held != null && heldWidth == width && heldHeight == height ? held : axes(f, width, height);
    }

    /** Keeps the axes {@code f} is drawn on now at width × height until {@link #releaseAxes}. */
    public void holdAxes(PlotFrame f, double width, double height) {
        held = null;
        held = axesShown(f, width, height);
        heldWidth = width;
        heldHeight = height;
    }

    /** The axes fit the data again from the next picture on. */
    public void releaseAxes() {
        held = null;
    }

    /** Rings example {@code i} (the one a click would take), or none for −1. */
    public void highlight(int i) {
        highlighted = i;
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame f) {
        Draw.framed(g, width, height, f.style(), () -> paint(g, width, height, f));
    }

    private void paint(Graphics2D g, double width, double height, PlotFrame f) {
        PlotStyle s = f.style();
        Draw.title(g, s, width, f.words().text("plot.fitted.title"), equation(f), s.accent());
        Axes a = axesShown(f, width, height);
        if (!a.usable()) {
            return;
        }
        a.draw(g, s, "x", "y");
        if (GradientShares.shown(f, height)) {
            GradientShares.draw(g, s, a, f, width, height - GradientShares.HEIGHT);
        }
        a.clip(g);
        Dataset d = f.data();
        int stride = Math.max(1, d.size() / MAX_POINTS);
        boolean line = Double.isFinite(f.w()) && (!f.bias() || Double.isFinite(f.b()));
        Line2D.Double segment = new Line2D.Double();
        if (line) {
            g.setPaint(s.residual());
            g.setStroke(s.dashedStroke());
            for (int i = 0; i < d.size(); i += stride) {
                double x = a.px(d.x(i, 0));
                segment.setLine(x, a.py(d.y(i)), x, a.py(hypothesis(f, d.x(i, 0))));
                g.draw(segment);
            }
            g.setPaint(s.accent());
            g.setStroke(s.curveStroke());
            segment.setLine(a.left, a.py(hypothesis(f, a.x.min())), a.right, a.py(hypothesis(f, a.x.max())));
            g.draw(segment);
        }
        for (int i = 0; i < d.size(); i += stride) {
            Draw.point(g, s, a.px(d.x(i, 0)), a.py(d.y(i)), s.dataPointSize(), s.data());
        }
        if (highlighted >= 0 && highlighted < d.size() && d.features() == 1) {
            Draw.ring(g, a.px(d.x(highlighted, 0)), a.py(d.y(highlighted)), s.dataPointSize() * 2.2, s.accent(),
                    s.curveStroke());
        }
        if (!line) {
            Draw.note(g, s, f.words().text("plot.fitted.noLine"), a.left + 10, a.top + 8, s.warning());
        } else if (f.legend()) {
            Legend.draw(g, s, a, f.words().fittedLineLegend());
        } else if (d.size() <= 12) {
            legend(g, s, a, f.words());
        }
    }

    // A small key in the top-left corner: what the dashed segments are.
    private void legend(Graphics2D g, PlotStyle style, Axes a, PlotWords words) {
        double x = a.left + 14, y = a.top + 14;
        g.setPaint(style.residual());
        g.setStroke(style.dashedStroke());
        g.draw(new Line2D.Double(x, y, x, y + 20));
        g.setFont(style.tickFont());
        Draw.text(g, words.text("plot.fitted.residual"), (float) (x + 10), (float) (y + 15));
    }
}
