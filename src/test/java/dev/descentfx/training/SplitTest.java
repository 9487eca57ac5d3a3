package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The train/test split: which rows a fraction and a seed hold out (against the rows a Python port
 * of java.util.Random drew for the recorded torch run), that the trainer sees the train rows only
 * (one step against the hand formula), and the test cost against BigDecimal and against real
 * PyTorch, bit for bit (src/test/resources/pytorch/split.py wrote split-40.csv).
 */
class SplitTest {
    static final int M = SplitReference.M;

    static Dataset forty() {
        return SplitReference.forty();
    }

    @Test
    void aFractionAndASeedHoldOutTheRowsPythonsPortOfJavaRandomDrew() throws IOException {
        boolean[] test = Split.fraction(0.25, 42).testRows(M);
        int[] rows = IntStream.range(0, M).filter(i -> test[i]).toArray();
        assertThat(rows).containsExactly(SplitReference.recordedTestRows());
    }

    @Test
    void theSameFractionAndSeedGiveTheSameRowsAndTrainAndTestAreDisjointAndWhole() {
        Dataset d = forty();
        Split.Parts a = Split.fraction(0.3, 7).parts(d), b = Split.fraction(0.3, 7).parts(d);
        assertThat(a.train()).isEqualTo(b.train());
        assertThat(a.test()).isEqualTo(b.test());
        assertThat(a.test().size()).isEqualTo(12);   // round(0.3 · 40)
        assertThat(a.train().size()).isEqualTo(28);
        // every example is in exactly one part, each part in the data's order
        List<Float> all = new ArrayList<>();
        for (Dataset part : List.of(a.train(), a.test())) {
            for (int i = 0; i < part.size(); i++) {
                all.add(part.x(i, 0));
                if (i > 0) {
                    assertThat(part.x(i, 0)).isGreaterThan(part.x(i - 1, 0));
                }
            }
        }
        all.sort(Float::compare);
        for (int i = 0; i < M; i++) {
            assertThat(all.get(i)).isEqualTo(d.x(i, 0));
        }
        // another seed draws other rows
        assertThat(Split.fraction(0.3, 8).parts(d).test()).isNotEqualTo(a.test());
    }

