package dev.descentfx.training;

import dev.descentfx.autograd.Graph;
import dev.descentfx.autograd.Tensor;
import dev.descentfx.autograd.optim.Optimizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the lesson's loop one epoch at a time and reports each state as an {@link EpochRecord}.
 * Record k is the state after k updates, with the cost and the gradients there; {@link #current()}
 * starts at record 0.
 *
 * <p>An epoch is the lesson's calls ({@link Call}): the hypothesis, the cost,
 * {@code optimizer.zero_grad()} and {@code cost.backward()} make record k, and its
 * {@code optimizer.step()} leads to record k + 1. By hand (the lesson's part 2) the gradient comes
 * from the formula and the step is {@code W -= lr * gradient}. {@link #stepByCalls()} runs the same
 * calls one at a time and hands back a {@link Moment} after each.
 *
 * <p>The run carries on when a setting changes, as tinygrad's {@code optimizer.lr = ...} does:
 * a new α applies from the next step; a new gradient mode or zero_grad setting applies to the
 * current epoch's calls, which run again from the same W and b. The optimizer's state (SGD's
 * momentum buffers, Adam's moments and step count) is kept. A Trainer is used from one thread at a time.
 */
public final class Trainer {
    private final LinearModel model;
    private final Optimizer optimizer;
    private final ManualGradient manual;
    private TrainingConfig settings;
    private float arrivedWith;                 // α of the update that led to the current record
    private float[] gradWBefore, gradBBefore;  // W.grad and b.grad when this epoch's calls began
    private Tensor hypothesis, cost;           // this epoch's, for moments
    private float[] gradient;                  // by hand: this epoch's formula gradient (W, then b), for moments
    private EpochRecord current;

    public Trainer(TrainingConfig config) {
        this(config, config.initialW(), config.initialB(), (float) config.learningRate());
        measure(0, null);
    }

    private Trainer(TrainingConfig settings, float[] w, float b, float arrivedWith) {
        this.settings = settings;
        this.arrivedWith = arrivedWith;
        Dataset train = settings.trainData();   // the held-out test rows never reach the model
        this.model = new LinearModel(train, w, b, settings.bias(), settings.mode() == GradientMode.AUTOGRAD);
        this.optimizer = settings.optimizer().create(model.parameters(), settings.learningRate());
        this.manual = new ManualGradient(model, train);
    }

    /** A trainer at the start of {@code c}'s epoch that goes on exactly as the run it was taken from. */
    public static Trainer resume(Checkpoint c) {
        Trainer t = unmeasured(c);
        t.measure(c.epoch(), null);
        return t;
    }

    /** The calls of {@code c}'s epoch, FORWARD up to its record, as {@link #resume} runs them. */
    public static List<Moment> resumeByCalls(Checkpoint c) {
        List<Moment> moments = new ArrayList<>();
        unmeasured(c).measure(c.epoch(), moments);
        return moments;
    }

    private static Trainer unmeasured(Checkpoint c) {
        Trainer t = new Trainer(c.settings(), c.weights(), c.b(), c.arrivedWith());
        t.optimizer.loadState(c.momentum());
        t.restoreGrads(c.gradW(), c.gradB());
        return t;
    }

    /** Record 0 made call by call: START (nothing has run), then epoch 0's calls up to its gradients. */
    public static List<Moment> startByCalls(TrainingConfig config) {
        Trainer t = new Trainer(config, config.initialW(), config.initialB(), (float) config.learningRate());
        List<Moment> moments = new ArrayList<>();
        t.note(moments, 0, Call.START);
        t.measure(0, moments);
        return moments;
    }

    /** The latest record. */
    public EpochRecord current() {
        return current;
    }

    /** The settings now: the starting config with the α, gradient mode and zero_grad in use. */
    public TrainingConfig settings() {
        return settings;
    }

    /** The learning rate the next step will use (float32, as the update computes with it). */
    public float learningRate() {
        return optimizer.learningRate();
    }

    /** A new α for the following steps; W, b and the optimizer's state carry on from where they are. */
    public void setLearningRate(double learningRate) {
        optimizer.setLearningRate(learningRate);
        settings = settings.withLearningRate(learningRate);
    }

    /** Autograd or the hand formula: this epoch's calls run again in the new way, from the same W and b. */
    public void setMode(GradientMode mode) {
        if (mode != settings.mode()) {
            settings = settings.withMode(mode);
            model.setRequiresGrad(mode == GradientMode.AUTOGRAD);
            gradWBefore = gradBBefore = null;   // by hand W has no .grad; back in autograd it starts as None
            remeasure();
        }
    }

    /** With or without {@code optimizer.zero_grad()}: this epoch's calls run again, from the same W, b and .grad. */
    public void setZeroGrad(boolean on) {
        if (on != settings.zeroGrad()) {
            settings = settings.withZeroGrad(on);
            remeasure();
        }
    }

    /**
     * Carries on with {@code next}'s α, gradient mode and zero_grad (the settings a run may change
     * while it goes on): the one place a change of settings is applied to a trainer, for the
     * window's run and for a saved session replayed by the command line.
     */
    public void carryOn(TrainingConfig next) {
        setLearningRate(next.learningRate());
        setMode(next.mode());
        setZeroGrad(next.zeroGrad());
    }

    /** One update of W (and b), {@code W := W − α∇W}, then the next epoch's calls. Returns the new record. */
    public EpochRecord step() {
        update(null);
        measure(current.epoch() + 1, null);
        return current;
    }

    /** The same as {@link #step()}, a {@link Moment} after each call: STEP, FORWARD, COST, …, BACKWARD. */
    public List<Moment> stepByCalls() {
        List<Moment> moments = new ArrayList<>();
        update(moments);
        measure(current.epoch() + 1, moments);
        return moments;
    }

    /** {@code epochs} steps; returns their records (not including the current one). */
    public List<EpochRecord> run(int epochs) {
        List<EpochRecord> records = new ArrayList<>(epochs);
        for (int i = 0; i < epochs; i++) {
            records.add(step());
        }
        return records;
    }

    /** What {@link #resume} needs to carry on from the start of the current record's epoch. */
    public Checkpoint checkpoint() {
        return new Checkpoint(current.epoch(), settings, current.weights(), current.b(), gradWBefore, gradBBefore,
                optimizer.state(), arrivedWith);
    }

    // optimizer.step(), or W -= lr * gradient by hand, with the current record's gradients
    private void update(List<Moment> moments) {
        if (settings.mode() == GradientMode.AUTOGRAD) {
            optimizer.step();
        } else {
            Tensor gW = Tensor.of(current.gradWeights(), model.W.shape());
            optimizer.stepByHand(model.b == null ? List.of(gW) : List.of(gW, Tensor.vector(current.gradB())));
        }
        arrivedWith = optimizer.learningRate();
        note(moments, current.epoch(), Call.STEP);
    }

    // The epoch's calls up to its record: hypothesis, cost, then zero_grad and backward (or the formula).
    private void measure(int epoch, List<Moment> moments) {
        gradWBefore = grad(model.W);
        gradBBefore = grad(model.b);
        gradient = null;
        cost = null;
        hypothesis = model.hypothesis();
        note(moments, epoch, Call.FORWARD);
        if (settings.mode() == GradientMode.AUTOGRAD) {
            cost = model.cost(hypothesis);
            note(moments, epoch, Call.COST);
            if (settings.zeroGrad()) {
                optimizer.zeroGrad();
            }
            note(moments, epoch, Call.ZERO_GRAD);
            cost.backward();
            note(moments, epoch, Call.BACKWARD);
            float gradB = model.b == null ? 0f : model.b.grad().item();
            current = record(epoch, cost.item(), model.W.grad().toArray(), gradB);
            return;
        }
        Tensor r = manual.residual(hypothesis);
        cost = r.pow(2).mean();
        note(moments, epoch, Call.COST);
        float[] gradW = new float[model.W.numel()];
        for (int j = 0; j < gradW.length; j++) {
            gradW[j] = manual.gradW(r, j);
        }
        float gradB = settings.bias() ? ManualGradient.gradB(r) : 0f;
        gradient = withB(gradW, gradB);
        note(moments, epoch, Call.GRADIENT);
        current = record(epoch, cost.item(), gradW, gradB);
    }

    private void remeasure() {
        restoreGrads(gradWBefore, gradBBefore);
        measure(current.epoch(), null);
    }

    private EpochRecord record(int epoch, float cost, float[] gradW, float gradB) {
        return new EpochRecord(epoch, model.W.toArray(), model.bias(), cost, gradW, gradB, arrivedWith,
                settings.bias(), settings.mode());
    }

    private void restoreGrads(float[] gradW, float[] gradB) {
        if (settings.mode() == GradientMode.AUTOGRAD) {
            model.W.setGrad(gradW);
            if (model.b != null) {
                model.b.setGrad(gradB);
            }
        }
    }

    // The Moment after `call`: copies of every tensor as it is now (nothing when no one is listening).
    private void note(List<Moment> moments, int epoch, Call call) {
        if (moments == null) {
            return;
        }
        boolean byHand = settings.mode() == GradientMode.MANUAL;
        float[] gW = byHand ? (gradient == null ? null : java.util.Arrays.copyOf(gradient, model.W.numel())) : grad(model.W);
        float[] gB = byHand ? (gradient == null || model.b == null ? null : new float[] {gradient[gradient.length - 1]})
                : grad(model.b);
        Tensor root = cost != null ? cost : hypothesis;
        Graph graph = byHand || root == null ? null : Graph.of(root, names());
        moments.add(new Moment(epoch, call, settings, model.W.toArray(), model.bias(), gW, gB,
                hypothesis == null ? null : hypothesis.toArray(), cost == null ? null : new float[] {cost.item()}, graph));
    }

    private Map<Tensor, String> names() {
        Map<Tensor, String> names = new IdentityHashMap<>();
        names.put(model.x, "x_train");
        names.put(model.y, "y_train");
        names.put(model.W, "W");
        if (model.b != null) {
            names.put(model.b, "b");
        }
        names.put(hypothesis, "hypothesis");
        if (cost != null) {
            names.put(cost, "cost");
        }
        return names;
    }

    private static float[] grad(Tensor t) {
        Tensor g = t == null ? null : t.grad();
        return g == null ? null : g.toArray();
    }

    private static float[] withB(float[] gradW, float gradB) {
        float[] all = java.util.Arrays.copyOf(gradW, gradW.length + 1);
        all[gradW.length] = gradB;
        return all;
    }
}
