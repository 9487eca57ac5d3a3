package dev.descentfx.plot;

import dev.descentfx.training.Call;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * How the lesson's code is laid out for the picture's size, at the largest monospaced size from 16
 * to 22 px that fits. In turn: each value beside its line; each value on a row of its own below;
 * long lines wrapped as Python allows (after a comma or before an operator inside brackets, or a
 * string split in two literals that Python joins) and two values on two rows; the lines that set up the data, W, b and
 * the optimizer folded into one comment, and the print into another. The first that fits wins (the larger text among the first three).
 *
 * @param font   the code's font
 * @param rows   the rows from the top, each its line's index, its text, and whether it is the value
 * @param beside values written beside their lines (on the line's one row) rather than below
 * @param fits   false when not even the folded code fits at 16 px (then it is drawn at 16 px anyway)
 */
record CodeRows(Font font, List<Row> rows, boolean beside, boolean fits) {
    static final float LARGEST = 22, SMALLEST = 16;
    // room kept for a value line: as wide as the lesson's longest, W.grad and b.grad after backward()
    static final String WIDEST_VALUE = "W.grad = tensor([-18.6667]), b.grad = tensor([-8.])";

    /** One row: the code line it belongs to (-1 for the folded set-up), its text, and whether it is a value. */
    record Row(int line, String text, boolean value) {
        /** True for a comment that stands for lines folded away. */
        boolean folded() {
            return !value && text.stripLeading().startsWith("# …");
        }
    }

    /** The layout for code {@code lines} and their {@code values} (null: not run yet) in {@code width × height}. */
    static CodeRows of(Graphics2D g, List<LessonCode.Line> lines, String[] values, String[] tags, String[] folded,
                       double width, double height) {
        CodeRows best = null;
        for (int way = 0; way < 4; way++) {
            if (way == 3 && best != null) {
                break;   // the set-up is folded only when nothing else fits
            }
            for (float size = LARGEST; size >= SMALLEST; size--) {
                CodeRows r = plan(g, Fonts.mono(Font.PLAIN, 1).deriveFont(size), lines, values, tags,
                        folded, width, height, way);
                if (r != null) {
                    best = best == null || r.font.getSize2D() > best.font.getSize2D() ? r : best;
                    break;
                }
            }
        }
        if (best != null) {
            return best;
        }
        Font smallest = Fonts.mono(Font.PLAIN, 1).deriveFont(SMALLEST);
        CodeRows anyway = plan(g, smallest, lines, values, tags, folded, Double.MAX_VALUE, Double.MAX_VALUE, 3);
        return new CodeRows(smallest, anyway.rows, false, false);
    }

    /** Where the code starts right of the tags "ran" and "next". */
    static double gutter(FontMetrics fm, String[] tags) {
        return Math.max(TextWidths.of(fm, tags[0]), TextWidths.of(fm, tags[1])) + TextWidths.of(fm, " ") * 2;
    }

    /** The height of a row at font size {@code size}. */
    static double rowHeight(double size) {
        return Math.ceil(1.25 * size);
    }

    /** Where the values start when beside: after the longest line of the loop's body (the print line may run past). */
    static double valueX(FontMetrics fm, List<LessonCode.Line> lines, String[] tags) {
        double w = 0;
        for (LessonCode.Line line : lines) {
            if (hasValue(line)) {
                w = Math.max(w, TextWidths.of(fm, line.code()));
            }
        }
        return gutter(fm, tags) + w + TextWidths.of(fm, " ") * 3;
    }

    static boolean hasValue(LessonCode.Line line) {
        return line.kind() == LessonCode.Kind.CALL || line.kind() == LessonCode.Kind.LOOP;
    }

    static String indent(String code) {
        return code.substring(0, code.length() - code.stripLeading().length());
    }

    private static CodeRows plan(Graphics2D g, Font font, List<LessonCode.Line> lines, String[] values, String[] tags,
                                 String[] folded, double width, double height, int way) {
        Font was = g.getFont();
        g.setFont(font.deriveFont(Font.BOLD));   // the value of the line that ran
        FontMetrics bold = g.getFontMetrics();   // (on screen FXGraphics2D measures the font set, whatever it is given)
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.setFont(was);
        boolean beside = way == 0, wrap = way >= 2, fold = way == 3;
        // (5 % kept spare: a screen's text may come out a little wider than its metrics say)
        double gutter = gutter(fm, tags), room = 0.95 * (width - gutter), needed = 0;
        List<Row> rows = new ArrayList<>();
        int kept = 0;   // rows kept for values not shown yet, so the size does not jump from call to call
        for (int i = 0; i < lines.size(); i++) {
            LessonCode.Line line = lines.get(i);
            if (fold && (line.kind() == LessonCode.Kind.SETUP || line.kind() == LessonCode.Kind.PRINT)) {
                boolean setup = line.kind() == LessonCode.Kind.SETUP;
                if (i == 0 || !setup && lines.get(i - 1).kind() != LessonCode.Kind.PRINT) {
                    String text = indent(line.code()) + folded[setup ? 0 : 1];
                    rows.add(new Row(setup ? -1 : i, text, false));
                    needed = Math.max(needed, TextWidths.of(fm, text));
                }
                continue;
            }
            List<String> code = wrap ? wrapCode(fm, line.code(), room) : List.of(line.code());
            for (String c : code) {
                rows.add(new Row(i, c, false));
                needed = Math.max(needed, TextWidths.of(fm, c));
            }
            if (!hasValue(line)) {
                continue;
            }
            String value = values[i] != null ? values[i] : WIDEST_VALUE;
            if (beside) {
                needed = Math.max(needed, valueX(fm, lines, tags) - gutter + TextWidths.of(bold, value));
                continue;
            }
            String lead = indent(line.code()) + "  ";
            List<String> parts = wrap ? splitValue(bold, lead, value, room) : List.of(value);
            for (String p : parts) {
                needed = Math.max(needed, TextWidths.of(fm, lead) + TextWidths.of(bold, "# " + p));
                if (values[i] != null) {
                    rows.add(new Row(i, "# " + p, true));
                }
            }
            // a line that writes W's and b's tensors keeps room for two rows, the others for one
            boolean two = line.makes(Call.BACKWARD) || line.makes(Call.ZERO_GRAD) || line.code().contains("optimizer.step");
            kept += values[i] != null ? 0 : two ? parts.size() : 1;
        }
        if (needed > room || (rows.size() + kept) * rowHeight(font.getSize2D()) > height) {
            return null;
        }
        return new CodeRows(font, List.copyOf(rows), beside, true);
    }

    /**
     * A line of code as Python lets it wrap, each piece at most {@code room} wide: after ", " inside
     * brackets (the rest under the bracket's first character), or inside a string, which is closed and
     * opened again on the next row ('a b' is 'a ' 'b'). A line that cannot be wrapped comes back whole.
     */
    static List<String> wrapCode(FontMetrics fm, String code, double room) {
        List<String> out = new ArrayList<>();
        String rest = code;
        while (TextWidths.of(fm, rest) > room && out.size() < 8) {
            int cut = -1, column = -1;
            boolean inString = false, cutInString = false;
            List<Integer> open = new ArrayList<>();
            for (int k = 0; k < rest.length() - 1; k++) {
                char c = rest.charAt(k);
                if (c == '\'') {
                    inString = !inString;
                } else if (!inString && (c == '(' || c == '[')) {
                    open.add(k);
                } else if (!inString && (c == ')' || c == ']') && !open.isEmpty()) {
                    open.remove(open.size() - 1);
                }
                boolean comma = !inString && !open.isEmpty() && c == ',' && rest.charAt(k + 1) == ' ';
                boolean space = inString && c == ' ' && k > rest.indexOf('\'') + 1;
                // inside brackets Python lets a line break between any two tokens: before an operator
                boolean operator = !inString && !open.isEmpty() && c == ' ' && "+-*/".indexOf(rest.charAt(k + 1)) >= 0;
                String head = comma ? rest.substring(0, k + 1) : space ? rest.substring(0, k + 1) + "'"
                        : operator ? rest.substring(0, k) : null;
                if (head != null && TextWidths.of(fm, head) <= room) {
                    cut = operator ? k : k + 1;
                    cutInString = space;
                    column = space ? rest.lastIndexOf('\'', k) : open.get(open.size() - 1) + 1;
                }
            }
            if (cut < 0) {
                break;
            }
            out.add(rest.substring(0, cut) + (cutInString ? "'" : ""));
            String tail = rest.substring(cut).stripLeading();
            rest = " ".repeat(column) + (cutInString ? "'" : "") + tail;
        }
        out.add(rest);
        return out;
    }

    /** A value written as "# …" rows: split after ", " outside brackets when it is too wide for one. */
    static List<String> splitValue(FontMetrics fm, String lead, String value, double room) {
        if (TextWidths.of(fm, lead + "# " + value) <= room) {
            return List.of(value);
        }
        List<String> parts = new ArrayList<>();
        int depth = 0, from = 0;
        for (int k = 0; k + 1 < value.length(); k++) {
            char c = value.charAt(k);
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth == 0 && c == ',' && value.charAt(k + 1) == ' ') {
                parts.add(value.substring(from, k + 1));
                from = k + 2;
            }
        }
        parts.add(value.substring(from));
        return parts;
    }
}
