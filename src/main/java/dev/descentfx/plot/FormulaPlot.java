package dev.descentfx.plot;

import dev.descentfx.training.Call;
import dev.descentfx.training.Moment;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.svg.SVGHints;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * The lesson's formulas typeset with JLaTeXMath, the numbers of this epoch put in: the cost,
 * ∂cost/∂W (and ∂cost/∂b) and the update {@code W := W − α∇W}. The rows about the call that just
 * ran (the cost after COST, the gradients after backward, the update after the step) are marked.
 *
 * <p>Laid out for the picture's size with no text under 16 px: TeX writes sub- and superscripts
 * (the i of xᵢ, the ² and the sum's limits) at 0.7 of the size, so the size is 23 px at least. In
 * turn: display style, then the smaller text style; a row too wide wraps before a term of its sum
 * or an "= …"; and when even that is too tall, the formulas about the call that just ran come
 * first and the others as room allows.
 *
 * <p>JLaTeXMath draws each glyph with its own TeX fonts; in an SVG those would be {@code <text>}
 * in font families no viewer has, so the glyphs are drawn as outlines there, and each formula
 * is a group whose {@code <title>} reads it in plain words, numbers included.
 */
public final class FormulaPlot implements Plot {
    static final float LARGEST = 26f, SMALLEST = 23f;   // TeX size in px: scripts at 0.7 of 23 are 16 px
    private static final double LEFT = 14;
    private static final Map<String, TeXIcon> ICONS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TeXIcon> eldest) {
            return size() > 400;
        }
    };

    /** One line of the picture: the row it belongs to, its typeset TeX, and how far it is indented. */
    private record Line(int row, TeXIcon icon, double indent, float size) {
    }

    @Override
    public String name() {
        return "formula";
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame frame) {
        Draw.framed(g, width, height, frame.style(), () -> paint(g, width, height, frame));
    }

    @Override
    public boolean fits(Graphics2D g, double width, double height, PlotFrame frame) {
        Moment m = frame.moment();
        return m == null || layout(Formulas.rows(frame, m), m, width, height) != null;
    }

    private static double top(double width) {
        return Axes.TOP + (width < Axes.NARROW ? Axes.SECOND_LINE : 0) + 6;
    }

    private void paint(Graphics2D g, double width, double height, PlotFrame f) {
        PlotStyle s = f.style();
        Moment m = f.moment();
        PlotWords words = f.words();
        String title = m == null ? words.text("plot.formula.title") : words.text("plot.formula.titleEpoch", m.epoch());
        Draw.title(g, s, width, title, m == null ? null
                : words.text("plot.justRan", LessonCode.code(m.call(), m.mode(), words)), s.accent());
        double top = top(width);
        if (m == null) {
            Draw.note(g, s, words.text("plot.noCall"), 14, top, s.mutedText());
            return;
        }
        List<Formulas.Row> rows = Formulas.rows(f, m);
        List<Line> lines = layout(rows, m, width, height);
        if (lines == null) {   // too small even for the call's own formulas: drawn at the smallest size, cut off
            lines = lines(rows, all(rows), TeXConstants.STYLE_TEXT, SMALLEST, Double.MAX_VALUE);
        }
        // glyphs as outlines in an SVG (other Graphics2D ignore the hint)
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        double y = top;
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            Formulas.Row row = rows.get(line.row);
            boolean first = k == 0 || lines.get(k - 1).row != line.row;
            int last = k;
            double rowHeight = 0;
            while (last + 1 < lines.size() && lines.get(last + 1).row == line.row) {
                last++;
            }
            y += k == 0 ? 0 : gapBefore(rows, lines.get(k - 1).row, line.row, size(lines));
            if (first && row.about() == m.call()) {   // the numbers the call that just ran has made
                for (int j = k; j <= last; j++) {
                    rowHeight += lines.get(j).icon.getIconHeight() + (j > k ? gapBefore(rows, line.row, line.row, size(lines)) : 0);
                }
                g.setPaint(PlotStyle.withAlpha(s.accent(), 0.14));
                g.fill(new Rectangle2D.Double(LEFT - 6, y - 3, width - 2 * LEFT + 12, rowHeight + 6));
                g.setPaint(s.accent());
                g.fill(new Rectangle2D.Double(LEFT - 6, y - 3, 4, rowHeight + 6));
            }
            if (first) {
                g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "formula-" + (line.row + 1));
                g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, row.reading());
            }
            line.icon.setForeground(s.text());
            line.icon.paintIcon(null, g, (int) Math.round(LEFT + line.indent), (int) Math.round(y));
            if (k == last) {
                g.setRenderingHint(SVGHints.KEY_END_GROUP, "formula-" + (line.row + 1));
            }
            y += line.icon.getIconHeight();
        }
    }

    private static float size(List<Line> lines) {
        return lines.isEmpty() ? SMALLEST : lines.get(0).size;
    }

    /**
     * The lines for {@code rows} in {@code width × height}: every row, in display then text style, from
     * the largest size down; else the rows about the call that just ran and as many others as fit.
     */
    private static List<Line> layout(List<Formulas.Row> rows, Moment m, double width, double height) {
        double room = width - 2 * LEFT, tall = height - top(width) - 10;
        for (int style : new int[] {TeXConstants.STYLE_DISPLAY, TeXConstants.STYLE_TEXT}) {
            for (float size = LARGEST; size >= SMALLEST; size--) {
                List<Line> lines = lines(rows, all(rows), style, size, room);
                if (lines != null && height(rows, lines, size) <= tall) {
                    return lines;
                }
            }
        }
        List<Integer> chosen = new ArrayList<>();
        for (List<Integer> block : byPriority(rows, m)) {
            List<Integer> more = new ArrayList<>(chosen);
            more.addAll(block);
            more.sort(null);
            List<Line> lines = lines(rows, more, TeXConstants.STYLE_TEXT, SMALLEST, room);
            if (lines == null || height(rows, lines, SMALLEST) > tall) {
                break;
            }
            chosen = more;
        }
        return chosen.isEmpty() ? null : lines(rows, chosen, TeXConstants.STYLE_TEXT, SMALLEST, room);
    }

    private static List<Integer> all(List<Formulas.Row> rows) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            all.add(i);
        }
        return all;
    }

    // the formulas (a row and its "= …" rows) about the call that just ran first, then the others in order
    private static List<List<Integer>> byPriority(List<Formulas.Row> rows, Moment m) {
        List<List<Integer>> blocks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).continued() || blocks.isEmpty()) {
                blocks.add(new ArrayList<>());
            }
            blocks.get(blocks.size() - 1).add(i);
        }
        Call about = m.call() == Call.START || m.call() == Call.FORWARD || m.call() == Call.ZERO_GRAD ? Call.COST : m.call();
        List<List<Integer>> ordered = new ArrayList<>();
        for (List<Integer> b : blocks) {
            if (rows.get(b.get(0)).about() == about) {
                ordered.add(b);
            }
        }
        for (List<Integer> b : blocks) {
            if (rows.get(b.get(0)).about() != about) {
                ordered.add(b);
            }
        }
        return ordered;
    }

    /** The rows {@code shown}, each wrapped into lines at most {@code room} wide; null when a piece is wider. */
    private static List<Line> lines(List<Formulas.Row> rows, List<Integer> shown, int style, float size, double room) {
        List<Line> lines = new ArrayList<>();
        for (int i : shown) {
            Formulas.Row row = rows.get(i);
            List<String> pieces = row.pieces();
            double indent = row.continued() ? indent(size) : 0;
            for (int from = 0; from < pieces.size(); ) {
                int to = pieces.size();
                String lead = from == 0 ? "" : "{}";   // "+ (…)" at the start of a line is still a sum, not a sign
                TeXIcon icon = icon(lead + String.join("", pieces.subList(from, to)), style, size);
                while (icon.getIconWidth() > room - indent && to - from > 1) {
                    to--;
                    icon = icon(lead + String.join("", pieces.subList(from, to)), style, size);
                }
                if (icon.getIconWidth() > room - indent) {
                    return null;
                }
                lines.add(new Line(i, icon, indent, size));
                indent = (row.continued() ? 2 : 1) * indent(size);   // the rest of the row further in
                from = to;
            }
        }
        return lines;
    }

    private static TeXIcon icon(String tex, int style, float size) {
        String key = style + "|" + size + "|" + tex;
        synchronized (ICONS) {
            TeXIcon icon = ICONS.get(key);
            if (icon == null) {
                icon = new TeXFormula(tex).createTeXIcon(style, size);
                ICONS.put(key, icon);
            }
            return icon;
        }
    }

    private static double indent(float size) {
        return size * 2.2;
    }

    // a formula's own "= …" rows and wrapped lines sit close under it; the next formula a little further down
    private static double gapBefore(List<Formulas.Row> rows, int previous, int row, float size) {
        return previous == row || rows.get(row).continued() ? size * 0.15 : size * 0.7;
    }

    private static double height(List<Formulas.Row> rows, List<Line> lines, float size) {
        double h = 0;
        for (int k = 0; k < lines.size(); k++) {
            h += lines.get(k).icon.getIconHeight() + (k == 0 ? 0 : gapBefore(rows, lines.get(k - 1).row, lines.get(k).row, size));
        }
        return h;
    }
}
