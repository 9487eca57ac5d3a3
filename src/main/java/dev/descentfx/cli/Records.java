package dev.descentfx.cli;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.util.Iterator;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The records of a run, one at a time, as the trainer makes them: its current record, then one
 * step after another up to record {@code last}, or up to the first record that is infinite or NaN
 * (included: it is where the run blew up). The one loop behind {@code train}'s printers and
 * {@code export}; nothing is collected, so a million epochs need no more memory than ten.
 * After the loop the trainer sits on the last record given.
 */
final class Records implements Iterable<EpochRecord> {
    private final Trainer trainer;
    private final int last;

    /** Epoch → the settings the run carries on with from that record (a saved session's changes); empty for none. */
    private final NavigableMap<Integer, TrainingConfig> changes;

    Records(Trainer trainer, int last) {
        this(trainer, last, new TreeMap<>());
    }

    /**
     * The records of a run whose settings change on the way, as the window's run changed them: at
     * each change's record the trainer carries on with it ({@link Trainer#carryOn}), and that record
     * is the one the trainer gives then.
     */
    Records(Trainer trainer, int last, NavigableMap<Integer, TrainingConfig> changes) {
        this.trainer = trainer;
        this.last = last;
        this.changes = changes;
    }

    @Override
    public Iterator<EpochRecord> iterator() {
        return new Iterator<>() {
            private EpochRecord given;   // the record handed out last, null before the first

            @Override
            public boolean hasNext() {
                return given == null || (given.epoch() < last && given.isFinite());
            }

            @Override
            public EpochRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the run ended at record " + given.epoch());
                }
                given = given == null ? trainer.current() : trainer.step();
                TrainingConfig change = given.isFinite() ? changes.get(given.epoch()) : null;
                if (change != null) {
                    trainer.carryOn(change);
                    given = trainer.current();
                }
                return given;
            }
        };
    }
}
