package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {

    /** The lesson: "1000번 … W는 1.9708, b는 0.0664라는 값이 나왔다." */
    @Test
    void lessonRunEndsWhereTheLessonSays() {
        Trainer trainer = new Trainer(TrainingConfig.lesson());
        trainer.run(1000);
        EpochRecord last = trainer.current();
        assertThat(last.epoch()).isEqualTo(1000);
        assertThat(round(last.w(), 4)).isEqualTo("1.9708");
        assertThat(round(last.b(), 4)).isEqualTo("0.0664");
    }

    /**
     * The course notebook's printout (lab 2). Its loop prints W and b after optimizer.step()
     * and the cost computed before it, so its line for epoch e is W, b of record e+1 and the
     * cost of record e.
     */
    @Test
    void recordsReproduceTheCourseNotebookPrintout() {
        String[][] printed = {
            {"0.187", "0.080", "18.666666"}, {"1.746", "0.578", "0.048171"}, {"1.800", "0.454", "0.029767"},
            {"1.843", "0.357", "0.018394"}, {"1.876", "0.281", "0.011366"}, {"1.903", "0.221", "0.007024"},
            {"1.924", "0.174", "0.004340"}, {"1.940", "0.136", "0.002682"}, {"1.953", "0.107", "0.001657"},
            {"1.963", "0.084", "0.001024"}, {"1.971", "0.066", "0.000633"}};
        Trainer trainer = new Trainer(TrainingConfig.lesson());
        List<EpochRecord> records = new java.util.ArrayList<>(List.of(trainer.current()));
        records.addAll(trainer.run(1001));
        for (int line = 0; line < printed.length; line++) {
            int epoch = line * 100;
            assertThat(new String[] {round(records.get(epoch + 1).w(), 3), round(records.get(epoch + 1).b(), 3),
                    round(records.get(epoch).cost(), 6)}).as("epoch %d", epoch).containsExactly(printed[line]);
        }
    }

    /** The window's worked example: W := 0.1867 − 0.01 × (−16.60) = 0.3527. */
    @Test
    void secondStepMatchesTheWorkedExample() {
        Trainer trainer = new Trainer(TrainingConfig.lesson());
        EpochRecord first = trainer.step();
        EpochRecord second = trainer.step();
        assertThat(round(first.w(), 4)).isEqualTo("0.1867");
        assertThat(round(first.gradW(), 2)).isEqualTo("-16.60");
        assertThat(round(second.w(), 4)).isEqualTo("0.3527");
    }

    @Test
    void recordZeroIsTheStartWithCostAndGradientsThere() {
        EpochRecord r = new Trainer(TrainingConfig.lesson().withInitial(new float[] {1f}, 0.5f)).current();
        // residuals 1·x + 0.5 − 2x = 0.5 − x: −0.5, −1.5, −2.5
        assertThat(r.epoch()).isZero();
        assertThat(r.w()).isEqualTo(1f);
        assertThat(r.b()).isEqualTo(0.5f);
        assertThat((double) r.cost()).isCloseTo((0.25 + 2.25 + 6.25) / 3, offset(1e-6));
        assertThat((double) r.gradW()).isCloseTo(2 * (-0.5 - 3 - 7.5) / 3, offset(1e-5));
        assertThat((double) r.gradB()).isCloseTo(2 * (-4.5) / 3, offset(1e-6));
    }

    @Test
    void changingTheLearningRateCarriesOnFromTheCurrentState() {
        Trainer trainer = new Trainer(TrainingConfig.lesson());
        trainer.run(5);
        EpochRecord before = trainer.current();
        trainer.setLearningRate(0.05);
        EpochRecord after = trainer.step();
        assertThat(after.epoch()).isEqualTo(6);
        assertThat(after.learningRate()).isEqualTo(0.05f);
        assertThat(after.w()).isEqualTo(before.w() + (-0.05f) * before.gradW());
    }

    /** Heavy-ball momentum on cost(W) = mean((Wx − y)²), iterated in double beside the engine. */
    @Test
    void momentumFollowsTheHeavyBallRecurrence() {
        TrainingConfig config = TrainingConfig.lesson().withBias(false).withMomentum(0.9).withLearningRate(0.01);
        Trainer trainer = new Trainer(config);
        double w = 0, v = 0;
        for (int k = 1; k <= 30; k++) {
            double grad = 2 * ((w * 1 - 2) * 1 + (w * 2 - 4) * 2 + (w * 3 - 6) * 3) / 3;
            v = k == 1 ? grad : 0.9 * v + grad;
            w -= 0.01 * v;
            assertThat((double) trainer.step().w()).as("epoch %d", k).isCloseTo(w, offset(1e-4));
        }
    }

    @Test
    void withoutBiasBStaysZero() {
        Trainer trainer = new Trainer(TrainingConfig.lesson().withBias(false));
        trainer.run(100);
        assertThat(trainer.current().b()).isZero();
        assertThat(trainer.current().gradB()).isZero();
        assertThat((double) trainer.current().w()).isCloseTo(2.0, offset(1e-3));
    }

    /** Two features through matmul, against the closed-form gradient (2/m)·Xᵀ(Xw + b − y). */
    @Test
    void severalFeaturesGoThroughMatmul() {
        Dataset data = new Dataset(List.of("a", "c"), new float[][] {{1, 2}, {2, 0}, {3, 1}, {0, 1}},
                new float[] {5, 4, 9, 2}, "y");
        float[] w = {0.5f, -1f};
        EpochRecord r = new Trainer(new TrainingConfig(data, w, 0.25f, true, 0.01, GradientMode.AUTOGRAD, 0)).current();
        double[] res = new double[4];
        for (int i = 0; i < 4; i++) {
            res[i] = 0.5 * data.x(i, 0) - 1 * data.x(i, 1) + 0.25 - data.y(i);
        }
        for (int j = 0; j < 2; j++) {
            double g = 0;
            for (int i = 0; i < 4; i++) {
                g += 2.0 / 4 * res[i] * data.x(i, j);
            }
            assertThat((double) r.gradWeights()[j]).isCloseTo(g, offset(1e-5));
        }
        assertThat((double) r.gradB()).isCloseTo(2.0 / 4 * (res[0] + res[1] + res[2] + res[3]), offset(1e-5));
    }

    @Test
    void aRateAboveTheCriticalOneDivergesAndTheRecordsSaySo() {
        Trainer trainer = new Trainer(TrainingConfig.lesson().withLearningRate(1.0));
        EpochRecord r = trainer.current();
        while (r.isFinite() && r.epoch() < 10_000) {
            r = trainer.step();
        }
        assertThat(r.isFinite()).isFalse();
        assertThat(r.epoch()).isLessThan(200);
    }

    @Test
    void badConfigurationsAreRefusedWithReasons() {
        assertThatThrownBy(() -> Dataset.of(new float[] {1, 2, 3}, new float[] {1, 2}))
                .hasMessageContaining("3").hasMessageContaining("2");
        assertThatThrownBy(() -> Dataset.of(new float[0], new float[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> Dataset.of(new float[] {Float.NaN}, new float[] {1})).hasMessageContaining("NaN");
        assertThatThrownBy(() -> TrainingConfig.lesson().withLearningRate(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> TrainingConfig.lesson().withInitial(new float[2], 0))
                .hasMessageContaining("one initial W per feature");
    }

    static String round(float value, int digits) {
        return new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }
}
