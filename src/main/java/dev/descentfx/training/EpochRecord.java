package dev.descentfx.training;

import java.util.Arrays;

/**
 * The state of a run after {@code epoch} updates: W and b, the cost at that W and b, and
 * the gradients there. Record 0 is the starting point. Immutable: the window, the command
 * line and the exports all read these, and nothing reaches back into the trainer.
 *
 * @param learningRate the α of the update that led here (for record 0, the configured α)
 * @param bias         whether the model has a bias b (if not, b and gradB are 0)
 * @param mode         which formula found the gradients
 */
public record EpochRecord(int epoch, float[] weights, float b, float cost, float[] gradWeights, float gradB,
                          float learningRate, boolean bias, GradientMode mode) {

    public EpochRecord {
        weights = weights.clone();
        gradWeights = gradWeights.clone();
    }

    /** W of the first (in the lesson, the only) feature. */
    public float w() {
        return weights[0];
    }

    /** ∇W of the first feature: the slope of cost(W) at W. */
    public float gradW() {
        return gradWeights[0];
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    @Override
    public float[] gradWeights() {
        return gradWeights.clone();
    }

    public int features() {
        return weights.length;
    }

    /** False once the run has blown up: some W, b or the cost is infinite or NaN. */
    public boolean isFinite() {
        if (!Float.isFinite(cost) || !Float.isFinite(b)) {
            return false;
        }
        for (float w : weights) {
            if (!Float.isFinite(w)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EpochRecord r && epoch == r.epoch && Arrays.equals(weights, r.weights)
                && Float.compare(b, r.b) == 0 && Float.compare(cost, r.cost) == 0
                && Arrays.equals(gradWeights, r.gradWeights) && Float.compare(gradB, r.gradB) == 0
                && Float.compare(learningRate, r.learningRate) == 0 && bias == r.bias && mode == r.mode;
    }

    @Override
    public int hashCode() {
        return 31 * epoch + Arrays.hashCode(weights) + Float.hashCode(cost);
    }

    @Override
    public String toString() {
        return "EpochRecord[epoch=" + epoch + ", W=" + Arrays.toString(weights) + ", b=" + b + ", cost=" + cost
                + ", gradW=" + Arrays.toString(gradWeights) + ", gradB=" + gradB + "]";
    }
}
