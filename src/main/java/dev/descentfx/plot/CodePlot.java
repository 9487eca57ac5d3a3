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
 * it. Without {@code optimizer.zero_grad()} its line is struck out: the gradients pile up.
 */
public final class CodePlot implements Plot {
    private static final double MAX_FONT = 22, MIN_FONT = 9;
    private static final String RAN = "ran", NEXT = "next";
    private final PlotStyle style = PlotStyle.CLASSROOM;

    @Override
    public String name() {
        return "code";
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame frame) {
        Draw.framed(g, width, height, style, () -> paint(g, width, height, frame.moment()));
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

    private void paint(Graphics2D g, double width, double height, Moment m) {
        PlotStyle s = style;
        if (m == null) {
            Draw.title(g, s, width, "The code", null, s.text());
            Draw.note(g, s, "no call to show: step through an epoch call by call", 14, Axes.TOP + 8, s.mutedText());
            return;
        }
        Draw.title(g, s, width, "The code, epoch " + m.epoch(), "just ran: " + LessonCode.code(m.call(), m.mode()),
                s.accent());
        List<LessonCode.Line> lines = LessonCode.lines(m.settings());
        String[] values = new String[lines.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = LessonCode.value(lines.get(i), m);
        }
        double top = Axes.TOP + (width < Axes.NARROW ? Axes.SECOND_LINE : 0) + 6, left = 10;
        double rowHeight = (height - top - 8) / lines.size();
        if (!(rowHeight >= 4) || width < 40) {
            return;
        }
        Font mono = fit(g, lines, values, width - left - 24, rowHeight);
        rowHeight = Math.min(rowHeight, mono.getSize2D() * 2);   // a small font keeps its lines together
        g.setFont(mono);
        FontMetrics fm = g.getFontMetrics();
        double gutter = fm.stringWidth(NEXT) + fm.charWidth(' ') * 2;
        double valueX = left + gutter + codeWidth(fm, lines) + fm.charWidth(' ') * 3;
        int next = nextLine(lines, m);
        for (int i = 0; i < lines.size(); i++) {
            LessonCode.Line line = lines.get(i);
            double y = top + i * rowHeight;
            Rectangle2D.Double row = new Rectangle2D.Double(left, y + 1, width - 2 * left, rowHeight - 2);
            boolean ran = line.kind() == LessonCode.Kind.CALL && line.call() == m.call();
            if (ran) {
                g.setPaint(PlotStyle.withAlpha(s.accent(), 0.16));
                g.fill(row);
                g.setPaint(s.accent());
                g.fill(new Rectangle2D.Double(left, y + 1, 4, rowHeight - 2));
            } else if (i == next) {
                g.setPaint(PlotStyle.withAlpha(s.curve(), 0.08));
                g.fill(row);
                g.setPaint(s.curve());
                g.setStroke(s.dashedStroke());
                g.draw(row);
            }
            float baseline = (float) (y + rowHeight / 2 + (fm.getAscent() - fm.getDescent()) / 2.0);
            g.setFont(mono);
            if (ran || i == next) {
                g.setPaint(ran ? s.accent() : s.curve());
                g.drawString(ran ? RAN : NEXT, (float) (left + 8), baseline);
            }
            boolean struck = line.makes(Call.ZERO_GRAD) && !m.settings().zeroGrad();
            g.setPaint(struck ? s.mutedText() : s.text());
            float x = (float) (left + gutter);
            g.drawString(line.code(), x, baseline);
            if (struck) {   // the call is left out of the loop: a line through its code
                String indent = line.code().substring(0, line.code().length() - line.code().stripLeading().length());
                double from = x + fm.stringWidth(indent), to = x + fm.stringWidth(line.code());
                double mid = baseline - (fm.getAscent() - fm.getDescent()) / 2.0;
                g.setStroke(new BasicStroke(2f));
                g.setPaint(s.warning());
                g.draw(new Line2D.Double(from, mid, to, mid));
            }
            if (values[i] != null) {
                g.setFont(ran ? mono.deriveFont(Font.BOLD) : mono);
                g.setPaint(ran ? s.accent() : struck ? s.warning() : s.curve());
                g.drawString(values[i], (float) valueX, baseline);
            }
        }
    }

    // The largest monospaced size (up to 22 px, a projector's size) at which every line and its value fits.
    // Measured again at the size chosen: hinting rounds a glyph's advance, so widths are not quite proportional.
    private Font fit(Graphics2D g, List<LessonCode.Line> lines, String[] values, double width, double rowHeight) {
        Font font = new Font(Font.MONOSPACED, Font.PLAIN, 20);
        double size = Math.min(MAX_FONT, Math.min(20 * width / needed(g, font, lines, values), rowHeight / 1.35));
        font = font.deriveFont((float) Math.max(MIN_FONT, Math.floor(size)));
        while (font.getSize2D() > MIN_FONT && needed(g, font, lines, values) > width) {
            font = font.deriveFont(font.getSize2D() - 1);
        }
        return font;
    }

    private static double needed(Graphics2D g, Font font, List<LessonCode.Line> lines, String[] values) {
        FontMetrics fm = g.getFontMetrics(font);
        FontMetrics bold = g.getFontMetrics(font.deriveFont(Font.BOLD));   // the value of the line that ran
        double gutter = fm.stringWidth(NEXT) + fm.charWidth(' ') * 2;
        double valueX = gutter + codeWidth(fm, lines) + fm.charWidth(' ') * 3, needed = 0;
        for (int i = 0; i < lines.size(); i++) {
            needed = Math.max(needed, gutter + fm.stringWidth(lines.get(i).code()));
            if (values[i] != null) {
                needed = Math.max(needed, valueX + bold.stringWidth(values[i]));
            }
        }
        return needed;
    }

    // where the values start: after the longest line of the loop's body (the print line may run past)
    private static double codeWidth(FontMetrics fm, List<LessonCode.Line> lines) {
        double w = 0;
        for (LessonCode.Line line : lines) {
            if (line.kind() == LessonCode.Kind.CALL || line.kind() == LessonCode.Kind.LOOP) {
                w = Math.max(w, fm.stringWidth(line.code()));
            }
        }
        return w;
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
