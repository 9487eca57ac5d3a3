package dev.descentfx.autograd.optim;

import dev.descentfx.autograd.AutogradException;
import dev.descentfx.autograd.GradMode;
import dev.descentfx.autograd.Tensor;
import java.util.List;

/**
 * Stochastic gradient descent, PyTorch's {@code optim.SGD(params, lr, momentum)}: each step
 * moves every parameter against its gradient, {@code p + (−lr)·grad} in float32 with a single
 * rounding, as torch's fused kernel does ({@link Tensor#addInPlace}) — the
 * lesson's {@code W := W − α∇W}.
 */
public final class SGD {
    private final List<Tensor> params;
    private final float momentum;
    private final Tensor[] velocity;   // PyTorch's momentum_buffer, one per parameter
    private float learningRate;        // float32, as the update kernel uses it

    public SGD(List<Tensor> params, double learningRate) {
        this(params, learningRate, 0);
    }

    public SGD(List<Tensor> params, double learningRate, double momentum) {
        if (!(momentum >= 0)) {
            throw new AutogradException("Invalid momentum value: " + momentum + " (use 0 or more)");
        }
        this.params = List.copyOf(params);
        this.momentum = (float) momentum;
        this.velocity = new Tensor[this.params.size()];
        setLearningRate(learningRate);
    }

    /** Changes the rate for the following steps; the parameters carry on from where they are. */
    public void setLearningRate(double learningRate) {
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new AutogradException("Invalid learning rate: " + learningRate + " (use a finite number, 0 or more)");
        }
        this.learningRate = (float) learningRate;
    }

    public float learningRate() {
        return learningRate;
    }

    /** Forgets every parameter's gradient ({@code optimizer.zero_grad()}). */
    public void zeroGrad() {
        params.forEach(Tensor::zeroGrad);
    }

    /** One update of every parameter that has a gradient. */
    public void step() {
        try (var off = GradMode.noGrad()) {
            for (int i = 0; i < params.size(); i++) {
                Tensor p = params.get(i);
                Tensor g = p.grad();
                if (g == null) {
                    continue;
                }
                if (momentum != 0f) {     // v := μ·v + g  (the first step starts v at g)
                    if (velocity[i] == null) {
                        velocity[i] = g;
                    } else {
                        velocity[i].mulInPlace(momentum);
                        velocity[i].addInPlace(g, 1f);
                    }
                    g = velocity[i];
                }
                p.addInPlace(g, -learningRate);
            }
        }
    }
}
