package dev.descentfx.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one rule for writing the run's numbers — W, b, cost, ∇W, ∇b and a step — wherever a
 * student reads them: the numbers row, the plot headers and labels, and the worked updates.
 *
 * <ul>
 *   <li>Four decimals: {@code 0.1867}, {@code −18.6667}, {@code 18.6667}.</li>
 *   <li>Below 0.001 or from 100 000 up, four significant digits in e-notation:
 *       {@code 6.359e−4}, {@code −1.234e12} (the same style everywhere, never {@code −7.04e−03}).</li>
 *   <li>A real minus sign (U+2212); NaN and ∞ spelled out.</li>
 *   <li>α as a person types it, to three significant digits: {@code 0.01}, {@code 0.005}, {@code 1.0}.</li>
 * </ul>
 *
 * <p>A worked sum ({@link #worked}) writes its operands with as many more digits as it takes
 * for the sum of the written operands, rounded the same way, to give the written result: what
 * the student would get with a pencil is what the window says.
 */
public final class Numbers {
    /** Decimals of a number written under the rule. */
    public static final int DECIMALS = 4;
    private static final Locale DIGITS = Locale.US;   // the same digits as ROOT, no DecimalFormatSymbols per call
    private static final int MAX_EXTRA = 4;           // float32 has about 7 significant digits: no more is true

    private Numbers() {
    }

    /** {@code v} under the rule: 0.1867, −18.6667, 6.359e−4. */
    public static String value(double v) {
        return value(v, 0);
    }

    /** {@code v} under the rule with {@code extra} more digits (for a worked sum). */
    public static String value(double v, int extra) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e5 || a < 1e-3)) {
            return scientific(v, DECIMALS - 1 + extra);
        }
        return minus(String.format(DIGITS, "%." + (DECIMALS + extra) + "f", v));
    }

    /** {@link #value} with a plus sign on positive values, for a change such as a step: +0.1867. */
    public static String signed(double v) {
        return signed(v, 0);
    }

    static String signed(double v, int extra) {
        String s = value(v, extra);
        return v > 0 ? "+" + s : s;
    }

    /** {@code v} with {@code decimals} decimals (a setting such as a starting W), else as {@link #value}. */
    public static String fixed(double v, int decimals) {
        double a = Math.abs(v);
        if (!Double.isFinite(v) || (a != 0 && (a >= 1e5 || a < Math.pow(10, -decimals)))) {
            return value(v);
        }
        return minus(String.format(DIGITS, "%." + decimals + "f", v));
    }

    /** A learning rate as a person types it: 0.01, 0.005, 1.0, 10.0. */
    public static String rate(double alpha) {
        if (!Double.isFinite(alpha)) {
            return value(alpha);
        }
        String plain = new BigDecimal(alpha).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** {@code v} in parentheses when negative, as it sits after "×": (−16.6000). */
    public static String factor(String written) {
        return written.startsWith("−") ? "(" + written + ")" : written;
    }

    /**
     * The written operands and result of {@code start − rate × gradient = result}. {@code result}
     * is the true one (what the trainer computes); the operands get extra digits until the written
     * sum, done in decimal from the written numbers and rounded under the rule, gives the written
     * result. With {@code start} absent (NaN) it is the step alone: {@code −rate × gradient = result}.
     */
    public static Worked worked(double start, double rate, double gradient, double result) {
        boolean withStart = !Double.isNaN(start);
        String r = withStart ? value(result) : signed(result);
        String alpha = rate(rate);
        for (int extra = 0; ; extra++) {
            String s = withStart ? value(start, extra) : "";
            String g = value(gradient, extra);
            if (extra == MAX_EXTRA || !Double.isFinite(result) || addsUp(s, alpha, g, r, withStart)) {
                return new Worked(s, alpha, g, r);
            }
        }
    }

    /** The written parts of a worked update; {@code start} is empty for the step alone. */
    public record Worked(String start, String rate, String gradient, String result) {
    }

    /**
     * The written terms and total of {@code Σ terms = total}, as under the fitted line: the terms get
     * extra digits (the same number for all) until, added up in decimal and rounded under the rule,
     * they give the written total.
     */
    public static Summed sum(double[] terms, double total) {
        String t = value(total);
        for (int extra = 0; ; extra++) {
            String[] written = new String[terms.length];
            BigDecimal sum = BigDecimal.ZERO;
            boolean finite = Double.isFinite(total);
            for (int i = 0; i < terms.length; i++) {
                written[i] = value(terms[i], extra);
                finite &= Double.isFinite(terms[i]);
                sum = finite ? sum.add(decimal(written[i])) : sum;
            }
            if (extra == MAX_EXTRA || !finite || rounded(sum, t).compareTo(decimal(t)) == 0) {
                return new Summed(java.util.List.of(written), t);
            }
        }
    }

    /** The written terms and total of a sum. */
    public record Summed(java.util.List<String> terms, String total) {
    }

    // The sum a student does from the written numbers, exactly in decimal, rounded as the rule rounds.
    private static boolean addsUp(String start, String rate, String gradient, String result, boolean withStart) {
        try {
            BigDecimal sum = decimal(gradient).multiply(decimal(rate)).negate();
            if (withStart) {
                sum = sum.add(decimal(start));
            }
            return rounded(sum, result).compareTo(decimal(result)) == 0;
        } catch (NumberFormatException e) {
            return true;   // NaN or ∞ among the operands: nothing to add up
        }
    }

    // The exact sum rounded half up (as by hand) to the digits the result is written with.
    private static BigDecimal rounded(BigDecimal sum, String result) {
        int e = result.indexOf('e');
        if (e < 0) {
            return sum.setScale(decimal(result).scale(), RoundingMode.HALF_UP);
        }
        return sum.round(new MathContext(decimal(result.substring(0, e)).precision(), RoundingMode.HALF_UP));
    }

    /** A written number back as a decimal: "−6.359e−4" → −0.0006359. */
    public static BigDecimal decimal(String written) {
        return new BigDecimal(written.replace('−', '-').replace("+", ""));
    }

    private static String scientific(double v, int digits) {
        String s = String.format(DIGITS, "%." + digits + "e", v);
        int e = s.indexOf('e');
        return minus(s.substring(0, e) + "e" + Integer.parseInt(s.substring(e + 1)));
    }

    /** Typeset minus signs (U+2212) rather than hyphens; no "−0.0000". */
    private static String minus(String s) {
        String t = s.replace('-', '−');
        return t.matches("−0(\\.0+)?") ? t.substring(1) : t;
    }
}
