package dev.descentfx.bench;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.util.Random;

/**
 * The checks that make the benchmark a fair comparison: the engine, the hand-fused loop and
 * the {@code Trainer} itself must produce the same float32 bits for W, b, the cost and both
 * gradients, epoch after epoch. If they ever differ, the benchmark stops and says where.
 */
public final class SameNumbers {
    static final float LEARNING_RATE = 0.01f;
    static final float START_W = 1.9f;    // near the answer 2, so nothing diverges however long it runs
    static final float START_B = 0.1f;
    private static final long SEED = 20240601L;

    private SameNumbers() {
    }

    /** n points x in [−1, 1), y = 2x + noise, from a fixed seed. */
    public static float[][] data(int n) {
        Random random = new Random(SEED);
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2f * random.nextFloat() - 1f;
            y[i] = 2f * x[i] + 0.1f * (float) random.nextGaussian();
        }
        return new float[][] {x, y};
    }

    /** Runs engine, fused loop and Trainer side by side for {@code epochs} epochs; throws at the first difference. */
    public static void check(float[] x, float[] y, int epochs) {
        EngineEpoch engine = new EngineEpoch(x, y, START_W, START_B, LEARNING_RATE);
        FusedEpoch fused = new FusedEpoch(x, y, START_W, START_B, LEARNING_RATE);
        Trainer trainer = new Trainer(new TrainingConfig(Dataset.of(x, y), new float[] {START_W}, START_B, true,
                LEARNING_RATE, GradientMode.AUTOGRAD, 0));
        for (int epoch = 0; epoch < epochs; epoch++) {
            EpochRecord before = trainer.current();   // the cost and gradients the next update uses
            trainer.step();
            engine.epoch();
            fused.epoch();
            String where = "n=" + x.length + ", epoch " + epoch;
            same(where + ", cost (engine vs fused)", engine.cost, fused.cost);
            same(where + ", gradW (engine vs fused)", engine.W.grad().item(), fused.gradW);
            same(where + ", gradB (engine vs fused)", engine.b.grad().item(), fused.gradB);
            same(where + ", W after the update (engine vs fused)", engine.W.item(), fused.w);
            same(where + ", b after the update (engine vs fused)", engine.b.item(), fused.b);
            same(where + ", cost (Trainer vs fused)", before.cost(), fused.cost);
            same(where + ", gradW (Trainer vs fused)", before.gradW(), fused.gradW);
            same(where + ", gradB (Trainer vs fused)", before.gradB(), fused.gradB);
            same(where + ", W after the update (Trainer vs fused)", trainer.current().w(), fused.w);
            same(where + ", b after the update (Trainer vs fused)", trainer.current().b(), fused.b);
        }
    }

    /** The lesson's own run must still end where its note says (W 1.9708, b 0.0664), to the float. */
    public static void checkLesson() {
        EpochRecord last = new Trainer(TrainingConfig.lesson()).run(1000).get(999);
        same("the lesson's W after 1000 updates", last.w(), 1.9707825f);
        same("the lesson's b after 1000 updates", last.b(), 0.06641824f);
    }

    private static void same(String what, float actual, float expected) {
        if (Float.floatToRawIntBits(actual) != Float.floatToRawIntBits(expected)) {
            throw new IllegalStateException("The benchmark would not be fair: " + what + " is " + actual + " ("
                    + Integer.toHexString(Float.floatToRawIntBits(actual)) + ") but should be " + expected + " ("
                    + Integer.toHexString(Float.floatToRawIntBits(expected)) + "). The engine and the fused loop no "
                    + "longer compute the same float32 epoch; fix that before trusting any timing.");
        }
    }
}
