package dev.descentfx.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers written the way the lesson's Python prints them, so a line from {@code train} can be
 * compared character for character with the notebook.
 *
 * <p>Python formats the exact binary value of a float (a float32 widened to double loses
 * nothing) and rounds half to even. Java's {@code String.format} first takes the shortest
 * decimal and then rounds that half up: {@code 0.125} gives "0.13" in Java, "0.12" in Python.
 */
public final class PythonFormat {
    private PythonFormat() {
    }

    /** {@code '{:.<digits>f}'.format(value)}: fixed point, "-0.000" for small negatives, nan/inf/-inf. */
    public static String fixed(double value, int digits) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        BigDecimal rounded = new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN);
        String text = rounded.abs().toPlainString();
        return isNegative(value) ? "-" + text : text;
    }

    /**
     * The shortest decimal that reads back as the same float32 ({@code repr(np.float32(v))}):
     * integral values keep ".0", very small or large ones use Python's exponent form
     * ({@code 1e-05}, {@code 3.4028235e+38}). Non-finite values have no such decimal; callers
     * decide how to write them.
     */
    public static String shortest(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(value + " has no decimal form");
        }
        if (value == 0f) {
            return isNegative(value) ? "-0.0" : "0.0";
        }
        BigDecimal digits = shortestDigits(value);
        String text = layout(digits.abs().stripTrailingZeros());
        return value < 0 ? "-" + text : text;
    }

    /**
     * Tries 1, 2, … significant digits; at each length the nearest decimal is the one to try.
     * At a power of two the float's rounding interval is lopsided (half as wide below), so the
     * nearest may miss while its neighbour above reads back: there the decimals just below and
     * above are tried too, and the nearest that reads back wins.
     */
    private static BigDecimal shortestDigits(float value) {
        BigDecimal exact = new BigDecimal(value);
        boolean powerOfTwo = (Float.floatToRawIntBits(value) & 0x007f_ffff) == 0;
        RoundingMode[] modes = powerOfTwo
                ? new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}
                : new RoundingMode[] {RoundingMode.HALF_EVEN};
        for (int precision = 1; precision <= 9; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : modes) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (Float.parseFloat(candidate.toString()) == value
                        && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return exact; // unreachable: 9 significant digits always identify a float32
    }

    /** Python's repr layout: positional for 1e-4 ≤ |v| < 1e16, else d.ddde±XX. */
    private static String layout(BigDecimal positive) {
        int exponent = positive.precision() - positive.scale() - 1;
        if (exponent >= -4 && exponent < 16) {
            String plain = positive.toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        String unscaled = positive.unscaledValue().toString();
        String mantissa = unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
        return mantissa + (exponent < 0 ? "e-" : "e+") + String.format("%02d", Math.abs(exponent));
    }

    private static boolean isNegative(double value) {
        return Math.copySign(1.0, value) < 0;
    }
}
