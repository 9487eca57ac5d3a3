package dev.descentfx.plot;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.EpochRecord;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * The lesson's "closer look": cost(W) is a parabola, the point sits on it at the current W,
 * the tangent there has the slope ∇W (labelled, with a rise/run triangle), and the arrow shows
 * the next step W → W − α∇W, labelled with its worked value. With a bias the curve is the slice
 * cost(W, b) at the current b: the earlier epochs are drawn at their own, real cost (off the
 * curve once b has moved), the ring where the step lands at the cost there, cost(W − α∇W, b − α∇b),
 * and the slice's bottom is marked as such, not as the answer. Near the bottom the axes zoom
 * (see {@link CostCurveAxes}) so the marks do not pile up.
 *
 * <p>The step uses the engine's W.grad. When the loop skips zero_grad(), W.grad is the sum of
 * this epoch's gradient and all the earlier ones, no longer the slope of the curve: the plot
 * then draws a second, dashed line with W.grad's slope beside the true tangent, both labelled,
 * so the student sees the step is aimed by the wrong slope.
 */
public final class CostCurvePlot implements Plot {
    private static final double TANGENT_HALF = 90; // px each side of the point

    @Override
    public String name() {
        return "cost-curve";
    }

    /** Where the next step from the mark lands: W − α·W.grad. At rest, the next record's W. */
    public static double nextW(PlotFrame f) {
        return f.nextW();
    }

    /** The axes this plot draws {@code frame} on at width × height: W across, cost up. */
    public Axes axes(PlotFrame f, double width, double height) {
        return CostCurveAxes.of(f, width, height);
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame f) {
        Draw.framed(g, width, height, f.style(), () -> paint(g, width, height, f));
    }

    private void paint(Graphics2D g, double width, double height, PlotFrame f) {
        PlotStyle s = f.style();
        EpochRecord shown = f.record();
        PlotWords words = f.words();
        String title = f.bias() ? words.text("plot.curve.titleAtB", Numbers.value(shown.b())) : words.text("plot.curve.title");
        String grad = (f.gradPiledUp() ? "W.grad = " : "∇W = ") + Numbers.value(shown.gradW());
        Draw.title(g, s, width, title, "W = " + Numbers.value(shown.w()) + "    " + grad, s.accent());
        Axes a = axes(f, width, height);
        if (!a.usable()) {
            return;
        }
        a.draw(g, s, "W", words.text("plot.axisCost"));
        a.clip(g);
        double b = CostCurveAxes.slice(f);
        drawCurve(g, a, f, b);
        drawTrail(g, a, f);
        if (!Double.isFinite(f.w())) {
            Draw.note(g, s, words.text("plot.curve.blewUp", Numbers.value(f.w())),
                    a.left + 10, a.top + 8, s.warning());
            return;
        }
        double x = a.px(f.w()), y = a.py(f.surface().cost(f.w(), b));
        LabelPlacer labels = new LabelPlacer(s, a).avoid(x, y, s.pointSize() / 2 + 8);
        double[] bottom = drawBottom(g, a, f, b, labels);
        SlopeMarks.draw(g, s, a, f, x, y, TANGENT_HALF, labels);
        drawStep(g, a, f, x, y, labels);
        if (bottom != null) {   // last: the slope and the step have the first pick of places
            nameBottom(g, a, f, b, bottom, labels);
        }
        Draw.point(g, s, x, y, s.pointSize(), s.accent());
        if (f.legend()) {   // last: over the marks it explains
            Legend.draw(g, s, a, words.costCurveLegend(f.bias()));
        }
    }

