package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.i18n.Language;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Split;
import org.junit.jupiter.api.Test;

/**
 * The train/test split through the view model, with no toolkit: the command, what the run trains
 * on, the test cost and the fit lines of the shown record, the frame the plots draw, and typing.
 */
class SplitViewModelTest {
    private final DescentViewModel vm = new DescentViewModel();
    private final TrainTestSplit split = vm.split();

    /** 20 points on y = 2x + 1 with a ±0.25 wobble, x = 0 … 4.75. */
    private static Dataset twenty() {
        float[] x = new float[20], y = new float[20];
        for (int i = 0; i < 20; i++) {
            x[i] = i * 0.25f;
            y[i] = 2 * x[i] + 1 + (i % 2 == 0 ? 0.25f : -0.25f);
        }
        return Dataset.of(x, y);
    }

    @Test
    void aSplitByFractionAndSeedIsReproducibleDisjointAndStartsAgainAtEpochZero() {
        vm.useData(twenty());
        vm.step();
        assertThat(split.byFraction(0.25, 5)).isEmpty();
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(split.holdsOutProperty().get()).isTrue();
        var config = vm.settingsProperty().get();
        assertThat(config.split()).isEqualTo(Split.fraction(0.25, 5));
        Dataset train = config.trainData(), test = config.testData();
        assertThat(train.size()).isEqualTo(15);
        assertThat(test.size()).isEqualTo(5);
        for (int i = 0; i < test.size(); i++) {
            for (int j = 0; j < train.size(); j++) {
                assertThat(test.x(i, 0)).isNotEqualTo(train.x(j, 0));   // every x differs: disjoint rows
            }
        }
        // the same command again holds out the same rows, with the same test cost
        float testCost = split.testCostProperty().get();
        split.none();
        assertThat(split.holdsOutProperty().get()).isFalse();
        assertThat(split.testCostProperty().get()).isNaN();
        assertThat(split.byFraction(0.25, 5)).isEmpty();
        assertThat(vm.settingsProperty().get().testData()).isEqualTo(test);
        assertThat(split.testCostProperty().get()).isEqualTo(testCost);
    }

    @Test
    void oneStepMovesWByTheHandFormulaOnTheTrainRowsAndTheTestCostIsTheirMeanSquare() {
        vm.useData(twenty());
        split.byFraction(0.25, 5);
        Dataset train = vm.settingsProperty().get().trainData(), test = vm.settingsProperty().get().testData();
        // epoch 0, W = b = 0: the test cost is mean(y_test²), the train cost mean(y_train²)
        assertThat((double) split.testCostProperty().get()).isCloseTo(meanSquare(test, 0, 0), within(1e-5));
        assertThat((double) vm.recordProperty().get().cost()).isCloseTo(meanSquare(train, 0, 0), within(1e-5));
        // one step at α = 0.01: W₁ = −α·(2/15)Σ(−y)x over the 15 train rows
        vm.step();
        double gradW = 0, gradB = 0;
        for (int i = 0; i < train.size(); i++) {
            gradW += 2.0 / train.size() * -train.y(i) * train.x(i, 0);
            gradB += 2.0 / train.size() * -train.y(i);
        }
        EpochRecord one = vm.recordProperty().get();
        assertThat((double) one.w()).isCloseTo(-0.01 * gradW, within(1e-6));
        assertThat((double) one.b()).isCloseTo(-0.01 * gradB, within(1e-6));
        assertThat((double) split.testCostProperty().get()).isCloseTo(meanSquare(test, one.w(), one.b()), within(1e-5));
        // R² and RMSE of both, from their closed forms
        double trainMse = meanSquare(train, one.w(), one.b()), testMse = meanSquare(test, one.w(), one.b());
        assertThat(split.trainFitProperty().get().rmse()).isCloseTo(Math.sqrt(trainMse), within(1e-5));
        assertThat(split.trainFitProperty().get().r2()).isCloseTo(1 - trainMse / spread(train), within(1e-5));
        assertThat(split.testFitProperty().get().rmse()).isCloseTo(Math.sqrt(testMse), within(1e-5));
        assertThat(split.testFitProperty().get().r2()).isCloseTo(1 - testMse / spread(test), within(1e-5));
        // the numbers panel writes them
        assertThat(split.trainLineProperty().get()).startsWith("train (15 points): cost " + Words.number(one.cost()) + " · R² ");
        assertThat(split.testLineProperty().get()).startsWith("test (5 points): cost "
                + Words.number(split.testCostProperty().get()) + " · R² ");
        // and the plots get the test rows: the fitted line and the bowl of the train rows
        PlotFrame f = vm.frameProperty().get();
        assertThat(f.test().data()).isEqualTo(test);
        assertThat(f.data()).isEqualTo(train);
    }

