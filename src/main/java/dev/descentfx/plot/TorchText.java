package dev.descentfx.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.StringJoiner;

/**
 * Numbers written as the lesson's notebook shows them: {@code print(W.grad)} gives
 * {@code tensor([-18.6667])}, the print line's {@code {:.6f}} gives {@code 18.666666}.
 *
 * <p>Python formats the exact binary value of a float (a float32 widened to double loses nothing)
 * and rounds half to even, so the digits come from BigDecimal, not String.format (which rounds the
 * shortest decimal half up). torch picks one layout for the whole tensor (torch/_tensor_str.py):
 * whole numbers as {@code -8.}; else 4 decimals, unless the values span more than 1000× or go
 * beyond 1e8 or below 1e-4, then {@code -1.8667e+01}; every entry padded to the widest.
 */
final class TorchText {
    private TorchText() {
    }

    /** {@code '{:.<digits>f}'.format(v)}: Python's fixed point, "nan", "inf", "-inf". */
    static String fixed(double v, int digits) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String text = new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).abs().toPlainString();
        return Math.copySign(1.0, v) < 0 ? "-" + text : text;
    }

    /** What {@code print(t)} shows for a tensor of these values: 0-dim {@code tensor(x)}, else {@code tensor([x, …])}. */
    static String tensor(float[] values, boolean zeroDim) {
        String[] cells = entries(values);
        if (zeroDim && cells.length == 1) {
            return "tensor(" + cells[0].strip() + ")";
        }
        StringJoiner list = new StringJoiner(", ", "tensor([", "])");
        for (String c : cells) {
            list.add(c);
        }
        return list.toString();
    }

    /** A Python list of the values with 3 decimals, the first few and the count when long: {@code [0.187, 0.374, 0.561]}. */
    static String list(float[] values, int shown) {
        StringJoiner list = new StringJoiner(", ", "[", "]");
        int n = values.length <= shown + 1 ? values.length : shown;
        for (int i = 0; i < n; i++) {
            list.add(fixed(values[i], 3));
        }
        if (n < values.length) {
            list.add("… " + values.length + " values");
        }
        return list.toString();
    }

    // torch's _Formatter: one layout for every entry, padded to the widest
    private static String[] entries(float[] values) {
        boolean whole = true;
        double min = Double.POSITIVE_INFINITY, max = 0;
        for (float v : values) {
            if (!Float.isFinite(v)) {
                continue;
            }
            whole &= v == Math.rint(v);
            double a = Math.abs(v);
            if (a != 0) {
                min = Math.min(min, a);
                max = Math.max(max, a);
            }
        }
        boolean scientific = max > 1e8 || (!whole && max > 0 && (max / min > 1000 || min < 1e-4));
        String[] cells = new String[values.length];
        int width = 0;
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            cells[i] = !Float.isFinite(v) ? fixed(v, 0)
                    : scientific ? scientific(v)
                    : whole ? fixed(v, 0) + "." : fixed(v, 4);
            width = Math.max(width, cells[i].length());
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = " ".repeat(width - cells[i].length()) + cells[i];
        }
        return cells;
    }

    /** {@code '{:.4e}'.format(v)}: 5 significant digits, a signed two-digit exponent. */
    private static String scientific(float v) {
        if (v == 0f) {
            return (Math.copySign(1f, v) < 0 ? "-" : "") + "0.0000e+00";
        }
        BigDecimal r = new BigDecimal(v).round(new MathContext(5, RoundingMode.HALF_EVEN));
        int exponent = r.precision() - r.scale() - 1;
        String digits = r.unscaledValue().abs().toString();
        digits = (digits + "0000").substring(0, 5);
        return (v < 0 ? "-" : "") + digits.charAt(0) + "." + digits.substring(1) + "e" + (exponent < 0 ? "-" : "+")
                + String.format("%02d", Math.abs(exponent));
    }
}