    private void drawCurve(Graphics2D g, Axes a, PlotFrame f, double b) {
        CostSurface surface = f.surface();
        PlotStyle style = f.style();
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

    // Earlier epochs as dots at (W, cost) of their own record, fading with age. With a bias each
    // was on its own slice, so once b has moved they sit off (above) the curve drawn now: the
    // run's real cost, the same numbers as the cost-per-epoch plot.
    private void drawTrail(Graphics2D g, Axes a, PlotFrame f) {
        PlotStyle style = f.style();
        List<EpochRecord> h = f.history();
        int trail = CostCurveAxes.TRAIL, first = Math.max(0, h.size() - trail);
        double d = style.pointSize() * 0.6;
        for (int i = first; i < h.size(); i++) {
            EpochRecord r = h.get(i);
            if (!Double.isFinite(r.w()) || !Double.isFinite(r.cost())) {
                continue;
            }
            double age = (double) (h.size() - 1 - i) / trail;
            g.setPaint(PlotStyle.withAlpha(style.accent(), 0.55 * (1 - age) + 0.08));
            g.fill(new Ellipse2D.Double(a.px(r.w()) - d / 2, a.py(r.cost()) - d / 2, d, d));
        }
    }

    // The bottom of the drawn slice, marked; returns {W, its pixel x, y} or null when out of view.
    private double[] drawBottom(Graphics2D g, Axes a, PlotFrame f, double b, LabelPlacer labels) {
        PlotStyle style = f.style();
        double w = f.surface().sliceMinimum(b);
        if (!Double.isFinite(w) || !a.x.contains(w)) {
            return null;
        }
        double x = a.px(w), y = a.py(f.surface().cost(w, b));
        if (Halo.on(f, Highlight.MINIMUM)) {
            Halo.around(g, f, x, y - 4, style.pointSize());   // on the mark, which stands 4 px up
        }
        Legend.bottomMark(g, style, x, y - 4);
        labels.avoid(x, y - 10, 9);
        return new double[] {w, x, y};
    }

    // ... and named: with a bias it is not the answer, and the answer is written under it.
    private void nameBottom(Graphics2D g, Axes a, PlotFrame f, double b, double[] bottom, LabelPlacer labels) {
        PlotStyle style = f.style();
        // the words are the shown record's (the mark may be sliding between two records)
        double shownB = f.record().b(), w = f.bias() ? f.surface().sliceMinimum(shownB) : bottom[0];
        double x = bottom[1], y = bottom[2];
        String sentence = f.bias() ? f.words().bottomOfSlice(w, shownB) : f.words().bottomOfParabola(w);
        // the whole sentence (it names its W) may stand in a corner; the short tag only beside the mark
        String placed = labels.place(g, style.curve(), List.of(sentence), new double[] {a.left + 8, a.top + 22, 1},
                new double[] {a.right - 8, a.top + 22, -1}, new double[] {x, y - 22}, new double[] {x, y - 46},
                new double[] {x + 12, y - 4, 1}, new double[] {x - 12, y - 4, -1}, new double[] {x, y - 70});
        if (placed == null) {
            labels.place(g, style.curve(), List.of(f.words().sliceBottomTag()), new double[] {x, y - 22},
                    new double[] {x + 12, y - 4, 1}, new double[] {x - 12, y - 4, -1}, new double[] {x, y - 46});
        }
        if (f.bias() && placed != null) {
            labels.place(g, style.curve(), List.of(f.words().theAnswer(f.surface().minimum())),
                    new double[] {a.left + 8, a.top + 44, 1}, new double[] {a.right - 8, a.top + 44, -1},
                    new double[] {x, y - 46}, new double[] {x, y - 70});
        }
    }

    // The next step W → W − α·W.grad as an arrow just above the W axis, a ring where it lands (at
    // the real cost there, b having moved too), and its worked value: −0.01 × (−18.6667) = +0.1867.
    private void drawStep(Graphics2D g, Axes a, PlotFrame f, double x, double y, LabelPlacer labels) {
        PlotStyle style = f.style();
        double next = f.nextW();
        if (!Double.isFinite(next)) {
            return;
        }
        double nx = a.px(next), ny = a.py(f.surface().cost(next, f.nextB()));
        double arrowY = a.bottom - 16;
        g.setPaint(PlotStyle.withAlpha(style.accent(), 0.55));
        g.setStroke(style.dashedStroke());
        g.draw(new Line2D.Double(x, y, x, arrowY));
        g.draw(new Line2D.Double(nx, ny, nx, arrowY));
        Draw.ring(g, nx, ny, style.pointSize(), style.accent(), style.thinStroke());
        if (Halo.on(f, Highlight.UPDATE_ARROW)) {
            Halo.along(g, f, new Line2D.Double(x, arrowY, nx, arrowY));
        }
        Draw.arrow(g, x, arrowY, nx, arrowY, style.arrowHead(), style.accent(), style.arrowStroke());
        labels.avoid(nx, ny, style.pointSize() / 2 + 6);

        double rate = f.learningRate(), held = f.record().gradW(), step = -rate * held;
        if (!Double.isFinite(step)) {
            return;
        }
        Numbers.Worked sum = Numbers.worked(Double.NaN, rate, held, step);
        String name = f.gradPiledUp() ? "−α·W.grad" : "−α∇W";
        String worked = name + " = −" + sum.rate() + " × " + Numbers.factor(sum.gradient()) + " = " + sum.result();
        String value = sum.result();
        double mid = (x + nx) / 2, right = Math.max(x, nx) + 16, left = Math.min(x, nx) - 16;
        labels.place(g, style.accent(), List.of(f.words().text("plot.curve.nextStep", worked), worked, f.words().text("plot.curve.nextStepShort", value), value),
                new double[] {mid, arrowY - 12}, new double[] {right, arrowY + 6, 1},
                new double[] {left, arrowY + 6, -1}, new double[] {mid, arrowY - 36}, new double[] {left, arrowY - 36, -1},
                new double[] {right, arrowY - 36, 1}, new double[] {mid, arrowY - 60}, new double[] {left, arrowY - 60, -1});
    }
}
