package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The α slider's first threshold: above 1/λmax each step overshoots the bottom (W − W* changes
 * sign), below it the run comes down from one side; the critical 2/λmax is twice it.
 */
class ZigZagTest {

    /** Closed forms: without a bias λ = 2·mean(x²); with one, the larger eigenvalue of 2·[[mean x², mean x], [mean x, 1]]. */
    @Test
    void theZigZagRateIsOneOverTheLargestCurvature() {
        for (long seed = 1; seed <= 20; seed++) {
            Dataset d = CostSurfaceTest.random(seed, 3 + (int) seed);
            double mxx = 0, mx = 0;
            for (int i = 0; i < d.size(); i++) {
                mxx += d.x(i, 0) * d.x(i, 0) / d.size();
                mx += d.x(i, 0) / d.size();
            }
            assertThat(CostSurface.of(d, false).zigZagLearningRate()).isCloseTo(1 / (2 * mxx), within(1e-7 / mxx));
            double lambda = (mxx + 1) + Math.sqrt((mxx - 1) * (mxx - 1) + 4 * mx * mx);
            assertThat(CostSurface.of(d, true).zigZagLearningRate()).isCloseTo(1 / lambda, within(1e-7 / lambda));
            assertThat(CostSurface.of(d, true).criticalLearningRate())
                    .isCloseTo(2 * CostSurface.of(d, true).zigZagLearningRate(), within(1e-7 / lambda));
        }
        // the lesson's part 2: 1/(2 · 14/3) = 3/28 = 0.107
        assertThat(CostSurface.of(Dataset.lesson(), false).zigZagLearningRate()).isCloseTo(3.0 / 28, within(1e-12));
    }

    /** Part 2's data, bias off, by hand: at 0.99× the rate W stays below W* = 2; at 1.01× it jumps past it every step. */
    @Test
    void belowTheRateWComesFromOneSideAboveItZigZags() {
        CostSurface s = CostSurface.of(Dataset.lesson(), false);
        double best = s.minimum()[0];
        assertThat(signs(s, 0.99 * s.zigZagLearningRate(), best)).containsOnly(-1);
        List<Integer> above = signs(s, 1.01 * s.zigZagLearningRate(), best);
        for (int k = 1; k < above.size(); k++) {
            assertThat(above.get(k)).as("step %d", k).isEqualTo(-above.get(k - 1));
        }
        // the numbers at α = 0.2: 0 → 3.733 → 0.498 → 3.302
        List<EpochRecord> r = run(0.2, 3);
        assertThat(r).extracting(EpochRecord::w).containsExactly(0f, r.get(1).w(), r.get(2).w(), r.get(3).w());
        assertThat((double) r.get(1).w()).isCloseTo(3.733, within(1e-3));
        assertThat((double) r.get(2).w()).isCloseTo(0.498, within(1e-3));
        assertThat((double) r.get(3).w()).isCloseTo(3.302, within(1e-3));
    }

    // The sign of W − W* over the first steps of a plain Trainer's run.
    private static List<Integer> signs(CostSurface s, double alpha, double best) {
        List<Integer> out = new ArrayList<>();
        for (EpochRecord e : run(alpha, 3)) {   // after that float32 lands on W* itself
            out.add((int) Math.signum(e.w() - best));
        }
        return out;
    }

    private static List<EpochRecord> run(double alpha, int epochs) {
        Trainer t = new Trainer(new TrainingConfig(Dataset.lesson(), new float[] {0}, 0, false, alpha,
                GradientMode.MANUAL, 0));
        List<EpochRecord> out = new ArrayList<>();
        out.add(t.current());
        out.addAll(t.run(epochs));
        return out;
    }
}
