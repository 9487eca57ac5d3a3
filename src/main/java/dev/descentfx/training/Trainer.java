package dev.descentfx.training;

import dev.descentfx.autograd.GradMode;
import dev.descentfx.autograd.Tensor;
import dev.descentfx.autograd.optim.SGD;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs gradient descent one epoch at a time and reports each state as an {@link EpochRecord}.
 * Record k is the state after k updates; {@link #current()} starts at record 0.
 *
 * <p>In AUTOGRAD mode an epoch is the lesson's loop, split where the record is taken:
 * {@code optimizer.step()}, then at the new W and b the hypothesis, the cost,
 * {@code zero_grad()} and {@code backward()}. In MANUAL mode the gradient comes from the
 * lesson's hand formula and the update is {@code W -= lr * gradient}.
 *
 * <p>A Trainer is used from one thread at a time.
 */
public final class Trainer {
    private final TrainingConfig config;
    private final LinearModel model;
    private final SGD optimizer;
    private final ManualGradient manual;
    private float[] velocity;          // MANUAL mode's momentum: one per W, then b
    private EpochRecord current;

    public Trainer(TrainingConfig config) {
        this.config = config;
        boolean autograd = config.mode() == GradientMode.AUTOGRAD;
        this.model = new LinearModel(config.data(), config.initialW(), config.initialB(), config.bias(), autograd);
        this.optimizer = new SGD(model.parameters(), config.learningRate(), config.momentum());
        this.manual = new ManualGradient(model, config.data());
        this.current = measure(0, optimizer.learningRate());
    }

    public TrainingConfig config() {
        return config;
    }

    /** The latest record. */
    public EpochRecord current() {
        return current;
    }

    /** The learning rate the next step will use (float32, as the update computes with it). */
    public float learningRate() {
        return optimizer.learningRate();
    }

    /** Changes α for the following steps; W and b carry on from where they are. */
    public void setLearningRate(double learningRate) {
        optimizer.setLearningRate(learningRate);
    }

    /** One update of W (and b): {@code W := W − α∇W}. Returns the new record. */
    public EpochRecord step() {
        if (config.mode() == GradientMode.AUTOGRAD) {
            optimizer.step();
        } else {
            manualUpdate();
        }
        current = measure(current.epoch() + 1, optimizer.learningRate());
        return current;
    }

    /** {@code epochs} steps; returns their records (not including the current one). */
    public List<EpochRecord> run(int epochs) {
        List<EpochRecord> records = new ArrayList<>(epochs);
        for (int i = 0; i < epochs; i++) {
            records.add(step());
        }
        return records;
    }

    private EpochRecord measure(int epoch, float learningRate) {
        float[] w = model.W.toArray();
        float b = model.bias();
        if (config.mode() == GradientMode.AUTOGRAD) {
            Tensor cost = model.cost();
            optimizer.zeroGrad();
            cost.backward();
            float gradB = model.b == null ? 0f : model.b.grad().item();
            return record(epoch, w, b, cost.item(), model.W.grad().toArray(), gradB, learningRate);
        }
        Tensor r = manual.residual();
        float[] gradW = new float[w.length];
        for (int j = 0; j < w.length; j++) {
            gradW[j] = manual.gradW(r, j);
        }
        float gradB = config.bias() ? ManualGradient.gradB(r) : 0f;
        return record(epoch, w, b, ManualGradient.cost(r), gradW, gradB, learningRate);
    }

    private EpochRecord record(int epoch, float[] w, float b, float cost, float[] gradW, float gradB, float lr) {
        return new EpochRecord(epoch, w, b, cost, gradW, gradB, lr, config.bias(), config.mode());
    }

    // W -= lr * gradient (and b), with PyTorch's momentum rule v := μ·v + g when μ > 0.
    private void manualUpdate() {
        int k = current.features();
        float[] g = new float[k + 1];
        System.arraycopy(current.gradWeights(), 0, g, 0, k);
        g[k] = current.gradB();
        float mu = (float) config.momentum();
        if (mu != 0f) {
            if (velocity == null) {
                velocity = g.clone();
            } else {
                for (int i = 0; i <= k; i++) {
                    velocity[i] = velocity[i] * mu + g[i];
                }
            }
            g = velocity.clone();
        }
        float lr = optimizer.learningRate();
        float[] w = current.weights();
        for (int j = 0; j < k; j++) {
            w[j] = w[j] - lr * g[j];
        }
        try (var off = GradMode.noGrad()) {
            model.W.set(w);
            if (model.b != null) {
                model.b.set(current.b() - lr * g[k]);
            }
        }
    }
}
