package dev.descentfx.plot;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import java.util.List;

/**
 * What one frame of every plot shows: the run so far and where the moving point is now.
 * While a step animates, (w, b) and the gradients slide from one record to the next; at
 * rest they are the latest record's own numbers.
 *
 * @param data         the training data (one feature)
 * @param history      records 0..k of the run so far, oldest first (the trail, the path, cost vs epoch)
 * @param w            W where the point is drawn now
 * @param b            b where the point is drawn now (0 without a bias)
 * @param gradW        ∇W there: the slope of the tangent (the engine's W.grad)
 * @param gradB        ∇b there
 * @param learningRate α of the next step, for the arrow from W to W − α∇W
 * @param bias         whether the model has a bias (the cost curve is then the slice at b)
 * @param logCost      draw cost against epoch on a log axis
 */
public record PlotFrame(Dataset data, List<EpochRecord> history, double w, double b, double gradW, double gradB,
                        double learningRate, boolean bias, boolean logCost) {

    public PlotFrame {
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a plot needs at least record 0");
        }
    }

    /** A frame at rest on the last record of {@code history}. */
    public static PlotFrame at(Dataset data, List<EpochRecord> history, double learningRate, boolean logCost) {
        EpochRecord r = history.get(history.size() - 1);
        return new PlotFrame(data, history, r.w(), r.b(), r.gradW(), r.gradB(), learningRate, r.bias(), logCost);
    }

    public EpochRecord latest() {
        return history.get(history.size() - 1);
    }

    /** The mean squared error at (w, b), in double, for drawing curves and contours. */
    public double costAt(double w, double b) {
        double s = 0;
        for (int i = 0; i < data.size(); i++) {
            double r = w * data.x(i, 0) + (bias ? b : 0) - data.y(i);
            s += r * r;
        }
        return s / data.size();
    }
}
