package dev.descentfx.session;

import dev.descentfx.training.Run;
import dev.descentfx.training.TrainingConfig;
import java.util.Map;

/**
 * A saved session's run made again: its starting settings trained epoch by epoch, carried on with
 * each change at its epoch, as the window made it. Bit for bit the records the window had, since
 * the same {@link Run} computes them the same way.
 */
public final class SessionReplay {
    private SessionReplay() {
    }

    /** The session's run trained to its {@link Session#trainedTo()} (or to its last finite record, if it blows up before). */
    public static Run run(Session session) {
        return run(session, session.trainedTo());
    }

    /** The session's run trained to record {@code epoch}, its changes up to there applied; stops at the last finite record. */
    public static Run run(Session session, int epoch) {
        Run run = new Run(session.settings());
        for (Map.Entry<Integer, TrainingConfig> change : session.changes().headMap(epoch, true).entrySet()) {
            if (!trainTo(run, change.getKey())) {
                return run;
            }
            run.carryOn(change.getKey(), change.getValue());
        }
        trainTo(run, epoch);
        return run;
    }

    /** Trains up to record {@code epoch}; false if the run blew up before it. */
    private static boolean trainTo(Run run, int epoch) {
        while (run.last().epoch() < epoch) {
            if (!run.extend().isFinite()) {
                return false;
            }
        }
        return true;
    }
}
