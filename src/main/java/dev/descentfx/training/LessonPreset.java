package dev.descentfx.training;

import java.util.Arrays;

/**
 * The lesson's runs, one click each: the data, where W (and b) start, the bias, the gradient mode
 * and α together, and how many epochs the run goes to. Pure data; the window's menu and first-run
 * screen name them with the sentences {@link #key()} and {@link #key()}{@code .detail}.
 */
public enum LessonPreset {
    /** Part 1 of the note: {@code H(x) = Wx + b}, W = b = 0, {@code optim.SGD([W, b], lr=0.01)}, 1000 updates. */
    PART_1("preset.part1", TrainingConfig.lesson(), 1000),
    /**
     * Part 2, gradient descent by hand: W alone, {@code gradient = 2 * torch.mean((W * x_train - y_train) * x_train)},
     * {@code lr = 0.1}, {@code W -= lr * gradient}. Each step leaves 1 − 2·0.1·mean(x²) = 1/15 of the way to go,
     * so ten epochs reach the bottom.
     */
    PART_2("preset.part2", wOnly(Dataset.lesson()), 10),
    /** The course's other data, x = 1, 2, 3 and y = 1, 2, 3 (its lab on minimizing the cost): W alone, by hand, α = 0.1. */
    Y_EQUALS_X("preset.yEqualsX", wOnly(Dataset.of(new float[] {1, 2, 3}, new float[] {1, 2, 3})), 10);

    private final String key;
    private final TrainingConfig config;
    private final int epochs;

    LessonPreset(String key, TrainingConfig config, int epochs) {
        this.key = key;
        this.config = config;
        this.epochs = epochs;
    }

    private static TrainingConfig wOnly(Dataset data) {
        return new TrainingConfig(data, new float[1], 0f, false, 0.1, GradientMode.MANUAL, 0);
    }

    /** The run's settings, data included. */
    public TrainingConfig config() {
        return config;
    }

    /** Where the run goes (Play stops there). */
    public int epochs() {
        return epochs;
    }

    /** The sentence naming it in the bundles: {@code preset.part1}, {@code preset.part2}, {@code preset.yEqualsX}. */
    public String key() {
        return key;
    }

    /**
     * True when {@code s} is this preset's run: the same data, start, bias, mode, α, optimizer (and its
     * settings), zero_grad and split (none). (A {@link TrainingConfig}'s own equals compares its W array by identity.)
     */
    public boolean matches(TrainingConfig s) {
        return s != null && s.data().equals(config.data()) && Arrays.equals(s.initialW(), config.initialW())
                && s.initialB() == config.initialB() && s.bias() == config.bias()
                && s.learningRate() == config.learningRate() && s.mode() == config.mode()
                && s.optimizer().equals(config.optimizer()) && s.zeroGrad() == config.zeroGrad()
                && s.split().equals(config.split());
    }

    /** The preset whose run {@code s} is, or null. */
    public static LessonPreset of(TrainingConfig s) {
        for (LessonPreset p : values()) {
            if (p.matches(s)) {
                return p;
            }
        }
        return null;
    }
}
