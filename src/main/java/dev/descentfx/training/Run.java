package dev.descentfx.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One run with its whole history, as the window shows it: the records from epoch 0 to the last
 * one trained, every one of them available exactly, and the settings it was trained with.
 *
 * <p>It keeps a {@link Checkpoint} every {@value #CHECKPOINT_EVERY} epochs (more often for big data: as
 * often as {@link EpochBudget} says, every 2 epochs of a million points) and wherever a setting
 * changed; any record is its checkpoint's resumed {@link Trainer} replayed up to it (at most
 * {@value #CHECKPOINT_EVERY} epochs, well under a millisecond for the lesson), bit for bit the
 * record a fresh run gives. The records of one stretch between checkpoints are remembered, so
 * stepping back through them replays once. A {@link Trace} keeps what the pictures draw. After
 * 10,000,000 epochs all of this is a few MB.
 *
 * <p>A new α, gradient mode or zero_grad setting applies from a chosen record on: the records
 * after it are forgotten and the run carries on from it (momentum included). Used from one thread.
 */
public final class Run {
    static final int CHECKPOINT_EVERY = 1000;

    private final NavigableMap<Integer, Checkpoint> checkpoints = new TreeMap<>();
    private final Trace trace = new Trace();
    private final int checkpointEvery;   // CHECKPOINT_EVERY, or fewer epochs for big data
    private Trainer live;            // on the last record; null after a blow-up, until it is needed again
    private Checkpoint beforeLast;   // the live trainer one record earlier: the calls to the last record without a replay
    private EpochRecord last;
    private int stretchFrom = -1;    // the remembered stretch of records, from this checkpoint's epoch
    private final List<EpochRecord> stretch = new ArrayList<>();

    public Run(TrainingConfig config) {
        checkpointEvery = Math.min(CHECKPOINT_EVERY, EpochBudget.epochs(config.data()));
        live = new Trainer(config);
        last = live.current();
        checkpoints.put(0, live.checkpoint());
        trace.add(last);
    }

    /** The last record trained. */
    public EpochRecord last() {
        return last;
    }

    /** The settings in force from record {@code epoch} on (α, gradient mode, zero_grad, and where the run began). */
    public TrainingConfig settings(int epoch) {
        return checkpoints.floorEntry(Math.max(0, Math.min(epoch, last.epoch()))).getValue().settings();
    }

    /**
     * Trains one epoch after the last record. A record whose W, b or cost is infinite or NaN is
     * returned but not kept: the run stays on its last finite record (and says where it blew up).
     */
    public EpochRecord extend() {
        if (live == null) {
            live = trainerAt(last.epoch());
        }
        Checkpoint before = live.checkpoint();
        EpochRecord next = live.step();
        if (!next.isFinite()) {
            live = null;
            return next;
        }
        last = next;
        beforeLast = before;
        if (next.epoch() % checkpointEvery == 0) {
            checkpoints.put(next.epoch(), live.checkpoint());
        }
        if (stretchFrom >= 0 && next.epoch() == stretchFrom + stretch.size() && !checkpoints.containsKey(next.epoch())) {
            stretch.add(next);
        }
        trace.add(next);
        return next;
    }

    /** Record {@code epoch} (0 to {@link #last()}'s epoch), exactly as the run computed it. */
    public EpochRecord record(int epoch) {
        if (epoch < 0 || epoch > last.epoch()) {
            throw new IllegalArgumentException("epoch " + epoch + " is outside this run's 0.." + last.epoch());
        }
        if (epoch == last.epoch()) {
            return last;
        }
        int from = checkpoints.floorKey(epoch);
        if (from != stretchFrom || epoch - from >= stretch.size()) {
            remember(from, epoch);
        }
        return stretch.get(epoch - from);
    }

    /** What the pictures draw up to record {@code epoch}: the early epochs, the turning points, the extremes, and the record itself. */
    public List<EpochRecord> trace(int epoch) {
        List<EpochRecord> t = trace.upTo(epoch);
        if (t.isEmpty() || t.get(t.size() - 1).epoch() != epoch) {
            t.add(record(epoch));
        }
        return t;
    }

    /**
     * The calls of the lesson's loop that made record {@code epoch}: for epoch 0 from the START,
     * else from the STEP of record {@code epoch − 1}; then FORWARD, COST, … up to the record.
     */
    public List<Moment> callsTo(int epoch) {
        if (epoch == 0) {
            return Trainer.startByCalls(checkpoints.get(0).settings());
        }
        Trainer t = trainerAt(epoch - 1);
        Checkpoint changed = checkpoints.get(epoch);
        if (changed != null && !changed.settings().equals(t.settings())) {
            // the settings changed at this record: its calls ran (again) with the new ones
            List<Moment> calls = new ArrayList<>(t.stepByCalls().subList(0, 1));
            calls.addAll(Trainer.resumeByCalls(changed));
            return calls;
        }
        return t.stepByCalls();
    }

    /**
     * From record {@code epoch} on, the run goes on with {@code settings}' α, gradient mode and
     * zero_grad: the records after it are forgotten, W, b and momentum carry on. A new gradient
     * mode or zero_grad setting runs that record's calls again; a new α applies from its step.
     */
    public void carryOn(int epoch, TrainingConfig settings) {
        Trainer t = trainerAt(Math.min(epoch, last.epoch()));
        t.carryOn(settings);
        live = t;
        last = t.current();
        checkpoints.tailMap(last.epoch(), true).clear();
        checkpoints.put(last.epoch(), t.checkpoint());
        trace.truncateAfter(last.epoch() - 1);
        trace.add(last);
        beforeLast = null;
        stretchFrom = -1;
        stretch.clear();
    }

    /**
     * Where the settings changed on the way to the last record ({@link #carryOn}), in order: the
     * epoch and the settings in force from it on. Record 0's settings are {@link #settings(int) settings(0)}.
     * A fresh run of {@code settings(0)} carried on with these at their epochs gives this run's records.
     */
    public NavigableMap<Integer, TrainingConfig> changes() {
        NavigableMap<Integer, TrainingConfig> changes = new TreeMap<>();
        TrainingConfig before = checkpoints.firstEntry().getValue().settings();
        for (Map.Entry<Integer, Checkpoint> c : checkpoints.entrySet()) {
            TrainingConfig now = c.getValue().settings();
            if (!now.equals(before)) {
                changes.put(c.getKey(), now);
            }
            before = now;
        }
        return changes;
    }

    /** How many checkpoints and traced records the run holds (for the memory figure). */
    public int[] sizes() {
        return new int[] {checkpoints.size(), trace.size()};
    }

    // A trainer on record `epoch`: its checkpoint resumed, replayed up to it.
    private Trainer trainerAt(int epoch) {
        if (live != null && live.current().epoch() == epoch) {
            return live;
        }
        Map.Entry<Integer, Checkpoint> c = checkpoints.floorEntry(epoch);
        Checkpoint from = beforeLast != null && beforeLast.epoch() == epoch && c.getKey() < epoch ? beforeLast : c.getValue();
        Trainer t = Trainer.resume(from);
        while (t.current().epoch() < epoch) {
            t.step();
        }
        return t;
    }

    // Replays the stretch from checkpoint `from` up to the next checkpoint (or at least to `epoch`).
    private void remember(int from, int epoch) {
        Integer next = checkpoints.higherKey(from);
        int end = Math.max(epoch, Math.min(last.epoch(), next == null ? last.epoch() : next) - 1);
        Trainer t = Trainer.resume(checkpoints.get(from));
        stretch.clear();
        stretch.add(t.current());
        while (t.current().epoch() < end) {
            stretch.add(t.step());
        }
        stretchFrom = from;
    }
}
