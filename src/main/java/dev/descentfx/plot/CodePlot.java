package dev.descentfx.plot;

import dev.descentfx.training.Call;
import dev.descentfx.training.Moment;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The lesson's code inside one epoch: the line that just ran is filled in the accent colour, the
 * line about to run is outlined, and beside every line already run this epoch is what it made
 * ({@code cost = 18.666666}, {@code W.grad = tensor([-18.6667])}), as the notebook would print
 * it. Without {@code optimizer.zero_grad()} its line is struck out: the gradients pile up. The code is
 * laid out for the picture's size at 16 px or more ({@link CodeRows}).
 */
public final class CodePlot implements Plot {

    @Override
    public String name() {
        return "code";
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame frame) {
        Draw.framed(g, width, height, frame.style(), () -> paint(g, width, height, frame));
    }

    /** The line the loop runs after moment {@code m}: the next call's, or the print check after the step. */
    static int nextLine(List<LessonCode.Line> lines, Moment m) {
        List<Call> epoch = Call.epoch(m.mode());
        if (m.call() == Call.STEP) {
            return indexOf(lines, LessonCode.Kind.PRINT);
        }
        Call next = m.call() == Call.START ? epoch.get(0) : epoch.get(epoch.indexOf(m.call()) + 1);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).makes(next)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean fits(Graphics2D g, double width, double height, PlotFrame frame) {
        Moment m = frame.moment();
        return m == null || Draw.measured(g, () -> rows(g, width, height, m, frame.words())).fits();
    }

    private static double top(double width) {
        return Axes.TOP + (width < Axes.NARROW ? Axes.SECOND_LINE : 0) + 6;
    }

    private static final double LEFT = 10;

