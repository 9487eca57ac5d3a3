package dev.descentfx.plot;

import dev.descentfx.autograd.Graph;
import dev.descentfx.training.Call;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Moment;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The computational graph behind this epoch's cost, micrograd's {@code draw_dot}: a box per
 * tensor with its lesson name, its operation, its values and its {@code .grad} (or None), an arrow
 * from each input to what was computed from it, laid out left to right, or in rows when that
 * gives larger text ({@link GraphLayout}). Every number is written by the one rule ({@link Numbers}:
 * 0.3527, −16.6044), the data as the lesson types it (1, 2, 3). After
 * {@code cost.backward()} each box whose gradient backward filled in carries its visit number:
 * the root first, then back towards W and b.
 */
public final class GraphPlot implements Plot {
    static final int SHOWN = 3;                  // values of a vector written out; more become "… of n"

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame frame) {
        PlotStyle style = frame.style();
        Draw.framed(g, width, height, style, () -> paint(g, width, height, frame.moment(), frame.words(), style));
    }

    @Override
    public boolean fits(Graphics2D g, double width, double height, PlotFrame frame) {
        Moment m = frame.moment();
        if (m == null || m.graph() == null) {
            return true;
        }
        GraphLayout layout = Draw.measured(g, () -> GraphLayout.of(g, m.graph(), frame.style().labelFont(), width, height, frame.words()));
        return layout != null && layout.shown() == SHOWN;
    }

    /**
     * The column of each node: a computed tensor one right of its furthest input, a leaf (x_train,
     * W, b, y_train) just left of its first use, as micrograd's picture puts it beside its op.
     */
    static int[] columns(Graph graph) {
        List<Graph.Node> nodes = graph.nodes();
        int n = nodes.size();
        int[] depth = new int[n], column = new int[n];
        for (int i = 0; i < n; i++) {   // nodes come inputs first
            for (int in : nodes.get(i).inputs()) {
                depth[i] = Math.max(depth[i], depth[in] + 1);
            }
        }
        for (int i = 0; i < n; i++) {
            column[i] = depth[i];
            if (nodes.get(i).isLeaf()) {
                int first = Integer.MAX_VALUE;
                for (int j = 0; j < n; j++) {
                    if (nodes.get(j).inputs().contains(i)) {
                        first = Math.min(first, depth[j]);
                    }
                }
                column[i] = first == Integer.MAX_VALUE ? 0 : first - 1;
            }
        }
        return column;
    }

    /** True once this epoch's {@code cost.backward()} has run: the grads on screen are this epoch's. */
    static boolean backwardDone(Moment m) {
        return m.call() == Call.BACKWARD || m.call() == Call.STEP;
    }

    private void paint(Graphics2D g, double width, double height, Moment m, PlotWords words, PlotStyle s) {
        String title = m == null ? words.text("plot.graph.title") : words.text("plot.graph.titleEpoch", m.epoch());
        Draw.title(g, s, width, title, m == null ? null
                : words.text("plot.justRan", LessonCode.code(m.call(), m.mode(), words)), s.accent());
        double top = GraphLayout.top(width);
        if (m == null) {
            Draw.note(g, s, words.text("plot.noCall"), 14, top, s.mutedText());
            return;
        }
        if (m.graph() == null) {
            Draw.note(g, s, m.mode() == GradientMode.MANUAL
                    ? words.text("plot.graph.byHand") : words.text("plot.graph.notYet"), 14, top, s.mutedText());
            return;
        }
        Graph graph = m.graph();
        List<Graph.Node> nodes = graph.nodes();
        GraphLayout layout = GraphLayout.of(g, graph, s.labelFont(), width, height, words);
        if (layout == null) {
            Draw.note(g, s, words.text("plot.tooSmall"), 14, top, s.mutedText());
            return;
        }
        for (List<Point2D.Double> arrow : layout.arrows()) {
            arrow(g, s, arrow);
        }
        boolean done = backwardDone(m);
        for (int i = 0; i < nodes.size(); i++) {
            int visit = done ? graph.backwardOrder().indexOf(i) + 1 : 0;
            visit = visit > graph.completed() ? 0 : visit;   // backward() has not reached it yet
            box(g, s, nodes.get(i), layout, i, visit, words);
        }
        boolean partway = done && graph.completed() < graph.backwardOrder().size();
        String legend = partway ? words.text("plot.graph.filling", graph.completed(), graph.backwardOrder().size())
                : words.text(done ? "plot.graph.order" : "plot.graph.before");
        Font small = s.tickFont();   // left out of a narrow picture rather than written smaller
        if (TextWidths.of(GraphLayout.metrics(g, small), legend) <= width - 2 * GraphLayout.MARGIN) {
            g.setPaint(s.mutedText());
            Draw.text(g, legend, (float) GraphLayout.MARGIN, (float) (height - 9));
        }
    }

    /** A line through the arrow's points, its head at the last. */
    private void arrow(Graphics2D g, PlotStyle s, List<Point2D.Double> points) {
        BasicStroke stroke = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        g.setPaint(s.axis());
        g.setStroke(stroke);
        for (int i = 0; i + 2 < points.size(); i++) {
            g.draw(new Line2D.Double(points.get(i), points.get(i + 1)));
        }
        Point2D.Double from = points.get(points.size() - 2), to = points.get(points.size() - 1);
        Draw.arrow(g, from.x, from.y, to.x, to.y, 9, s.axis(), stroke);
    }

    /** A node: its name and what made it on the first line, then its data and grad side by side. */
    private void box(Graphics2D g, PlotStyle s, Graph.Node node, GraphLayout layout, int index, int visit, PlotWords words) {
        Rectangle2D.Double at = layout.boxes().get(index);
        double line = layout.line();
        Font font = layout.font();
        boolean root = index == layout.boxes().size() - 1;
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(at.x, at.y, at.width, at.height, 10, 10);
        g.setPaint(s.background());
        g.fill(box);
        g.setPaint(visit > 0 || root ? s.accent() : s.axis());
        g.setStroke(new BasicStroke(visit > 0 ? 2.5f : 1.5f));
        g.draw(box);
        List<String> values = data(node, layout.shown(), words), grads = grads(node, layout.shown(), words);
        FontMetrics fm = GraphLayout.metrics(g, font);
        // the grads 12 px right of the widest value (the layout left room for both)
        float left = (float) (at.x + 8), right = (float) (left + GraphLayout.BoxText.widest(fm, "data", values) + 12);
        float base = (float) (at.y + 5 + fm.getAscent());
        Font bold = font.deriveFont(Font.BOLD);
        g.setFont(bold);
        g.setPaint(s.text());
        Draw.text(g, node.name(), left, base);
        float after = left + TextWidths.of(GraphLayout.metrics(g, bold), node.name() + " ");
        g.setFont(font);
        g.setPaint(s.mutedText());
        if (!kind(node).isEmpty()) {
            Draw.text(g, kind(node), after, base);
        }
        Draw.text(g, "data", left, (float) (base + line));
        Draw.text(g, "grad", right, (float) (base + line));
        g.setPaint(s.text());
        for (int r = 0; r < values.size(); r++) {
            Draw.text(g, values.get(r), left, (float) (base + (2 + r) * line));
        }
        g.setPaint(visit > 0 ? s.accent() : s.text());
        for (int r = 0; r < grads.size(); r++) {
            Draw.text(g, grads.get(r), right, (float) (base + (2 + r) * line));
        }
        if (visit > 0) {   // backward's visit number, in a disc on the top right corner
            Ellipse2D.Double disc = GraphLayout.badge(at, line);
            g.setPaint(s.accent());
            g.fill(disc);
            g.setPaint(s.background());
            String n = Integer.toString(visit);
            g.setFont(bold);
            FontMetrics bm = g.getFontMetrics();
            Draw.text(g, n, (float) (disc.getCenterX() - TextWidths.of(bm, n) / 2.0),
                    (float) (disc.getCenterY() + (bm.getAscent() - bm.getDescent()) / 2.0));
            g.setFont(font);
        }
    }

    /** A tensor's grad as its box writes it: the first values, or None before backward reaches it. */
    static List<String> grads(Graph.Node node, int shown, PlotWords words) {
        return node.grad() == null ? List.of("None") : shown(node.grad(), shown, false, words);
    }

    /** A tensor's values as its box writes them: the data (x_train, y_train) as the lesson types it, 1, 2, 3. */
    static List<String> data(Graph.Node node, int shown, PlotWords words) {
        return shown(node.value(), shown, node.isLeaf() && !node.requiresGrad(), words);
    }

    /** What made a tensor, written after its name: its operation, or for a leaf whether it requires grad. */
    static String kind(Graph.Node node) {
        String what = node.isLeaf() ? (node.requiresGrad() ? "requires_grad" : "leaf") : node.op();
        return node.name().equals(what) ? "" : what;
    }

    /**
     * A tensor's values, one per row, at most {@code shown}: with more, the first {@code shown − 1} and
     * "… of n" in the frame's language. Numbers by the one rule, or ({@code typed}) as the lesson's code types them.
     */
    static List<String> shown(float[] values, int shown, boolean typed, PlotWords words) {
        List<String> rows = new ArrayList<>();
        int written = values.length > shown ? shown - 1 : values.length;
        for (int i = 0; i < written; i++) {
            rows.add(typed ? LessonCode.number(values[i]).replace('-', '−') : Numbers.value(values[i]));
        }
        if (values.length > shown) {
            rows.add(words.text("plot.graph.more", values.length));
        }
        return rows;
    }
}
