package dev.descentfx.plot;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.EpochRecord;
import java.util.List;

/**
 * Where the cost(W) plot looks. Far from the bottom it shows every W of the run and the bottom of
 * the slice, cost from 0 up. Near the bottom the step is a few pixels wide and the point, the ring,
 * the arrow and the tangent would pile up at cost ≈ 0: then W is zoomed about the point (so the
 * step and the slice's bottom fill the picture) and cost is fitted to the marks in view.
 */
final class CostCurveAxes {
    /** A step drawn narrower than this many pixels is too small to see apart from the point. */
    static final double SMALL_STEP = 40;
    /** "Near the bottom": within this fraction of the whole W range from the slice's bottom. */
    static final double NEAR = 0.08;
    /** How many recent records the trail shows. */
    static final int TRAIL = 40;

    private CostCurveAxes() {
    }

    /** The b of the drawn slice: where the mark is (it slides with the mark during a step). */
    static double slice(PlotFrame f) {
        return f.bias() && Double.isFinite(f.b()) ? f.b() : 0;
    }

    static Axes of(PlotFrame f, double width, double height) {
        CostSurface s = f.surface();
        double b = slice(f), bottom = s.sliceMinimum(b), next = f.nextW();
        List<EpochRecord> h = f.history();
        Range.Builder ws = new Range.Builder();
        int stride = Math.max(1, h.size() / 5000);
        for (int i = 0; i < h.size(); i += stride) {
            ws.add(h.get(i).w());
        }
        ws.add(f.latest().w()).add(f.w()).add(next).add(bottom);
        Range w = ws.build(-1, 3).padded(0.1);
        double step = Math.abs(next - f.w()), plotWidth = Math.max(1, width - Axes.LEFT - Axes.RIGHT);
        boolean nearBottom = Double.isFinite(bottom) && Math.abs(bottom - f.w()) < NEAR * w.span();
        if (nearBottom && Double.isFinite(step) && Double.isFinite(f.w()) && step / w.span() * plotWidth < SMALL_STEP) {
            double near = Double.isFinite(bottom) ? Math.abs(bottom - f.w()) * 1.4 : 0;
            double half = Math.max(Math.max(6 * step, near), 1e-3 * w.span());
            if (half < w.span() / 2) {
                w = new Range(f.w() - half, f.w() + half);
            }
        }
        return Axes.linear(width, height, w, costRange(f, w, b, bottom));
    }

    // The curve over the W range, the slice's bottom, the point, the ring and the trail in view.
    // From 0 when 0 is near (a sliver below it, so points at the minimum show whole), else fitted.
    private static Range costRange(PlotFrame f, Range w, double b, double bottom) {
        CostSurface s = f.surface();
        Range.Builder costs = new Range.Builder()
                .add(s.cost(w.min(), b)).add(s.cost(w.max(), b))
                .add(s.cost(f.w(), b)).add(s.cost(f.nextW(), f.nextB()));
        if (w.contains(bottom)) {
            costs.add(s.cost(bottom, b));
        }
        List<EpochRecord> h = f.history();
        for (int i = Math.max(0, h.size() - TRAIL); i < h.size(); i++) {
            if (w.contains(h.get(i).w())) {
                costs.add(h.get(i).cost());
            }
        }
        Range c = costs.build(0, 1);
        double lo = c.min(), hi = Math.min(Range.LIMIT, c.max());
        if (!(hi > 0) || !Double.isFinite(hi)) {
            return new Range(-0.04, 1);
        }
        if (lo <= 0.25 * (hi - lo)) {
            return new Range(-0.04 * hi * 1.08, hi * 1.08);
        }
        double pad = Math.max(0.12 * (hi - lo), 1e-6 * hi);
        return new Range(lo - pad, hi + pad);
    }
}
