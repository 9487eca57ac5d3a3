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
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The computational graph behind this epoch's cost, micrograd's {@code draw_dot}: a box per
 * tensor with its lesson name, its operation, its values and its {@code .grad} (or None), an arrow
 * from each input to what was computed from it, laid out left to right. After
 * {@code cost.backward()} each box whose gradient backward filled in carries its visit number:
 * the root first, then back towards W and b.
 */
public final class GraphPlot implements Plot {
    private static final int SHOWN = 3;          // values of a vector written out; more become "…"
    private static final double GAP = 26;        // between columns, for the arrows
    private final PlotStyle style = PlotStyle.CLASSROOM;

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame frame) {
        Draw.framed(g, width, height, style, () -> paint(g, width, height, frame.moment()));
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

    private void paint(Graphics2D g, double width, double height, Moment m) {
        PlotStyle s = style;
        String title = m == null ? "The graph" : "The graph, epoch " + m.epoch();
        Draw.title(g, s, width, title, m == null ? null : "just ran: " + LessonCode.code(m.call(), m.mode()), s.accent());
        double top = Axes.TOP + (width < Axes.NARROW ? Axes.SECOND_LINE : 0) + 4;
        if (m == null) {
            Draw.note(g, s, "no call to show: step through an epoch call by call", 14, top, s.mutedText());
            return;
        }
        if (m.graph() == null) {
            Draw.note(g, s, m.mode() == GradientMode.MANUAL
                    ? "By hand there is no graph: the gradient comes from the formula 2·mean((W·x − y)·x)"
                    : "No graph yet: hypothesis = x_train * W + b builds it", 14, top, s.mutedText());
            return;
        }
        Graph graph = m.graph();
        List<Graph.Node> nodes = graph.nodes();
        int[] column = columns(graph);
        int columns = 0, tallest = 0;
        int[] perColumn = new int[nodes.size() + 1];
        for (int c : column) {
            columns = Math.max(columns, c + 1);
            tallest = Math.max(tallest, ++perColumn[c]);
        }
        int rows = 3 + valueRows(nodes);
        double legend = 28, bottom = height - legend - 6;
        double boxWidth = (width - 28 - GAP * (columns - 1)) / columns;
        Font font = fit(g, nodes, boxWidth, (bottom - top) / tallest - 12, rows);
        g.setFont(font);
        double line = g.getFontMetrics().getHeight(), boxHeight = rows * line + 10;
        if (!(boxWidth > 20 && bottom - top > boxHeight)) {
            return;
        }
        double[] x = new double[nodes.size()], y = new double[nodes.size()];
        int[] placed = new int[columns];
        for (int i = 0; i < nodes.size(); i++) {
            int c = column[i];
            double stack = perColumn[c] * boxHeight + (perColumn[c] - 1) * 12;
            x[i] = 14 + c * (boxWidth + GAP);
            y[i] = top + (bottom - top - stack) / 2 + placed[c]++ * (boxHeight + 12);
        }
        for (int i = 0; i < nodes.size(); i++) {
            for (int in : nodes.get(i).inputs()) {
                Draw.arrow(g, x[in] + boxWidth, y[in] + boxHeight / 2, x[i] - 2, y[i] + boxHeight / 2, 9, s.axis(),
                        new BasicStroke(1.5f));
            }
        }
        boolean done = backwardDone(m);
        for (int i = 0; i < nodes.size(); i++) {
            int visit = done ? graph.backwardOrder().indexOf(i) + 1 : 0;
            visit = visit > graph.completed() ? 0 : visit;   // backward() has not reached it yet
            box(g, nodes.get(i), x[i], y[i], boxWidth, boxHeight, line, font, visit, i == nodes.size() - 1);
        }
        g.setFont(s.tickFont());
        g.setPaint(s.mutedText());
        boolean partway = done && graph.completed() < graph.backwardOrder().size();
        g.drawString(partway ? "cost.backward() is filling in the grads, the root first: " + graph.completed() + " of "
                + graph.backwardOrder().size()
                : done ? "numbers: the order in which cost.backward() filled in each .grad (the root first)"
                : "cost.backward() fills in the grads; until then W and b keep what they had", 14f,
                (float) (height - 12));
    }

    private void box(Graphics2D g, Graph.Node node, double x, double y, double w, double h, double line, Font font,
                     int visit, boolean root) {
        PlotStyle s = style;
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(x, y, w, h, 10, 10);
        g.setPaint(s.background());
        g.fill(box);
        g.setPaint(visit > 0 || root ? s.accent() : s.axis());
        g.setStroke(new BasicStroke(visit > 0 ? 2.5f : 1.5f));
        g.draw(box);
        float left = (float) (x + 8), right = (float) (x + w / 2 + 4);
        FontMetrics fm = g.getFontMetrics(font);
        float base = (float) (y + 5 + fm.getAscent());
        g.setFont(font.deriveFont(Font.BOLD));
        g.setPaint(s.text());
        g.drawString(node.name(), left, base);
        g.setFont(font);
        g.setPaint(s.mutedText());
        String what = node.isLeaf() ? (node.requiresGrad() ? "requires_grad" : "leaf") : node.op();
        g.drawString(node.name().equals(what) ? "" : what, left, (float) (base + line));
        g.drawString("data", left, (float) (base + 2 * line));
        g.drawString("grad", right, (float) (base + 2 * line));
        g.setPaint(s.text());
        List<String> values = shown(node.value()), grads = node.grad() == null ? List.of("None") : shown(node.grad());
        for (int r = 0; r < values.size(); r++) {
            g.drawString(values.get(r), left, (float) (base + (3 + r) * line));
        }
        g.setPaint(visit > 0 ? s.accent() : s.text());
        for (int r = 0; r < grads.size(); r++) {
            g.drawString(grads.get(r), right, (float) (base + (3 + r) * line));
        }
        if (visit > 0) {   // backward's visit number, in a disc on the top right corner
            double d = line * 1.1;
            Ellipse2D.Double disc = new Ellipse2D.Double(x + w - d * 0.7, y - d * 0.3, d, d);
            g.setPaint(s.accent());
            g.fill(disc);
            g.setPaint(s.background());
            String n = Integer.toString(visit);
            g.setFont(font.deriveFont(Font.BOLD));
            FontMetrics bm = g.getFontMetrics();
            g.drawString(n, (float) (disc.getCenterX() - TextWidths.of(bm, n) / 2.0),
                    (float) (disc.getCenterY() + (bm.getAscent() - bm.getDescent()) / 2.0));
            g.setFont(font);
        }
    }

    /** The first values of a tensor, one per row, and "…" when there are more. */
    static List<String> shown(float[] values) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, values.length); i++) {
            rows.add(Ticks.value(values[i]));
        }
        if (values.length > SHOWN) {
            rows.add("… " + values.length);
        }
        return rows;
    }

    private static int valueRows(List<Graph.Node> nodes) {
        int rows = 1;
        for (Graph.Node n : nodes) {
            rows = Math.max(rows, shown(n.value()).size());
        }
        return rows;
    }

    // The largest label size (up to the classroom's 16 px) at which every box's text fits its box.
    private Font fit(Graphics2D g, List<Graph.Node> nodes, double boxWidth, double boxHeight, int rows) {
        Font probe = style.labelFont();
        FontMetrics fm = g.getFontMetrics(probe), bold = g.getFontMetrics(probe.deriveFont(Font.BOLD));
        double needed = TextWidths.of(fm, "requires_grad");
        for (Graph.Node n : nodes) {
            double column = TextWidths.of(fm, "data");
            for (String v : shown(n.value())) {
                column = Math.max(column, TextWidths.of(fm, v));
            }
            if (n.grad() != null) {
                for (String v : shown(n.grad())) {
                    column = Math.max(column, TextWidths.of(fm, v));
                }
            }
            needed = Math.max(needed, Math.max(TextWidths.of(bold, n.name()), 2 * column + 12));
        }
        double size = probe.getSize2D() * Math.min((boxWidth - 16) / needed, (boxHeight - 10) / (rows * fm.getHeight()));
        return probe.deriveFont((float) Math.max(8, Math.min(probe.getSize2D(), Math.floor(size))));
    }
}