    @Test
    void badSplitsAreRefusedWithAReason() {
        assertThatThrownBy(() -> Split.fraction(1.0, 1)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Split.fraction(Double.NaN, 1)).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> Split.fraction(0.5, 1).testRows(1)).hasMessageContaining("at least 2 examples");
        assertThatThrownBy(() -> TrainingConfig.lesson().withSplit(Split.mask(new boolean[] {true, false})))
                .hasMessageContaining("2 labels but the data has 3 examples");
        assertThatThrownBy(() -> TrainingConfig.lesson().withSplit(Split.mask(new boolean[3])))
                .hasMessageContaining("no example as test");
        // a tiny fraction still holds one out, a large one still trains on one
        assertThat(Split.fraction(0.01, 1).parts(Dataset.lesson()).test().size()).isEqualTo(1);
        assertThat(Split.fraction(0.99, 1).parts(Dataset.lesson()).train().size()).isEqualTo(1);
    }

    @Test
    void theTrainerStepsOnTheTrainRowsOnly() {
        // given the lesson's data and a mask holding out its last point (x = 3, y = 6) — and a b0 so the
        // held-out point would pull the step if it were counted
        TrainingConfig c = new TrainingConfig(Dataset.of(new float[] {1, 2, 3}, new float[] {2, 4, 9}), new float[] {0.5f},
                0.25f, true, 0.1, GradientMode.AUTOGRAD, 0).withSplit(Split.mask(new boolean[] {false, false, true}));
        EpochRecord one = new Trainer(c).step();
        // then W₁ = W₀ − α·(2/2)Σ (W₀x + b₀ − y)x over x = 1, 2 only: 0.5 − 0.1·((0.75 − 2)·1 + (1.25 − 4)·2) = 1.175
        double w0 = 0.5, b0 = 0.25, gradW = ((w0 + b0 - 2) * 1 + (2 * w0 + b0 - 4) * 2), gradB = ((w0 + b0 - 2) + (2 * w0 + b0 - 4));
        assertThat((double) one.w()).isCloseTo(w0 - 0.1 * gradW, within(1e-6));
        assertThat((double) one.b()).isCloseTo(b0 - 0.1 * gradB, within(1e-6));
        // and its cost is the mean over those two rows: ((1.175 + 0.65 − 2)² + (2.35 + 0.65 − 4)²) / 2
        double w1 = w0 - 0.1 * gradW, b1 = b0 - 0.1 * gradB;
        double cost = (Math.pow(w1 + b1 - 2, 2) + Math.pow(2 * w1 + b1 - 4, 2)) / 2;
        assertThat((double) one.cost()).isCloseTo(cost, within(1e-5));
        // the bowl the plots draw is the train rows' too: its bottom is the line through (1, 2) and (2, 4)
        assertThat(CostSurface.of(c).minimum()[0]).isCloseTo(2, within(1e-9));
        assertThat(CostSurface.of(c).minimum()[1]).isCloseTo(0, within(1e-9));
    }

    @Test
    void theTestCostIsTheMeanOfTheTestRowsSquaredResidualsAtEpochZeroAndOne() {
        TrainingConfig c = config();
        TestSet test = TestSet.of(c);
        Trainer t = new Trainer(c);
        for (EpochRecord r : List.of(t.current(), t.step())) {
            BigDecimal sum = BigDecimal.ZERO;
            Dataset d = test.data();
            for (int i = 0; i < d.size(); i++) {
                BigDecimal res = new BigDecimal(r.w()).multiply(new BigDecimal(d.x(i, 0))).add(new BigDecimal(r.b()))
                        .subtract(new BigDecimal(d.y(i)));
                sum = sum.add(res.multiply(res));
            }
            double exact = sum.divide(BigDecimal.valueOf(d.size()), MathContext.DECIMAL64).doubleValue();
            // float32 rounds each of the few operations: a few ulps of the exact mean at most
            assertThat((double) test.cost(r)).isCloseTo(exact, within(8.0 * Math.ulp((float) exact)));
            // the chart's closed form in double is within float32's rounding of it
            assertThat(test.chartCost(r)).isCloseTo(exact, within(1e-12 * Math.max(1, exact)));
        }
    }

    @Test
    void theTestCostOfEveryRecordIsWhatPyTorchComputedBitForBit() throws IOException {
        TrainingConfig c = config();
        TestSet test = TestSet.of(c);
        Run run = new Run(c);
        List<long[]> rows = SplitReference.recorded();
        for (long[] row : rows) {
            while (run.last().epoch() < row[0]) {
                run.extend();
            }
            EpochRecord r = run.record((int) row[0]);
            assertThat(Float.floatToRawIntBits(r.w())).as("W at %d", row[0]).isEqualTo((int) row[1]);
            assertThat(Float.floatToRawIntBits(r.b())).as("b at %d", row[0]).isEqualTo((int) row[2]);
            assertThat(Float.floatToRawIntBits(r.cost())).as("train cost at %d", row[0]).isEqualTo((int) row[3]);
            assertThat(Float.floatToRawIntBits(test.cost(r))).as("test cost at %d", row[0]).isEqualTo((int) row[4]);
        }
        assertThat(rows).hasSize(31);
    }

    @Test
    void rSquaredAndRmseAreTheirClosedForms() {
        // y = 1, 2, 3, 4 (ȳ = 2.5, SStot = 5) and the line H(x) = x + 0.5 on x = 1..4: residuals 0.5 each, SSres = 1
        Dataset d = Dataset.of(new float[] {1, 2, 3, 4}, new float[] {1, 2, 3, 4});
        EpochRecord r = new EpochRecord(0, new float[] {1}, 0.5f, 0.25f, new float[] {0}, 0, 0.01f, true, GradientMode.AUTOGRAD);
        Fit fit = Fit.of(r.cost(), d);
        assertThat(fit.r2()).isCloseTo(1 - 1.0 / 5, within(1e-12));
        assertThat(fit.rmse()).isCloseTo(0.5, within(1e-12));
        assertThat(fit.mse()).isEqualTo(0.25);
        // the flat line y = ȳ has R² = 0, a worse one is below 0; every y the same has no R²
        assertThat(Fit.of(1.25f, d).r2()).isCloseTo(0, within(1e-12));
        assertThat(Fit.of(5f, d).r2()).isCloseTo(-3, within(1e-12));
        assertThat(Fit.of(0f, Dataset.of(new float[] {1, 2}, new float[] {3, 3})).r2()).isNaN();
        // through the test set: the same closed form on the held-out rows, about their own mean
        TrainingConfig c = new TrainingConfig(Dataset.of(new float[] {0, 1, 2, 3, 4}, new float[] {9, 1, 2, 3, 4}),
                new float[] {1}, 0.5f, true, 0.01, GradientMode.AUTOGRAD, 0)
                .withSplit(Split.mask(new boolean[] {false, true, true, true, true}));
        assertThat(TestSet.of(c).fit(r).r2()).isCloseTo(0.8, within(1e-7));
        assertThat(TestSet.of(c).fit(r).rmse()).isCloseTo(0.5, within(1e-7));
    }

    @Test
    void newDataKeepAFractionSplitAndDropAMaskThatNoLongerFits() {
        TrainingConfig c = TrainingConfig.lesson().withSplit(Split.mask(new boolean[] {false, false, true}));
        assertThat(c.withData(forty()).split().holdsOut()).isFalse();
        TrainingConfig f = TrainingConfig.lesson().withSplit(Split.fraction(0.25, 3));
        assertThat(f.withData(forty()).split()).isEqualTo(Split.fraction(0.25, 3));
        assertThat(f.withData(forty()).trainData().size()).isEqualTo(30);
        assertThat(f.withLearningRate(0.02).split()).isEqualTo(f.split());
    }

    static TrainingConfig config() {
        return new TrainingConfig(forty(), new float[1], 0f, true, 0.01, GradientMode.AUTOGRAD, 0)
                .withSplit(Split.fraction(0.25, 42));
    }
}
