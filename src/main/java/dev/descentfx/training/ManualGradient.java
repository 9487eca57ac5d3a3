package dev.descentfx.training;

/**
 * The lesson's gradient by hand, {@code gradient = 2 * torch.mean((W * x_train + b - y_train) * x_train)},
 * evaluated in float32 in the order torch evaluates that expression: each product, sum and
 * quotient rounds once, and the mean adds left to right before dividing by m.
 */
final class ManualGradient {
    private ManualGradient() {
    }

    /** The residuals {@code H(x) − y = xW + b − y}, one per example. */
    static float[] residuals(Dataset data, float[] w, float b, boolean bias) {
        float[] r = new float[data.size()];
        for (int i = 0; i < r.length; i++) {
            float h = 0f;
            for (int j = 0; j < w.length; j++) {
                h += data.x(i, j) * w[j];
            }
            if (bias) {
                h += b;
            }
            r[i] = h - data.y(i);
        }
        return r;
    }

    /** {@code mean(r²)}: the cost. */
    static float cost(float[] r) {
        float s = 0f;
        for (float v : r) {
            s += v * v;
        }
        return s / r.length;
    }

    /** {@code 2 * mean(r · x_j)}: ∂cost/∂W_j. */
    static float gradW(float[] r, Dataset data, int j) {
        float s = 0f;
        for (int i = 0; i < r.length; i++) {
            s += r[i] * data.x(i, j);
        }
        return 2f * (s / r.length);
    }

    /** {@code 2 * mean(r)}: ∂cost/∂b. */
    static float gradB(float[] r) {
        float s = 0f;
        for (float v : r) {
            s += v;
        }
        return 2f * (s / r.length);
    }
}
