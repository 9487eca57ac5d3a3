package dev.descentfx.training;

/**
 * Everything that decides a run: the data, where W and b start, whether there is a bias,
 * the learning rate α, how the gradient is found, the optimizer and its settings (the lesson's
 * plain SGD, SGD with momentum, dampening, Nesterov or weight decay, or Adam: {@link OptimizerSettings}),
 * whether the loop calls {@code optimizer.zero_grad()} (the lesson does; without it the
 * gradients of successive epochs pile up, as PyTorch's do), and which examples are held out to
 * test the fit ({@link Split}; none in the lesson): the run trains on {@link #trainData()} only.
 *
 * <p>α, the gradient mode and zero_grad may change while a run goes on ({@link Trainer} carries
 * on); the rest decides where the run starts.
 */
public record TrainingConfig(Dataset data, float[] initialW, float initialB, boolean bias, double learningRate,
                             GradientMode mode, OptimizerSettings optimizer, boolean zeroGrad, Split split) {

    /** A run on all of {@code data}: nothing held out. */
    public TrainingConfig(Dataset data, float[] initialW, float initialB, boolean bias, double learningRate,
                          GradientMode mode, OptimizerSettings optimizer, boolean zeroGrad) {
        this(data, initialW, initialB, bias, learningRate, mode, optimizer, zeroGrad, Split.none());
    }

    /** A run with SGD and momentum μ (0 for the lesson's plain SGD), {@code split} held out. */
    public TrainingConfig(Dataset data, float[] initialW, float initialB, boolean bias, double learningRate,
                          GradientMode mode, double momentum, boolean zeroGrad, Split split) {
        this(data, initialW, initialB, bias, learningRate, mode, new OptimizerSettings.Sgd(momentum), zeroGrad, split);
    }

    /** A run with SGD and momentum μ (0 for the lesson's plain SGD) on all of {@code data}. */
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
        java.util.Objects.requireNonNull(optimizer, "optimizer");
        split = split == null ? Split.none() : split;
        split.check(data.size());
        initialW = initialW.clone();
    }

    /** The lesson's run: its data, W = b = 0, bias on, α = 0.01, autograd, no momentum. */
    public static TrainingConfig lesson() {
        return new TrainingConfig(Dataset.lesson(), new float[1], 0f, true, 0.01, GradientMode.AUTOGRAD, 0);
    }

    /** SGD's momentum μ (0 with Adam, which has none). */
    public double momentum() {
        return optimizer instanceof OptimizerSettings.Sgd sgd ? sgd.momentum() : 0;
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
        return new TrainingConfig(d, w, initialB, bias, learningRate, mode, optimizer, zeroGrad, splitFor(d));
    }

    /** The same settings with {@code s} holding out the test examples (a new run: it trains on other rows). */
    public TrainingConfig withSplit(Split s) {
        return new TrainingConfig(data, initialW, initialB, bias, learningRate, mode, optimizer, zeroGrad, s);
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
        return new TrainingConfig(data, initialW, initialB, bias, rate, mode, optimizer, zeroGrad, split);
    }

    public TrainingConfig withInitial(float[] w, float b) {
        return new TrainingConfig(data, w, b, bias, learningRate, mode, optimizer, zeroGrad, split);
    }

    public TrainingConfig withBias(boolean on) {
        return new TrainingConfig(data, initialW, initialB, on, learningRate, mode, optimizer, zeroGrad, split);
    }

    public TrainingConfig withMode(GradientMode m) {
        return new TrainingConfig(data, initialW, initialB, bias, learningRate, m, optimizer, zeroGrad, split);
    }

    /** SGD with momentum m (its other settings kept when it is SGD already). */
    public TrainingConfig withMomentum(double m) {
        OptimizerSettings o = optimizer instanceof OptimizerSettings.Sgd sgd ? sgd.withMomentum(m) : new OptimizerSettings.Sgd(m);
        return withOptimizer(o);
    }

    /** Another optimizer, or the same with other settings. */
    public TrainingConfig withOptimizer(OptimizerSettings o) {
        return new TrainingConfig(data, initialW, initialB, bias, learningRate, mode, o, zeroGrad, split);
    }

    /** With or without {@code optimizer.zero_grad()} in the loop. */
    public TrainingConfig withZeroGrad(boolean on) {
        return new TrainingConfig(data, initialW, initialB, bias, learningRate, mode, optimizer, on, split);
    }
}
