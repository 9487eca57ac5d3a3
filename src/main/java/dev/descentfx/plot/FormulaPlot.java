package dev.descentfx.plot;

import dev.descentfx.training.Moment;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.svg.SVGHints;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * The lesson's formulas typeset with JLaTeXMath, the numbers of this epoch put in: the cost,
 * ∂cost/∂W (and ∂cost/∂b) and the update {@code W := W − α∇W}. The rows about the call that just
 * ran (the cost after COST, the gradients after backward, the update after the step) are marked.
 *
 * <p>JLaTeXMath draws each glyph with its own TeX fonts; in an SVG those would be {@code <text>}
 * in font families no viewer has, so the glyphs are drawn as outlines there, and each formula
 * is a group whose {@code <title>} reads it in plain words, numbers included.
 */
public final class FormulaPlot implements Plot {
    private static final float SIZE = 21f;          // TeX point size at 1×, a projector's size
    private static final float SMALLEST = 7f;

    @Override
    public String name() {
        return "formula";
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame frame) {
        Draw.framed(g, width, height, frame.style(), () -> paint(g, width, height, frame));
    }

    private void paint(Graphics2D g, double width, double height, PlotFrame f) {
        PlotStyle s = f.style();
        Moment m = f.moment();
        PlotWords words = f.words();
        String title = m == null ? words.text("plot.formula.title") : words.text("plot.formula.titleEpoch", m.epoch());
        Draw.title(g, s, width, title, m == null ? null
                : words.text("plot.justRan", LessonCode.code(m.call(), m.mode(), words)), s.accent());
        double top = Axes.TOP + (width < Axes.NARROW ? Axes.SECOND_LINE : 0) + 6;
        if (m == null) {
            Draw.note(g, s, words.text("plot.noCall"), 14, top, s.mutedText());
            return;
        }
        List<Formulas.Row> rows = Formulas.rows(f, m);
        double left = 14, availableWidth = width - 2 * left, availableHeight = height - top - 10;
        List<TeXIcon> icons = icons(rows, SIZE);
        double scale = Math.min(1, Math.min(availableWidth / widest(rows, icons, SIZE),
                availableHeight / tallness(rows, icons, SIZE)));
        if (!(scale > 0)) {
            return;
        }
        float size = (float) Math.max(SMALLEST, SIZE * scale);
        if (scale < 1) {
            icons = icons(rows, size);
        }
        // glyphs as outlines in an SVG (other Graphics2D ignore the hint)
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        double y = top;
        for (int i = 0; i < rows.size(); i++) {
            Formulas.Row row = rows.get(i);
            TeXIcon icon = icons.get(i);
            y += gapBefore(rows, i, size);
            double x = left + (row.continued() ? indent(size) : 0);
            if (row.about() == m.call()) {   // the numbers the call that just ran has made
                g.setPaint(PlotStyle.withAlpha(s.accent(), 0.14));
                g.fill(new Rectangle2D.Double(left - 6, y - 3, width - 2 * left + 12, icon.getIconHeight() + 6));
                g.setPaint(s.accent());
                g.fill(new Rectangle2D.Double(left - 6, y - 3, 4, icon.getIconHeight() + 6));
            }
            g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "formula-" + (i + 1));
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, row.reading());
            icon.setForeground(s.text());
            icon.paintIcon(null, g, (int) Math.round(x), (int) Math.round(y));
            g.setRenderingHint(SVGHints.KEY_END_GROUP, "formula-" + (i + 1));
            y += icon.getIconHeight();
        }
    }

    private static List<TeXIcon> icons(List<Formulas.Row> rows, float size) {
        List<TeXIcon> icons = new ArrayList<>(rows.size());
        for (Formulas.Row row : rows) {
            icons.add(new TeXFormula(row.tex()).createTeXIcon(TeXConstants.STYLE_DISPLAY, size));
        }
        return icons;
    }

    private static double indent(float size) {
        return size * 2.2;
    }

    // a formula's own "= …" row sits close under it; the next formula a little further down
    private static double gapBefore(List<Formulas.Row> rows, int i, float size) {
        return i == 0 ? 0 : rows.get(i).continued() ? size * 0.15 : size * 0.7;
    }

    private static double widest(List<Formulas.Row> rows, List<TeXIcon> icons, float size) {
        double w = 1;
        for (int i = 0; i < rows.size(); i++) {
            w = Math.max(w, icons.get(i).getIconWidth() + (rows.get(i).continued() ? indent(size) : 0));
        }
        return w;
    }

    private static double tallness(List<Formulas.Row> rows, List<TeXIcon> icons, float size) {
        double h = 1;
        for (int i = 0; i < rows.size(); i++) {
            h += icons.get(i).getIconHeight() + gapBefore(rows, i, size);
        }
        return h;
    }
}
