package dev.descentfx.ui.run;

import dev.descentfx.plot.PlotFrame;
import dev.descentfx.training.CriticalLearningRate;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.TrainingConfig;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one ViewModel of the window: the run, which record is on screen, the settings, and the
 * frame every plot draws. No toolkit needed: time comes in through {@link #tick(long)}, which
 * the window's AnimationTimer calls once per frame (and tests call by hand).
 *
 * <p>What resets and what does not: a new α or gradient mode carries on from the shown W and
 * b; a new initial W, initial b or bias switch starts again from epoch 0.
 */
public final class DescentViewModel {
    public static final double MIN_LEARNING_RATE = 1e-4;
    public static final double MAX_LEARNING_RATE = 10;
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 1000;
    public static final double MAX_INITIAL = 100;
    /** The clock's frame and per-frame cap, as the tests and the benchmark see them. */
    static final long FRAME_NANOS = Playback.FRAME_NANOS;
    static final int MAX_EPOCHS_PER_FRAME = Playback.MAX_EPOCHS_PER_FRAME;

    private final RunHistory run;
    private final LiveNumbers numbers;
    private final Playback playback = new Playback();
    private int runTarget = -1;   // the epoch runToEpoch is training towards while running

    // Properties
    private final ReadOnlyObjectWrapper<EpochRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
    private final ReadOnlyObjectWrapper<PlotFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyDoubleWrapper learningRate = new ReadOnlyDoubleWrapper(this, "learningRate");
    private final ReadOnlyDoubleWrapper criticalLearningRate = new ReadOnlyDoubleWrapper(this, "criticalLearningRate");
    private final ReadOnlyDoubleWrapper initialW = new ReadOnlyDoubleWrapper(this, "initialW");
    private final ReadOnlyDoubleWrapper initialB = new ReadOnlyDoubleWrapper(this, "initialB");
    private final ReadOnlyBooleanWrapper bias = new ReadOnlyBooleanWrapper(this, "bias");
    private final ReadOnlyObjectWrapper<GradientMode> mode = new ReadOnlyObjectWrapper<>(this, "mode");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 2);
    private final ReadOnlyBooleanWrapper logCost = new ReadOnlyBooleanWrapper(this, "logCost");
    private final ReadOnlyBooleanWrapper helpVisible = new ReadOnlyBooleanWrapper(this, "helpVisible");
    private final ReadOnlyStringWrapper divergenceMessage = new ReadOnlyStringWrapper(this, "divergenceMessage", "");

    // Derived values
    private final IntegerBinding epoch = Bindings.createIntegerBinding(() -> record.get().epoch(), record);
    private final BooleanBinding aboveCritical = learningRate.greaterThan(criticalLearningRate);
    private final StringBinding criticalWarning = Bindings.createStringBinding(
            () -> aboveCritical.get() ? Words.aboveCritical(learningRate.get(), criticalLearningRate.get()) : "",
            aboveCritical, learningRate, criticalLearningRate);

    /** The lesson's run: x = [1, 2, 3], y = [2, 4, 6], W = b = 0, α = 0.01, autograd. */
    public DescentViewModel() {
        this(TrainingConfig.lesson());
    }

    public DescentViewModel(TrainingConfig config) {
        run = new RunHistory(config);
        learningRate.set(config.learningRate());
        initialW.set(config.initialW()[0]);
        initialB.set(config.initialB());
        bias.set(config.bias());
        mode.set(config.mode());
        // the critical α depends on the data and the model (bias or not), not on where the run is
        criticalLearningRate.bind(Bindings.createDoubleBinding(
                () -> CriticalLearningRate.of(config.data(), bias.get(), config.momentum()), bias));
        publish();
        numbers = new LiveNumbers(record, learningRate, run::beforeShown);
    }

    // Properties

    public ReadOnlyObjectProperty<EpochRecord> recordProperty() { return record.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<PlotFrame> frameProperty() { return frame.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canStepBackProperty() { return canStepBack.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty learningRateProperty() { return learningRate.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty criticalLearningRateProperty() { return criticalLearningRate.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty initialWProperty() { return initialW.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty initialBProperty() { return initialB.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty biasProperty() { return bias.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<GradientMode> modeProperty() { return mode.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty speedProperty() { return speed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty logCostProperty() { return logCost.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty helpVisibleProperty() { return helpVisible.getReadOnlyProperty(); }
    public ReadOnlyStringProperty divergenceMessageProperty() { return divergenceMessage.getReadOnlyProperty(); }
    public IntegerBinding epochProperty() { return epoch; }
    public BooleanBinding aboveCriticalProperty() { return aboveCritical; }
    public StringBinding criticalWarningProperty() { return criticalWarning; }

    /** The shown record's numbers as text. */
    public LiveNumbers numbers() { return numbers; }

    public int storedRecords() { return run.size(); }

    // Commands

    /** One epoch forward: the next stored record if the student stepped back, else one update. */
    public void step() {
        stepSliding(Playback.SLIDE_NANOS);
        publish();
    }

    /** One stored record back; the point slides back along the parabola. */
    public void stepBack() {
        EpochRecord from = run.shown();
        run.back();
        if (run.shown() != from) {
            playback.slide(from, run.shown(), Playback.SLIDE_NANOS);
        }
        publish();
    }

    public void play() {
        if (diverged() && run.atEnd()) {
            return;
        }
        playback.start();
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
        stopRunning();
    }

    public void togglePlay() {
        if (playing.get() || running.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Back to epoch 0 with the current settings. */
    public void reset() {
        pause();
        restart();
    }

    /** Shows epoch {@code target}: from the history if it is there, else trains up to it over the next frames. */
    public void runToEpoch(int target) {
        pause();
        playback.stopSlide();
        if (target <= run.last().epoch()) {
            run.showEpoch(Math.max(0, target));
        } else {
            run.showEpoch(run.last().epoch());
            runTarget = target;
            running.set(true);
        }
        publish();
    }

    /** A new α; the run carries on from the shown W and b, it does not reset. */
    public void setLearningRate(double alpha) {
        if (Double.isNaN(alpha)) {
            return;
        }
        double clamped = clamp(alpha, MIN_LEARNING_RATE, MAX_LEARNING_RATE);
        if (clamped == learningRate.get()) {
            return;
        }
        learningRate.set(clamped);
        carryOn(run.config().withLearningRate(clamped));
    }

    /** Moves α one notch along 0.0001, 0.0002, 0.0005, 0.001, ... 5, 10 ({@code notches} = +1 or −1). */
    public void nudgeLearningRate(int notches) {
        double alpha = learningRate.get();
        for (int i = 0; i < Math.abs(notches); i++) {
            alpha = LearningRateNotches.next(alpha, Integer.signum(notches));
        }
        setLearningRate(alpha);
    }

    /** A new starting W: the run starts again from epoch 0. */
    public void setInitialW(double w) {
        setInitial(initialW, w);
    }

    /** A new starting b: the run starts again from epoch 0. */
    public void setInitialB(double b) {
        setInitial(initialB, b);
    }

    /** Bias on or off changes the model (and the critical α): the run starts again from epoch 0. */
    public void setBias(boolean on) {
        if (on != bias.get()) {
            bias.set(on);
            restart();
        }
    }

    /** Autograd or the hand formula: the same numbers, so the run carries on. */
    public void setMode(GradientMode m) {
        if (m != null && m != mode.get()) {
            mode.set(m);
            carryOn(run.config().withMode(m));
        }
    }

    /** Epochs per second while playing, 1 to 1000. */
    public void setSpeed(double epochsPerSecond) {
        if (Double.isFinite(epochsPerSecond)) {
            speed.set(clamp(epochsPerSecond, MIN_SPEED, MAX_SPEED));
        }
    }

    public void setLogCost(boolean on) {
        logCost.set(on);
        publish();
    }

    public void toggleHelp() {
        helpVisible.set(!helpVisible.get());
    }

    public void hideHelp() {
        helpVisible.set(false);
    }

    /**
     * One frame of the clock at time {@code nanos}: trains what is due (at most
     * {@link #MAX_EPOCHS_PER_FRAME}) and moves the sliding point.
     */
    public void tick(long nanos) {
        long dt = playback.tick(nanos);
        if (running.get()) {
            advanceMany(Playback.epochsToward(runTarget, run.shown().epoch()));
            if (run.shown().epoch() >= runTarget || diverged()) {
                stopRunning();
            }
        } else if (playing.get()) {
            int n = playback.epochsDue(dt, speed.get());
            long slideNanos = Playback.slideNanos(speed.get());
            if (n == 1 && slideNanos > 0) {
                playback.stopSlide();
                stepSliding(slideNanos);
            } else if (n > 0) {
                advanceMany(n);
            }
        }
        publish();
    }

    // the machinery behind the commands

    /** One epoch forward, the point sliding there over {@code nanos}. */
    private void stepSliding(long nanos) {
        EpochRecord from = run.shown();
        if (advance()) {
            playback.slide(from, run.shown(), nanos);
        }
    }

    private void advanceMany(int n) {
        playback.stopSlide();
        for (int i = 0; i < n && advance(); i++) {
            // each advance trains or replays one epoch
        }
    }

    /** One epoch forward; false when nothing moved (the run has blown up and waits for a change). */
    private boolean advance() {
        if (!run.atEnd()) {
            run.forward();
            return true;
        }
        if (diverged()) {
            pause();   // replayed up to the blow-up again: stop here, the message still says why
            return false;
        }
        EpochRecord next = run.extend();
        if (!next.isFinite()) {
            pause();
            divergenceMessage.set(Words.divergence(learningRate.get(), criticalLearningRate.get(),
                    run.last().epoch(), next));
            return false;
        }
        return true;
    }

    private void setInitial(ReadOnlyDoubleWrapper initial, double value) {
        if (Double.isFinite(value) && value != initial.get()) {
            initial.set(clamp(value, -MAX_INITIAL, MAX_INITIAL));
            restart();
        }
    }

    private boolean diverged() {
        return !divergenceMessage.get().isEmpty();
    }

    private void stopRunning() {
        runTarget = -1;
        running.set(false);
    }

    /** α or gradient mode changed: keep records 0..shown and carry on from there. */
    private void carryOn(TrainingConfig config) {
        playback.stopSlide();
        run.branch(config);
        forgetDivergence();
    }

    /** A new initial W, initial b or bias: the run starts again from epoch 0. */
    private void restart() {
        playback.stopSlide();
        stopRunning();
        TrainingConfig config = run.config().withBias(bias.get()).withMode(mode.get())
                .withLearningRate(learningRate.get())
                .withInitial(new float[] {(float) initialW.get()}, (float) initialB.get());
        run.restart(config);
        forgetDivergence();
    }

    /** New settings: whatever blew up before may not now. */
    private void forgetDivergence() {
        divergenceMessage.set("");
        publish();
    }

    /** Pushes the shown record and this frame's picture to the properties. */
    private void publish() {
        record.set(run.shown());
        canStepBack.set(run.shownIndex() > 0);
        frame.set(playback.frame(run, learningRate.get(), logCost.get(), frame.get()));   // the same frame: no redraw
    }

    private static double clamp(double x, double min, double max) {
        return Math.max(min, Math.min(max, x));
    }
}
