package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The lesson's hand formula and autograd find the same gradients and the same path. */
class ManualVsAutogradTest {

    @Property(tries = 80)
    void manualAndAutogradAgree(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int m, @ForAll boolean bias) {
        Random random = new Random(seed);
        float[] x = new float[m], y = new float[m];
        for (int i = 0; i < m; i++) {
            x[i] = -3 + 6 * random.nextFloat();
            y[i] = -3 + 6 * random.nextFloat();
        }
        Dataset data = Dataset.of(x, y);
        double critical = CostSurface.of(data, bias).criticalLearningRate(0);
        double rate = Double.isFinite(critical) ? critical / 4 : 0.1;
        TrainingConfig config = new TrainingConfig(data, new float[] {random.nextFloat() * 4 - 2},
                random.nextFloat() * 4 - 2, bias, rate, GradientMode.AUTOGRAD, 0);
        Trainer autograd = new Trainer(config), manual = new Trainer(config.withMode(GradientMode.MANUAL));

        for (int k = 0; k < 40; k++) {
            EpochRecord a = autograd.current(), h = manual.current();
            double scale = 1 + Math.abs(a.gradW()) + Math.abs(a.gradB());
            if (k == 0) {
                assertThat(h.cost()).isEqualTo(a.cost());   // same W and b, same forward arithmetic
            }
            assertThat((double) h.cost()).isCloseTo(a.cost(), org.assertj.core.data.Offset.offset(1e-5 * (1 + a.cost())));
            assertThat((double) h.gradW()).isCloseTo(a.gradW(), org.assertj.core.data.Offset.offset(1e-5 * scale));
            assertThat((double) h.gradB()).isCloseTo(a.gradB(), org.assertj.core.data.Offset.offset(1e-5 * scale));
            assertThat((double) h.w()).isCloseTo(a.w(), org.assertj.core.data.Offset.offset(1e-4 * (1 + Math.abs(a.w()))));
            autograd.step();
            manual.step();
        }
    }
}
