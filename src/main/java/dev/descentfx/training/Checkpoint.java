package dev.descentfx.training;

/**
 * Everything a {@link Trainer} needs to carry on exactly from the start of epoch {@code epoch},
 * before its calls run: W and b, their {@code .grad} as they are then (they matter when the loop
 * skips zero_grad), the optimizer's state and the settings. {@link Trainer#resume}
 * from it gives bit for bit the records the run gave.
 *
 * @param momentum    the optimizer's state ({@code Optimizer.state()}): SGD's momentum buffers, one per
 *                    parameter (null before the first step), or Adam's exp_avg, exp_avg_sq,
 *                    max_exp_avg_sq of each parameter and their step counts
 * @param arrivedWith the α of the update that led to this epoch (what its record says)
 */
public record Checkpoint(int epoch, TrainingConfig settings, float[] weights, float b, float[] gradW, float[] gradB,
                         float[][] momentum, float arrivedWith) {

    public Checkpoint {
        weights = weights.clone();
        gradW = gradW == null ? null : gradW.clone();
        gradB = gradB == null ? null : gradB.clone();
        momentum = deepCopy(momentum);
    }

    @Override
    public float[] weights() {
        return weights.clone();
    }

    @Override
    public float[] gradW() {
        return gradW == null ? null : gradW.clone();
    }

    @Override
    public float[] gradB() {
        return gradB == null ? null : gradB.clone();
    }

    @Override
    public float[][] momentum() {
        return deepCopy(momentum);
    }

    private static float[][] deepCopy(float[][] a) {
        float[][] out = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] == null ? null : a[i].clone();
        }
        return out;
    }
}
