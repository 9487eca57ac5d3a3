package dev.descentfx.training;

/**
 * How many epochs of some data fit in a moment's work. An epoch costs time in proportion to the data
 * (the engine writes six N-long arrays per epoch: about 5 ms at a million points on a 2-core machine),
 * so the budget is {@value #POINT_EPOCHS} point-epochs (examples × features × epochs): the lesson's
 * three points get {@value #MOST} epochs, a million points two, about 10 ms. The window trains at most
 * this many epochs in one frame, and a {@link Run} keeps a checkpoint at least this often, so that
 * showing any earlier record replays no more than a frame's training.
 */
public final class EpochBudget {
    /** The most epochs of any data: the lesson's at top speed. */
    public static final int MOST = 1000;
    /** Examples × features × epochs of one budget. */
    public static final long POINT_EPOCHS = 2_000_000;

    private EpochBudget() {
    }

    /** Epochs of {@code data} in one budget: 1,000 for up to 2,000 examples of one feature, 2 for a million, never none. */
    public static int epochs(Dataset data) {
        long work = (long) data.size() * data.features();
        return (int) Math.max(1, Math.min(MOST, POINT_EPOCHS / Math.max(1, work)));
    }
}
