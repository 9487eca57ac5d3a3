package dev.descentfx.training.generate;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.TrainingConfig;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Data to train on, made from a few numbers and a seed, the same every time: a line with noise,
 * the same with outliers, a line through the origin (W alone), a badly scaled x (in the
 * thousands: the largest α that settles is tiny), and Anscombe's four sets. The values are
 * float32, as {@code torch.FloatTensor} holds them; no toolkit.
 *
 * @param slope     the line's W (not used by Anscombe's sets)
 * @param intercept the line's b (0 through the origin)
 * @param noise     σ of the Gaussian noise added to each y, 0 or more
 * @param n         how many points, {@value #MIN_POINTS} to {@value #MAX_POINTS}
 * @param seed      the random numbers' seed: the same seed gives the same data
 */
public record DataRecipe(Kind kind, double slope, double intercept, double noise, int n, long seed) {
    public static final int MIN_POINTS = 2;
    public static final int MAX_POINTS = 10_000;
    /** The largest slope, intercept or σ a recipe takes (the plots stay readable). */
    public static final double MAX_VALUE = 1_000;
    /** x of a line is drawn evenly at random from 0 to this; a badly scaled x from 1000 to 3000. */
    static final double X_RANGE = 4;
    static final double SCALED_FROM = 1_000;
    static final double SCALED_TO = 3_000;
    /** Outliers sit this far above their line: one point in ten, at least one. */
    static final double OUTLIER_RISE = 10;
    /** How much closer to the bottom the Run-to epoch gets (see {@link #epochs()}). */
    static final double SETTLED = 1_000;
    static final int MAX_EPOCHS = 100_000;

    public enum Kind {
        LINE, OUTLIERS, THROUGH_ORIGIN, BADLY_SCALED, ANSCOMBE_1, ANSCOMBE_2, ANSCOMBE_3, ANSCOMBE_4;

        /** Anscombe's sets are given, not drawn: slope, intercept, σ, n and seed do not apply. */
        public boolean drawn() {
            return ordinal() < ANSCOMBE_1.ordinal();
        }
    }

    public DataRecipe {
        if (kind == null) {
            throw new IllegalArgumentException("say what kind of data to make");
        }
        if (kind.drawn()) {
            requireWithin("the slope", slope);
            requireWithin("the intercept", intercept);
            requireWithin("the noise σ", noise);
            if (noise < 0) {
                throw new IllegalArgumentException("the noise σ is a spread: 0 or more, not " + noise);
            }
            if (n < MIN_POINTS || n > MAX_POINTS) {
                throw new IllegalArgumentException("give " + MIN_POINTS + " to " + MAX_POINTS + " points, not " + n);
            }
        }
    }

    private static void requireWithin(String what, double v) {
        if (!(Math.abs(v) <= MAX_VALUE)) {
            throw new IllegalArgumentException(what + " must be a number from −" + MAX_VALUE + " to " + MAX_VALUE + ", not " + v);
        }
    }

    /** A line with noise: y = slope·x + intercept + σ·N(0, 1), x drawn from 0 to 4. */
    public static DataRecipe line(double slope, double intercept, double noise, int n, long seed) {
        return new DataRecipe(Kind.LINE, slope, intercept, noise, n, seed);
    }

    /** The data, sorted by x. */
    public Dataset data() {
        return switch (kind) {
            case ANSCOMBE_1, ANSCOMBE_2, ANSCOMBE_3, ANSCOMBE_4 -> Anscombe.set(kind.ordinal() - Kind.ANSCOMBE_1.ordinal() + 1);
            default -> drawn();
        };
    }

    private Dataset drawn() {
        SplittableRandom random = new SplittableRandom(seed);
        boolean scaled = kind == Kind.BADLY_SCALED;
        double from = scaled ? SCALED_FROM : 0, to = scaled ? SCALED_TO : X_RANGE;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = random.nextDouble(from, to);
        }
        Arrays.sort(xs);
        double b = kind == Kind.THROUGH_ORIGIN ? 0 : intercept;
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) xs[i];
            y[i] = (float) (slope * xs[i] + b + noise * random.nextGaussian());
        }
        if (kind == Kind.OUTLIERS) {
            boolean[] moved = new boolean[n];
            for (int k = 0; k < Math.max(1, n / 10); k++) {
                int i = random.nextInt(n);
                while (moved[i]) {
                    i = (i + 1) % n;
                }
                moved[i] = true;
                y[i] = (float) (y[i] + OUTLIER_RISE);
            }
        }
        return Dataset.of(x, y);
    }

    /** Whether the model has a bias: not through the origin (W alone). */
    public boolean bias() {
        return kind != Kind.THROUGH_ORIGIN;
    }

    /**
     * The run: W = b = 0, autograd (by hand through the origin, as the lesson's part 2), and an α
     * that settles without a zig-zag: the largest of 1, 2, 5 × 10ⁿ at or below half of
     * {@link CostSurface#zigZagLearningRate()}. The badly scaled x keeps the lesson's 0.01, far above
     * its critical α: the run blows up, which is the point.
     */
    public TrainingConfig config() {
        Dataset data = data();
        GradientMode mode = bias() ? GradientMode.AUTOGRAD : GradientMode.MANUAL;
        TrainingConfig lesson = new TrainingConfig(data, new float[1], 0f, bias(), 0.01, mode, 0);
        return kind == Kind.BADLY_SCALED ? lesson
                : lesson.withLearningRate(gentle(CostSurface.of(data, bias()).zigZagLearningRate() / 2));
    }

    /** The Run-to epoch: where the distance to the bottom is a thousandth of where it began (10 to 100,000). */
    public int epochs() {
        TrainingConfig c = config();
        int settle = CostSurface.of(c).epochsToSettle(c.learningRate(), SETTLED);
        return settle == Integer.MAX_VALUE ? 1000 : Math.max(10, Math.min(MAX_EPOCHS, roundUp(settle)));
    }

    /** The largest 1, 2 or 5 × 10ⁿ at or below {@code alpha}, within 0.0001 and 1. */
    static double gentle(double alpha) {
        double best = 1e-4;
        for (int exponent = -4; exponent <= 0; exponent++) {
            for (int mantissa : new int[] {1, 2, 5}) {
                double notch = Double.parseDouble(mantissa + "e" + exponent);
                if (notch <= alpha && notch <= 1) {
                    best = notch;
                }
            }
        }
        return best;
    }

    /** Up to two significant digits: 15,873 → 16,000; 47 → 47. */
    private static int roundUp(int epochs) {
        int unit = 1;
        while (epochs / unit >= 100) {
            unit *= 10;
        }
        return (epochs + unit - 1) / unit * unit;
    }
}
