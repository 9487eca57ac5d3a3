package dev.descentfx.ui.bench;

import dev.descentfx.training.Dataset;
import java.util.SplittableRandom;

/**
 * The frame benchmark's big data: {@code n} points on y = 2x + noise (x drawn evenly from 0 to 4, the
 * noise Gaussian with σ = 1), from a fixed seed, so every run measures the same set. In the order drawn
 * (not sorted), as a CSV file would come.
 */
final class BenchData {
    static final long SEED = 20_240_601L;

    private BenchData() {
    }

    static Dataset line(int n) {
        SplittableRandom random = new SplittableRandom(SEED);
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            double xi = random.nextDouble(0, 4);
            x[i] = (float) xi;
            y[i] = (float) (2 * xi + random.nextGaussian());
        }
        return Dataset.of(x, y);
    }
}
