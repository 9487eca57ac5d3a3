package dev.descentfx.autograd.optim;

import dev.descentfx.autograd.AutogradException;
import dev.descentfx.autograd.GradMode;
import dev.descentfx.autograd.Tensor;
import java.util.List;

/**
 * Stochastic gradient descent, PyTorch's {@code optim.SGD(params, lr, momentum)} in its
 * single-tensor form ({@code foreach=False}): each step moves every parameter against its
 * gradient, {@code p + (−lr)·d} in float32 with a single rounding, as torch's fused kernel does
 * ({@link Tensor#addInPlace}) — the lesson's {@code W := W − α∇W}. With momentum μ the direction
 * d is torch's momentum buffer {@code v := μ·v + g} (the first step starts v at g).
 *
 * <p>{@link #stepByHand} is the lesson's part 2, {@code W -= lr * gradient}, for gradients found
 * with the formula: the same direction, but the product and the difference round separately,
 * as those two torch operations do.
 */
public final class SGD {
    private final List<Tensor> params;
    private final float momentum;
    private final Tensor[] buffers;    // PyTorch's momentum_buffer, one per parameter (null until the first step)
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
        this.buffers = new Tensor[this.params.size()];
        setLearningRate(learningRate);
    }

    /** Changes the rate for the following steps (torch: {@code param_groups[0]['lr'] = ...}); all else carries on. */
    public void setLearningRate(double learningRate) {
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new AutogradException("Invalid learning rate: " + learningRate + " (use a finite number, 0 or more)");
        }
        this.learningRate = (float) learningRate;
    }

    public float learningRate() {
        return learningRate;
    }

    /** Forgets every parameter's gradient ({@code optimizer.zero_grad()}, which sets them to None). */
    public void zeroGrad() {
        params.forEach(Tensor::zeroGrad);
    }

    /** One update of every parameter that has a gradient: {@code p.add_(d, alpha=-lr)}. */
    public void step() {
        try (var off = GradMode.noGrad()) {
            for (int i = 0; i < params.size(); i++) {
                Tensor g = params.get(i).grad();
                if (g != null) {
                    params.get(i).addInPlace(direction(i, g), -learningRate);
                }
            }
        }
    }

    /** {@code p -= lr * gradient} for each parameter, with gradients found by hand (one per parameter). */
    public void stepByHand(List<Tensor> gradients) {
        try (var off = GradMode.noGrad()) {
            Tensor lr = Tensor.scalar(learningRate);
            for (int i = 0; i < params.size(); i++) {
                params.get(i).addInPlace(lr.mul(direction(i, gradients.get(i))), -1f);   // p − (lr·d), exact subtraction
            }
        }
    }

    // The direction of the step: the gradient, or with momentum the buffer v := μ·v + g.
    private Tensor direction(int i, Tensor g) {
        if (momentum == 0f) {
            return g;
        }
        if (buffers[i] == null) {
            buffers[i] = Tensor.of(g.toArray(), g.shape());
        } else {
            buffers[i].mulInPlace(momentum);
            buffers[i].addInPlace(g, 1f);
        }
        return buffers[i];
    }

    /** The momentum buffers, one per parameter (null where none yet), as copies: for a checkpoint. */
    public float[][] momentumBuffers() {
        float[][] out = new float[buffers.length][];
        for (int i = 0; i < buffers.length; i++) {
            out[i] = buffers[i] == null ? null : buffers[i].toArray();
        }
        return out;
    }

    /** Restores buffers taken by {@link #momentumBuffers()} (torch's {@code load_state_dict}). */
    public void loadMomentumBuffers(float[][] saved) {
        for (int i = 0; i < buffers.length; i++) {
            buffers[i] = saved[i] == null ? null : Tensor.of(saved[i], params.get(i).shape());
        }
    }
}
