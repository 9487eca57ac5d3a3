package dev.descentfx.ui.run;

/**
 * The notches + and − move the learning rate along: 1, 2 and 5 in every decade from
 * 0.0001 to 10 (0.0001, 0.0002, 0.0005, 0.001, ..., 0.01, ..., 5, 10), the lesson's 0.01 among them.
 */
final class LearningRateNotches {
    private static final double[] NOTCHES = build();

    private LearningRateNotches() {
    }

    private static double[] build() {
        double[] n = new double[3 * 5 + 1];
        int i = 0;
        for (int exponent = -4; exponent <= 0; exponent++) {
            for (int mantissa : new int[] {1, 2, 5}) {
                n[i++] = Double.parseDouble(mantissa + "e" + exponent);
            }
        }
        n[i] = 10;
        return n;
    }

    /** The next notch above {@code alpha} (direction +1) or below it (−1); the ends stay put. */
    static double next(double alpha, int direction) {
        double tolerance = 1e-9 * alpha;
        if (direction > 0) {
            for (double n : NOTCHES) {
                if (n > alpha + tolerance) {
                    return n;
                }
            }
            return NOTCHES[NOTCHES.length - 1];
        }
        for (int i = NOTCHES.length - 1; i >= 0; i--) {
            if (NOTCHES[i] < alpha - tolerance) {
                return NOTCHES[i];
            }
        }
        return NOTCHES[0];
    }
}
