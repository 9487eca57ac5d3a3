package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class CriticalLearningRateTest {

    @Test
    void wAloneIsOneOverMeanXSquared() {
        assertThat(CriticalLearningRate.of(Dataset.lesson(), false, 0)).isCloseTo(3.0 / 14, offset(1e-12));
    }

    /** 2/λmax of 2·[[14/3, 2], [2, 1]]: λ of the 2×2 from its trace and determinant. */
    @Test
    void withBiasIsTwoOverTheLargestEigenvalueOfTheHessian() {
        double a = 2 * 14.0 / 3, c = 2 * 2.0, d = 2 * 1.0;
        double lambdaMax = (a + d) / 2 + Math.sqrt((a - d) * (a - d) / 4 + c * c);
        assertThat(CriticalLearningRate.of(Dataset.lesson(), true, 0)).isCloseTo(2 / lambdaMax, offset(1e-12));
    }

    @Test
    void justBelowSettlesAndJustAboveGrows() {
        double critical = CriticalLearningRate.of(Dataset.lesson(), true, 0);
        assertThat(costAfter(critical * 0.95, 2000)).isLessThan(1e-3f);
        assertThat(costAfter(critical * 1.05, 2000)).isGreaterThan(1e3f);
    }

    private static float costAfter(double rate, int epochs) {
        Trainer trainer = new Trainer(TrainingConfig.lesson().withLearningRate(rate));
        trainer.run(epochs);
        return trainer.current().cost();
    }
}
