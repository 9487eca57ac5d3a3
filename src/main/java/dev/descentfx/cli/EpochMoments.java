package dev.descentfx.cli;

import dev.descentfx.training.Call;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Moment;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One call inside epoch N for {@code export --plot code|graph|formula}: the run trained to the
 * record before it with the one records loop, then that epoch's calls made one by one. Epoch 0's
 * calls are {@link Trainer#startByCalls}; epoch N's FORWARD..BACKWARD come from stepByCalls on
 * record N − 1 (its first moment is epoch N − 1's step), and epoch N's STEP from stepByCalls on
 * record N.
 */
final class EpochMoments {

    /** Records 0..N (the frame's history, at rest on record N) and the moment to draw. */
    record Shown(List<EpochRecord> history, Moment moment) {
    }

    private EpochMoments() {
    }

    /**
     * The call {@code --phase} names in this gradient mode; none given means the call after which
     * the record is complete (backward, or gradient by hand). Bad names say why, naming --phase.
     */
    static Call call(String phase, GradientMode mode, int epoch) {
        if (phase == null) {
            return Call.recordAfter(mode);
        }
        String name = phase.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        Call call = null;
        for (Call c : Call.values()) {
            if (c.name().equals(name)) {
                call = c;
            }
        }
        List<Call> calls = Call.epoch(mode);
        String choices = calls.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        String how = mode == GradientMode.AUTOGRAD ? "with autograd" : "by hand (--gradient manual)";
        if (call == null) {
            throw new IllegalArgumentException("--phase '" + phase + "' is not a call of the loop; " + how
                    + " an epoch runs " + choices + " (and epoch 0 has start)");
        }
        if (call == Call.START) {
            if (epoch != 0) {
                throw new IllegalArgumentException("--phase start is the moment before epoch 0's first call; use it with "
                        + "--epoch 0, not " + epoch);
            }
            return call;
        }
        if (!calls.contains(call)) {
            throw new IllegalArgumentException("--phase " + phase + " is not a call " + how + ": an epoch runs " + choices);
        }
        return call;
    }

    /**
     * The moment right after {@code call} of epoch {@code epoch}. Throws IllegalStateException
     * when the run blows up before it gets there.
     */
    static Shown at(TrainingConfig config, int epoch, Call call) {
        Trainer trainer = new Trainer(config);
        // the records before the epoch's calls: up to N − 1, or up to N for the step that ends epoch N
        int before = call == Call.STEP ? epoch : Math.max(0, epoch - 1);
        List<EpochRecord> history = new ArrayList<>(before + 2);
        for (EpochRecord r : new Records(trainer, before)) {
            if (!r.isFinite()) {
                throw new IllegalStateException("the run diverged at epoch " + r.epoch() + ", before epoch " + epoch
                        + "'s calls; pick an --epoch below " + r.epoch());
            }
            history.add(r);
        }
        List<Moment> moments;
        if (call == Call.STEP) {
            moments = trainer.stepByCalls().subList(0, 1);
        } else if (epoch == 0) {
            moments = Trainer.startByCalls(config);
        } else {
            moments = trainer.stepByCalls();
            history.add(trainer.current());
        }
        for (Moment m : moments) {
            if (m.epoch() == epoch && m.call() == call) {
                return new Shown(history, m);
            }
        }
        throw new IllegalStateException("epoch " + epoch + " has no moment after " + call);   // Call.epoch says it has
    }
}
