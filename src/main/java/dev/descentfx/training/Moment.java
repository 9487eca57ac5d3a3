package dev.descentfx.training;

import dev.descentfx.autograd.Graph;

/**
 * The state of a run right after one call of the lesson's loop ({@link Call}): every tensor's
 * value and {@code .grad} as PyTorch has them at that moment. Immutable; the code panel, the
 * graph and the formula read it, never the live tensors.
 *
 * <p>Arrays that do not exist yet at this moment are null: {@code gradW} and {@code gradB} are
 * None before the first backward() and after {@code optimizer.zero_grad()} (torch 2.x's default
 * sets them to None); {@code hypothesis} and {@code cost} are null until this epoch's FORWARD and
 * COST have run, and keep this epoch's values after the STEP (W and b are then the new ones).
 *
 * @param epoch      the loop's epoch this call belongs to (for STEP: the epoch whose gradients it used)
 * @param settings   the run's settings for this epoch (α, gradient mode, whether zero_grad runs)
 * @param weights    W now
 * @param b          b now (0 without a bias)
 * @param gradW      W.grad now, or null (None); by hand, the formula's gradient once it is computed
 * @param gradB      b.grad now, or null (None, or no bias)
 * @param hypothesis this epoch's {@code hypothesis} (m values), or null
 * @param cost       this epoch's {@code cost} as a one-element array, or null
 * @param graph      the graph behind this epoch's cost (or hypothesis), or null before FORWARD or by hand
 */
public record Moment(int epoch, Call call, TrainingConfig settings, float[] weights, float b, float[] gradW,
                     float[] gradB, float[] hypothesis, float[] cost, Graph graph) {

    public Moment {
        weights = weights.clone();
        gradW = copy(gradW);
        gradB = copy(gradB);
        hypothesis = copy(hypothesis);
        cost = copy(cost);
    }

    /** This moment with another picture of its graph (e.g. backward() half-way). */
    public Moment withGraph(Graph g) {
        return new Moment(epoch, call, settings, weights, b, gradW, gradB, hypothesis, cost, g);
    }

    /** W of the first (in the lesson, the only) feature. */
    public float w() {
        return weights[0];
    }

    public GradientMode mode() {
        return settings.mode();
    }

    public boolean bias() {
        return settings.bias();
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    @Override
    public float[] gradW() {
        return copy(gradW);
    }

    @Override
    public float[] gradB() {
        return copy(gradB);
    }

    @Override
    public float[] hypothesis() {
        return copy(hypothesis);
    }

    @Override
    public float[] cost() {
        return copy(cost);
    }

    private static float[] copy(float[] a) {
        return a == null ? null : a.clone();
    }
}
