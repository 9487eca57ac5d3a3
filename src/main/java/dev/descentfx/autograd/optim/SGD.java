package dev.descentfx.autograd.optim;

import dev.descentfx.autograd.AutogradException;
import dev.descentfx.autograd.GradMode;
import dev.descentfx.autograd.Tensor;
import java.util.List;

/**
 * Stochastic gradient descent, PyTorch's {@code optim.SGD(params, lr, momentum, dampening,
 * weight_decay, nesterov)} as its single-tensor implementation ({@code _single_tensor_sgd},
 * {@code foreach=False}) computes it, operation for operation in float32: each step moves every
 * parameter against its gradient, {@code p + (−lr)·d} with a single rounding, as torch's fused
 * kernel does ({@link Tensor#addInPlace}) — the lesson's {@code W := W − α∇W}.
 * <ul>
 * <li>weight decay λ: {@code g = g.add(p, alpha=λ)} first;
 * <li>momentum μ: the buffer {@code v = g.clone()} at the first step, then
 *     {@code v.mul_(μ).add_(g, alpha=1 − dampening)};
 * <li>the direction d is v, or with Nesterov {@code g.add(v, alpha=μ)}.
 * </ul>
 * Each Python number is rounded to float32 as torch's kernels round it ({@code 1 − dampening} is
 * computed in double first). Checked bit for bit against torch runs in PyTorchReferenceTest.
 *
 * <p>{@link #stepByHand} is the lesson's part 2, {@code W -= lr * gradient}, for gradients found
 * with the formula: the same direction, but the product and the difference round separately,
 * as those two torch operations do.
 */
public final class SGD implements Optimizer {
    private final List<Tensor> params;
    private final float momentum;
    private final float dampeningAlpha;  // (float) (1 − dampening), alpha of the buffer's add_
    private final boolean nesterov;
    private final double weightDecay;
    private final Tensor[] buffers;    // PyTorch's momentum_buffer, one per parameter (null until the first step)
    private float learningRate;        // float32, as the update kernel uses it

    public SGD(List<Tensor> params, double learningRate) {
        this(params, learningRate, 0);
    }

    public SGD(List<Tensor> params, double learningRate, double momentum) {
        this(params, learningRate, momentum, 0, false, 0);
    }

    /** torch's {@code optim.SGD(params, lr, momentum, dampening, weight_decay, nesterov)}, with its checks. */
    public SGD(List<Tensor> params, double learningRate, double momentum, double dampening, boolean nesterov,
               double weightDecay) {
        if (!(momentum >= 0)) {
            throw new AutogradException("Invalid momentum value: " + momentum + " (use 0 or more)");
        }
        if (!(weightDecay >= 0)) {
            throw new AutogradException("Invalid weight_decay value: " + weightDecay + " (use 0 or more)");
        }
        if (!Double.isFinite(dampening)) {
            throw new AutogradException("Invalid dampening value: " + dampening);
        }
        if (nesterov && (momentum <= 0 || dampening != 0)) {
            throw new AutogradException("Nesterov momentum requires a momentum and zero dampening");
        }
        this.params = List.copyOf(params);
        this.momentum = (float) momentum;
        this.dampeningAlpha = (float) (1 - dampening);
        this.nesterov = nesterov;
        this.weightDecay = weightDecay;
        this.buffers = new Tensor[this.params.size()];
        setLearningRate(learningRate);
    }

    @Override
    public void setLearningRate(double learningRate) {
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new AutogradException("Invalid learning rate: " + learningRate + " (use a finite number, 0 or more)");
        }
        this.learningRate = (float) learningRate;
    }

    @Override
    public float learningRate() {
        return learningRate;
    }

    @Override
    public void zeroGrad() {
        params.forEach(Tensor::zeroGrad);
    }

    /** One update of every parameter that has a gradient: {@code p.add_(d, alpha=-lr)}. */
    @Override
    public void step() {
        try (var off = GradMode.noGrad()) {
            for (int i = 0; i < params.size(); i++) {
                Tensor g = params.get(i).grad();
                if (g != null) {
                    params.get(i).addInPlace(direction(i, decayed(i, g)), -learningRate);
                }
            }
        }
    }

    /** {@code p -= lr * gradient} for each parameter, with gradients found by hand (one per parameter). */
    @Override
    public void stepByHand(List<Tensor> gradients) {
        try (var off = GradMode.noGrad()) {
            Tensor lr = Tensor.scalar(learningRate);
            for (int i = 0; i < params.size(); i++) {
                Tensor d = direction(i, decayed(i, gradients.get(i)));
                params.get(i).addInPlace(lr.mul(d), -1f);   // p − (lr·d), exact subtraction
            }
        }
    }

    // grad.add(param, alpha=weight_decay): a new tensor, the gradient itself stays as it is
    private Tensor decayed(int i, Tensor g) {
        if (weightDecay == 0) {
            return g;
        }
        Tensor out = Tensor.of(g.toArray(), g.shape());
        out.addInPlace(params.get(i), (float) weightDecay);
        return out;
    }

    // The direction of the step: the gradient, or with momentum the buffer v := μ·v + (1 − dampening)·g
    // (with Nesterov g + μ·v).
    private Tensor direction(int i, Tensor g) {
        if (momentum == 0f) {
            return g;
        }
        if (buffers[i] == null) {
            buffers[i] = Tensor.of(g.toArray(), g.shape());
        } else {
            buffers[i].mulInPlace(momentum);
            buffers[i].addInPlace(g, dampeningAlpha);
        }
        if (!nesterov) {
            return buffers[i];
        }
        Tensor ahead = Tensor.of(g.toArray(), g.shape());
        ahead.addInPlace(buffers[i], momentum);
        return ahead;
    }

    @Override
    public float[][] state() {
        return momentumBuffers();
    }

    @Override
    public void loadState(float[][] saved) {
        loadMomentumBuffers(saved);
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
