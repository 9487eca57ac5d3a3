package dev.descentfx.plot;

import dev.descentfx.training.Call;
import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Moment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The lesson's formulas in TeX with the epoch's numbers put in: the cost, ∂cost/∂W, ∂cost/∂b and
 * the update {@code W := W − α∇W}. The results come from {@link CostSurface}, the one owner of
 * the bowl's maths; the substituted terms show where they come from. With more than
 * {@link #WRITTEN_OUT} points the sums stay sums and only W, b and the result are filled in.
 */
final class Formulas {
    static final int WRITTEN_OUT = 5;
    /** Where a row may wrap: before a term of a sum, before "≈ result", before each "= …" of an update. */
    static final String BREAK = "\u2063";

    /**
     * One row of the picture: TeX, whether it continues the formula above (an {@code = …} row),
     * and the call whose numbers it is about (highlighted when that call just ran).
     */
    record Row(String source, boolean continued, Call about) {
        /** The row's TeX. */
        String tex() {
            return source.replace(BREAK, "");
        }

        /** The row's TeX in the pieces a narrow picture may put on lines of their own. */
        List<String> pieces() {
            return List.of(source.split(BREAK));
        }

        /** The row in plain words, as a screen reader or a search through the SVG finds it. */
        String reading() {
            String t = tex();
            t = t.replace("\\partial\\,", "∂").replace("\\partial ", "∂").replace("\\text{cost}", "cost")
                    .replace("\\cdot", "·")
                    .replace("\\times", "×").replace("\\approx", "≈").replace("\\Big[", "[").replace("\\Big]", "]").replace("\\alpha", "α")
                    .replace("\\nabla ", "∇").replace("\\mu", "μ").replace("\\infty", "∞").replace("\\mathrm{NaN}", "NaN")
                    .replace("\\quad", "  ").replace("\\,", " ").replace("\\ ", " ").replace("^2", "²");
            t = t.replaceAll("\\\\frac\\{([^{}]*)\\}\\{([^{}]*)\\}", "$1/$2");   // after \\text{…}: no braces inside
            t = t.replaceAll("\\\\sum_\\{i=1\\}\\^\\{[^{}]*\\}", " Σ").replace("{", "").replace("}", "").replace('-', '−');
            return t.replaceAll(" +", " ").strip();
        }
    }

    private Formulas() {
    }

    /** The rows for moment {@code m} of the run in {@code f}. */
    static List<Row> rows(PlotFrame f, Moment m) {
        Dataset d = f.data();
        boolean bias = m.bias();
        CostSurface surface = f.surface().bias() == bias ? f.surface() : CostSurface.of(d, bias);   // the frame's, unless the moment differs
        double[] wb = before(f, m);
        double w = wb[0], b = bias ? wb[1] : 0, alpha = m.settings().learningRate();
        double gradW = surface.gradW(w, b), gradB = surface.gradB(w, b);
        String error = bias ? "W x_i + b - y_i" : "W x_i - y_i";
        String params = bias ? "(W, b)" : "(W)";
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("\\text{cost}" + params + " = \\frac{1}{m}\\sum_{i=1}^{m}(" + error + ")^2", false, Call.COST));
        // written terms rounded to 3 places give a sum that is "≈" the result; whole numbers give "=" (the update
        // rows below are written so that they add up exactly)
        double cost = surface.cost(w, b);
        rows.add(new Row("= " + sum(d, w, b, bias, 1, Term.SQUARED) + BREAK + is(d, w, b, cost) + written(cost), true, Call.COST));
        Call gradient = Call.recordAfter(m.mode());   // backward(), or the formula by hand
        rows.add(new Row("\\frac{\\partial\\,\\text{cost}}{\\partial W} = \\frac{2}{m}\\sum_{i=1}^{m}(" + error
                + ")\\,x_i", false, gradient));
        rows.add(new Row("= " + sum(d, w, b, bias, 2, Term.TIMES_X) + BREAK + is(d, w, b, gradW) + written(gradW), true, gradient));
        if (bias) {
            rows.add(new Row("\\frac{\\partial\\,\\text{cost}}{\\partial b} = \\frac{2}{m}\\sum_{i=1}^{m}(" + error + ")",
                    false, gradient));
            rows.add(new Row("= " + sum(d, w, b, true, 2, Term.PLAIN) + BREAK + is(d, w, b, gradB) + written(gradB), true, gradient));
        }
        rows.add(update("W", w, gradW, alpha, m));
        if (bias) {
            rows.add(update("b", b, gradB, alpha, m));
        }
        return rows;
    }

    /**
     * W and b where this epoch's gradient is taken. Until the step they are the moment's; after
     * it the moment holds the new ones, and the record on screen (record k, the state before
     * epoch k's step) the old.
     */
    static double[] before(PlotFrame f, Moment m) {
        if (m.call() != Call.STEP) {
            return new double[] {m.w(), m.b()};
        }
        EpochRecord r = f.record();
        if (r.epoch() == m.epoch()) {
            return new double[] {r.w(), r.b()};
        }
        float[] gW = m.gradW(), gB = m.gradB();   // no record of that epoch: undo the plain step
        double alpha = m.settings().learningRate();
        return new double[] {m.w() + alpha * (gW == null ? 0 : gW[0]), m.b() + alpha * (gB == null ? 0 : gB[0])};
    }

    private enum Term { SQUARED, TIMES_X, PLAIN }

    // "=" when every number written and the result are whole (nothing was rounded), else "≈"
    private static String is(Dataset d, double w, double b, double result) {
        boolean whole = whole(w) && whole(b) && whole(result);   // (W and b are written to 4 places: rounded unless whole)
        for (int i = 0; whole && i < d.size() && d.size() <= WRITTEN_OUT; i++) {
            whole = whole(d.x(i, 0)) && whole(d.y(i));
        }
        return whole ? " = " : " \\approx ";
    }

    private static boolean whole(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e6;
    }

    // (2/m)·[(W·x₁ + b − y₁)·x₁ + …] with the numbers in; a sum over xᵢ, yᵢ for larger data
    private static String sum(Dataset d, double w, double b, boolean bias, int factor, Term term) {
        int m = d.size();
        String front = "\\frac{" + factor + "}{" + m + "}";
        if (m > WRITTEN_OUT) {
            String e = "(" + factorOf(w) + "\\,x_i" + (bias ? plus(b) : "") + " - y_i)";   // W and b: the rule's
            return front + "\\sum_{i=1}^{" + m + "}" + e + tail(term, "x_i");
        }
        StringJoiner terms = new StringJoiner(BREAK + " + ", front + "\\Big[", "\\Big]");
        for (int i = 0; i < m; i++) {
            double x = d.x(i, 0), y = d.y(i);
            String e = "(" + factorOf(w) + " \\cdot " + typed(x) + (bias ? plus(b) : "") + " - " + typed(y) + ")";
            terms.add(e + tail(term, typed(x)));
        }
        return terms.toString();
    }

    private static String tail(Term term, String x) {
        return switch (term) {
            case SQUARED -> "^2";
            case TIMES_X -> " \\cdot " + x;
            case PLAIN -> "";
        };
    }

    // W := W − α∇W = 0 − 0.01 × (−18.667) = 0.18667; with momentum, weight decay or Adam their rule (UpdateRule)
    private static Row update(String name, double before, double grad, double alpha, Moment m) {
        if (!UpdateRule.plain(m.settings().optimizer())) {   // momentum, weight decay, Adam: the optimizer's own rule
            String after = m.call() == Call.STEP ? BREAK + " = " + written(name.equals("W") ? m.w() : m.b()) : "";
            return new Row(UpdateRule.tex(m.settings().optimizer(), name, m.epoch() + 1, BREAK) + after, false, Call.STEP);
        }
        // written with the digits that make the sum come out as written (Numbers.worked, as the numbers panel does)
        Numbers.Worked sum = Numbers.worked(before, alpha, grad, before - alpha * grad);
        return new Row(name + " := " + name + " - \\alpha\\,\\nabla " + name + BREAK + " = " + texOf(sum.start()) + " - "
                + texOf(sum.rate()) + " \\times " + texOf(Numbers.factor(sum.gradient())) + BREAK + " = " + texOf(sum.result()),
                false, Call.STEP);
    }

    // a number as the one number rule writes it, in TeX: a hyphen for the minus, 10^k for the exponent
    private static String texOf(String written) {
        String t = written.replace('−', '-');
        int e = t.indexOf('e');
        return e < 0 ? t : t.substring(0, e) + "\\times 10^{" + Integer.parseInt(t.substring(e + 1)) + "}";
    }

    private static String plus(double b) {
        return b < 0 ? " - " + written(-b) : " + " + written(b);
    }

    // a number that multiplies: negatives in brackets
    private static String factorOf(double v) {
        return v < 0 ? "(" + written(v) + ")" : written(v);
    }

    // W, b, the cost and the gradients as the one number rule writes them everywhere: 0.7487, −8.0000
    private static String written(double v) {
        return texOf(Numbers.value(v));
    }

    // the data as the lesson's code types it (1, 2, 3.5), negatives in brackets
    private static String typed(double v) {
        String t = LessonCode.number(v);
        return v < 0 ? "(" + t + ")" : t;
    }

    /** A number in TeX: whole numbers bare (0, 2), else rounded to {@code digits} significant places after the point. */
    static String tex(double v, int digits) {
        if (Double.isNaN(v)) {
            return "\\mathrm{NaN}";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\\infty" : "-\\infty";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-4) {
            String[] parts = String.format(Locale.ROOT, "%.3e", v).split("e");
            return parts[0] + "\\times 10^{" + Integer.parseInt(parts[1]) + "}";
        }
        if (digits >= 5) {   // an updated W or b: five significant digits, as 0.18667 or 1.9708
            return new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                    .toPlainString();
        }
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }
}
