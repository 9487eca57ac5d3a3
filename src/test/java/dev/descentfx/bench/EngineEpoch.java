package dev.descentfx.bench;

import dev.descentfx.autograd.Tensor;
import dev.descentfx.autograd.optim.SGD;
import java.util.List;

/**
 * One epoch through the autograd engine, exactly as {@code Trainer} runs it in AUTOGRAD
 * mode for the lesson's model: hypothesis, cost, {@code zero_grad()}, {@code backward()},
 * {@code step()}.
 */
public final class EngineEpoch {
    private final Tensor x;
    private final Tensor y;
    final Tensor W;
    final Tensor b;
    private final SGD optimizer;
    float cost;

    public EngineEpoch(float[] x, float[] y, float w, float b, float learningRate) {
        this.x = Tensor.column(x);
        this.y = Tensor.column(y);
        this.W = Tensor.vector(w).requiresGrad(true);
        this.b = Tensor.vector(b).requiresGrad(true);
        this.optimizer = new SGD(List.of(W, this.b), learningRate);
    }

    /** Cost and gradients at the current W and b, then one SGD update; returns the cost. */
    public float epoch() {
        Tensor hypothesis = x.mul(W).add(b);
        Tensor costTensor = hypothesis.sub(y).pow(2).mean();
        optimizer.zeroGrad();
        costTensor.backward();
        optimizer.step();
        cost = costTensor.item();
        return cost;
    }
}
