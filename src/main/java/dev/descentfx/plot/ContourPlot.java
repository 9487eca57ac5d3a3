package dev.descentfx.plot;

import dev.descentfx.training.EpochRecord;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.List;

/**
 * Contour lines of cost(W, b) around the descent path and the minimum, the path so far and
 * the current point. The contour lines are exact ellipses (see {@link CostBowl}).
 */
public final class ContourPlot implements Plot {
    private static final int LEVELS = 11;
    private static final int MAX_PATH_POINTS = 2000;

    @Override
    public String name() {
        return "contour";
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
        double[] min = f.surface().minimum();
        ws.add(f.latest().w()).add(f.w()).add(min[0]);
        bs.add(f.latest().b()).add(f.bias() ? f.b() : 0).add(min[1]);
        Range w = ws.build(-1, 3).padded(0.15);
        Range b = bs.build(-1, 1).padded(0.15);
        // Equal scales on both axes, so the contours show the bowl's true shape. The left margin
        // follows the b labels, which follow b's range: lay out once, widen, lay out again.
        Axes a = Axes.linear(width, height, w, b);
        for (int pass = 0; pass < 2; pass++) {
            double pw = Math.max(1, a.right - a.left), ph = Math.max(1, a.bottom - a.top);
            Range wide = w.withMinSpan(b.span() * pw / ph);
            Range tall = b.withMinSpan(wide.span() * ph / pw);
            a = Axes.linear(width, height, wide, tall);
        }
        return a;
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame f) {
        Draw.framed(g, width, height, f.style(), () -> paint(g, width, height, f));
    }

    private void paint(Graphics2D g, double width, double height, PlotFrame f) {
        PlotStyle s = f.style();
        EpochRecord shown = f.record();
        PlotWords words = f.words();
        Draw.title(g, s, width, words.text("plot.contour.title"),
                "W = " + Numbers.value(shown.w()) + "    b = " + Numbers.value(shown.b()), s.accent());
        Axes a = axes(f, width, height);
        if (!a.usable()) {
            return;
        }
        a.draw(g, s, "W", "b");
        a.clip(g);
        double[] min = f.surface().minimum();
        LabelPlacer labels = new LabelPlacer(s, a);
        boolean finite = Double.isFinite(f.w()) && Double.isFinite(f.b());
        if (finite) {
            labels.avoid(a.px(f.w()), a.py(f.bias() ? f.b() : 0), s.pointSize() / 2 + 4);
        }
        if (Double.isFinite(min[0]) && Double.isFinite(min[1])) {
            labels.avoid(a.px(min[0]), a.py(min[1]) + 14, 46);   // the cross and its word "minimum" (16 px: 75 px wide)
        }
        List<Level> levels = drawContours(g, a, f, min);   // the lines first: every label is written over them
        if (f.bias() && finite) {
            sliceLine(g, s, a, f.record().b(), f.b(), labels, words);
        }
        for (Level level : levels) {
            levelLabel(g, s, a, level.line(), level.cost(), labels);
        }
        if (Double.isFinite(min[0]) && Double.isFinite(min[1])) {
            cross(g, s, a.px(min[0]), a.py(min[1]), words.text("plot.contour.minimum"));
        }
        drawPath(g, a, f);
        if (finite) {
            Draw.point(g, s, a.px(f.w()), a.py(f.bias() ? f.b() : 0), s.pointSize(), s.accent());
        }
        if (!f.bias()) {
            Draw.note(g, s, words.text("plot.contour.biasOff"), a.left + 10, a.top + 8, s.text());
        } else if (!finite || !f.latest().isFinite()) {
            Draw.note(g, s, words.text("plot.contour.blewUp"), a.left + 10, a.top + 8,
                    s.warning());
        }
        if (f.legend()) {   // last: over the marks it explains
            Legend.draw(g, s, a, words.contourLegend());
        }
    }

