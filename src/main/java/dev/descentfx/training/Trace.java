package dev.descentfx.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The records a run's pictures draw from: every one of the first {@value #EARLY} epochs, then
 * log-spaced in epoch — each doubling of the epoch is cut into {@value #PER_DOUBLING} buckets —
 * keeping in every bucket its first record and the ones where W, b and the cost are lowest and
 * highest. So the start of the run is whole, a turning point or a spike is never dropped, and
 * 10,000,000 epochs keep at most about 1024 + 14 × 512 × 7 records (a few MB).
 */
final class Trace {
    static final int EARLY = 1024;
    static final int PER_DOUBLING = 512;

    private final List<EpochRecord> kept = new ArrayList<>();   // closed buckets, by epoch
    private final EpochRecord[] open = new EpochRecord[7];       // the open bucket: first, min/max W, b, cost
    private long openBucket = -1;

    void add(EpochRecord r) {
        int e = r.epoch();
        if (e < EARLY) {
            kept.add(r);
            return;
        }
        long bucket = bucket(e);
        if (bucket != openBucket) {
            close();
            openBucket = bucket;
            java.util.Arrays.fill(open, r);
            return;
        }
        open[1] = pick(open[1], r, r.w() < open[1].w());
        open[2] = pick(open[2], r, r.w() > open[2].w());
        open[3] = pick(open[3], r, r.b() < open[3].b());
        open[4] = pick(open[4], r, r.b() > open[4].b());
        open[5] = pick(open[5], r, r.cost() < open[5].cost());
        open[6] = pick(open[6], r, r.cost() > open[6].cost());
    }

    /** The kept records up to and including {@code epoch}, oldest first. */
    List<EpochRecord> upTo(int epoch) {
        int n = count(epoch);
        List<EpochRecord> out = new ArrayList<>(n + open.length);
        out.addAll(kept.subList(0, n));
        if (openBucket >= 0) {
            open().stream().filter(r -> r.epoch() <= epoch).forEach(out::add);
        }
        return out;
    }

    /** Forgets every record after {@code epoch}. */
    void truncateAfter(int epoch) {
        close();
        kept.subList(count(epoch), kept.size()).clear();
    }

    int size() {
        return kept.size() + (openBucket >= 0 ? open().size() : 0);
    }

    // [2^n, 2^(n+1)) is cut into PER_DOUBLING buckets of equal width (1 epoch wide until 2^9 per bucket is reached)
    private static long bucket(int epoch) {
        int width = Math.max(1, Integer.highestOneBit(epoch) / PER_DOUBLING);
        return epoch / width;
    }

    private void close() {
        if (openBucket >= 0) {
            kept.addAll(open());
            openBucket = -1;
        }
    }

    // the open bucket's distinct records by epoch
    private List<EpochRecord> open() {
        List<EpochRecord> out = new ArrayList<>(open.length);
        for (EpochRecord r : open) {
            if (out.stream().noneMatch(seen -> seen == r)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingInt(EpochRecord::epoch));
        return out;
    }

    // how many kept records have an epoch of at most `epoch` (binary search: kept is sorted)
    private int count(int epoch) {
        int lo = 0, hi = kept.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (kept.get(mid).epoch() <= epoch) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static EpochRecord pick(EpochRecord old, EpochRecord r, boolean better) {
        return better ? r : old;
    }
}
