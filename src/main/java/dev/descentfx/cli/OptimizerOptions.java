package dev.descentfx.cli;

import dev.descentfx.training.GradientMode;
import dev.descentfx.training.OptimizerSettings;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * {@code --optimizer sgd|adam} and each one's settings, as torch's {@code optim.SGD} and
 * {@code optim.Adam} take them; {@link #settings} refuses a setting of the other optimizer, a value
 * out of range, and by hand anything but SGD's plain momentum, each with one line naming the option.
 */
final class OptimizerOptions {

    enum Kind {
        SGD, ADAM;

        @Override
        public String toString() {   // as typed, and as picocli lists the choices
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** sgd or adam, in any case; anything else said in torch's words. */
    static final class KindName implements picocli.CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String text) {
            for (Kind k : Kind.values()) {
                if (k.name().equalsIgnoreCase(text.strip())) {
                    return k;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected sgd (optim.SGD) or adam (optim.Adam), not '" + text + "'");
        }
    }

    @Option(names = "--optimizer", paramLabel = "NAME", converter = KindName.class,
            description = "sgd (optim.SGD, the lesson's) or adam (optim.Adam). Default: sgd.")
    Kind kind = Kind.SGD;

    @Option(names = "--momentum", paramLabel = "MU", description = "SGD momentum μ, 0 ≤ μ < 1 (default: 0).")
    Double momentum;

    @Option(names = "--dampening", paramLabel = "D", description = "SGD dampening of the momentum buffer, 0 ≤ D ≤ 1 (default: 0).")
    Double dampening;

    @Option(names = "--nesterov", description = "SGD with Nesterov momentum (needs --momentum above 0 and no dampening).")
    boolean nesterov;

    @Option(names = "--betas", paramLabel = "B1,B2", description = "Adam's β1,β2, each 0 ≤ β < 1 (default: 0.9,0.999).")
    String betas;

    @Option(names = "--eps", paramLabel = "EPS", description = "Adam's ε added to the denominator (default: 1e-8).")
    Double eps;

    @Option(names = "--amsgrad", description = "Adam's AMSGrad variant: the denominator keeps the largest exp_avg_sq so far.")
    boolean amsgrad;

    @Option(names = "--weight-decay", paramLabel = "L", description = "Weight decay λ of either optimizer (L2: g + λ·p), 0 or more (default: 0).")
    Double weightDecay;

    /** The optimizer these options describe, or {@code bad.apply(message)} thrown. */
    OptimizerSettings settings(GradientMode mode, Function<String, RuntimeException> bad) {
        double decay = weightDecay == null ? 0 : weightDecay;
        if (!(decay >= 0) || Double.isInfinite(decay)) {
            throw bad.apply("--weight-decay must be a finite number, 0 or more, not " + weightDecay);
        }
        if (kind == Kind.SGD) {
            refuse(betas != null, "--betas", "Adam", bad);
            refuse(eps != null, "--eps", "Adam", bad);
            refuse(amsgrad, "--amsgrad", "Adam", bad);
            double mu = momentum == null ? 0 : momentum, damp = dampening == null ? 0 : dampening;
            if (!(mu >= 0 && mu < 1)) {
                throw bad.apply("--momentum must be at least 0 and below 1, not " + momentum);
            }
            if (!(damp >= 0 && damp <= 1)) {
                throw bad.apply("--dampening must be between 0 and 1, not " + dampening);
            }
            if (nesterov && (mu == 0 || damp != 0)) {
                throw bad.apply("--nesterov needs --momentum above 0 and no --dampening (torch refuses it otherwise)");
            }
            if (mode == GradientMode.MANUAL && (damp != 0 || nesterov || decay != 0)) {
                throw bad.apply((nesterov ? "--nesterov" : damp != 0 ? "--dampening" : "--weight-decay")
                        + " is for --gradient autograd: by hand the step is the lesson's W -= lr * gradient (with --momentum, its velocity)");
            }
            return new OptimizerSettings.Sgd(mu, damp, nesterov, decay);
        }
        refuse(momentum != null, "--momentum", "SGD", bad);
        refuse(dampening != null, "--dampening", "SGD", bad);
        refuse(nesterov, "--nesterov", "SGD", bad);
        if (mode == GradientMode.MANUAL) {
            throw bad.apply("--optimizer adam is for --gradient autograd: by hand the step is the lesson's W -= lr * gradient");
        }
        double b1 = 0.9, b2 = 0.999;
        if (betas != null) {
            String[] two = betas.split(",", -1);
            if (two.length != 2) {
                throw bad.apply("--betas takes two numbers, β1,β2 (like 0.9,0.999), not '" + betas + "'");
            }
            try {
                b1 = Double.parseDouble(two[0].strip());
                b2 = Double.parseDouble(two[1].strip());
            } catch (NumberFormatException e) {
                throw bad.apply("--betas takes two numbers, β1,β2 (like 0.9,0.999), not '" + betas + "'");
            }
            for (double b : new double[] {b1, b2}) {
                if (!(b >= 0 && b < 1)) {
                    throw bad.apply("--betas: each beta must be at least 0 and below 1, not " + b);
                }
            }
        }
        double e = eps == null ? 1e-8 : eps;
        if (!(e >= 0) || Double.isInfinite(e)) {
            throw bad.apply("--eps must be a finite number, 0 or more, not " + eps);
        }
        return new OptimizerSettings.Adam(b1, b2, e, decay, amsgrad);
    }

    private void refuse(boolean given, String option, String owner, Function<String, RuntimeException> bad) {
        if (given) {
            throw bad.apply(option + " is an " + owner + " setting; use it with --optimizer " + owner.toLowerCase(java.util.Locale.ROOT)
                    + (owner.equals("SGD") ? " (Adam's momentum is its β1: --betas)" : ""));
        }
    }
}
