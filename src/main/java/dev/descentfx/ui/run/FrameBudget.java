package dev.descentfx.ui.run;

import dev.descentfx.training.Dataset;

/**
 * How many epochs one frame may train. The lesson's three points train 1,000 epochs in well under
 * a millisecond, but an epoch costs time in proportion to the data (the engine writes six N-long
 * arrays per epoch: about 5 ms at a million points on a 2-core machine), so a frame trains at most
 * {@value #POINT_EPOCHS} point-epochs (examples × features × epochs): two epochs of a million
 * points, about 10 ms, which leaves the rest of a 33 ms frame to the plots. Always at least one.
 *
 * <p>Big data then play slower than the chosen speed (what a frame cannot do is dropped, as
 * always, not queued), but every record is still a whole epoch of the whole data: the run is the
 * same run, record for record, only shown at fewer epochs a second.
 */
final class FrameBudget {
    /** The most epochs any frame trains (the lesson's data at top speed). */
    static final int MAX_EPOCHS = 1000;
    /** Examples × features × epochs one frame may train. */
    static final long POINT_EPOCHS = 2_000_000;

    private FrameBudget() {
    }

    /** Epochs one frame may train on {@code data}: 1,000 for up to 2,000 examples of one feature, 2 for a million. */
    static int epochs(Dataset data) {
        long work = (long) data.size() * data.features();
        return (int) Math.max(1, Math.min(MAX_EPOCHS, POINT_EPOCHS / Math.max(1, work)));
    }
}
