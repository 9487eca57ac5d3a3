package dev.descentfx.training;

/**
 * The examples a {@link Split} holds out, and the cost of a record on them: what
 * {@code torch.mean((x_test * W + b - y_test) ** 2)} gives in float32 at the record's W and b.
 * It is the model's own cost ({@link LinearModel#cost}, the same tensor calls and the same sum
 * order as the train cost of every record), on the test rows.
 *
 * <p>The test cost is not part of an {@link EpochRecord}: the trainer never looks at the test
 * rows, and a run of a million examples would pay for it every epoch. It is worked out when
 * something shows it — exactly ({@link #cost}) for the numbers, or from the test rows' closed
 * form in double ({@link #chartCost}, one feature) for the cost-per-epoch chart, which draws
 * thousands of records in a frame and needs no more than a pixel's accuracy.
 */
public final class TestSet {
    private final Dataset data;
    private final boolean bias;
    private final CostSurface surface;
    private final LinearModel model;   // x_test, y_test as tensors; W and b set to each record's
    private final double spread;       // mean((y_test − ȳ_test)²), for R²

    private TestSet(Dataset data, boolean bias) {
        this.data = data;
        this.bias = bias;
        this.surface = CostSurface.of(data, bias);
        this.model = new LinearModel(data, new float[data.features()], 0f, bias, false);
        this.spread = Fit.spread(data);
    }

    /** The held-out examples of {@code config}'s run, or null when it holds none out. */
    public static TestSet of(TrainingConfig config) {
        Dataset test = config.testData();
        return test == null ? null : new TestSet(test, config.bias());
    }

    /** The test rows, in the data's order. */
    public Dataset data() {
        return data;
    }

    public boolean bias() {
        return bias;
    }

    /** The test cost of {@code r} exactly as torch computes it: float32, the engine's sum order. */
    public synchronized float cost(EpochRecord r) {
        model.W.set(r.weights());
        if (model.b != null) {
            model.b.set(r.b());
        }
        return model.cost(model.hypothesis()).item();
    }

    /**
     * The test cost of {@code r} for drawing: with one feature the closed form of the test rows'
     * bowl in double, O(1) however many rows there are (it differs from {@link #cost} by float32's
     * rounding, far below a pixel); with several features the exact cost.
     */
    public double chartCost(EpochRecord r) {
        return data.features() == 1 ? surface.cost(r.w(), r.b()) : cost(r);
    }

    /** R² and RMSE of {@code r} on the test rows, from its exact test cost. */
    public Fit fit(EpochRecord r) {
        return fit(cost(r));
    }

    /** R² and RMSE on the test rows of a line whose test cost is {@code testCost}. */
    public Fit fit(float testCost) {
        return Fit.of(testCost, spread);
    }
}