    @Test
    void withoutASplitTheLineIsOfAllTheDataAndThereIsNoTestLine() {
        // the lesson at epoch 0: cost 18.6667, ȳ = 4, SStot/m = 8/3, so R² = 1 − 18.6667/2.6667 = −6
        assertThat(split.trainLineProperty().get()).isEqualTo("all 3 points: cost 18.6667 · R² −6.0000 · RMSE 4.3205");
        assertThat(split.testLineProperty().get()).isEmpty();
        assertThat(vm.frameProperty().get().test()).isNull();
    }

    @Test
    void whatIsTypedWrongIsNamedAndChangesNothingInBothLanguages() {
        vm.useData(twenty());
        vm.step();
        var before = vm.settingsProperty().get();
        split.fractionProperty().set("1.5");
        assertThat(split.problemProperty().get())
                .isEqualTo("Test fraction: \"1.5\" is not a fraction between 0 and 1. Type one like 0.2 or 0.25.");
        assertThat(split.apply()).isFalse();
        split.fractionProperty().set("0.2");
        split.seedProperty().set("x");
        assertThat(split.problemProperty().get()).startsWith("Seed: \"x\" is not a whole number.");
        vm.setLanguage(Language.KO);
        assertThat(split.problemProperty().get()).startsWith("시드: \"x\"은(는) 정수가 아닙니다.");
        assertThat(vm.settingsProperty().get()).isSameAs(before);
        assertThat(vm.epochProperty().get()).isEqualTo(1);
        split.seedProperty().set("3");
        assertThat(split.apply()).isTrue();
        assertThat(vm.settingsProperty().get().split()).isEqualTo(Split.fraction(0.2, 3));
        assertThat(split.trainLineProperty().get()).startsWith("학습 (16개): 비용 ");
        assertThat(split.testLineProperty().get()).startsWith("테스트 (4개): 비용 ");
        // the lesson's three points cannot... they can: 0.2 of 3 holds out one; one point cannot be split
        vm.useData(Dataset.of(new float[] {1}, new float[] {2}));
        assertThat(split.holdsOutProperty().get()).isFalse();   // the fraction no longer fits one point
        assertThat(split.byFraction(0.5, 1)).contains("2");
        assertThat(split.byFraction(0, 1)).isNotEmpty();
    }

    @Test
    void theSplitInForceAgainChangesNothingAndALessonRunWithASplitIsNotTheLessons() {
        split.none();   // nothing held out already: the run stays
        vm.step();
        split.none();
        assertThat(vm.epochProperty().get()).isEqualTo(1);
        assertThat(vm.presets().currentProperty().get()).isNotNull();
        split.byFraction(0.5, 2);
        assertThat(vm.presets().currentProperty().get()).isNull();
        vm.step();
        split.byFraction(0.5, 2);
        assertThat(vm.epochProperty().get()).isEqualTo(1);
    }

    @Test
    void aNewLearningRateCarriesOnWithTheSameSplit() {
        vm.useData(twenty());
        split.byFraction(0.25, 5);
        vm.step();
        vm.step();
        vm.setLearningRate(0.02);
        assertThat(vm.epochProperty().get()).isEqualTo(2);
        assertThat(vm.settingsProperty().get().split()).isEqualTo(Split.fraction(0.25, 5));
        assertThat(vm.frameProperty().get().test()).isNotNull();
    }

    private static double meanSquare(Dataset d, double w, double b) {
        double s = 0;
        for (int i = 0; i < d.size(); i++) {
            double r = w * d.x(i, 0) + b - d.y(i);
            s += r * r;
        }
        return s / d.size();
    }

    private static double spread(Dataset d) {
        double mean = 0;
        for (int i = 0; i < d.size(); i++) {
            mean += d.y(i) / d.size();
        }
        double s = 0;
        for (int i = 0; i < d.size(); i++) {
            s += (d.y(i) - mean) * (d.y(i) - mean);
        }
        return s / d.size();
    }
}
