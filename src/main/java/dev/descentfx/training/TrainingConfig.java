package dev.descentfx.training;

/**
 * Everything that decides a run: the data, where W and b start, whether there is a bias,
 * the learning rate α, how the gradient is found, momentum (0 for the lesson's plain SGD), and
 * whether the loop calls {@code optimizer.zero_grad()} (the lesson does; without it the
 * gradients of successive epochs pile up, as PyTorch's do), and which examples are held out to
 * test the fit ({@link Split}; none in the lesson): the run trains on {@link #trainData()} only.
 *
 * <p>α, the gradient mode and zero_grad may change while a run goes on ({@link Trainer} carries
 * on); the rest decides where the run starts.
 */
public record TrainingConfig(Dataset data, float[] initialW, float initialB, boolean bias, double learningRate,
                             GradientMode mode, double momentum, boolean zeroGrad, Split split) {

    /** A run on all of {@code data}: nothing held out. */
    public TrainingConfig(Dataset data, float[] initialW, float initialB, boolean bias, double learningRate,
                          GradientMode mode, double momentum, boolean zeroGrad) {
        this(data, initialW, initialB, bias, learningRate, mode, momentum, zeroGrad, Split.none());
    }

    /** A run whose loop calls zero_grad(), as the lesson's does. */
    public TrainingConfig(Dataset data, float[] initialW, float initialB, boolean bias, double learningRate,
                          GradientMode mode, double momentum) {
        this(data, initialW, initialB, bias, learningRate, mode, momentum, true);
    }

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
        split = split == null ? Split.none() : split;
        split.check(data.size());
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

    /**
     * The same settings on other data (one initial W per feature of {@code d}: kept when the count matches, else 0).
     * A fraction split is kept; a split column's mask only if it still has one label per example, else nothing is held out.
     */
    public TrainingConfig withData(Dataset d) {
        float[] w = initialW.length == d.features() ? initialW : new float[d.features()];
        return new TrainingConfig(d, w, initialB, bias, learningRate, mode, momentum, zeroGrad, splitFor(d));
    }

    /** The same settings with {@code s} holding out the test examples (a new run: it trains on other rows). */
    public TrainingConfig withSplit(Split s) {
        return new TrainingConfig(data, initialW, initialB, bias, learningRate, mode, momentum, zeroGrad, s);
    }

    /** The examples the run trains on: all of {@link #data()} but the held-out ones, in the data's order. */
    public Dataset trainData() {
        return SplitParts.of(data, split).train();
    }

    /** The held-out examples, in the data's order; null when nothing is held out. */
    public Dataset testData() {
        return SplitParts.of(data, split).test();
    }

    private Split splitFor(Dataset d) {
        try {
            split.check(d.size());
            return split;
        } catch (IllegalArgumentException e) {
            return Split.none();
        }
    }

    public TrainingConfig withLearningRate(double rate) {
        return new TrainingConfig(data, initialW, initialB, bias, rate, mode, momentum, zeroGrad, split);
    }

    public TrainingConfig withInitial(float[] w, float b) {
        return new TrainingConfig(data, w, b, bias, learningRate, mode, momentum, zeroGrad, split);
    }

    public TrainingConfig withBias(boolean on) {
        return new TrainingConfig(data, initialW, initialB, on, learningRate, mode, momentum, zeroGrad, split);
    }

    public TrainingConfig withMode(GradientMode m) {
        return new TrainingConfig(data, initialW, initialB, bias, learningRate, m, momentum, zeroGrad, split);
    }

    public TrainingConfig withMomentum(double m) {
        return new TrainingConfig(data, initialW, initialB, bias, learningRate, mode, m, zeroGrad, split);
    }

    /** With or without {@code optimizer.zero_grad()} in the loop. */
    public TrainingConfig withZeroGrad(boolean on) {
        return new TrainingConfig(data, initialW, initialB, bias, learningRate, mode, momentum, on, split);
    }
}
