package dev.descentfx.plot;

/**
 * A closed interval [min, max] of finite numbers with max > min, for one axis. Built from the
 * values a plot must show: non-finite values are ignored and huge ones are clamped to
 * ±{@link #LIMIT}, so a run that blew up still gets sane axes.
 */
public record Range(double min, double max) {
    /**
     * Beyond this magnitude an axis stops growing. A float overflows at about 3.4e38, so this
     * never cuts a real run short, and its square still fits in a double (cost of a huge W).
     */
    public static final double LIMIT = 1e100;

    public double span() {
        return max - min;
    }

    public boolean contains(double v) {
        return v >= min && v <= max;
    }

    /** This range widened by {@code fraction} of its span on each side. */
    public Range padded(double fraction) {
        double pad = span() * fraction;
        return new Range(clamp(min - pad), clamp(max + pad));
    }

    /** This range, widened about its middle if needed so its span is at least {@code span}. */
    public Range withMinSpan(double span) {
        if (!(span > span()) || !Double.isFinite(span)) {
            return this;
        }
        double mid = (min + max) / 2;
        return new Range(clamp(mid - span / 2), clamp(mid + span / 2));
    }

    static double clamp(double v) {
        return Math.max(-LIMIT, Math.min(LIMIT, v));
    }

    /** Collects values; {@link #build} gives the smallest range holding the finite ones. */
    public static final class Builder {
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        public Builder add(double v) {
            if (Double.isFinite(v)) {
                v = clamp(v);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            return this;
        }

        public boolean isEmpty() {
            return min > max;
        }

        /** The range of the values added, or [fallbackMin, fallbackMax] if none was finite. */
        public Range build(double fallbackMin, double fallbackMax) {
            if (isEmpty()) {
                return new Range(fallbackMin, fallbackMax);
            }
            if (max - min > 1e-12 * Math.max(1, Math.abs(min))) {
                return new Range(min, max);
            }
            // A single value: give it room on both sides so the axis still has ticks.
            double pad = Math.max(Math.abs(min) * 0.1, 0.5);
            return new Range(clamp(min - pad), clamp(max + pad));
        }
    }
}
