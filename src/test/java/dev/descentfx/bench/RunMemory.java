package dev.descentfx.bench;

import dev.descentfx.training.Run;
import dev.descentfx.training.TrainingConfig;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Random;

/**
 * How much memory a run's whole history holds, and how long it takes to show any epoch of it.
 * Trains the lesson's run for 10,000,000 epochs through {@link Run} (as the window does at top
 * speed), then measures the heap the Run keeps alive (used heap after full collections, with the
 * Run and without it) and the time to fetch 2,000 random records (checkpoint + replay).
 *
 * <pre>./mvnw -B -q -Pbench verify -Dbench.main=dev.descentfx.bench.RunMemory</pre>
 */
public final class RunMemory {
    private static final int EPOCHS = 10_000_000;

    public static void main(String[] args) {
        long before = usedAfterGc();
        long start = System.nanoTime();
        Run run = new Run(TrainingConfig.lesson());
        for (int i = 0; i < EPOCHS; i++) {
            run.extend();
        }
        double trainS = (System.nanoTime() - start) / 1e9;
        long with = usedAfterGc();
        int[] sizes = run.sizes();
        System.out.printf("MEMORY epochs=%d retained_mb=%.1f checkpoints=%d traced=%d train_s=%.1f%n", EPOCHS,
                (with - before) / 1e6, sizes[0], sizes[1], trainS);

        Random random = new Random(1);
        long[] nanos = new long[2000];
        long sink = 0;
        for (int i = 0; i < nanos.length; i++) {
            int epoch = random.nextInt(EPOCHS + 1);
            long t = System.nanoTime();
            sink += Float.floatToRawIntBits(run.record(epoch).w());
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("SEEK random_records=%d median_ms=%.3f p99_ms=%.3f worst_ms=%.3f (%d)%n", nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 99 / 100] / 1e6, nanos[nanos.length - 1] / 1e6,
                sink & 1);
        if (run.last().epoch() != EPOCHS) {
            throw new AssertionError("the run stopped at " + run.last().epoch());
        }
    }

    private static long usedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
