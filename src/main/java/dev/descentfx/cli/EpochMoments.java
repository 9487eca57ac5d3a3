package dev.descentfx.cli;

import dev.descentfx.training.Call;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Moment;
import dev.descentfx.training.Run;
import dev.descentfx.training.TrainingConfig;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * One call inside epoch N for {@code export --plot code|graph|formula}, taken as the window takes
 * it: from the {@link Run}'s calls to record N (START or the step from N − 1, then epoch N's calls),
 * and for epoch N's STEP the first of the calls to record N + 1.
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
     * The moment right after {@code call} of epoch {@code epoch}, with what the plots draw up to
     * record N: the window's own {@link Run}, its calls and its trace. Throws IllegalStateException
     * when the run blows up before it gets there.
     */
    static Shown at(TrainingConfig config, int epoch, Call call) {
        return at(to -> trained(config, to), epoch, call);
    }

    /** {@link #at(TrainingConfig, int, Call)} of the run {@code training} trains up to a record (a saved session's, say). */
    static Shown at(IntFunction<Run> training, int epoch, Call call) {
        // epoch N's STEP is the first call of the calls that make record N + 1
        int to = call == Call.STEP ? epoch + 1 : epoch;
        Run run = training.apply(to);
        if (run.last().epoch() < to) {
            throw new IllegalStateException("the run diverged at epoch " + (run.last().epoch() + 1) + ", before epoch "
                    + epoch + "'s " + call.name().toLowerCase(Locale.ROOT) + "; pick an --epoch below "
                    + (run.last().epoch() + 1));
        }
        List<Moment> moments = run.callsTo(to);
        for (Moment m : moments) {
            if (m.epoch() == epoch && m.call() == call) {
                return new Shown(run.trace(epoch), m);
            }
        }
        throw new IllegalStateException("epoch " + epoch + " has no moment after " + call);   // Call.epoch says it has
    }

    /** The run trained up to record {@code epoch}, or up to its last finite record if it blows up first. */
    static Run trained(TrainingConfig config, int epoch) {
        Run run = new Run(config);
        while (run.last().epoch() < epoch && run.extend().isFinite()) {
            // each extend trains one epoch; a record that blows up is not kept
        }
        return run;
    }
}
