package dev.descentfx.autograd.optim;

import dev.descentfx.autograd.Tensor;
import java.util.List;

/**
 * What the lesson's loop asks of {@code optimizer}: torch's {@code torch.optim.Optimizer} for one
 * parameter group. {@link SGD} and {@link Adam} compute in float32 in torch's own order, each as its
 * single-tensor implementation ({@code foreach=False}) does.
 */
public interface Optimizer {

    /** {@code optimizer.zero_grad()}: forgets every parameter's gradient (torch 2.x sets them to None). */
    void zeroGrad();

    /** {@code optimizer.step()}: one update of every parameter that has a gradient. */
    void step();

    /** The same update with gradients found by hand (one per parameter), for the lesson's part 2. */
    void stepByHand(List<Tensor> gradients);

    /** Changes the rate for the following steps (torch: {@code param_groups[0]['lr'] = ...}); the state carries on. */
    void setLearningRate(double learningRate);

    /** The learning rate as a float32, as the update kernels use it. */
    float learningRate();

    /** The optimizer's state ({@code state_dict()['state']}) as copies, for a checkpoint; null where none yet. */
    float[][] state();

    /** Restores a state taken by {@link #state()} ({@code load_state_dict}). */
    void loadState(float[][] saved);
}
