package dev.descentfx.training;

/**
 * The largest learning rate for which gradient descent on this data still settles.
 *
 * <p>The cost is a quadratic bowl with Hessian {@code H = (2/m)·AᵀA}, where A is x with a
 * column of ones added when there is a bias. Along H's steepest direction each step multiplies
 * the error by {@code (1 − α·λmax)}, so the run oscillates and grows once {@code α > 2/λmax}.
 * W alone with one feature gives {@code 1/mean(x²)}; with the bias it is
 * {@code 2/λmax(2·[[mean x², mean x], [mean x, 1]])}. Heavy-ball momentum μ widens the limit
 * to {@code 2(1 + μ)/λmax}.
 */
public final class CriticalLearningRate {
    private CriticalLearningRate() {
    }

    public static double of(Dataset data, boolean bias, double momentum) {
        return 2 * (1 + momentum) / largestEigenvalue(hessian(data, bias));
    }

    public static double of(TrainingConfig config) {
        return of(config.data(), config.bias(), config.momentum());
    }

    /** {@code (2/m)·AᵀA}, in double. */
    static double[][] hessian(Dataset data, boolean bias) {
        int k = data.features() + (bias ? 1 : 0), m = data.size();
        double[][] h = new double[k][k];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                for (int q = 0; q < k; q++) {
                    h[p][q] += 2.0 / m * column(data, i, p) * column(data, i, q);
                }
            }
        }
        return h;
    }

    private static double column(Dataset data, int i, int p) {
        return p < data.features() ? data.x(i, p) : 1.0;
    }

    /** Power iteration on a symmetric positive semi-definite matrix. */
    static double largestEigenvalue(double[][] h) {
        int k = h.length;
        double[] v = new double[k];
        java.util.Arrays.fill(v, 1 / Math.sqrt(k));
        double lambda = 0;
        for (int iter = 0; iter < 10_000; iter++) {
            double[] hv = new double[k];
            for (int p = 0; p < k; p++) {
                for (int q = 0; q < k; q++) {
                    hv[p] += h[p][q] * v[q];
                }
            }
            double norm = Math.sqrt(java.util.Arrays.stream(hv).map(a -> a * a).sum());
            if (norm == 0) {
                return 0;
            }
            for (int p = 0; p < k; p++) {
                v[p] = hv[p] / norm;
            }
            if (Math.abs(norm - lambda) <= 1e-15 * norm) {
                return norm;
            }
            lambda = norm;
        }
        return lambda;
    }
}
