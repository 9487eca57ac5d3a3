package dev.descentfx.ui.run;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Fit;
import dev.descentfx.training.Moment;
import dev.descentfx.training.Run;
import dev.descentfx.training.TestSet;
import dev.descentfx.training.TrainingConfig;
import java.util.List;

/**
 * The run the window shows and which of its epochs is on screen. The {@link Run} owns the
 * records and the settings they were trained with (every epoch exact, however long the run);
 * this adds the epoch on screen. Stepping back and forward moves through the run; only a step
 * past its last record trains. A new α, gradient mode or zero_grad carries on from the shown
 * record (the records after it are forgotten); new initial values or the bias start a new run.
 */
final class RunHistory {
    private Run run;
    private CostSurface surface;   // the data and the bias are fixed for a run: its cost surface is too
    private TestSet test;          // and so are its held-out examples (null: none)
    private double trainSpread;    // mean((y − ȳ)²) of the train rows, for R²
    private int shown;

    RunHistory(TrainingConfig config) {
        restart(config);
    }

    /** A new run from epoch 0 with {@code config}. */
    void restart(TrainingConfig config) {
        run = new Run(config);
        surface = CostSurface.of(config);
        test = TestSet.of(config);
        trainSpread = Fit.spread(config.trainData());
        shown = 0;
    }

    /** A run trained elsewhere (a saved session made again) from now on, shown at epoch 0. */
    void adopt(Run trained) {
        run = trained;
        surface = CostSurface.of(trained.settings(0));
        shown = 0;
    }

    /** Where the settings changed on the way to the last record: the epoch and the settings from it on. */
    java.util.NavigableMap<Integer, TrainingConfig> changes() {
        return run.changes();
    }

    /** From the shown record on, the run goes on with {@code config}'s α, gradient mode and zero_grad. */
    void branch(TrainingConfig config) {
        run.carryOn(shown, config);
    }

    /**
     * Trains one more epoch after the last record and shows it. A record whose cost, W or b is
     * infinite or NaN is returned but not kept, so the last finite state stays on screen.
     */
    EpochRecord extend() {
        EpochRecord next = run.extend();
        if (next.isFinite()) {
            shown = next.epoch();
        }
        return next;
    }

    /**
     * Trains the run on to {@code epoch} (or to its last finite record) without moving the epoch on
     * screen: what an animation of epochs not trained yet needs first.
     */
    void trainTo(int epoch) {
        while (run.last().epoch() < epoch && run.extend().isFinite()) {
            // each extend() keeps the record it trained while it is finite
        }
    }

    boolean atEnd() {
        return shown == run.last().epoch();
    }

    /** Shows the next record (a replay, no training). */
    void forward() {
        if (!atEnd()) {
            shown++;
        }
    }

    /** Shows the previous record. */
    void back() {
        if (shown > 0) {
            shown--;
        }
    }

    /** Shows record {@code epoch}, within 0 and the last trained. */
    void showEpoch(int epoch) {
        shown = Math.max(0, Math.min(epoch, run.last().epoch()));
    }

    int shownEpoch() {
        return shown;
    }

    EpochRecord shown() {
        return run.record(shown);
    }

    EpochRecord last() {
        return run.last();
    }

    /** What the pictures draw up to record {@code epoch} (the early epochs, turning points and extremes). */
    List<EpochRecord> upTo(int epoch) {
        return run.trace(Math.max(0, epoch));
    }

    /** The settings in force at the shown record: α, gradient mode, zero_grad and where the run began. */
    TrainingConfig settings() {
        return run.settings(shown);
    }

    /** The settings in force at record {@code epoch}. */
    TrainingConfig settingsAt(int epoch) {
        return run.settings(epoch);
    }

    /** Record {@code epoch} (a replay from its checkpoint). */
    EpochRecord record(int epoch) {
        return run.record(epoch);
    }

    CostSurface surface() {
        return surface;
    }

    /** The run's held-out examples, or null when it holds none out. */
    TestSet test() {
        return test;
    }

    /** R² and RMSE of {@code r} on the rows it trained on, from its cost. */
    Fit trainFit(EpochRecord r) {
        return Fit.of(r.cost(), trainSpread);
    }

    /** The calls of the lesson's loop that made record {@code epoch}, STEP (or START) first. */
    List<Moment> callsTo(int epoch) {
        return run.callsTo(epoch);
    }
}
