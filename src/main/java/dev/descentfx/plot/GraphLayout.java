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
 * Where the graph's boxes and arrows go and how large their text is. The chain is micrograd's one
 * row, left to right, when that fits; else it wraps into rows of fewer columns (each row starting
 * again at the left, the arrow into it turning down from the row above), and a leaf sits on the
 * row of its first use. The layout whose text is larger wins, fewer rows on a tie; text is never
 * smaller than {@link #SMALLEST} px: when no layout fits, a box writes two of a vector's values
 * instead of three, and when even that does not fit there is no layout.
 *
 * @param font      the text of every box (its name in bold)
 * @param line      the distance between two lines of that text
 * @param boxes     each node's box, in the graph's order
 * @param arrows    from an input to what was computed from it: the points of the line, the head at the last
 * @param rows      how many rows the chain takes
 * @param shown     how many of a vector's values a box writes (the last "… of n" when there are more)
 * @param uneven    the most columns of a row less the fewest of another
 */
record GraphLayout(Font font, double line, List<Rectangle2D.Double> boxes, List<List<Point2D.Double>> arrows,
                   int rows, int shown, int uneven) {
    static final float LARGEST = 20, SMALLEST = 16;   // px: a classroom reads 16 px from the back
    private static final double GAP = 18;           // between columns, for the arrows
    private static final double STACK_GAP = 14;      // between boxes of one column, with room for a badge
    private static final double ROW_GAP = 26;        // between rows, for the arrow turning down
    private static final double PAD = 5;             // text to the top and bottom of its box
    private static final double BADGE = 0.55;        // the badge's radius, in lines of text
    static final double MARGIN = 14;                 // left and right of the picture
    static final double LEGEND = 30;                 // the line under the graph

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
    static GraphLayout of(Graphics2D g, Graph graph, Font base, double width, double height, PlotWords words) {
        int[] column = GraphPlot.columns(graph);
        int columns = 0;
        for (int c : column) {
            columns = Math.max(columns, c + 1);
        }
        for (int shown = GraphPlot.SHOWN; shown >= 2; shown--) {
            GraphLayout best = null;
            for (int perRow = columns; perRow >= 1; perRow--) {
                int[][] rc = wrap(graph, column, perRow);
                GraphLayout l = place(g, graph, base, width, height, rc[0], rc[1], shown, words);
                if (l != null && (best == null || better(l, best))) {
                    best = l;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    // larger text; on a tie fewer rows, then rows of more even length (no box left alone on a row)
    private static boolean better(GraphLayout a, GraphLayout b) {
        if (a.font.getSize2D() != b.font.getSize2D()) {
            return a.font.getSize2D() > b.font.getSize2D();
        }
        return a.rows != b.rows ? a.rows < b.rows : a.uneven < b.uneven;
    }

    /**
     * The rows and columns of the chain wrapped every {@code perRow} columns: a computed tensor on the
     * row of its column, a leaf on the row of its first use, each row's columns counted from its first.
     */
    static int[][] wrap(Graph graph, int[] column, int perRow) {
        List<Graph.Node> nodes = graph.nodes();
        int n = nodes.size();
        int[] row = new int[n], col = new int[n];
        for (int i = 0; i < n; i++) {
            row[i] = column[i] / perRow;
        }
        for (int i = 0; i < n; i++) {   // a leaf goes where its first use is
            if (nodes.get(i).isLeaf()) {
                for (int j = 0; j < n; j++) {
                    if (nodes.get(j).inputs().contains(i)) {
                        row[i] = row[j];
                        break;
                    }
                }
            }
        }
        int rows = 0;
        for (int r : row) {
            rows = Math.max(rows, r + 1);
        }
        int[] first = new int[rows];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            first[row[i]] = Math.min(first[row[i]], column[i]);
        }
        for (int i = 0; i < n; i++) {
            col[i] = column[i] - first[row[i]];
        }
        return new int[][] {row, col};
    }

    /** The boxes at rows and columns {@code row}, {@code col} with the largest text that fits them. */
    private static GraphLayout place(Graphics2D g, Graph graph, Font base, double width, double height, int[] row,
                                     int[] col, int shown, PlotWords words) {
        int n = row.length, rows = 0, columns = 0;
        for (int i = 0; i < n; i++) {
            rows = Math.max(rows, row[i] + 1);
            columns = Math.max(columns, col[i] + 1);
        }
        int[][] stack = new int[rows][columns];
        int[] tallest = new int[rows], across = new int[rows];
        for (int i = 0; i < n; i++) {
            tallest[row[i]] = Math.max(tallest[row[i]], ++stack[row[i]][col[i]]);
            across[row[i]] = Math.max(across[row[i]], col[i] + 1);
        }
        int boxesHigh = 0;
        for (int t : tallest) {
            boxesHigh += t;
        }
        double top = top(width), bottom = height - LEGEND, room = width - 2 * MARGIN;
        for (float size = LARGEST; size >= SMALLEST; size--) {
            BoxText text = BoxText.of(g, graph, base.deriveFont(size), shown, words);
            double boxHeight = text.height();
            double used = boxesHigh * boxHeight + (boxesHigh - rows) * STACK_GAP + (rows - 1) * ROW_GAP;
            if (!(used <= bottom - top)) {
                continue;
            }
            // each column as wide as its widest box; the last badge may reach into the right margin but
            // stays 4 px inside the picture
            double[][] columnWidth = new double[rows][columns];
            for (int i = 0; i < n; i++) {
                columnWidth[row[i]][col[i]] = Math.max(columnWidth[row[i]][col[i]], text.widths[i]);
            }
            double badge = Math.max(0, BADGE * text.line + 4 - MARGIN);
            boolean fits = true;
            double[][] x = new double[rows][columns];
            for (int r = 0; r < rows && fits; r++) {
                double sum = 0;
                for (int c = 0; c < across[r]; c++) {
                    sum += columnWidth[r][c];
                }
                double spare = room - badge - sum - GAP * (across[r] - 1);
                fits = spare >= 0;
                // the room left goes to the arrows, up to four gaps' worth each
                double gap = GAP + (across[r] > 1 ? Math.min(4 * GAP, spare / (across[r] - 1)) : 0);
                double at = MARGIN;
                for (int c = 0; c < across[r]; c++) {
                    x[r][c] = at;
                    at += columnWidth[r][c] + gap;
                }
            }
            if (!fits) {
                continue;
            }
            double slack = bottom - top - used, rowGap = ROW_GAP + (rows > 1 ? Math.min(slack / rows, 2 * text.line) : 0);
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
                boxes.add(new Rectangle2D.Double(x[r][c], y, columnWidth[r][c], boxHeight));
            }
            return new GraphLayout(text.font, text.line, List.copyOf(boxes), arrows(graph, boxes, row, bandTop, rowGap),
                    rows, shown, java.util.Arrays.stream(across).max().orElse(0) - java.util.Arrays.stream(across).min().orElse(0));
        }
        return null;
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

    /** What the boxes' text needs at one font size: each box's width, the line, the rows of values. */
    record BoxText(Font font, double line, double[] widths, int rows) {
        static BoxText of(Graphics2D g, Graph graph, Font font, int shown, PlotWords words) {
            Font was = g.getFont();
            FontMetrics bold = metrics(g, font.deriveFont(Font.BOLD)), fm = metrics(g, font);
            g.setFont(was);
            // on screen FXGraphics2D reports a height of about the font's size, lines that touch: 1.2 at least
            double line = Math.max(fm.getHeight(), Math.ceil(1.2 * font.getSize2D()));
            double r = BADGE * line, reach = Math.sqrt(Math.max(0, r * r - (PAD + 2) * (PAD + 2)));
            List<Graph.Node> nodes = graph.nodes();
            double[] widths = new double[nodes.size()];
            int values = 1;
            for (int i = 0; i < nodes.size(); i++) {
                Graph.Node n = nodes.get(i);
                double name = TextWidths.of(bold, n.name() + " ") + TextWidths.of(fm, GraphPlot.kind(n));
                List<String> data = GraphPlot.data(n, shown, words);
                values = Math.max(values, data.size());
                double pair = widest(fm, "data", data) + widest(fm, "grad", GraphPlot.grads(n, shown, words));
                // data and grad side by side, 12 px apart; the name line clear of the badge, which at the top
                // of the letters (PAD + 2 under the box's edge) reaches √(r² − (PAD + 2)²) into the box
                widths[i] = Math.ceil(Math.max(8 + name + reach + 3, 8 + pair + 12 + 8));
            }
            return new BoxText(font, line, widths, 2 + values);   // name, "data grad", values
        }

        static double widest(FontMetrics fm, String head, List<String> rows) {
            double widest = TextWidths.of(fm, head);
            for (String r : rows) {
                widest = Math.max(widest, TextWidths.of(fm, r));
            }
            return widest;
        }

        double height() {
            return rows * line + 2 * PAD;
        }
    }
}
