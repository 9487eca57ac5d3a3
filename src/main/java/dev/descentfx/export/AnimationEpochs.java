package dev.descentfx.export;

/** The epochs an animation shows: A, A + K, A + 2K, … and B itself, so its last frame is always B. */
public final class AnimationEpochs {
    /** An animation of more frames than this is a mistake (a run of a million epochs with every 1). */
    public static final int MAX_FRAMES = 5_000;

    private AnimationEpochs() {
    }

    /** How many frames from A to B every K epochs (0 when A &gt; B). */
    public static int count(int from, int to, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("every must be 1 or more, not " + every);
        }
        return from > to ? 0 : (to - from) / every + 1 + ((to - from) % every == 0 ? 0 : 1);
    }

    /** The epochs themselves, in order. */
    public static int[] of(int from, int to, int every) {
        int[] epochs = new int[count(from, to, every)];
        for (int i = 0; i < epochs.length; i++) {
            epochs[i] = Math.min(from + i * every, to);
        }
        return epochs;
    }
}
