package dev.descentfx.ui.run;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The run the window shows: the Trainer's records 0..n, which one is on screen, and a Trainer
 * ready to add the next. Stepping back and forward moves through the stored records; only a
 * step past the last record trains. A change of α or gradient mode keeps records 0..shown and
 * carries on from the shown W and b with a fresh Trainer (plain SGD has no state besides W and
 * b, so the numbers are the ones the old Trainer would have given).
 *
 * <p>Memory stays bounded: past {@link #MAX_RECORDS}, every other older record is dropped
 * (record 0 and the latest {@link #KEEP_RECENT} always stay).
 */
final class RunHistory {
    static final int MAX_RECORDS = 2048;
    static final int KEEP_RECENT = 512;

    private final List<EpochRecord> records = new ArrayList<>();
    private TrainingConfig config;
    private Trainer trainer;   // its records are ours shifted by `offset` epochs; null: build one from the last record
    private int offset;
    private int shown;

    RunHistory(TrainingConfig config) {
        restart(config);
    }

    /** Back to epoch 0 with {@code config}. */
    void restart(TrainingConfig config) {
        this.config = config;
        trainer = new Trainer(config);
        offset = 0;
        records.clear();
        records.add(trainer.current());
        shown = 0;
    }

    /** Forgets the records after the shown one and carries on from it with {@code config}'s α and mode. */
    void branch(TrainingConfig config) {
        this.config = config;
        records.subList(shown + 1, records.size()).clear();
        trainer = null;
    }

    /**
     * Trains one more epoch after the last record and shows it. A record whose cost, W or b is
     * infinite or NaN is returned but not kept, so the last finite state stays on screen.
     */
    EpochRecord extend() {
        EpochRecord last = last();
        if (trainer == null) {
            trainer = new Trainer(config.withInitial(last.weights(), last.b()));
            offset = last.epoch();
        }
        EpochRecord next = shifted(trainer.step(), offset);
        if (!next.isFinite()) {
            trainer = null;
            return next;
        }
        records.add(next);
        thin();
        shown = records.size() - 1;
        return next;
    }

    boolean atEnd() {
        return shown == records.size() - 1;
    }

    /** Shows the next stored record (a replay, no training). */
    void forward() {
        if (!atEnd()) {
            shown++;
        }
    }

    /** Shows the previous stored record. */
    void back() {
        if (shown > 0) {
            shown--;
        }
    }

    /** Shows the latest stored record whose epoch is at most {@code epoch}. */
    void showEpoch(int epoch) {
        int i = records.size() - 1;
        while (i > 0 && records.get(i).epoch() > epoch) {
            i--;
        }
        shown = i;
    }

    int shownIndex() {
        return shown;
    }

    EpochRecord shown() {
        return records.get(shown);
    }

    EpochRecord last() {
        return records.get(records.size() - 1);
    }

    /** The stored record before the shown one, or null at record 0. */
    EpochRecord beforeShown() {
        return shown == 0 ? null : records.get(shown - 1);
    }

    /** Records 0..{@code index}, oldest first, as an unmodifiable copy. */
    List<EpochRecord> upTo(int index) {
        return List.copyOf(records.subList(0, Math.max(0, Math.min(index, records.size() - 1)) + 1));
    }

    int size() {
        return records.size();
    }

    TrainingConfig config() {
        return config;
    }

    private void thin() {
        if (records.size() <= MAX_RECORDS) {
            return;
        }
        int oldEnd = records.size() - KEEP_RECENT;
        List<EpochRecord> kept = new ArrayList<>(records.size());
        kept.add(records.get(0));
        for (int i = 1; i < oldEnd; i++) {
            if (i % 2 == 0) {
                kept.add(records.get(i));
            }
        }
        kept.addAll(records.subList(oldEnd, records.size()));
        records.clear();
        records.addAll(kept);
    }

    private static EpochRecord shifted(EpochRecord r, int epochs) {
        if (epochs == 0) {
            return r;
        }
        return new EpochRecord(r.epoch() + epochs, r.weights(), r.b(), r.cost(), r.gradWeights(), r.gradB(),
                r.learningRate(), r.bias(), r.mode());
    }
}
