package dev.descentfx.plot;

import java.util.Locale;
import java.util.regex.Pattern;

/** Where the tick marks of an axis go and how numbers are written on plots. */
public final class Ticks {
    /**
     * The locale numbers are formatted in. US writes the same digits, point and hyphen as ROOT,
     * and is the one locale Formatter handles without building a DecimalFormatSymbols per call
     * (labels are formatted every frame while the lesson plays).
     */
    private static final Locale DIGITS = Locale.US;
    private static final Pattern TRAILING_ZEROS = Pattern.compile("\\.?0+$");
    private static final Pattern MINUS_ZERO = Pattern.compile("−0(\\.0+)?");

    private Ticks() {
    }

    /** A "nice" step (1, 2 or 5 times a power of ten) giving at most about {@code maxTicks} ticks over {@code span}. */
    public static double niceStep(double span, int maxTicks) {
        double raw = span / Math.max(1, maxTicks);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    /** A tick value: as many decimals as the step needs; powers of ten for very large or small steps. */
    public static String tick(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        if (step >= 1e5 || step < 1e-4) {
            return scientific(v, 1);
        }
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        return minus(String.format(DIGITS, "%." + decimals + "f", v));
    }

    /**
     * A value inside a worked sum, to four significant digits with trailing zeros dropped:
     * "−18.67", "0.01", "0.1867", "12"; NaN, infinities and very large or small values as {@link Numbers#value}.
     */
    public static String brief(double v) {
        double a = Math.abs(v);
        if (!Double.isFinite(v) || (a != 0 && (a >= 1e5 || a < 1e-3))) {
            return Numbers.value(v, -1);
        }
        if (a == 0) {
            return "0";
        }
        int decimals = (int) Math.max(0, 3 - Math.floor(Math.log10(a)));
        String s = String.format(DIGITS, "%." + decimals + "f", v);
        return minus(s.contains(".") ? TRAILING_ZEROS.matcher(s).replaceAll("") : s);
    }

    /** 10 to the power {@code exponent}, for log-axis ticks, all in one style: "10⁻⁶", "10⁰", "10²". */
    public static String decade(int exponent) {
        StringBuilder s = new StringBuilder("10");
        for (char c : Integer.toString(exponent).toCharArray()) {
            s.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return s.toString();
    }

    private static String scientific(double v, int digits) {
        String s = String.format(DIGITS, "%." + digits + "e", v);
        int e = s.indexOf('e');
        String mantissa = TRAILING_ZEROS.matcher(s.substring(0, e)).replaceAll("");
        int exponent = Integer.parseInt(s.substring(e + 1));
        return minus(mantissa + "e" + exponent);
    }

    /** Typeset minus signs (U+2212) rather than hyphens. */
    private static String minus(String s) {
        String t = s.replace('-', '−');
        return MINUS_ZERO.matcher(t).matches() ? t.substring(1) : t;
    }
}
