package dev.descentfx.training;

import java.util.Arrays;

/**
 * The cost of the data as a function of the parameters: the lesson's
 * {@code cost(W, b) = (1/m) Σ (W·xᵢ + b − yᵢ)²}, a quadratic bowl. Every plot, the critical-α
 * mark, the warnings and the messages of the command line ask this one class; it computes in
 * double (it draws and explains, it does not train).
 *
 * <p>With one feature, centring the data makes the bowl's shape explicit (x̄, ȳ the means):
 * <pre>cost(W, b) = Sxx·(W − W*)² + e* + (W·x̄ + b − ȳ)²</pre>
 * where {@code Sxx = mean((x − x̄)²)}, {@code W* = mean((x − x̄)(y − ȳ)) / Sxx} is the best slope
 * and {@code e*} the least cost, both found directly from the data so that no large terms
 * cancel. Without a bias the same holds about the origin: {@code cost(W) = Mxx·(W − W*)² + e*}
 * with {@code Mxx = mean(x²)}, a parabola.
 *
 * <p>The Hessian is {@code (2/m)·AᵀA} (A is x with a column of ones when there is a bias). Along
 * its steepest direction each step multiplies the error by {@code 1 − α·λmax}, so gradient
 * descent settles only while {@code α < 2/λmax}, and past {@code 1/λmax} the factor is negative:
 * each step overshoots, a zig-zag; heavy-ball momentum μ widens the first to {@code 2(1 + μ)/λmax}.
 */
public final class CostSurface {
    private final Dataset data;
    private final boolean bias;
    // one feature only (NaN otherwise): the centred statistics above
    private final double meanX;
    private final double meanY;
    private final double spread;    // Sxx with a bias, Mxx without
    private final double best;      // W* (NaN if x never varies)
    private final double least;     // e*
    private volatile double steepest = Double.NaN;   // λmax of the Hessian, found on first use (a pass over the data)

    private CostSurface(Dataset data, boolean bias) {
        this.data = data;
        this.bias = bias;
        if (data.features() != 1) {
            meanX = meanY = spread = best = least = Double.NaN;
            return;
        }
        int m = data.size();
        double sx = 0, sy = 0;
        for (int i = 0; i < m; i++) {
            sx += data.x(i, 0);
            sy += data.y(i);
        }
        meanX = bias ? sx / m : 0;   // without a bias the bowl is about the origin
        meanY = bias ? sy / m : 0;
        double sxx = 0, sxy = 0;
        for (int i = 0; i < m; i++) {
            double dx = data.x(i, 0) - meanX;
            sxx += dx * dx;
            sxy += dx * (data.y(i) - meanY);
        }
        spread = sxx / m;
        best = spread > 0 ? sxy / sxx : Double.NaN;
        double w = Double.isNaN(best) ? 0 : best, e = 0;
        for (int i = 0; i < m; i++) {
            double r = data.y(i) - meanY - w * (data.x(i, 0) - meanX);
            e += r * r;
        }
        least = e / m;
    }

    public static CostSurface of(Dataset data, boolean bias) {
        return new CostSurface(data, bias);
    }

    /** The bowl the run descends: the cost of its train rows (all the data without a split). */
    public static CostSurface of(TrainingConfig config) {
        return of(config.trainData(), config.bias());
    }

    public Dataset data() {
        return data;
    }

    public boolean bias() {
        return bias;
    }

    /** cost(W, b) of the one feature (b is ignored without a bias). */
    public double cost(double w, double b) {
        double along = Double.isNaN(best) ? 0 : spread * (w - best) * (w - best);
        return along + least + square(offset(w, b));
    }

    /** ∂cost/∂W = (2/m) Σ (W·xᵢ + b − yᵢ)·xᵢ: the slope of the tangent to cost(W) at W. */
    public double gradW(double w, double b) {
        double along = Double.isNaN(best) ? 0 : 2 * spread * (w - best);
        return along + 2 * meanX * offset(w, b);
    }

    /** ∂cost/∂b = (2/m) Σ (W·xᵢ + b − yᵢ); 0 without a bias. */
    public double gradB(double w, double b) {
        return bias ? 2 * offset(w, b) : 0;
    }

    /**
     * Each example's share of ∇W at (W, b): {@code 2(W·xᵢ + b − yᵢ)·xᵢ / m}, the i-th term of the
     * sum that {@link #gradW} adds up in closed form. A plot shows them to say which points pull
     * the line hardest; they sum to {@code gradW(w, b)}.
     */
    public double[] gradWShares(double w, double b) {
        double[] shares = new double[data.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = gradWShare(i, w, b);
        }
        return shares;
    }

    /** Example i's share of ∇W at (W, b): {@code 2(W·xᵢ + b − yᵢ)·xᵢ / m}. */
    public double gradWShare(int i, double w, double b) {
        return 2 * residual(i, w, b) * data.x(i, 0) / data.size();
    }

    /** Example i's share of ∇b at (W, b): {@code 2(W·xᵢ + b − yᵢ) / m}; 0 without a bias. */
    public double gradBShare(int i, double w, double b) {
        return bias ? 2 * residual(i, w, b) / data.size() : 0;
    }

    /** Each example's share of ∇b at (W, b): {@code 2(W·xᵢ + b − yᵢ) / m}; all 0 without a bias. */
    public double[] gradBShares(double w, double b) {
        double[] shares = new double[data.size()];
        for (int i = 0; bias && i < shares.length; i++) {
            shares[i] = gradBShare(i, w, b);
        }
        return shares;
    }

