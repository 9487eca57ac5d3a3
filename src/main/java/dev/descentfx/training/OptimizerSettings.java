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

    /** torch's class name: {@code SGD} or {@code Adam}. */
    String torchName();

    /**
     * The keyword arguments after {@code lr} that differ from torch's defaults, in the order of torch's
     * signature, each number written by {@code number}: {@code momentum=0.9}, {@code betas=(0.8, 0.99)}.
     */
    List<String> torchArguments(java.util.function.DoubleFunction<String> number);

    /** {@code optim.SGD([W, b], lr=0.01)}, {@code optim.Adam([W, b], lr=0.1, amsgrad=True)}: the one way both are written. */
    default String torchCall(String params, String lr, java.util.function.DoubleFunction<String> number) {
        StringBuilder call = new StringBuilder("optim.").append(torchName()).append('(').append(params).append(", lr=").append(lr);
        torchArguments(number).forEach(a -> call.append(", ").append(a));
        return call.append(')').toString();
    }

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

        @Override
        public String torchName() {
            return "SGD";
        }

        @Override
        public List<String> torchArguments(java.util.function.DoubleFunction<String> number) {
            List<String> out = new java.util.ArrayList<>();
            if (momentum != 0) {
                out.add("momentum=" + number.apply(momentum));
            }
            if (dampening != 0) {
                out.add("dampening=" + number.apply(dampening));
            }
            if (weightDecay != 0) {
                out.add("weight_decay=" + number.apply(weightDecay));
            }
            if (nesterov) {
                out.add("nesterov=True");
            }
            return out;
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

        @Override
        public String torchName() {
            return "Adam";
        }

        @Override
        public List<String> torchArguments(java.util.function.DoubleFunction<String> number) {
            List<String> out = new java.util.ArrayList<>();
            if (beta1 != 0.9 || beta2 != 0.999) {
                out.add("betas=(" + number.apply(beta1) + ", " + number.apply(beta2) + ")");
            }
            if (eps != 1e-8) {
                out.add("eps=" + number.apply(eps));
            }
            if (weightDecay != 0) {
                out.add("weight_decay=" + number.apply(weightDecay));
            }
            if (amsgrad) {
                out.add("amsgrad=True");
            }
            return out;
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
