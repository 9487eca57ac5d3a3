package dev.descentfx.training;

/**
 * How well a line fits a set of examples, from its cost (the mean squared error):
 * {@code RMSE = √MSE} (in the units of y) and {@code R² = 1 − SSres/SStot}, where
 * {@code SSres = Σ (H(xᵢ) − yᵢ)² = m·MSE} and {@code SStot = Σ (yᵢ − ȳ)²} about the set's own mean ȳ
 * (as scikit-learn's {@code r2_score} takes it for a test set). R² is 1 for a perfect fit, 0 for the
 * flat line y = ȳ, and below 0 for a line worse than that; NaN when every y is the same.
 *
 * @param mse the cost of the set, as the engine computes it (float32, widened)
 */
public record Fit(double mse, double rmse, double r2) {

    /** The fit of a line whose cost on {@code data} is {@code cost}. */
    public static Fit of(float cost, Dataset data) {
        return of(cost, spread(data));
    }

    /** The fit of a line whose cost is {@code cost} on a set whose {@link #spread} is {@code spread}. */
    public static Fit of(float cost, double spread) {
        double mse = cost;
        return new Fit(mse, Math.sqrt(mse), spread > 0 ? 1 - mse / spread : Double.NaN);
    }

    /** SStot / m = mean((y − ȳ)²), in double, two passes: what R² divides by (work it out once per set). */
    public static double spread(Dataset data) {
        int m = data.size();
        double sum = 0;
        for (int i = 0; i < m; i++) {
            sum += data.y(i);
        }
        double mean = sum / m, ss = 0;
        for (int i = 0; i < m; i++) {
            double d = data.y(i) - mean;
            ss += d * d;
        }
        return ss / m;
    }
}
