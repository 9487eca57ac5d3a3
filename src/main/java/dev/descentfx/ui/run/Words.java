package dev.descentfx.ui.run;

import dev.descentfx.plot.Numbers;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import java.util.Locale;

/** The window's numbers and sentences, written the way the lesson writes them. */
public final class Words {
    public static final String MINUS = "\u2212";
    /** US: the same digits as ROOT, without a DecimalFormatSymbols built per call (the numbers change every frame). */
    private static final Locale DIGITS = Locale.US;

    private Words() {
    }

    /**
     * A quantity of the run (W, b, cost, ∇W, ∇b) under the one rule the plots use too
     * ({@link Numbers#value}): four decimals, e-notation below 0.001: 0.1867, −18.6667, 6.359e−4.
     */
    public static String number(double value) {
        return Numbers.value(value);
    }

    /** A setting with {@code decimals} decimals (where W starts), else as {@link #number(double)}. */
    public static String number(double value, int decimals) {
        return Numbers.fixed(value, decimals);
    }

    /** A learning rate as a person types it: 0.01, 0.005, 1.0, 10.0. */
    public static String rate(double alpha) {
        return Numbers.rate(alpha);
    }

    /** The critical rate with three significant digits: 0.180. */
    public static String critical(double alpha) {
        return String.format(DIGITS, "%.3g", alpha);
    }

    /**
     * The next step from {@code now}, written out with its numbers:
     * {@code next step: W := W − α∇W = 0.1867 − 0.01 × (−16.6044) = 0.3527}. W and ∇W are the
     * shown record's own; α is the next step's. The result is what the trainer computes:
     * W + (−α)·∇W in float32 with one rounding (torch's fused kernel, see SGD).
     */
    public static String nextStepW(EpochRecord now, double alpha) {
        return nextStep("W", now.w(), now.gradW(), alpha);
    }

    /** The same for b, or why there is none. */
    public static String nextStepB(EpochRecord now, double alpha) {
        return now.bias() ? nextStep("b", now.b(), now.gradB(), alpha) : "b is off: H(x) = Wx";
    }

    private static String nextStep(String name, float value, float gradient, double alpha) {
        float after = Math.fma(-(float) alpha, gradient, value);
        Numbers.Worked sum = Numbers.worked(value, alpha, gradient, after);
        return "next step: " + name + " := " + name + " " + MINUS + " \u03b1\u2207" + name + " = " + sum.start()
                + " " + MINUS + " " + sum.rate() + " \u00d7 " + Numbers.factor(sum.gradient()) + " = " + sum.result();
    }

    /** Why Play did not start: the shown epoch is already at or past the Run-to epoch. */
    static String playStopsAtTarget(int target) {
        return "Play stops at the Run-to epoch " + target + ": type a later epoch in Run to, then Play goes on.";
    }

    /** Which formula found the gradients of the shown record. */
    static String formula(GradientMode mode, boolean bias) {
        String h = bias ? "Wx + b" : "Wx";
        return switch (mode) {
            case AUTOGRAD -> "\u2207 by autograd: cost = mean((" + h + " " + MINUS + " y)\u00b2); cost.backward()";
            case MANUAL -> "\u2207 by hand: \u2207W = 2\u00b7mean((" + h + " " + MINUS + " y)\u00b7x)"
                    + (bias ? ", \u2207b = 2\u00b7mean(" + h + " " + MINUS + " y)" : "");
        };
    }

    /**
     * The two marks on the learning-rate slider: above the first each step overshoots the bottom
     * and the run zig-zags in to it; above the second (critical) it grows.
     */
    public static String thresholds(double zigZag, double critical) {
        return "zig-zags above " + critical(zigZag) + " \u00b7 grows above " + critical(critical);
    }

    /** Shown under the learning-rate slider when α is above the critical rate. */
    static String aboveCritical(double alpha, double critical) {
        return "\u03b1 = " + rate(alpha) + " is above the critical " + critical(critical)
                + ": each step overshoots the bottom of the bowl, so the run will oscillate and grow.";
    }

    /** Why the run paused by itself, for a student. */
    static String divergence(double alpha, double critical, int lastFiniteEpoch, EpochRecord blownUp) {
        String what = !Float.isFinite(blownUp.cost()) ? "the cost" : "W or b";
        String why = alpha > critical
                ? "with \u03b1 = " + rate(alpha) + ", above the critical " + critical(critical)
                        + ", each step overshoots the bottom of the bowl by more than it started."
                : "with \u03b1 = " + rate(alpha) + " the numbers grew too large for float32.";
        return "The steps grew instead of shrinking: " + why + " At epoch " + blownUp.epoch() + " " + what
                + " became too large to compute (infinite or NaN). Training paused at epoch " + lastFiniteEpoch
                + "; the last finite state is shown. Lower the learning rate or press R to reset.";
    }
}
