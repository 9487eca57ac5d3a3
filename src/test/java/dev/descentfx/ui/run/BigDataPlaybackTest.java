package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochBudget;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Big data at top speed: a frame trains no more epochs than fit its budget (examples × epochs), and the
 * records are still those of a fresh run of the same settings, epoch for epoch.
 */
class BigDataPlaybackTest {
    private static final long SECOND = 1_000_000_000L;

    private static Dataset line(int n) {
        SplittableRandom random = new SplittableRandom(7);
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextDouble(0, 4);
            y[i] = (float) (2 * x[i] + random.nextGaussian());
        }
        return Dataset.of(x, y);
    }

    @Test
    void theBudgetFollowsTheSizeOfTheData() {
        assertThat(EpochBudget.epochs(Dataset.lesson())).isEqualTo(1000);
        assertThat(EpochBudget.epochs(line(2000))).isEqualTo(1000);
        assertThat(EpochBudget.epochs(line(200_000))).isEqualTo(10);
        assertThat(EpochBudget.epochs(line(3_000_000))).isEqualTo(1);   // never none: the run goes on
    }

    @Test
    void playingTwoHundredThousandPointsTrainsTenEpochsAFrameAndTheRecordsAreAFreshRunsOnes() {
        DescentViewModel vm = new DescentViewModel();
        vm.useData(line(200_000));
        vm.setSpeed(DescentViewModel.MAX_SPEED);
        vm.setTarget(1_000_000);
        vm.play();
        long clock = SECOND;
        vm.tick(clock);
        List<EpochRecord> shown = new ArrayList<>();
        for (int frame = 0; frame < 3; frame++) {
            int before = vm.epochProperty().get();
            clock += SECOND;   // a second is due each frame: 1,000 epochs at top speed, and only 10 fit
            vm.tick(clock);
            assertThat(vm.epochProperty().get() - before).isEqualTo(10);
            shown.add(vm.recordProperty().get());
        }
        vm.pause();
        Trainer fresh = new Trainer(vm.settingsProperty().get());
        List<EpochRecord> expected = fresh.run(31);
        assertThat(shown).containsExactly(expected.get(10), expected.get(20), expected.get(30));
        vm.showEpoch(17);   // a record between frames: the replay from its checkpoint, the same as a fresh run's
        assertThat(vm.recordProperty().get()).isEqualTo(expected.get(16));
    }

    @Test
    void runningToAnEpochOnBigDataAlsoKeepsToTheBudget() {
        DescentViewModel vm = new DescentViewModel();
        vm.useData(line(200_000));
        vm.runToEpoch(25);
        long clock = SECOND;
        vm.tick(clock);
        assertThat(vm.epochProperty().get()).isEqualTo(10);
        vm.tick(clock += DescentViewModel.FRAME_NANOS);
        vm.tick(clock += DescentViewModel.FRAME_NANOS);
        assertThat(vm.epochProperty().get()).isEqualTo(25);
        assertThat(vm.runningProperty().get()).isFalse();
    }
}
