package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.training.EpochRecord;
import org.junit.jupiter.api.Test;

/**
 * N: a run resting on the minimum (where the lesson lands on an exact float32 fixed point whose
 * gradient is 0, so no α can move it) is pushed off it, W + 0.5, and shows what α does from there.
 */
class NudgeWTest {
    private final DescentViewModel vm = new DescentViewModel();
    private long clock = 1_000_000_000L;

    private void runTo(int epoch) {
        vm.runToEpoch(epoch);
        for (int i = 0; i < 3600 && vm.runningProperty().get(); i++) {
            clock += DescentViewModel.FRAME_NANOS;
            vm.tick(clock);
        }
    }

    @Test
    void nudgingStartsAgainFromTheShownWPlusAHalfAndKeepsAlpha() {
        // given the lesson's run at epoch 1000, then α raised to 10 (far above the critical rate)
        runTo(1000);
        EpochRecord rest = vm.recordProperty().get();
        vm.setLearningRate(10);

        // when N is pressed
        vm.nudgeW();

        // then the run starts again at epoch 0 from W + 0.5 and the same b, with α still 10
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.initialWProperty().get()).isEqualTo((double) (float) (rest.w() + 0.5));
        assertThat(vm.initialBProperty().get()).isEqualTo((double) rest.b());
        assertThat(vm.learningRateProperty().get()).isEqualTo(10);
        assertThat(vm.aboveCriticalProperty().get()).isTrue();

        // and from there the steps grow, as the warning says: the cost rises epoch after epoch
        float cost0 = vm.recordProperty().get().cost();
        vm.step();
        float cost1 = vm.recordProperty().get().cost();
        vm.step();
        float cost2 = vm.recordProperty().get().cost();
        assertThat(cost1).isGreaterThan(cost0);
        assertThat(cost2).isGreaterThan(cost1);
    }

    @Test
    void belowTheCriticalRateANudgedRunSettlesAgain() {
        runTo(1000);
        vm.nudgeW();
        runTo(1000);
        assertThat(vm.recordProperty().get().w()).isBetween(1.9f, 2.05f);
    }
}
