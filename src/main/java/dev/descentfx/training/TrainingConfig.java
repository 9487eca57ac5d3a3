package dev.descentfx.training;

/**
 * Everything that decides a run: the data, where W and b start, whether there is a bias,
 * the learning rate α, how the gradient is found, and momentum (0 for the lesson's plain SGD).
 */
public record TrainingConfig(Dataset data, float[] initialW, float initialB, boolean bias, double learningRate,
                             GradientMode mode, double momentum) {

    public TrainingConfig {
        if (initialW.length != data.features()) {
            throw new IllegalArgumentException("give one initial W per feature: " + data.features() + " feature(s), "
                    + initialW.length + " initial value(s)");
        }
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a finite number, 0 or more, not " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be at least 0 and below 1, not " + momentum);
        }
        initialW = initialW.clone();
    }

    /** The lesson's run: its data, W = b = 0, bias on, α = 0.01, autograd, no momentum. */
    public static TrainingConfig lesson() {
        return new TrainingConfig(Dataset.lesson(), new float[1], 0f, true, 0.01, GradientMode.AUTOGRAD, 0);
    }

    @Override
    public float[] initialW() {
        return initialW.clone();
    }

    public TrainingConfig withLearningRate(double rate) {
        return new TrainingConfig(data, initialW, initialB, bias, rate, mode, momentum);
    }

    public TrainingConfig withInitial(float[] w, float b) {
        return new TrainingConfig(data, w, b, bias, learningRate, mode, momentum);
    }

    public TrainingConfig withBias(boolean on) {
        return new TrainingConfig(data, initialW, initialB, on, learningRate, mode, momentum);
    }

    public TrainingConfig withMode(GradientMode m) {
        return new TrainingConfig(data, initialW, initialB, bias, learningRate, m, momentum);
    }

    public TrainingConfig withMomentum(double m) {
        return new TrainingConfig(data, initialW, initialB, bias, learningRate, mode, m);
    }
}
