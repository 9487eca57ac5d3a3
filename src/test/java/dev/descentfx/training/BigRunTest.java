package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A run on big data keeps a checkpoint as often as a frame's training ({@link EpochBudget}), so showing an
 * earlier record replays at most that many epochs, and the record is still the one a fresh run gives.
 */
class BigRunTest {
    private static TrainingConfig line(int n) {
        SplittableRandom random = new SplittableRandom(5);
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) random.nextDouble(0, 4);
            y[i] = (float) (2 * x[i] + random.nextGaussian());
        }
        return new TrainingConfig(Dataset.of(x, y), new float[1], 0f, true, 0.01, GradientMode.AUTOGRAD, 0);
    }

    @Test
    void twoHundredThousandPointsKeepACheckpointEveryTenEpochsAndReplayTheSameRecords() {
        TrainingConfig c = line(200_000);
        Run run = new Run(c);
        for (int i = 0; i < 30; i++) {
            run.extend();
        }
        assertThat(run.sizes()[0]).isEqualTo(4);   // epochs 0, 10, 20 and 30
        List<EpochRecord> fresh = new Trainer(c).run(30);
        for (int epoch : new int[] {17, 3, 29, 10}) {
            assertThat(run.record(epoch)).as("epoch %d", epoch).isEqualTo(fresh.get(epoch - 1));
        }
    }

    @Test
    void theLessonStillKeepsOneEveryThousand() {
        Run run = new Run(TrainingConfig.lesson());
        for (int i = 0; i < 2500; i++) {
            run.extend();
        }
        assertThat(run.sizes()[0]).isEqualTo(3);   // epochs 0, 1000 and 2000
    }
}