    // Levels halve the distance to the least cost: for the quadratic bowl the ellipses then
    // shrink by √2 each time, evenly nested on screen.
    // The current b across the plot: the cost(W) plot draws the cut of the bowl along this line.
    // It moves with the mark; its label writes the shown record's b.
    private void sliceLine(Graphics2D g, PlotStyle style, Axes a, double shownB, double b, LabelPlacer labels,
                           PlotWords words) {
        double y = a.py(b);
        Line2D line = new Line2D.Double(a.left, y, a.right, y);
        g.setPaint(PlotStyle.withAlpha(style.accent(), 0.7));
        g.setStroke(style.dashedStroke());
        g.draw(line);
        String text = words.sliceLine(Numbers.value(shownB));
        labels.place(g, style.accent(), List.of(text, "b = " + Numbers.value(shownB)),
                new double[] {a.right - 8, y - 9, -1}, new double[] {a.right - 8, y + 22, -1},
                new double[] {a.left + 8, y - 9, 1}, new double[] {a.left + 8, y + 22, 1});
        labels.avoid(line);
    }

    /** A level line on screen and the cost along it. */
    private record Level(Shape line, double cost) {
    }

    // The level lines, drawn; returned for their labels.
    private List<Level> drawContours(Graphics2D g, Axes a, PlotFrame f, double[] min) {
        PlotStyle style = f.style();
        List<Level> drawn = new java.util.ArrayList<>();
        if (!Double.isFinite(min[0]) || !Double.isFinite(min[1])) {
            return drawn;
        }
        double low = f.surface().leastCost(), high = 0;
        for (double w : new double[] {a.x.min(), a.x.max()}) {
            for (double b : new double[] {a.y.min(), a.y.max()}) {
                high = Math.max(high, f.surface().cost(w, b));
            }
        }
        if (!Double.isFinite(high) || !(high > low)) {
            return drawn;
        }
        AffineTransform toPixels = CostBowl.toPixels(a);
        double reach = 4 * (a.x.span() + a.y.span()) + Math.abs(min[0]) + Math.abs(min[1]);
        g.setStroke(style.thinStroke());
        for (int k = 0; k < LEVELS; k++) {
            double level = low + (high - low) * Math.pow(0.5, k);
            Shape line = CostBowl.contour(f.surface(), level, reach);
            if (line != null) {
                // outer lines in the contour colour, inner (lower cost) ones nearer the text's: opaque, so the
                // faintest still stands out from the background as the contour colour does (3:1 at least)
                Shape onScreen = toPixels.createTransformedShape(line);
                g.setPaint(PlotStyle.mix(style.contour(), style.text(), 0.6 * k / (LEVELS - 1)));
                g.setStroke(style.thinStroke());
                g.draw(onScreen);
                drawn.add(new Level(onScreen, level));
            }
        }
        return drawn;
    }

    // The level's cost written on its line, at the line's rightmost point in view (the labels of
    // nested ellipses then step inwards along a row); skipped where it would cover another label.
    private void levelLabel(Graphics2D g, PlotStyle style, Axes a, Shape line, double level, LabelPlacer labels) {
        double bestX = Double.NEGATIVE_INFINITY, bestY = 0;
        double[] c = new double[6];
        for (PathIterator it = line.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type != PathIterator.SEG_CLOSE && c[0] > bestX && c[0] < a.right - 30 && c[0] > a.left + 30
                    && c[1] > a.top + 16 && c[1] < a.bottom - 10) {
                bestX = c[0];
                bestY = c[1];
            }
        }
        if (Double.isFinite(bestX)) {
            labels.place(g, style.mutedText(), List.of(Ticks.brief(level)),
                    new double[] {bestX, bestY + 5});
        }
    }

    private void cross(Graphics2D g, PlotStyle style, double x, double y, String minimum) {
        g.setPaint(style.text());
        g.setStroke(style.curveStroke());
        g.draw(new Line2D.Double(x - 7, y - 7, x + 7, y + 7));
        g.draw(new Line2D.Double(x - 7, y + 7, x + 7, y - 7));
        Draw.label(g, style, minimum, x, y + 26, style.text());
    }

    private void drawPath(Graphics2D g, Axes a, PlotFrame f) {
        PlotStyle style = f.style();
        List<EpochRecord> h = f.history();
        Path2D.Double path = Draw.trace(h, MAX_PATH_POINTS, EpochRecord::w, a::px, EpochRecord::b, a::py);
        boolean pen = path.getCurrentPoint() != null;
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
