package dev.descentfx.training;

/**
 * The last split worked out, kept: every {@link Trainer} a run resumes from a checkpoint asks its
 * settings for the train rows, and a shuffle of a million rows each time would cost more than the
 * replay. One entry is enough — a run asks again and again for the same data and split.
 */
final class SplitParts {
    private record Memo(Dataset data, Split split, Split.Parts parts) {
    }

    private static volatile Memo last;

    private SplitParts() {
    }

    static Split.Parts of(Dataset data, Split split) {
        if (!split.holdsOut()) {
            return new Split.Parts(data, null);
        }
        Memo m = last;
        if (m == null || m.data != data || !m.split.equals(split)) {
            m = new Memo(data, split, split.parts(data));
            last = m;
        }
        return m.parts;
    }
}
