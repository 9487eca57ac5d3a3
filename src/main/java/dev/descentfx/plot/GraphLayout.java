package dev.descentfx.plot;

import dev.descentfx.autograd.Graph;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the graph's boxes and arrows go and how large their text is. Two ways of laying out the
 * chain: micrograd's one row, left to right, and a snake of two rows, the model's hypothesis on
 * the first and the cost computed from it on the second, the arrow from hypothesis turning down.
 * The one whose text is larger wins, one row on a tie: in a 670 × 440 panel six columns leave a box
 * about 100 px and text of 8 px, while two rows of four give it 14–15 px in the height one row left empty.
 *
 * @param font      the text of every box (its name in bold)
 * @param line      the distance between two lines of that text
 * @param boxes     each node's box, in the graph's order
 * @param arrows    from an input to what was computed from it: the points of the line, the head at the last
 * @param twoRows   true for the snake
 */
record GraphLayout(Font font, double line, List<Rectangle2D.Double> boxes, List<List<Point2D.Double>> arrows,
                   boolean twoRows) {
    static final float LARGEST = 20, SMALLEST = 8;   // px; the classroom's labels are 16
    private static final double GAP = 22;           // between columns, for the arrows
    private static final double STACK_GAP = 16;      // between boxes of one column, with room for a badge
    private static final double ROW_GAP = 34;        // between the snake's rows, for the arrow turning down
    private static final double PAD = 5;             // text to the top and bottom of its box
    private static final double BADGE = 0.55;        // the badge's radius, in lines of text
    static final double MARGIN = 14;                 // left and right of the picture
    static final double LEGEND = 34;                 // the line under the graph

    /** The top of the graph under the title (which takes two lines in a narrow picture). */
    static double top(double width) {
        return Axes.TOP + (width < Axes.NARROW ? Axes.SECOND_LINE : 0) + 4;
    }

    /**
     * The metrics of {@code font}, which becomes g's font: on screen FXGraphics2D's
     * {@code getFontMetrics(font)} measures g's current font whatever it is given.
     */
    static FontMetrics metrics(Graphics2D g, Font font) {
        g.setFont(font);
        return g.getFontMetrics();
    }

    /** The badge with backward's visit number: a disc centred on the top right corner of {@code box}. */
    static Ellipse2D.Double badge(Rectangle2D box, double line) {
        double r = BADGE * line;
        return new Ellipse2D.Double(box.getMaxX() - r, box.getY() - r, 2 * r, 2 * r);
    }

    /**
     * The layout with the larger text for {@code graph} in a {@code width × height} picture, its text
     * measured in {@code g} from {@code base} resized; null when not even the smallest text fits.
     */
    static GraphLayout of(Graphics2D g, Graph graph, Font base, double width, double height) {
        int[] column = GraphPlot.columns(graph);
        GraphLayout one = place(g, graph, base, width, height, new int[column.length], column);
        int[][] snake = snake(graph, column);
        GraphLayout two = snake == null ? null : place(g, graph, base, width, height, snake[0], snake[1]);
        if (one == null || two != null && two.font.getSize2D() > one.font.getSize2D()) {
            return two;
        }
        return one;
    }

    /**
     * The rows and columns of the snake: the first row up to the hypothesis, each leaf on the row of
     * its first use, the second row starting again at the left. Null when the graph has no hypothesis
     * before its root.
     */
    static int[][] snake(Graph graph, int[] column) {
        List<Graph.Node> nodes = graph.nodes();
        int hypothesis = -1;
        for (int i = 0; i < nodes.size(); i++) {
            hypothesis = nodes.get(i).name().equals("hypothesis") ? i : hypothesis;
        }
        if (hypothesis < 0 || hypothesis == nodes.size() - 1) {
            return null;
        }
        int k = column[hypothesis], shift = Integer.MAX_VALUE;
        int[] row = new int[nodes.size()], col = column.clone();
        for (int i = 0; i < nodes.size(); i++) {   // a leaf sits one column left of its first use
            row[i] = (nodes.get(i).isLeaf() ? column[i] < k : column[i] <= k) ? 0 : 1;
            shift = row[i] == 1 ? Math.min(shift, column[i]) : shift;
        }
        for (int i = 0; i < nodes.size(); i++) {
            col[i] -= row[i] == 1 ? shift : 0;
        }
        return new int[][] {row, col};
    }

    /** The boxes at rows and columns {@code row}, {@code col} with the largest text that fits them. */
    private static GraphLayout place(Graphics2D g, Graph graph, Font base, double width, double height, int[] row,
                                     int[] col) {
        int n = row.length, rows = 0, columns = 0;
        for (int i = 0; i < n; i++) {
            rows = Math.max(rows, row[i] + 1);
            columns = Math.max(columns, col[i] + 1);
        }
        int[][] stack = new int[rows][columns];
        int[] tallest = new int[rows];
        for (int i = 0; i < n; i++) {
            tallest[row[i]] = Math.max(tallest[row[i]], ++stack[row[i]][col[i]]);
        }
        int boxesHigh = 0;
        for (int t : tallest) {
            boxesHigh += t;
        }
        double top = top(width), bottom = height - LEGEND, room = bottom - top - (rows - 1) * ROW_GAP
                - (boxesHigh - rows) * STACK_GAP;
        double widest = (width - 2 * MARGIN - GAP * (columns - 1)) / columns, tallestBox = room / boxesHigh;
        if (!(widest > 20 && tallestBox > 20)) {
            return null;
        }
        // measure at the base size, guess the size that fills the box, then check from a little above
        // the guess down (hinting makes widths grow unevenly with the size)
        BoxText probe = BoxText.of(g, graph, base);
        float size = (float) Math.min(LARGEST, 2 + Math.floor(base.getSize2D() * Math.min(probe.scaleFor(widest),
                (tallestBox - 2 * PAD) / (probe.rows * probe.line))));
        BoxText text = null;
        double fits = widest;
        for (; size >= SMALLEST; size--) {
            text = BoxText.of(g, graph, base.deriveFont(size));
            // the last badge may reach into the right margin but stays 4 px inside the picture
            fits = widest - Math.max(0, BADGE * text.line + 4 - MARGIN) / columns;
            if (text.width() <= fits && text.height() <= tallestBox) {
                break;
            }
        }
        if (size < SMALLEST) {
            return null;
        }
        // boxes as wide as their text needs (a little more), the rest of the width to the arrows; with
        // room to spare the last badge keeps out of the margin
        double boxWidth = Math.min(fits, text.width() * 1.12), boxHeight = text.height();
        double step = columns == 1 ? 0 : Math.max(boxWidth + GAP,
                (width - 2 * MARGIN - BADGE * text.line - boxWidth) / (columns - 1));
        double used = boxesHigh * boxHeight + (boxesHigh - rows) * STACK_GAP + (rows - 1) * ROW_GAP;
        double slack = bottom - top - used, rowGap = ROW_GAP + (rows > 1 ? Math.min(slack / 3, 2 * text.line) : 0);
        double y0 = top + (bottom - top - used - (rows - 1) * (rowGap - ROW_GAP)) / 2;
        double[] bandTop = new double[rows];
        for (int r = 0; r < rows; r++) {
            bandTop[r] = r == 0 ? y0 : bandTop[r - 1] + tallest[r - 1] * (boxHeight + STACK_GAP) - STACK_GAP + rowGap;
        }
        List<Rectangle2D.Double> boxes = new ArrayList<>(n);
        int[][] placed = new int[rows][columns];
        for (int i = 0; i < n; i++) {   // each column's boxes centred on its row
            int r = row[i], c = col[i];
            double band = tallest[r] * (boxHeight + STACK_GAP), own = stack[r][c] * (boxHeight + STACK_GAP);
            double y = bandTop[r] + (band - own) / 2 + placed[r][c]++ * (boxHeight + STACK_GAP);
            boxes.add(new Rectangle2D.Double(MARGIN + c * step, y, boxWidth, boxHeight));
        }
        return new GraphLayout(text.font, text.line, List.copyOf(boxes), arrows(graph, boxes, row, bandTop, rowGap),
                rows > 1);
    }

    /**
     * Along a row from the right of the input to the left of its use; down the snake from the bottom
     * of the input to the top of its use, turning halfway down the gap between the rows.
     */
    private static List<List<Point2D.Double>> arrows(Graph graph, List<Rectangle2D.Double> boxes, int[] row,
                                                     double[] bandTop, double rowGap) {
        List<List<Point2D.Double>> arrows = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D.Double to = boxes.get(i);
            for (int in : graph.nodes().get(i).inputs()) {
                Rectangle2D.Double from = boxes.get(in);
                if (row[in] == row[i]) {
                    arrows.add(List.of(new Point2D.Double(from.getMaxX(), from.getCenterY()),
                            new Point2D.Double(to.getX() - 2, to.getCenterY())));
                    continue;
                }
                double turn = bandTop[row[i]] - rowGap / 2;
                Point2D.Double start = new Point2D.Double(from.getCenterX(), from.getMaxY());
                Point2D.Double end = new Point2D.Double(to.getCenterX(), to.getY() - 2);
                arrows.add(from.getCenterX() == to.getCenterX() ? List.of(start, end) : List.of(start,
                        new Point2D.Double(start.x, turn), new Point2D.Double(end.x, turn), end));
            }
        }
        return arrows;
    }

    /** What the boxes' text needs at one font size. */
    record BoxText(Font font, double line, double name, double pair, int rows) {
        static BoxText of(Graphics2D g, Graph graph, Font font) {
            Font was = g.getFont();
            FontMetrics bold = metrics(g, font.deriveFont(Font.BOLD)), fm = metrics(g, font);
            g.setFont(was);
            double name = 0, pair = 0;
            int values = 1;
            for (Graph.Node n : graph.nodes()) {
                String kind = GraphPlot.kind(n);
                name = Math.max(name, TextWidths.of(bold, n.name() + " ") + TextWidths.of(fm, kind));
                List<String> shown = GraphPlot.shown(n.value());
                values = Math.max(values, shown.size());
                pair = Math.max(pair, widest(fm, "data", shown) + widest(fm, "grad", GraphPlot.grads(n)));
            }
            // on screen FXGraphics2D reports a height of about the font's size, lines that touch: 1.2 at least
            double line = Math.max(fm.getHeight(), Math.ceil(1.2 * font.getSize2D()));
            return new BoxText(font, line, name, pair, 2 + values);   // name, "data grad", values
        }

        static double widest(FontMetrics fm, String head, List<String> rows) {
            double widest = TextWidths.of(fm, head);
            for (String r : rows) {
                widest = Math.max(widest, TextWidths.of(fm, r));
            }
            return widest;
        }

        /**
         * Width of a box: data and grad side by side, 12 px apart; the name line clear of the badge, which
         * at the top of the letters (PAD + 2 under the box's edge) reaches √(r² − (PAD + 2)²) into the box.
         */
        double width() {
            double r = BADGE * line, reach = Math.sqrt(Math.max(0, r * r - (PAD + 2) * (PAD + 2)));
            return Math.max(8 + name + reach + 3, 8 + pair + 12 + 8);
        }

        double height() {
            return rows * line + 2 * PAD;
        }

        /** How much this text could grow for its boxes to be {@code boxWidth} wide. */
        double scaleFor(double boxWidth) {
            return Math.min((boxWidth - 8) / (name + BADGE * line), (boxWidth - 28) / pair);
        }
    }
}
