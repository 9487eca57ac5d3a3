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
    // room kept for a value line: as wide as the lesson's longest, W.grad and b.grad after backward()
    private static final String WIDEST_VALUE = "W.grad = tensor([-18.6667]), b.grad = tensor([-8.])";

    @Override
    public String name() {
        return "code";
    }

    @Override
    public void draw(Graphics2D g, double width, double height, PlotFrame frame) {
        Draw.framed(g, width, height, frame.style(),
                () -> paint(g, width, height, frame.moment(), frame.words(), frame.style()));
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

    private void paint(Graphics2D g, double width, double height, Moment m, PlotWords words, PlotStyle s) {
        if (m == null) {
            Draw.title(g, s, width, words.text("plot.code.title"), null, s.text());
            Draw.note(g, s, words.text("plot.noCall"), 14, Axes.TOP + 8, s.mutedText());
            return;
        }
        Draw.title(g, s, width, words.text("plot.code.titleEpoch", m.epoch()),
                words.text("plot.justRan", LessonCode.code(m.call(), m.mode(), words)),
                s.accent());
        List<LessonCode.Line> lines = LessonCode.lines(m.settings());
        String[] values = new String[lines.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = LessonCode.value(lines.get(i), m, words);
        }
        double top = Axes.TOP + (width < Axes.NARROW ? Axes.SECOND_LINE : 0) + 6, left = 10;
        if (!(height - top - 8 >= 4 * lines.size()) || width < 40) {
            return;
        }
        // values beside their lines, or (when that would need a smaller font) each on a row of its own below
        int belowRows = lines.size() + (int) lines.stream().filter(CodePlot::hasValue).count();
        // (5 % kept spare: a screen's text may come out a little wider than its metrics say)
        double room = 0.95 * (width - left - 24);
        String[] tags = {words.text("plot.code.ran"), words.text("plot.code.next")};
        Font beside = fit(g, lines, values, tags, room, (height - top - 8) / lines.size(), false);
        Font under = fit(g, lines, values, tags, room, (height - top - 8) / belowRows, true);
        boolean below = under.getSize2D() > beside.getSize2D();
        Font mono = below ? under : beside;
        double rowHeight = Math.min((height - top - 8) / (below ? belowRows : lines.size()), mono.getSize2D() * 2);
        g.setFont(mono);
        FontMetrics fm = g.getFontMetrics();
        double gutter = gutter(fm, tags);
        double valueX = left + gutter + codeWidth(fm, lines) + TextWidths.of(fm, " ") * 3;
        int next = nextLine(lines, m);
        int row = 0;
        for (int i = 0; i < lines.size(); i++) {
            LessonCode.Line line = lines.get(i);
            double y = top + row * rowHeight;
            int rows = below && hasValue(line) ? 2 : 1;
            row += rows;
            Rectangle2D.Double box = new Rectangle2D.Double(left, y + 1, width - 2 * left, rows * rowHeight - 2);
            boolean ran = line.kind() == LessonCode.Kind.CALL && line.call() == m.call();
            if (ran) {
                g.setPaint(PlotStyle.withAlpha(s.accent(), 0.16));
                g.fill(box);
                g.setPaint(s.accent());
                g.fill(new Rectangle2D.Double(left, y + 1, 4, box.height));
            } else if (i == next) {
                g.setPaint(PlotStyle.withAlpha(s.curve(), 0.08));
                g.fill(box);
                g.setPaint(s.curve());
                g.setStroke(s.dashedStroke());
                g.draw(box);
            }
            float baseline = (float) (y + rowHeight / 2 + (fm.getAscent() - fm.getDescent()) / 2.0);
            g.setFont(mono);
            if (ran || i == next) {
                g.setPaint(ran ? s.accent() : s.curve());
                Draw.text(g, ran ? tags[0] : tags[1], (float) (left + 8), baseline);
            }
            boolean struck = line.makes(Call.ZERO_GRAD) && !m.settings().zeroGrad();
            g.setPaint(struck ? s.mutedText() : s.text());
            float x = (float) (left + gutter);
            Draw.text(g, line.code(), x, baseline);
            String indent = line.code().substring(0, line.code().length() - line.code().stripLeading().length());
            if (struck) {   // the call is left out of the loop: a line through its code
                double from = x + TextWidths.of(fm, indent), to = x + TextWidths.of(fm, line.code());
                double mid = baseline - (fm.getAscent() - fm.getDescent()) / 2.0;
                g.setStroke(new BasicStroke(2f));
                g.setPaint(s.warning());
                g.draw(new Line2D.Double(from, mid, to, mid));
            }
            if (values[i] != null) {
                g.setFont(ran ? mono.deriveFont(Font.BOLD) : mono);
                g.setPaint(ran ? s.accent() : struck ? s.warning() : s.curve());
                double vx = below ? x + TextWidths.of(fm, indent + "  ") : valueX;
                Draw.text(g, (below ? "# " : "") + values[i], (float) vx, (float) (baseline + (below ? rowHeight : 0)));
            }
        }
    }

    // room left of the code for the wider of the tags "ran" and "next", in the frame's language
    private static double gutter(FontMetrics fm, String[] tags) {
        return Math.max(TextWidths.of(fm, tags[0]), TextWidths.of(fm, tags[1])) + TextWidths.of(fm, " ") * 2;
    }

    private static boolean hasValue(LessonCode.Line line) {
        return line.kind() == LessonCode.Kind.CALL || line.kind() == LessonCode.Kind.LOOP;
    }

    // The largest monospaced size (up to 22 px, a projector's size) at which every line and its value fits.
    // Measured again at the size chosen: hinting rounds a glyph's advance, so widths are not quite proportional.
    private Font fit(Graphics2D g, List<LessonCode.Line> lines, String[] values, String[] tags, double width,
                     double rowHeight, boolean below) {
        Font font = Fonts.mono(Font.PLAIN, 20);
        double size = Math.min(MAX_FONT, Math.min(20 * width / needed(g, font, lines, values, tags, below), rowHeight / 1.35));
        font = font.deriveFont((float) Math.max(MIN_FONT, Math.floor(size)));
        while (font.getSize2D() > MIN_FONT && needed(g, font, lines, values, tags, below) > width) {
            font = font.deriveFont(font.getSize2D() - 1);
        }
        return font;
    }

    private static double needed(Graphics2D g, Font font, List<LessonCode.Line> lines, String[] values, String[] tags,
                                 boolean below) {
        // measured with the font set: on screen FXGraphics2D's getFontMetrics(font) ignores its argument
        // and measures the current font
        Font was = g.getFont();
        g.setFont(font.deriveFont(Font.BOLD));   // the value of the line that ran
        FontMetrics bold = g.getFontMetrics();
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setFont(was);
        double gutter = gutter(fm, tags);
        double valueX = gutter + codeWidth(fm, lines) + TextWidths.of(fm, " ") * 3, needed = 0;
        for (int i = 0; i < lines.size(); i++) {
            String code = lines.get(i).code();
            needed = Math.max(needed, gutter + TextWidths.of(fm, code));
            // a value not shown yet still needs its room, so the font does not jump from call to call
            String value = values[i] != null ? values[i] : hasValue(lines.get(i)) ? WIDEST_VALUE : null;
            if (value != null) {
                double x = below ? gutter + TextWidths.of(fm, code.substring(0, code.length() - code.stripLeading().length()) + "  # ")
                        : valueX;
                needed = Math.max(needed, x + TextWidths.of(bold, value));
            }
        }
        return needed;
    }

    // where the values start: after the longest line of the loop's body (the print line may run past)
    private static double codeWidth(FontMetrics fm, List<LessonCode.Line> lines) {
        double w = 0;
        for (LessonCode.Line line : lines) {
            if (line.kind() == LessonCode.Kind.CALL || line.kind() == LessonCode.Kind.LOOP) {
                w = Math.max(w, TextWidths.of(fm, line.code()));
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
