package dev.descentfx.training;

import dev.descentfx.autograd.Tensor;
import dev.descentfx.autograd.optim.Adam;
import dev.descentfx.autograd.optim.Optimizer;
import dev.descentfx.autograd.optim.SGD;
import java.util.List;

/**
 * Which optimizer a run uses and its settings (not α, which may change during a run): torch's
 * {@code optim.SGD} or {@code optim.Adam}, with torch's defaults and the same checks (a bad value is
 * an {@link IllegalArgumentException} that says what is wrong).
 */
public sealed interface OptimizerSettings {

    /** The optimizer itself over {@code params}, at the rate {@code learningRate}. */
    Optimizer create(List<Tensor> params, double learningRate);

    /** The lesson's plain SGD: no momentum, no dampening, no weight decay. */
    static Sgd sgd() {
        return new Sgd(0, 0, false, 0);
    }

    /** torch's Adam defaults: betas (0.9, 0.999), eps 1e-8, no weight decay, no amsgrad. */
    static Adam adam() {
        return new Adam(0.9, 0.999, 1e-8, 0, false);
    }

    /** {@code optim.SGD(params, lr, momentum, dampening, weight_decay, nesterov)}. */
    record Sgd(double momentum, double dampening, boolean nesterov, double weightDecay) implements OptimizerSettings {
        public Sgd {
            if (!(momentum >= 0 && momentum < 1)) {
                throw new IllegalArgumentException("momentum must be at least 0 and below 1, not " + momentum);
            }
            if (!(dampening >= 0 && dampening <= 1)) {
                throw new IllegalArgumentException("dampening must be between 0 and 1, not " + dampening);
            }
            checkWeightDecay(weightDecay);
            if (nesterov && (momentum == 0 || dampening != 0)) {
                throw new IllegalArgumentException("Nesterov momentum needs a momentum above 0 and no dampening");
            }
        }

        /** Plain SGD with momentum μ. */
        public Sgd(double momentum) {
            this(momentum, 0, false, 0);
        }

        @Override
        public Optimizer create(List<Tensor> params, double learningRate) {
            return new SGD(params, learningRate, momentum, dampening, nesterov, weightDecay);
        }

        public Sgd withMomentum(double m) {
            return new Sgd(m, dampening, nesterov && m > 0, weightDecay);
        }
    }

    /** {@code optim.Adam(params, lr, betas=(beta1, beta2), eps, weight_decay, amsgrad)}. */
    record Adam(double beta1, double beta2, double eps, double weightDecay, boolean amsgrad) implements OptimizerSettings {
        public Adam {
            if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
                throw new IllegalArgumentException("each beta must be at least 0 and below 1, not (" + beta1 + ", " + beta2 + ")");
            }
            if (!(eps >= 0) || Double.isInfinite(eps)) {
                throw new IllegalArgumentException("eps must be a finite number, 0 or more, not " + eps);
            }
            checkWeightDecay(weightDecay);
        }

        @Override
        public Optimizer create(List<Tensor> params, double learningRate) {
            return new dev.descentfx.autograd.optim.Adam(params, learningRate, beta1, beta2, eps, weightDecay, amsgrad);
        }

        public Adam withBeta1(double b) {
            return new Adam(b, beta2, eps, weightDecay, amsgrad);
        }
    }

    private static void checkWeightDecay(double weightDecay) {
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be a finite number, 0 or more, not " + weightDecay);
        }
    }
}
