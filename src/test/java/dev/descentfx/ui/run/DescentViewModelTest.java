package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import org.junit.jupiter.api.Test;

/** The ViewModel with no toolkit: time is driven by hand through tick(nanos). */
class DescentViewModelTest {
    private static final long MS = 1_000_000L;

    private final DescentViewModel vm = new DescentViewModel();
    private long clock = 1_000 * MS;

    private void tick(long millis) {
        clock += millis * MS;
        vm.tick(clock);
    }

    /** Frames of 1/60 s until {@code done} or a minute of clock time. */
    private void runFrames(java.util.function.BooleanSupplier done) {
        for (int i = 0; i < 3600 && !done.getAsBoolean(); i++) {
            clock += DescentViewModel.FRAME_NANOS;
            vm.tick(clock);
        }
    }

    @Test
    void opensOnTheLessonsRunAtEpochZero() {
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.01);
        assertThat(vm.biasProperty().get()).isTrue();
        assertThat(vm.modeProperty().get()).isEqualTo(GradientMode.AUTOGRAD);
        assertThat(vm.numbers().w().get()).isEqualTo("0.0000");
        // cost at W = b = 0 is mean(4, 16, 36) = 56/3
        assertThat(vm.numbers().cost().get()).isEqualTo("18.6667");
    }

    @Test
    void atRecordOneTheNextStepIsWrittenOutWithTheLessonsNumbers() {
        vm.step();
        assertThat(vm.numbers().w().get()).isEqualTo("0.1867");   // 0 − 0.01 × (−56/3)
        assertThat(vm.numbers().epoch().get()).isEqualTo("1");
        assertThat(vm.numbers().updateW().get())
                .isEqualTo("next step: W := W \u2212 \u03b1\u2207W = 0.1867 \u2212 0.01 \u00d7 (\u221216.6044) = 0.3527");
        assertThat(vm.numbers().gradW().get()).startsWith("\u2212");
    }

    @Test
    void runToEpoch1000ReachesTheLessonsPrintout() {
        vm.runToEpoch(1000);
        runFrames(() -> !vm.runningProperty().get());
        assertThat(vm.epochProperty().get()).isEqualTo(1000);
        assertThat(vm.recordProperty().get().w()).isCloseTo(1.9708f, within(5e-5f));
        assertThat(vm.recordProperty().get().b()).isCloseTo(0.0664f, within(5e-5f));
    }

    @Test
    void runningToALargeEpochNeverTrainsMoreThanABoundedNumberPerFrame() {
        vm.runToEpoch(100_000);
        tick(16);
        assertThat(vm.epochProperty().get()).isEqualTo(DescentViewModel.MAX_EPOCHS_PER_FRAME);
        runFrames(() -> !vm.runningProperty().get());
        assertThat(vm.epochProperty().get()).isEqualTo(100_000);
        assertThat(vm.frameProperty().get().history().get(0).epoch()).isZero();
        assertThat(vm.frameProperty().get().history().get(1000).epoch()).isEqualTo(1000);   // the start is kept whole
        vm.showEpoch(1);   // and any epoch is the record a fresh run gives
        assertThat(vm.recordProperty().get()).isEqualTo(new Trainer(TrainingConfig.lesson()).step());
    }

    @Test
    void aNewLearningRateCarriesOnFromTheCurrentWAndB() {
        vm.step();
        vm.step();
        vm.step();
        EpochRecord before = vm.recordProperty().get();
        vm.setLearningRate(0.05);
        assertThat(vm.epochProperty().get()).isEqualTo(3);
        assertThat(vm.recordProperty().get()).isEqualTo(before);
        vm.step();
        EpochRecord after = vm.recordProperty().get();
        assertThat(after.epoch()).isEqualTo(4);
        // W := W − α∇W with the new α, ∇W = 2·mean((Wx + b − y)·x) from the closed form
        double w = before.w(), b = before.b(), gradW = 0;
        for (int x = 1; x <= 3; x++) {
            gradW += 2.0 / 3 * (w * x + b - 2 * x) * x;
        }
        assertThat((double) after.w()).isCloseTo(w - 0.05 * gradW, within(1e-5));
    }

    @Test
    void aNewInitialWOrBOrBiasStartsAgainFromEpochZero() {
        vm.step();
        vm.step();
        vm.setInitialW(3);
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.recordProperty().get().w()).isEqualTo(3f);
        vm.step();
        vm.setInitialB(-1);
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.recordProperty().get().b()).isEqualTo(-1f);
        vm.step();
        vm.setBias(false);
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.recordProperty().get().bias()).isFalse();
        // W alone: cost = mean((Wx − y)²) has curvature 2·mean(x²) = 28/3, critical α = 2/(28/3) = 3/14
        assertThat(vm.criticalLearningRateProperty().get()).isCloseTo(3.0 / 14, within(1e-9));
    }

    @Test
    void theManualFormulaGivesTheSameNumbersAndCarriesOn() {
        DescentViewModel manual = new DescentViewModel();
        manual.setMode(GradientMode.MANUAL);
        for (int i = 0; i < 20; i++) {
            vm.step();
            manual.step();
        }
        assertThat(manual.recordProperty().get().mode()).isEqualTo(GradientMode.MANUAL);
        assertThat(manual.recordProperty().get().w()).isCloseTo(vm.recordProperty().get().w(), within(1e-5f));
        assertThat(manual.numbers().formula().get()).contains("2\u00b7mean");
        assertThat(vm.numbers().formula().get()).contains("backward()");
        manual.setMode(GradientMode.AUTOGRAD);
        assertThat(manual.epochProperty().get()).isEqualTo(20);
    }

    @Test
    void steppingBackShowsThePreviousRecordAndForwardReplaysTheStoredOne() {
        vm.step();
        vm.step();
        EpochRecord second = vm.recordProperty().get();
        vm.stepBack();
        assertThat(vm.epochProperty().get()).isEqualTo(1);
        assertThat(vm.canStepBackProperty().get()).isTrue();
        vm.step();
        assertThat(vm.recordProperty().get()).isSameAs(second);
        assertThat(vm.lastEpochProperty().get()).isEqualTo(2);
        vm.stepBack();
        vm.stepBack();
        assertThat(vm.canStepBackProperty().get()).isFalse();
        vm.stepBack();
        assertThat(vm.epochProperty().get()).isZero();
    }

    @Test
    void aChangeAfterSteppingBackForgetsTheStepsAheadAndTrainsAgain() {
        vm.step();
        vm.step();
        vm.stepBack();
        vm.setLearningRate(0.1);
        assertThat(vm.lastEpochProperty().get()).isEqualTo(1);
        vm.step();
        assertThat(vm.epochProperty().get()).isEqualTo(2);
        assertThat(vm.recordProperty().get().learningRate()).isEqualTo(0.1f);
    }

    @Test
    void aStepSlidesOver300msAndRestsOnTheRecord() {
        tick(16);
        vm.step();
        EpochRecord target = vm.recordProperty().get();
        double start = vm.frameProperty().get().w();
        assertThat(start).isZero();
        assertThat(vm.frameProperty().get().history()).hasSize(1);
        tick(150);
        double middle = vm.frameProperty().get().w();
        assertThat(middle).isGreaterThan(0).isLessThan(target.w());
        tick(160);
        assertThat(vm.frameProperty().get().w()).isEqualTo(target.w());
        assertThat(vm.frameProperty().get().history()).hasSize(2);
    }

    @Test
    void playAdvancesWithTheClockAndPauseStopsIt() {
        vm.setSpeed(10);
        vm.play();
        assertThat(vm.playingProperty().get()).isTrue();
        tick(0);
        assertThat(vm.epochProperty().get()).isEqualTo(1);
        for (int i = 0; i < 10; i++) {
            tick(100);
        }
        assertThat(vm.epochProperty().get()).isEqualTo(11);
        vm.togglePlay();
        assertThat(vm.playingProperty().get()).isFalse();
        tick(1000);
        assertThat(vm.epochProperty().get()).isEqualTo(11);
    }

    @Test
    void atTopSpeedStepsCoalesceIntoFramesWithoutSliding() {
        vm.setSpeed(5000);
        assertThat(vm.speedProperty().get()).isEqualTo(DescentViewModel.MAX_SPEED);
        vm.play();
        tick(16);
        int first = vm.epochProperty().get();
        tick(20);   // 20 ms at 1000 epochs per second
        assertThat(vm.epochProperty().get() - first).isEqualTo(20);
        assertThat(vm.frameProperty().get().w()).isEqualTo(vm.recordProperty().get().w());
        tick(5_000);   // a stalled frame: the display drops the backlog instead of falling behind
        assertThat(vm.epochProperty().get() - first).isLessThanOrEqualTo(20 + DescentViewModel.MAX_EPOCHS_PER_FRAME);
    }

    @Test
    void aLearningRateOfOnePausesWithTheDivergenceMessageAndRecovers() {
        vm.setLearningRate(1.0);
        assertThat(vm.aboveCriticalProperty().get()).isTrue();
        assertThat(vm.criticalWarningProperty().get()).contains("0.180").contains("oscillates and grows");
        vm.setSpeed(1000);
        vm.play();
        runFrames(() -> !vm.playingProperty().get());
        assertThat(vm.playingProperty().get()).isFalse();
        EpochRecord last = vm.recordProperty().get();
        assertThat(last.isFinite()).isTrue();
        assertThat(last.epoch()).isGreaterThan(5);
        assertThat(vm.divergenceMessageProperty().get())
                .contains("\u03b1 = 1.0").contains("critical 0.180").contains("epoch " + last.epoch()).contains("R to reset");
        vm.step();
        assertThat(vm.recordProperty().get()).isSameAs(last);
        vm.play();
        assertThat(vm.playingProperty().get()).isFalse();

        vm.stepBack();
        vm.stepBack();
        vm.play();   // replaying the stored epochs is fine; at the blow-up it stops again
        runFrames(() -> !vm.playingProperty().get());
        assertThat(vm.recordProperty().get()).isSameAs(last);
        assertThat(vm.playingProperty().get()).isFalse();

        vm.setLearningRate(0.01);   // a smaller rate carries on from the last finite state
        assertThat(vm.divergenceMessageProperty().get()).isEmpty();
        vm.step();
        assertThat(vm.epochProperty().get()).isEqualTo(last.epoch() + 1);
        assertThat(vm.recordProperty().get().cost()).isLessThan(last.cost());

        vm.setLearningRate(1.0);
        vm.runToEpoch(1000);
        runFrames(() -> !vm.runningProperty().get());
        assertThat(vm.divergenceMessageProperty().get()).isNotEmpty();
        vm.reset();
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.divergenceMessageProperty().get()).isEmpty();
    }

    @Test
    void plusAndMinusMoveTheLearningRateOneNotch() {
        vm.nudgeLearningRate(+1);
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.02);
        vm.nudgeLearningRate(-1);
        vm.nudgeLearningRate(-1);
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.005);
        vm.setLearningRate(50);
        assertThat(vm.learningRateProperty().get()).isEqualTo(DescentViewModel.MAX_LEARNING_RATE);
        vm.nudgeLearningRate(+1);
        assertThat(vm.learningRateProperty().get()).isEqualTo(10);
        vm.setLearningRate(0.03);
        vm.nudgeLearningRate(-1);
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.02);
    }

    @Test
    void logCostAndHelpAreSimpleToggles() {
        vm.setLogCost(true);
        assertThat(vm.frameProperty().get().logCost()).isTrue();
        vm.toggleHelp();
        assertThat(vm.helpVisibleProperty().get()).isTrue();
        vm.hideHelp();
        assertThat(vm.helpVisibleProperty().get()).isFalse();
    }
}
