package dev.descentfx.ui.run;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Moment;
import java.util.List;

/**
 * Stepping through the lesson's loop one call at a time (Shift+→ / Shift+←). From record k the
 * calls that lead to record k + 1 are {@code optimizer.step()} of epoch k, then epoch k + 1's
 * hypothesis, cost, {@code zero_grad()} and {@code backward()}: the last of them IS record k + 1,
 * so five Shift+→ land exactly where one → does. While inside an epoch the plots stay on
 * record k; the code, graph and formula show the call. At rest they show the call that
 * completed the shown record. Part of the ViewModel (no toolkit).
 */
final class CallSteps {
    /** While backward() is shown filling in the grads: how long each gradient takes to appear. */
    static final long REVEAL_NANOS = 400_000_000L;

    private final RunHistory run;
    private Moment revealFrom;    // the moment before backward() while its grads are being filled in, else null
    private long revealStart = -1;
    private int revealed;
    private List<Moment> calls;   // the calls into record `into` while inside an epoch; null at rest
    private int into;
    private int at;
    private EpochRecord restFor;  // the record `rest` completed
    private Moment rest;

    CallSteps(RunHistory run) {
        this.run = run;
    }

    /** True while the screen is between two records (a call other than the record's own). */
    boolean inside() {
        return calls != null;
    }

    /** Back to the record on screen: the next whole-epoch command starts from there. */
    void leave() {
        calls = null;
        revealFrom = null;
    }

    /**
     * Moves the picture of backward() on to time {@code now}: after Shift+→ ran {@code cost.backward()}
     * the graph's grads appear one by one, in the order backward completed them. Returns how many
     * are shown, or −1 when none is being filled in.
     */
    int reveal(long now) {
        if (revealFrom == null || rest == null || rest.graph() == null) {
            return -1;
        }
        if (revealStart < 0) {
            revealStart = now;
        }
        revealed = 1 + (int) ((now - revealStart) / REVEAL_NANOS);
        if (revealed >= rest.graph().backwardOrder().size()) {
            revealFrom = null;
            return -1;
        }
        return revealed;
    }

    /** The record the calls on screen lead to (the shown record at rest). */
    int into() {
        return calls == null ? run.shownEpoch() : into;
    }

    /** The call on screen. */
    Moment moment() {
        if (calls != null) {
            return calls.get(at);
        }
        EpochRecord shown = run.shown();
        if (restFor != shown) {
            List<Moment> made = run.callsTo(shown.epoch());
            rest = made.get(made.size() - 1);
            restFor = shown;
            revealFrom = null;
        }
        return revealFrom == null ? rest : rest.withGraph(rest.graph().partway(revealed, revealFrom.graph()));
    }

    /**
     * One call forward; past the last record this trains it first. Returns the record that blew
     * up on the way (not kept, nothing moves), else null.
     */
    EpochRecord forward() {
        revealFrom = null;
        if (calls == null) {
            int k = run.shownEpoch();
            if (run.atEnd()) {
                EpochRecord next = run.extend();
                if (!next.isFinite()) {
                    return next;
                }
                run.showEpoch(k);
            }
            calls = run.callsTo(k + 1);
            into = k + 1;
            at = 0;
            return null;
        }
        at++;
        if (at == calls.size() - 1) {   // the epoch's last call: its record
            run.showEpoch(into);
            rest = calls.get(at);
            restFor = run.shown();
            if (rest.graph() != null && calls.get(at - 1).graph() != null) {   // backward(): show it fill in the grads
                revealFrom = calls.get(at - 1);
                revealStart = -1;
                revealed = 0;
            }
            calls = null;
        }
        return null;
    }

    /** One call back; from a record, into the calls that made it. Nothing comes before epoch 0's START. */
    void back() {
        revealFrom = null;
        if (calls != null) {
            if (at > 0) {
                at--;
            } else if (into > 0) {
                calls = null;   // before the STEP that led into this epoch: the record before, at rest
            }
            return;
        }
        int k = run.shownEpoch();
        calls = run.callsTo(k);
        into = k;
        at = calls.size() - 2;
        run.showEpoch(Math.max(0, k - 1));
    }
}
