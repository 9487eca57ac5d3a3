package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.TrainingConfig;
import org.junit.jupiter.api.Test;

/**
 * The speed the toolbar writes is the one Play shows: the lesson plays at the chosen 1,000 epochs a
 * second, big data at fewer. The expected top speed is the budget's definition worked out here
 * (2,000,000 point-epochs a frame, 60 frames a second); the check that it is true is a second of
 * Play counted epoch by epoch.
 */
class TopSpeedTest {

    @Test
    void theLessonsTopSpeedIsAboveTheSlidersAndBigDataGetFewerEpochsASecond() {
        assertThat(new DescentViewModel().topSpeedProperty().get()).isEqualTo(1000 * 60);

        // given 400,000 points: 2,000,000 / 400,000 = 5 epochs a frame, 300 a second
        float[] x = new float[400_000], y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i % 7;
            y[i] = 2 * x[i] + 1;
        }
        DescentViewModel vm = new DescentViewModel(TrainingConfig.lesson().withData(Dataset.of(x, y)));
        assertThat(vm.topSpeedProperty().get()).isEqualTo(300);

        // when Play runs at 1,000 epochs a second for one second of frames
        vm.setSpeed(1000);
        long clock = 0;
        vm.tick(clock);
        vm.play();
        for (int frame = 0; frame < 60; frame++) {
            vm.tick(clock += DescentViewModel.FRAME_NANOS);
        }

        // then it trained no more than the top speed says (the first frame's single step aside)
        assertThat(vm.epochProperty().get()).isBetween(295, 300);
    }
}
