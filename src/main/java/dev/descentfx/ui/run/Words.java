package dev.descentfx.ui.run;

import dev.descentfx.i18n.Language;
import dev.descentfx.plot.Numbers;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import java.util.Locale;

/**
 * The window's numbers and sentences, written the way the lesson writes them, in the window's
 * language: the sentences are keys {@code words.*} of the {@link Language} bundles, the numbers
 * keep one format in every language.
 */
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
    public static String nextStepW(Language l, EpochRecord now, double alpha) {
        return nextStep(l, "W", now.w(), now.gradW(), alpha);
    }

    /** The same for b, or why there is none. */
    public static String nextStepB(Language l, EpochRecord now, double alpha) {
        return now.bias() ? nextStep(l, "b", now.b(), now.gradB(), alpha) : l.text("words.biasOff");
    }

    /**
     * The next step by the run's optimizer: the lesson's plain SGD written out with its numbers
     * ({@link #nextStepW(Language, EpochRecord, double)}); any other rule as its update
     * ({@link dev.descentfx.plot.UpdateRule}), whose numbers hang on the optimizer's state.
     */
    public static String nextStepW(Language l, EpochRecord now, double alpha, dev.descentfx.training.OptimizerSettings o) {
        return dev.descentfx.plot.UpdateRule.plain(o) ? nextStepW(l, now, alpha)
                : l.text("words.nextStep", dev.descentfx.plot.UpdateRule.text(o, "W"));
    }

    public static String nextStepB(Language l, EpochRecord now, double alpha, dev.descentfx.training.OptimizerSettings o) {
        return dev.descentfx.plot.UpdateRule.plain(o) || !now.bias() ? nextStepB(l, now, alpha)
                : l.text("words.nextStep", dev.descentfx.plot.UpdateRule.text(o, "b"));
    }

    private static String nextStep(Language l, String name, float value, float gradient, double alpha) {
        float after = Math.fma(-(float) alpha, gradient, value);
        Numbers.Worked sum = Numbers.worked(value, alpha, gradient, after);
        return l.text("words.nextStep", name + " := " + name + " " + MINUS + " \u03b1\u2207" + name + " = " + sum.start()
                + " " + MINUS + " " + sum.rate() + " \u00d7 " + Numbers.factor(sum.gradient()) + " = " + sum.result());
    }

    /** Why Play did not start: the shown epoch is already at or past the Run-to epoch. */
    static String playStopsAtTarget(Language l, int target) {
        return l.text("words.playStops", target);
    }

    /** Which formula found the gradients of the shown record. */
    static String formula(Language l, GradientMode mode, boolean bias) {
        String h = bias ? "Wx + b" : "Wx";
        return switch (mode) {
            case AUTOGRAD -> l.text("words.byAutograd", "cost = mean((" + h + " " + MINUS + " y)\u00b2); cost.backward()");
            case MANUAL -> l.text("words.byHand", "\u2207W = 2\u00b7mean((" + h + " " + MINUS + " y)\u00b7x)"
                    + (bias ? ", \u2207b = 2\u00b7mean(" + h + " " + MINUS + " y)" : ""));
        };
    }

    /**
     * The two marks on the learning-rate slider: above the first each step overshoots the bottom
     * and the run zig-zags in to it; above the second (critical) it grows.
     */
    public static String thresholds(Language l, double zigZag, double critical) {
        return l.text("words.thresholds", critical(zigZag), critical(critical));
    }

    /**
     * Shown under the learning-rate slider when α is above the critical rate, both written with
     * as many significant digits as it takes for the written α to be above the written critical
     * rate (α = 0.1803 against 0.18026…: "0.1803 is above the critical 0.1802", never "0.180 above 0.180").
     */
    static String aboveCritical(Language l, double alpha, double critical) {
        for (int digits = 3; digits < 10; digits++) {
            java.math.BigDecimal a = significant(alpha, digits), c = significant(critical, digits);
            if (a.compareTo(c) > 0) {
                return l.text("words.aboveCritical", a.toPlainString(), c.toPlainString());
            }
        }
        return l.text("words.aboveCritical", rate(alpha), critical(critical));
    }

    private static java.math.BigDecimal significant(double v, int digits) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
    }

    /** Why the run paused by itself, for a student. */
    static String divergence(Language l, double alpha, double critical, int lastFiniteEpoch, EpochRecord blownUp) {
        String what = l.text(!Float.isFinite(blownUp.cost()) ? "words.theCost" : "words.wOrB");
        String why = alpha > critical
                ? l.text("words.whyAboveCritical", rate(alpha), critical(critical))
                : l.text("words.whyFloat32", rate(alpha));
        return l.text("words.divergence", why, blownUp.epoch(), what, lastFiniteEpoch);
    }
}
