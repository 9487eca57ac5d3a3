package dev.descentfx.ui.run;

import dev.descentfx.plot.PlotFrame;
import dev.descentfx.training.CostSurface;
import dev.descentfx.training.EpochRecord;
import java.util.List;

/**
 * One step's motion on screen: the point slides from record {@code from} to record {@code to}
 * over {@code nanos}, starting gently and stopping gently. The cost is quadratic in (W, b), so
 * its gradient is linear in them and interpolating ∇W and ∇b is exact: the tangent drawn at the
 * sliding point is the true tangent there.
 */
record StepSlide(EpochRecord from, EpochRecord to, long start, long nanos) {

    boolean isOver(long now) {
        return now - start >= nanos;
    }

    /** The picture at time {@code now}; {@code history} is the trail drawn behind the point. */
    PlotFrame frameAt(long now, CostSurface surface, List<EpochRecord> history, double learningRate, boolean logCost) {
        double t = Math.max(0, Math.min(1, (now - start) / (double) nanos));
        double s = t * t * (3 - 2 * t);   // smoothstep
        return new PlotFrame(surface, history, to, lerp(from.w(), to.w(), s), lerp(from.b(), to.b(), s),
                lerp(from.gradW(), to.gradW(), s), lerp(from.gradB(), to.gradB(), s), learningRate, logCost, null);
    }

    boolean forward() {
        return to.epoch() > from.epoch();
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