    // the code laid out in the room under the title (24 px kept right of the code, 4 under it)
    private static CodeRows rows(Graphics2D g, double width, double height, Moment m, PlotWords words) {
        List<LessonCode.Line> lines = LessonCode.lines(m.settings());
        String[] values = new String[lines.size()];
        java.util.StringJoiner setup = new java.util.StringJoiner(", ");   // what the set-up lines make: x_train, …
        int setupLines = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = LessonCode.value(lines.get(i), m, words);
            if (lines.get(i).kind() == LessonCode.Kind.SETUP) {
                setupLines++;
                setup.add(lines.get(i).code().split(" = ")[0]);
            }
        }
        String[] tags = {words.text("plot.code.ran"), words.text("plot.code.next")};
        String[] folded = {words.text("plot.code.setUp", setupLines, setup.toString()), words.text("plot.code.print")};
        return CodeRows.of(g, lines, values, tags, folded,
                width - 2 * LEFT - 24, height - top(width) - 4);
    }

    /** The epoch's call whose line {@code h} points at, or null. */
    static Call pointedAt(Highlight h) {
        return switch (h) {
            case ZERO_GRAD_LINE -> Call.ZERO_GRAD;
            case BACKWARD_LINE -> Call.BACKWARD;
            case STEP_LINE -> Call.STEP;
            case GRADIENT_LINE -> Call.GRADIENT;
            default -> null;
        };
    }

    private void paint(Graphics2D g, double width, double height, PlotFrame f) {
        Moment m = f.moment();
        PlotWords words = f.words();
        PlotStyle s = f.style();
        Call pointed = pointedAt(f.highlight());
        if (m == null) {
            Draw.title(g, s, width, words.text("plot.code.title"), null, s.text());
            Draw.note(g, s, words.text("plot.noCall"), 14, Axes.TOP + 8, s.mutedText());
            return;
        }
        Draw.title(g, s, width, words.text("plot.code.titleEpoch", m.epoch()),
                words.text("plot.justRan", LessonCode.code(m.call(), m.mode(), words)),
                s.accent());
        double top = top(width);
        if (!(height - top - 8 >= 16) || width < 40) {
            return;
        }
        List<LessonCode.Line> lines = LessonCode.lines(m.settings());
        String[] tags = {words.text("plot.code.ran"), words.text("plot.code.next")};
        CodeRows layout = rows(g, width, height, m, words);
        Font mono = layout.font();
        double rowHeight = CodeRows.rowHeight(mono.getSize2D());
        g.setFont(mono);
        FontMetrics fm = g.getFontMetrics();
        double gutter = CodeRows.gutter(fm, tags), valueX = LEFT + CodeRows.valueX(fm, lines, tags);
        int next = nextLine(lines, m);
        List<CodeRows.Row> rows = layout.rows();
        for (int r = 0; r < rows.size(); ) {
            int i = rows.get(r).line(), span = 1;
            while (r + span < rows.size() && rows.get(r + span).line() == i) {
                span++;
            }
            double y = top + r * rowHeight;
            LessonCode.Line line = i < 0 ? null : lines.get(i);
            boolean ran = line != null && line.kind() == LessonCode.Kind.CALL && line.call() == m.call();
            Rectangle2D.Double box = new Rectangle2D.Double(LEFT, y + 1, width - 2 * LEFT, span * rowHeight - 2);
            if (ran) {
                g.setPaint(PlotStyle.withAlpha(s.accent(), 0.16));
                g.fill(box);
                g.setPaint(s.accent());
                g.fill(new Rectangle2D.Double(LEFT, y + 1, 4, box.height));
            } else if (line != null && i == next) {
                g.setPaint(PlotStyle.withAlpha(s.curve(), 0.08));
                g.fill(box);
                g.setPaint(s.curve());
                g.setStroke(s.dashedStroke());
                g.draw(box);
            }
            if (pointed != null && line != null && line.makes(pointed)) {
                Halo.box(g, f, LEFT - 4, y - 2, width - 2 * LEFT + 8, span * rowHeight + 4);
            }
            float first = (float) (y + rowHeight / 2 + (fm.getAscent() - fm.getDescent()) / 2.0);
            g.setFont(mono);
            if (ran || line != null && i == next) {
                g.setPaint(ran ? s.accent() : s.curve());
                Draw.text(g, ran ? tags[0] : tags[1], (float) (LEFT + 8), first);
            }
            boolean struck = line != null && line.makes(Call.ZERO_GRAD) && !m.settings().zeroGrad();
            float x = (float) (LEFT + gutter);
            for (int k = 0; k < span; k++) {
                CodeRows.Row row = rows.get(r + k);
                float baseline = (float) (first + k * rowHeight);
                if (row.value()) {
                    g.setFont(ran ? mono.deriveFont(Font.BOLD) : mono);
                    g.setPaint(ran ? s.accent() : struck ? s.warning() : s.curve());
                    Draw.text(g, row.text(), (float) (x + TextWidths.of(fm, CodeRows.indent(line.code()) + "  ")), baseline);
                    continue;
                }
                g.setFont(mono);
                g.setPaint(struck || row.folded() ? s.mutedText() : s.text());
                Draw.text(g, row.text(), x, baseline);
                if (struck) {   // the call is left out of the loop: a line through its code
                    double from = x + TextWidths.of(fm, CodeRows.indent(row.text())), to = x + TextWidths.of(fm, row.text());
                    double mid = baseline - (fm.getAscent() - fm.getDescent()) / 2.0;
                    g.setStroke(new BasicStroke(2f));
                    g.setPaint(s.warning());
                    g.draw(new Line2D.Double(from, mid, to, mid));
                }
            }
            String value = line == null ? null : LessonCode.value(line, m, words);
            if (layout.beside() && value != null) {
                g.setFont(ran ? mono.deriveFont(Font.BOLD) : mono);
                g.setPaint(ran ? s.accent() : struck ? s.warning() : s.curve());
                Draw.text(g, value, (float) valueX, first);
            }
            r += span;
        }
    }

    private static int indexOf(List<LessonCode.Line> lines, LessonCode.Kind kind) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }
}
