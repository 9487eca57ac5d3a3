package dev.descentfx.ui.run;

import dev.descentfx.i18n.Language;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.session.Session;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Moment;
import dev.descentfx.training.Run;
import dev.descentfx.training.Split;
import dev.descentfx.training.TrainingConfig;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one ViewModel of the window: the run, which record is on screen, the settings, and the
 * frame every plot draws. No toolkit needed: time comes in through {@link #tick(long)}, which
 * the window's AnimationTimer calls once per frame (and tests call by hand).
 *
 * <p>What resets and what does not: a new α, gradient mode or zero_grad carries on from the
 * shown W and b; a new initial W, initial b or bias switch starts again from epoch 0.
 *
 * <p>Play runs to the Run-to epoch ({@link #targetProperty()}, the lesson's 1000 at first) and
 * stops there; pressed at or past it, Play does not move and {@link #playNoteProperty()} says why.
 */
public final class DescentViewModel {
    public static final double MIN_LEARNING_RATE = 1e-4;
    public static final double MAX_LEARNING_RATE = 10;
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 1000;
    public static final double MAX_INITIAL = 100;
    /** The lesson's run: 1000 updates. */
    public static final int LESSON_EPOCHS = 1000;
    /** How far N pushes W off where it rests. */
    public static final double NUDGE_W = 0.5;
    /** The clock's frame and per-frame cap, as the tests and the benchmark see them. */
    static final long FRAME_NANOS = Playback.FRAME_NANOS;
    static final int MAX_EPOCHS_PER_FRAME = Playback.MAX_EPOCHS_PER_FRAME;

    private final RunHistory run;
    private final RunFrames files;
    private final RunSettings settings;
    private final Playback playback;
    private final CallSteps calls;
    private final LiveNumbers numbers;
    private final Presentation presentation = new Presentation();
    private final Presets presets;
    private final DataEdits data;
    private final TrainTestSplit split;

    // Properties
    private final ReadOnlyObjectWrapper<PlotFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<EpochRecord> record = new ReadOnlyObjectWrapper<>(this, "record");
    private final ReadOnlyIntegerWrapper lastEpoch = new ReadOnlyIntegerWrapper(this, "lastEpoch");
    private final ReadOnlyIntegerWrapper target = new ReadOnlyIntegerWrapper(this, "target", LESSON_EPOCHS);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", 2);
    private final ReadOnlyBooleanWrapper logCost = new ReadOnlyBooleanWrapper(this, "logCost");
    private final ReadOnlyBooleanWrapper helpVisible = new ReadOnlyBooleanWrapper(this, "helpVisible");
    private final ReadOnlyBooleanWrapper legendVisible = new ReadOnlyBooleanWrapper(this, "legendVisible");
    /** The record that came out infinite or NaN (not kept: the last finite one stays on screen), or null. */
    private final ReadOnlyObjectWrapper<EpochRecord> blownUp = new ReadOnlyObjectWrapper<>(this, "blownUp");
    /** The Run-to epoch Play stopped at (the play note says so), or −1. */
    private final ReadOnlyIntegerWrapper playStoppedAt = new ReadOnlyIntegerWrapper(this, "playStoppedAt", -1);
    /** The language of every word in the window and the plots; switching it keeps the run. */
    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language");
    /** The call on screen while stepping inside an epoch (Shift+→), or null at rest on a record. */
    private final ReadOnlyObjectWrapper<Moment> callInside = new ReadOnlyObjectWrapper<>(this, "callInside");
    private final ReadOnlyObjectWrapper<Panel> panel = new ReadOnlyObjectWrapper<>(this, "panel", Panel.PLOTS);
    /** How many grads the picture of backward() shows while it fills them in, or −1. */
    private final ReadOnlyIntegerWrapper backwardShown = new ReadOnlyIntegerWrapper(this, "backwardShown", -1);

    // Derived values
    private final IntegerBinding epoch = Bindings.createIntegerBinding(() -> record.get().epoch(), record);
    private final BooleanBinding canStepBack =   // record 0 is always stored, and only it has epoch 0
            Bindings.createBooleanBinding(() -> record.get().epoch() > 0, record);
    private final StringBinding divergenceMessage;
    private final StringBinding playNote = Bindings.createStringBinding(() -> playStoppedAt.get() < 0 ? ""
            : Words.playStopsAtTarget(language.get(), playStoppedAt.get()), playStoppedAt, language);
    private final ObjectBinding<PlotFrame> insideFrame;

    /** The lesson's run: x = [1, 2, 3], y = [2, 4, 6], W = b = 0, α = 0.01, autograd; words in English. */
    public DescentViewModel() {
        this(TrainingConfig.lesson());
    }

    /** A run of {@code config}, its words in English. */
    public DescentViewModel(TrainingConfig config) {
        this(config, Language.EN);
    }

    /** A run of {@code config}, its words in {@code language} (the app passes the system locale's). */
    public DescentViewModel(TrainingConfig config, Language language) {
        this.language.set(language);
        settings = new RunSettings(this, config, this.language);
        run = new RunHistory(config);
        files = new RunFrames(run, frame::get);
        playback = new Playback(run, presentation.reducedMotionProperty()::get);
        calls = new CallSteps(run);
        // computed only when a code, graph or formula picture is on screen and asks for it
        insideFrame = Bindings.createObjectBinding(() -> {
            callInside.get();      // read each dependency: only a valid property tells of its next change
            backwardShown.get();
            return frame.get().withMoment(calls.moment());
        }, frame, callInside, backwardShown);
        divergenceMessage = Bindings.createStringBinding(() -> blownUp.get() == null ? ""
                        : Words.divergence(this.language.get(), settings.learningRate.get(),
                                settings.criticalLearningRate.get(), blownUp.get().epoch() - 1, blownUp.get()),
                blownUp, settings.learningRate, settings.criticalLearningRate, this.language);
        publish();
        presentation.themeProperty().addListener(obs -> publish());   // the plots' frame carries the theme
        numbers = new LiveNumbers(record, settings.learningRate, this.language, settings.optimizer);
        presets = new Presets(this);
        data = new DataEdits(this);
        split = new TrainTestSplit(this, run, record);
    }

    // Properties

    /** The frame every plot draws: the trail, the moving mark and {@link PlotFrame#record()}, the record on screen. */
    public ReadOnlyObjectProperty<PlotFrame> frameProperty() { return frame.getReadOnlyProperty(); }
    /** The frame with the call of the lesson's loop on screen, for the code, graph and formula pictures. */
    public ObjectBinding<PlotFrame> insideFrameProperty() { return insideFrame; }
    /** The call on screen while stepping inside an epoch, or null at rest on a record. */
    public ReadOnlyObjectProperty<Moment> callInsideProperty() { return callInside.getReadOnlyProperty(); }
    /** What the main area shows: the plots, or the code, graph or formulas of the epoch. */
    public ReadOnlyObjectProperty<Panel> panelProperty() { return panel.getReadOnlyProperty(); }
    /** While the graph shows backward() filling in the grads: how many it shows; −1 otherwise. */
    public ReadOnlyIntegerProperty backwardShownProperty() { return backwardShown.getReadOnlyProperty(); }
    /** The record on screen, always a real one (the frame's record, never an in-between state). */
    public ReadOnlyObjectProperty<EpochRecord> recordProperty() { return record.getReadOnlyProperty(); }
    public IntegerBinding epochProperty() { return epoch; }
    public BooleanBinding canStepBackProperty() { return canStepBack; }
    /** The last trained epoch: the end of the epoch slider. */
    public ReadOnlyIntegerProperty lastEpochProperty() { return lastEpoch.getReadOnlyProperty(); }
    /** The Run-to epoch: Run to goes there, Play stops there. */
    public ReadOnlyIntegerProperty targetProperty() { return target.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty speedProperty() { return speed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty logCostProperty() { return logCost.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty helpVisibleProperty() { return helpVisible.getReadOnlyProperty(); }
    /** Why the run paused by itself (it blew up), for a student; empty while it has not. */
    public StringBinding divergenceMessageProperty() { return divergenceMessage; }
    /** Why Play did not start (at or past the Run-to epoch), or empty. */
    public StringBinding playNoteProperty() { return playNote; }
    /** The language of the window's and the plots' words. */
    public ReadOnlyObjectProperty<Language> languageProperty() { return language.getReadOnlyProperty(); }

    /** The run's settings as one object; the bindings below are read from it. */
    public ReadOnlyObjectProperty<TrainingConfig> settingsProperty() { return settings.property(); }
    public DoubleBinding learningRateProperty() { return settings.learningRate; }
    public DoubleBinding initialWProperty() { return settings.initialW; }
    public DoubleBinding initialBProperty() { return settings.initialB; }
    public BooleanBinding biasProperty() { return settings.bias; }
    public ObjectBinding<GradientMode> modeProperty() { return settings.mode; }
    public BooleanBinding zeroGradProperty() { return settings.zeroGrad; }
    /** The optimizer and its settings (SGD or Adam). */
    public ObjectBinding<dev.descentfx.training.OptimizerSettings> optimizerProperty() { return settings.optimizer; }
    public BooleanBinding adamProperty() { return settings.adam; }
    /** SGD's momentum μ or Adam's β1. */
    public DoubleBinding optimizerSettingProperty() { return settings.mainSetting; }
    public DoubleBinding criticalLearningRateProperty() { return settings.criticalLearningRate; }
    public BooleanBinding aboveCriticalProperty() { return settings.aboveCritical; }
    /** Above this α each step overshoots the bottom and the run zig-zags (1/λmax, half the critical α). */
    public DoubleBinding zigZagLearningRateProperty() { return settings.zigZagLearningRate; }
    /** The most epochs a second Play shows on these data (60,000 for the lesson, 120 for a million points). */
    public IntegerBinding topSpeedProperty() { return settings.topSpeed; }
    /** The slider's two thresholds in words: "zig-zags above 0.107 · grows above 0.214". */
    public StringBinding thresholdsProperty() { return settings.thresholds; }
    /** Each plot's legend (what its marks mean) is shown: key L. */
    public ReadOnlyBooleanProperty legendVisibleProperty() { return legendVisible.getReadOnlyProperty(); }
    public StringBinding criticalWarningProperty() { return settings.criticalWarning; }

    /** The sentence {@code key} of the bundles in the window's language, following it when it switches. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> language.get().text(key, args), language);
    }

    /** The shown record's numbers as text. */
    public LiveNumbers numbers() { return numbers; }

    /** How the window is shown to a class: zoom, full screen, side panel, a maximised plot, the theme. */
    public Presentation presentation() { return presentation; }

    /** The run for files: any record's frame (an animation), every record (the history), the settings (the script). */
    public RunFrames files() { return files; }

    /** The lesson's runs in one click, the first start's screen that offers them, and data to make. */
    public Presets presets() { return presets; }

    /** The data's history and the edits of the points: add, move, remove, undo, redo (every change of the data is a step). */
    public DataEdits data() { return data; }
    /** The train/test split: the one in force, the test cost, R² and RMSE of both, and the commands that change it. */
    public TrainTestSplit split() { return split; }

    // Commands

    /** Speaks {@code l} from now on: every word of the window and the plots; the run, the epoch and the settings stay. */
    public void setLanguage(Language l) {
        if (l != null && l != language.get()) {
            language.set(l);
            publish();   // the plots' frame carries the language
        }
    }

    /** One epoch forward: the next stored record if the student stepped back, else one update. Inside an epoch: to its record. */
    public void step() {
        if (calls.inside()) {
            run.showEpoch(calls.into());
            calls.leave();
        } else {
            forward(1, Playback.SLIDE_NANOS);
        }
        publish();
    }

    /** One stored record back; the point slides back along the parabola. Inside an epoch: to the record it started from. */
    public void stepBack() {
        if (calls.inside()) {
            calls.leave();
        } else {
            playback.back();
        }
        publish();
    }

    /** Shows the plots, or the code, the graph or the formulas of the epoch (keys P, C, G, F). */
    public void showPanel(Panel p) {
        if (p != null) {
            panel.set(p);
        }
    }

    /** One call of the lesson's loop forward (Shift+→): five of them make one epoch, as → does. */
    public void stepCall() {
        pause();
        showInside();
        playback.stopSlide();
        EpochRecord failed = calls.forward();
        if (failed != null) {
            blownUp.set(failed);
        }
        publish();
    }

    /** One call of the lesson's loop back (Shift+←). */
    public void stepCallBack() {
        pause();
        showInside();
        playback.stopSlide();
        calls.back();
        publish();
    }

    /** Plays towards the Run-to epoch; at or past it, does not start and says why in the play note. */
    public void play() {
        calls.leave();
        if (blownUp.get() != null && run.atEnd()) {
            return;
        }
        if (epoch.get() >= target.get()) {
            playStoppedAt.set(target.get());
            return;
        }
        playback.start();
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
        running.set(false);
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
        start(settings.get());
    }

    /** Puts {@code config} in force whole, its data too (a lesson's run): paused, from epoch 0. */
    public void start(TrainingConfig config) {
        pause();
        restart(config);
    }

    /** Trains on {@code data} from now on (an edited, imported or split set), the other settings kept: paused, from epoch 0. */
    public void useData(Dataset data) {
        start(settings.get().withData(data));
    }

    /** {@link #useData} with {@code split} holding out the test rows (a file's train/test column), as one step. */
    public void useData(Dataset data, Split split) {
        start(settings.get().withData(data).withSplit(split));
    }

    /** A new Run-to epoch (0 or more): where Run to goes and Play stops. Nothing moves yet. */
    public void setTarget(int epochs) {
        target.set(Math.max(0, epochs));
        publish();
    }

    /** Shows the Run-to epoch: from the stored run if it is there, else trains up to it over the next frames. */
    public void runToTarget() {
        pause();
        calls.leave();
        playback.stopSlide();
        if (target.get() <= run.last().epoch()) {
            run.showEpoch(target.get());
        } else {
            run.showEpoch(run.last().epoch());
            running.set(true);
        }
        publish();
    }

    /** {@link #setTarget} then {@link #runToTarget}. */
    public void runToEpoch(int epochs) {
        setTarget(epochs);
        runToTarget();
    }

    /** Shows an epoch already trained (the epoch slider); playing stops. */
    public void showEpoch(int e) {
        pause();
        calls.leave();
        playback.stopSlide();
        run.showEpoch(Math.max(0, Math.min(e, run.last().epoch())));
        publish();
    }

    /** A new α (clamped to 0.0001..10); the run carries on from the shown W and b, it does not reset. */
    public void setLearningRate(double alpha) {
        carryOn(settings.withLearningRate(alpha));
    }

    /** Moves α one notch along 0.0001, 0.0002, 0.0005, 0.001, ... 5, 10 ({@code notches} = +1 or −1). */
    public void nudgeLearningRate(int notches) {
        carryOn(settings.nudged(notches));
    }

    /** A new starting W: the run starts again from epoch 0. */
    public void setInitialW(double w) {
        restart(settings.withInitialW(w));
    }

    /** A new starting b: the run starts again from epoch 0. */
    public void setInitialB(double b) {
        restart(settings.withInitialB(b));
    }

    /** Bias on or off changes the model (and the critical α): the run starts again from epoch 0. */
    public void setBias(boolean on) {
        restart(settings.withBias(on));
    }

    /**
     * N: starts the run again from the shown W + {@link #NUDGE_W} (and the shown b), keeping α and
     * the mode, so a run resting on the minimum can be pushed off it to show what α does from there.
     */
    public void nudgeW() {
        EpochRecord shown = record.get();
        restart(settings.withInitial(shown.w() + NUDGE_W, shown.b()));
    }

    /** Autograd or the hand formula: the same numbers, so the run carries on. */
    public void setMode(GradientMode m) {
        carryOn(settings.withMode(m));
    }

    /**
     * SGD or Adam (with torch's defaults). The run starts again from epoch 0, as for new initial
     * values: each optimizer's state (SGD's momentum buffer, Adam's moments and the step count its
     * bias correction counts from) is its own, and torch hands none of it to another optimizer, so
     * every run stays one {@code optim.X(...)} from start to end, the run its script writes.
     */
    public void setAdam(boolean on) {
        restart(settings.withOptimizer(on));
    }

    /** SGD's momentum μ or Adam's β1 (0 to 0.99): the run starts again from epoch 0, as {@link #setAdam} says why. */
    public void setOptimizerSetting(double v) {
        restart(settings.withMainSetting(v));
    }

    /** With or without {@code optimizer.zero_grad()} in the loop; the run carries on from the shown W and b. */
    public void setZeroGrad(boolean on) {
        carryOn(settings.withZeroGrad(on));
    }

    /** Epochs per second while playing, 1 to 1000. */
    public void setSpeed(double epochsPerSecond) {
        if (Double.isFinite(epochsPerSecond)) {
            speed.set(RunSettings.clamp(epochsPerSecond, MIN_SPEED, MAX_SPEED));
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

    /** Shows or hides each plot's legend: what the dot, the ring, the lines and the arrow mean. */
    public void toggleLegend() {
        legendVisible.set(!legendVisible.get());
        publish();
    }

    /**
     * One frame of the clock at time {@code nanos}: trains what is due (at most
     * {@link #MAX_EPOCHS_PER_FRAME}, fewer for big data, never past the Run-to epoch) and moves the sliding point.
     */
    public void tick(long nanos) {
        long dt = playback.tick(nanos);
        backwardShown.set(calls.reveal(nanos));
        if (running.get()) {
            forward(playback.epochsToward(target.get(), run.shown().epoch()), 0);
            if (run.shown().epoch() >= target.get()) {
                running.set(false);
            }
        } else if (playing.get()) {
            int n = Math.min(playback.epochsDue(dt, speed.get()), target.get() - run.shown().epoch());
            forward(n, Playback.slideNanos(speed.get()));
            if (run.shown().epoch() >= target.get()) {
                pause();   // Play stops at the Run-to epoch; the last step still slides there
            }
        }
        publish();
    }

    /** The session the window would save: the run and its changes, the epoch on screen, the Run-to epoch, language and layout. */
    public Session session() {
        return SessionState.of(this, run);
    }

    /**
     * Opens a saved session: its run made again (bit for bit), its epoch on screen, its Run-to epoch,
     * language and layout; paused. A session whose window names are wrong throws an
     * IllegalArgumentException that says which, before anything changes.
     */
    public void open(Session session) {
        SessionState.open(this, session);
    }

    /**
     * File → Open session: reads {@code file} and opens it. A file that cannot be opened throws a
     * SessionProblem with the one line to show, and the window stays as it was.
     */
    public void open(java.nio.file.Path file) throws dev.descentfx.session.SessionProblem {
        SessionState.open(this, file);
    }

    /** {@link #open}'s second half, once the session is checked and its run made again. */
    void restore(Session s, Run replayed, Panel shownPanel, BigPlot big) {
        pause();
        playback.stopSlide();
        calls.leave();
        data.changed(run.settings().data(), replayed.settings(0).data());   // other data, by whatever door: one step back
        run.adopt(replayed);
        blownUp.set(null);
        target.set(s.runTo());
        run.showEpoch(s.epoch());
        Session.View v = s.view();
        language.set(v.language());
        panel.set(shownPanel);
        setSpeed(v.speed());
        logCost.set(v.logCost());
        legendVisible.set(v.legend());
        presentation.show(v.zoomPercent(), v.theme(), v.sidePanelHidden(), big);
        publish();
    }

    // the machinery behind the commands

    /** Stepping call by call shows the code, unless the graph or the formulas are already up. */
    private void showInside() {
        if (panel.get() == Panel.PLOTS) {
            panel.set(Panel.CODE);
        }
    }

    /** Up to {@code n} epochs forward; pauses where the run blows up (the message says why). */
    private void forward(int n, long slideNanos) {
        EpochRecord failed = playback.forward(n, slideNanos, blownUp.get() != null);
        if (failed != null) {
            blownUp.set(failed);
        }
        if (blownUp.get() != null && run.atEnd()) {
            pause();
        }
    }

    /** α, gradient mode or zero_grad changed (null: nothing did): keep records 0..shown and carry on from there. */
    private void carryOn(TrainingConfig next) {
        if (next == null) {
            return;
        }
        playback.stopSlide();
        calls.leave();
        run.branch(next);
        forgetDivergence();
    }

    /** A new initial W, initial b or bias (null: nothing changed): the run starts again from epoch 0. */
    private void restart(TrainingConfig next) {
        if (next != null) {
            data.changed(run.settings().data(), next.data());   // other data, by whatever door: one step back
            playback.stopSlide();
            calls.leave();
            running.set(false);
            run.restart(next);
            forgetDivergence();
        }
    }

    /** New settings: whatever blew up before may not now. */
    private void forgetDivergence() {
        blownUp.set(null);
        publish();
    }

    /** Pushes this frame's picture, and the record it shows, to the properties. */
    private void publish() {
        settings.set(run.settings());   // the run owns its settings: these are the ones in force at the shown record
        callInside.set(calls.inside() ? calls.moment() : null);
        PlotFrame next = playback.frame(settings.learningRate.get(), logCost.get(), legendVisible.get(), language.get(),
                presentation.themeProperty().get(), frame.get());
        frame.set(next);   // the same frame when nothing moved: no redraw
        record.set(next.record());
        lastEpoch.set(run.last().epoch());
        if (next.record().epoch() < target.get()) {
            playStoppedAt.set(-1);   // Play can go on again
        }
    }
}
