package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.plot.PlotFrame;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An animation of epochs not trained yet (the window's Animated GIF… at the start, to the Run-to
 * epoch): the run is trained on first, the frames are its records, and the epoch on screen stays.
 * The expected records come from a separate Trainer.
 */
class RunFramesTest {

    @Test
    void framesPastTheLastTrainedEpochTrainTheRunOnAndLeaveTheScreenAlone() {
        DescentViewModel vm = new DescentViewModel();
        assertThat(vm.files().lastEpoch()).isZero();

        List<PlotFrame> frames = vm.files().frames(0, 40, 4);

        List<EpochRecord> lesson = new Trainer(TrainingConfig.lesson()).run(40);   // records 1..40
        assertThat(frames).hasSize(11);
        assertThat(frames.get(10).record()).isEqualTo(lesson.get(39));
        assertThat(frames.get(1).record()).isEqualTo(lesson.get(3));
        assertThat(vm.files().lastEpoch()).isEqualTo(40);
        assertThat(vm.epochProperty().get()).isZero();
    }

    @Test
    void aRunThatBlowsUpGivesFramesUpToItsLastFiniteRecord() {
        DescentViewModel vm = new DescentViewModel(TrainingConfig.lesson().withLearningRate(5));
        List<PlotFrame> frames = vm.files().frames(0, 5000, 1);

        int lastFinite = vm.files().lastEpoch();
        assertThat(lastFinite).isLessThan(5000);
        assertThat(frames).hasSize(lastFinite + 1);
        assertThat(frames.get(lastFinite).record().isFinite()).isTrue();
    }
}
