package dev.descentfx.ui.run;

import dev.descentfx.i18n.Language;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.plot.Theme;
import dev.descentfx.training.EpochBudget;
import dev.descentfx.training.EpochRecord;
import java.util.function.BooleanSupplier;

/**
 * The ViewModel's one animation clock, with no toolkit: the time of this frame, how many epochs
 * are due at the chosen speed, moving forward through the run (replaying stored records,
 * training past the last), the point's slide from one record to the next, and so the picture
 * each frame shows. The window's AnimationTimer drives it through
 * {@link DescentViewModel#tick(long)}; tests drive it by hand.
 */
final class Playback {
    /** How long one step's slide takes at slow speeds. */
    static final long SLIDE_NANOS = 300_000_000L;
    /** One frame at 60 Hz. */
    static final long FRAME_NANOS = 16_666_667L;
    /**
     * At most this many epochs are trained in one frame, so the JavaFX thread is never held long; fewer
     * for big data ({@link #maxEpochsPerFrame()}).
     */
    static final int MAX_EPOCHS_PER_FRAME = EpochBudget.MOST;

    private final RunHistory run;
    private long now;
    private boolean ticked;
    private double dueEpochs;
    private StepSlide slide;   // non-null while the point slides to the shown record

    private final BooleanSupplier reducedMotion;

    /** {@code reducedMotion}: while it says true, no step slides (the point jumps to the record). */
    Playback(RunHistory run, BooleanSupplier reducedMotion) {
        this.run = run;
        this.reducedMotion = reducedMotion;
    }

    /** Moves the clock to the frame at {@code nanos}; returns the time since the last frame (0 for the first). */
    long tick(long nanos) {
        long dt = ticked ? Math.max(0, nanos - now) : 0;
        now = nanos;
        ticked = true;
        return dt;
    }

    /** Play was pressed: the first step comes with the next frame. */
    void start() {
        dueEpochs = 1;
    }

    /**
     * Whole epochs due after {@code dt} nanoseconds at {@code epochsPerSecond}, at most
     * {@link #maxEpochsPerFrame()}. Never fall behind: whatever this frame could not do is
     * dropped, not queued.
     */
    int epochsDue(long dt, double epochsPerSecond) {
        dueEpochs += dt * epochsPerSecond / 1e9;
        int n = (int) Math.min(maxEpochsPerFrame(), Math.floor(dueEpochs));
        dueEpochs = Math.min(dueEpochs - n, 1);
        return n;
    }

    /** Epochs to train this frame on the way to epoch {@code target}, at most {@link #maxEpochsPerFrame()}. */
    int epochsToward(int target, int epoch) {
        return Math.min(maxEpochsPerFrame(), target - epoch);
    }

    /**
     * The most epochs one frame trains on the run's data: {@link #MAX_EPOCHS_PER_FRAME}, fewer for big data
     * ({@link EpochBudget}: two of a million points, about 10 ms, leaving the rest of a 33 ms frame to the
     * plots). Big data then play slower than the chosen speed, but every record is still a whole epoch of
     * the whole data: the same run, shown at fewer epochs a second.
     */
    int maxEpochsPerFrame() {
        return EpochBudget.epochs(run.surface().data());
    }

    /**
     * How long one step slides while playing at {@code epochsPerSecond}: 0.3 s when slow, 90 % of
     * the time between steps when faster, and 0 (no slide, the point jumps) once that is shorter
     * than two frames.
     */
    static long slideNanos(double epochsPerSecond) {
        long nanos = Math.min(SLIDE_NANOS, (long) (0.9e9 / epochsPerSecond));
        return nanos >= 2 * FRAME_NANOS ? nanos : 0;
    }

    /**
     * Up to {@code n} epochs forward: stored records are replayed, past the last one the run
     * trains. One step slides there over {@code slideNanos} (0: it jumps); more steps jump.
     * Stops at the end of a run that has blown up ({@code blownUp}), and returns the record that
     * blows up on the way (not kept: the last finite state stays on screen), else null.
     */
    EpochRecord forward(int n, long slideNanos, boolean blownUp) {
        EpochRecord from = run.shown();
        EpochRecord failed = null;
        for (int i = 0; i < n && failed == null; i++) {
            if (!run.atEnd()) {
                run.forward();
            } else if (blownUp) {
                break;
            } else {
                EpochRecord next = run.extend();
                failed = next.isFinite() ? null : next;
            }
        }
        if (run.shown() != from) {
            if (n == 1 && slideNanos > 0) {
                slide(from, run.shown(), slideNanos);
            } else {
                stopSlide();
            }
        }
        return failed;
    }

    /** One stored record back; the point slides back over {@link #SLIDE_NANOS}. */
    void back() {
        EpochRecord from = run.shown();
        run.back();
        if (run.shown() != from) {
            slide(from, run.shown(), SLIDE_NANOS);
        }
    }

    /** The point starts sliding from {@code from} to {@code to} now. */
    void slide(EpochRecord from, EpochRecord to, long nanos) {
        slide = reducedMotion.getAsBoolean() ? null : new StepSlide(from, to, now, nanos);
    }

    void stopSlide() {
        slide = null;
    }

    /**
     * The picture for this frame. Mid-slide the point is between two records and the trail stops
     * where it comes from (the contour path grows as it arrives); at rest it is the shown record,
     * and {@code current} itself when nothing moved, so nothing is redrawn.
     */
    PlotFrame frame(double learningRate, boolean logCost, boolean legend, Language language, Theme theme,
                    PlotFrame current) {
        EpochRecord shown = run.shown();
        if (slide != null && slide.to() == shown && !slide.isOver(now)) {
            int trail = slide.forward() ? slide.from().epoch() : shown.epoch();
            return slide.frameAt(now, run.surface(), run.upTo(trail), learningRate, logCost).withLegend(legend)
                    .withLanguage(language).withTheme(theme).withTest(run.test());
        }
        slide = null;
        if (current != null && current.record() == shown && current.latest() == shown && current.w() == shown.w()
                && current.learningRate() == learningRate && current.logCost() == logCost && current.legend() == legend
                && current.language() == language && current.theme() == theme && current.test() == run.test()) {
            return current;
        }
        return PlotFrame.at(run.surface(), run.upTo(shown.epoch()), learningRate, logCost).withLegend(legend)
                .withLanguage(language).withTheme(theme).withTest(run.test());
    }
}