    /** The i-th residual H(xᵢ) − yᵢ = W·xᵢ + b − yᵢ (b left out without a bias). */
    public double residual(int i, double w, double b) {
        return w * data.x(i, 0) + (bias ? b : 0) - data.y(i);
    }

    /**
     * The (W, b) of least cost: the least-squares line. Without a bias, W* = Σxy / Σx² and b = 0.
     * NaNs if x does not vary (then every W has a b that fits as well).
     */
    public double[] minimum() {
        if (Double.isNaN(best)) {
            return new double[] {Double.NaN, bias ? Double.NaN : 0};
        }
        return new double[] {best, bias ? meanY - best * meanX : 0};
    }

    /** The least cost e*, at {@link #minimum()}. */
    public double leastCost() {
        return least;
    }

    /**
     * The W that minimises the slice cost(W, b) at a fixed b: Σxᵢ(yᵢ − b) / Σxᵢ². NaN if every x is 0.
     */
    public double sliceMinimum(double b) {
        double mxx = spread + meanX * meanX;
        if (!(mxx > 0)) {
            return Double.NaN;
        }
        double mxy = (Double.isNaN(best) ? 0 : spread * best) + meanX * (meanY - (bias ? b : 0));
        return mxy / mxx;
    }

    /**
     * The bowl's principal axes for one feature: the eigenvalues of the quadratic form
     * {@code [[mean x², mean x], [mean x, 1]]} (half the Hessian), largest first, and the angle of
     * the first axis from the W axis. Without a bias the second eigenvalue is 0: the contours of
     * cost(W, b) are then pairs of lines W = const.
     */
    public double[] principalAxes() {
        double a = spread + meanX * meanX, c = bias ? 1 : 0, off = meanX;
        double mean = (a + c) / 2, radius = Math.hypot((a - c) / 2, off);
        return new double[] {mean + radius, mean - radius, 0.5 * Math.atan2(2 * off, a - c)};
    }

    /**
     * The α above which plain gradient descent overshoots the bottom along the bowl's steepest
     * direction, so W − W* changes sign every step (a zig-zag) though it still settles: 1/λmax,
     * half the critical rate. There the factor 1 − α·λmax turns negative. Without a bias,
     * λ = 2·mean(x²), so it is 1/(2·mean x²): 0.107 on x = 1, 2, 3.
     */
    public double zigZagLearningRate() {
        return 1 / steepest();
    }

    /** The largest α for which plain gradient descent (μ = 0) still settles: 2/λmax. */
    public double criticalLearningRate() {
        return criticalLearningRate(0);
    }

    /** The largest α for which gradient descent with momentum μ still settles: 2(1 + μ)/λmax. */
    public double criticalLearningRate(double momentum) {
        return 2 * (1 + momentum) / steepest();
    }

    // the Hessian's largest eigenvalue, computed once
    private double steepest() {
        double l = steepest;
        if (Double.isNaN(l)) {
            l = largestEigenvalue(hessian());
            steepest = l;
        }
        return l;
    }

    /**
     * How many epochs of plain gradient descent at {@code alpha} shrink the distance to the bottom
     * {@code shrink} times along the bowl's slowest direction: each step multiplies it by
     * {@code |1 − α·λ|} for each eigenvalue λ of the Hessian, and the largest factor decides.
     * {@link Integer#MAX_VALUE} when the run never settles (or x does not vary); one feature only.
     */
    public int epochsToSettle(double alpha, double shrink) {
        double[] axes = principalAxes();
        double steep = 2 * axes[0], flat = bias ? 2 * axes[1] : steep;   // the Hessian is twice the form's
        double factor = Math.max(Math.abs(1 - alpha * steep), Math.abs(1 - alpha * flat));
        if (!(factor < 1) || !(alpha > 0)) {
            return Integer.MAX_VALUE;
        }
        double epochs = Math.ceil(Math.log(shrink) / -Math.log(factor));
        return epochs < Integer.MAX_VALUE ? (int) Math.max(1, epochs) : Integer.MAX_VALUE;
    }

    /** {@code (2/m)·AᵀA}, in double, for any number of features. */
    double[][] hessian() {
        int k = data.features() + (bias ? 1 : 0), m = data.size();
        double[][] h = new double[k][k];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                for (int q = 0; q < k; q++) {
                    h[p][q] += 2.0 / m * column(i, p) * column(i, q);
                }
            }
        }
        return h;
    }

    // W·x̄ + b − ȳ: how far the line misses the centre of the data (0 without a bias: centred at the origin)
    private double offset(double w, double b) {
        return bias ? w * meanX + b - meanY : 0;
    }

    private double column(int i, int p) {
        return p < data.features() ? data.x(i, p) : 1.0;
    }

    private static double square(double v) {
        return v * v;
    }

    /** Power iteration on a symmetric positive semi-definite matrix. */
    static double largestEigenvalue(double[][] h) {
        int k = h.length;
        double[] v = new double[k];
        Arrays.fill(v, 1 / Math.sqrt(k));
        double lambda = 0;
        for (int iter = 0; iter < 10_000; iter++) {
            double[] hv = new double[k];
            for (int p = 0; p < k; p++) {
                for (int q = 0; q < k; q++) {
                    hv[p] += h[p][q] * v[q];
                }
            }
            double norm = Math.sqrt(Arrays.stream(hv).map(a -> a * a).sum());
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
