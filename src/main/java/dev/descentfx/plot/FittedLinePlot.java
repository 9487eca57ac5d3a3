package dev.descentfx.plot;

import dev.descentfx.training.Dataset;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.function.Function;

/**
 * The data, the current hypothesis H(x) = Wx + b, and each example's residual H(x) − y as a
 * vertical segment: the cost is the mean of their squares. For a few points, a strip below
 * ({@link GradientShares}) writes each one's share of ∇W and ∇b.
 */
public final class FittedLinePlot implements Plot {
    /** While a point is dragged on screen: the axes it was pressed on, and the size they were laid out for. */
    private Axes held;
    private double heldWidth, heldHeight;
    /** The example a click would act on (ringed on screen), or −1. */
    private int highlighted = -1;
    private final Function<Dataset, Marks> marks;   // which points are drawn: at most a few thousand (Marks)

    public FittedLinePlot() {
        this(Marks::of);
    }

    /** A plot drawing the points {@code marks} chooses ({@link Marks#every}: all of them, to compare with). */
    FittedLinePlot(Function<Dataset, Marks> marks) {
        this.marks = marks;
    }

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
        Marks m = marks.apply(f.data());   // the whole data's extent, every point drawn or not
        Range.Builder xs = new Range.Builder().add(0).add(m.x().min()).add(m.x().max());
        Range.Builder ys = new Range.Builder().add(0).add(m.y().min()).add(m.y().max());
        TestMarks.extend(f, xs, ys);
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
        Marks m = marks.apply(d);
        boolean line = Double.isFinite(f.w()) && (!f.bias() || Double.isFinite(f.b()));
        Line2D.Double segment = new Line2D.Double();
        if (line && Halo.on(f, Highlight.RESIDUALS)) {
            java.awt.geom.Path2D.Double all = new java.awt.geom.Path2D.Double();
            for (int k = 0; k < m.residuals(); k++) {
                double x = a.px(d.x(m.residual(k), 0));
                all.moveTo(x, a.py(d.y(m.residual(k))));
                all.lineTo(x, a.py(hypothesis(f, d.x(m.residual(k), 0))));
            }
            Halo.along(g, f, all);
        }
        if (line) {
            g.setPaint(s.residual());
            g.setStroke(s.dashedStroke());
            for (int k = 0; k < m.residuals(); k++) {
                int i = m.residual(k);
                double x = a.px(d.x(i, 0));
                segment.setLine(x, a.py(d.y(i)), x, a.py(hypothesis(f, d.x(i, 0))));
                g.draw(segment);
            }
        }
        boolean crowd = Marks.crowded(d);   // a crowd of points would hide the line: it is drawn over them
        if (crowd) {
            drawPoints(g, s, a, d, m);
        }
        if (line) {
            g.setPaint(s.accent());
            g.setStroke(s.curveStroke());
            segment.setLine(a.left, a.py(hypothesis(f, a.x.min())), a.right, a.py(hypothesis(f, a.x.max())));
            if (Halo.on(f, Highlight.FITTED_LINE)) {
                Halo.along(g, f, segment);
            }
            g.draw(segment);
        }
        if (!crowd) {
            drawPoints(g, s, a, d, m);
        }
        TestMarks.points(g, s, a, f);
        if (!f.legend()) {
            TestMarks.fittedKey(g, s, a, f);
        }
        if (highlighted >= 0 && highlighted < d.size() && d.features() == 1) {
            Draw.ring(g, a.px(d.x(highlighted, 0)), a.py(d.y(highlighted)), s.dataPointSize() * 2.2, s.accent(),
                    s.curveStroke());
        }
        if (!line) {
            Draw.note(g, s, f.words().text("plot.fitted.noLine"), a.left + 10, a.top + 8, s.warning());
        } else if (f.legend()) {
            Legend.draw(g, s, a, TestMarks.fittedLegend(f, f.words().fittedLineLegend()));
        } else if (d.size() <= 12) {
            legend(g, s, a, f.words());
        }
    }

    // The points: each with its ring, or for a crowd (Marks#crowded) plain discs, whose rings would only
    // scatter white flecks over it
    private static void drawPoints(Graphics2D g, PlotStyle s, Axes a, Dataset d, Marks m) {
        if (!Marks.crowded(d)) {
            for (int k = 0; k < m.size(); k++) {
                Draw.point(g, s, a.px(d.x(m.index(k), 0)), a.py(d.y(m.index(k))), s.dataPointSize(), s.data());
            }
            return;
        }
        double size = s.dataPointSize();
        Ellipse2D.Double disc = new Ellipse2D.Double(0, 0, size, size);
        g.setPaint(s.data());
        for (int k = 0; k < m.size(); k++) {
            disc.x = a.px(d.x(m.index(k), 0)) - size / 2;
            disc.y = a.py(d.y(m.index(k))) - size / 2;
            g.fill(disc);
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
