package dev.descentfx.plot;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labelled ticks of one axis, chosen for its length in pixels and the width of their labels:
 * the finest 1-2-5 step whose labels sit comfortably apart; on a short axis that would give fewer
 * than {@value #AT_LEAST} labels, the coarsest step that gives {@value #AT_LEAST} without labels
 * touching; failing that (a narrow range on a short axis), the range grows out to the next ticks
 * at each end. A log axis steps in whole decades, every label written 10ⁿ.
 *
 * <p>Labels are measured with the plot's tick font in a plain render context, so the layout
 * (how wide the left margin is, which step) is the same on screen, in a PNG and in an SVG.
 */
record AxisTicks(Range range, double step, List<Double> values, List<String> labels, double widest) {
    /** A readable axis shows at least this many labelled ticks (when it is long enough to hold them). */
    static final int AT_LEAST = 4;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final ConcurrentHashMap<Key, Double> WIDTHS = new ConcurrentHashMap<>();

    private record Key(Font font, String text) {
    }

    /**
     * Ticks of a linear axis over {@code r}, {@code pixels} long, across (x) or up (y), with steps
     * of at least {@code minStep} (1 for epochs; 0 for any).
     */
    static AxisTicks linear(Range r, double pixels, boolean across, Font font, double minStep) {
        double perPixel = r.span() / Math.max(1, pixels);
        // start at a step of about 20 px (no label fits closer) and coarsen: 1, 2, 5, 10, 20, ...
        double step = Math.max(minStep, Ticks.niceStep(r.span(), (int) Math.max(1, Math.min(100, pixels / 20))));
        AxisTicks fallback = null, most = null;
        for (int tries = 0; tries < 40; tries++, step = coarser(step)) {
            AxisTicks t = at(r, step, font, false);
            if (t.values.isEmpty()) {
                continue;
            }
            double gap = step / perPixel;
            double needs = needs(t, across, font);
            double comfortable = across ? Math.max(t.widest + 28, 80) : Math.max(2.4 * font.getSize2D(), 46);
            if (gap >= needs && most == null) {
                most = t;   // the most labels that fit at all
            }
            if (gap >= comfortable && t.values.size() >= AT_LEAST) {
                return t;
            }
            if (gap >= needs && t.values.size() >= AT_LEAST) {
                fallback = t;   // the coarsest so far that still gives four
            } else if (gap >= comfortable) {
                if (fallback != null) {
                    return fallback;
                }
                AxisTicks grown = widened(r, pixels, across, font, minStep, t);
                return grown != null ? grown : most != null && most.values.size() > t.values.size() ? most : t;
            }
        }
        return fallback != null ? fallback : at(r, coarser(r.span()), font, false);
    }

    private static double needs(AxisTicks t, boolean across, Font font) {
        return across ? t.widest + 12 : font.getSize2D() + 6;
    }

    // No step gives four labels that fit: grow the range out to whole steps at both ends, with the
    // finest step whose labels still fit on the grown range; null if none does (a short axis).
    private static AxisTicks widened(Range r, double pixels, boolean across, Font font, double minStep, AxisTicks few) {
        double step = Math.max(minStep, Ticks.niceStep(r.span(), (int) Math.max(1, Math.min(100, pixels / 20))));
        for (int tries = 0; tries < 40 && step <= few.step * 1.001; tries++, step = coarser(step)) {
            double low = Math.floor(r.min() / step + 1e-9) * step;
            if (r.min() < 0 && r.min() > -step) {
                low = r.min();   // a sliver below 0 (room for a point at cost 0) stays a sliver: no "−10" on a cost axis
            }
            Range grown = new Range(low, Math.ceil(r.max() / step - 1e-9) * step);
            if (grown.span() > 2 * r.span()) {
                continue;   // would shrink the picture too much
            }
            AxisTicks t = at(grown, step, font, false);
            if (t.values.size() >= AT_LEAST && step / (grown.span() / Math.max(1, pixels)) >= needs(t, across, font)) {
                return t;
            }
        }
        return null;
    }

    /** Ticks of a log axis whose range holds exponents: whole decades, {@code pixels} tall. */
    static AxisTicks decades(Range r, double pixels, Font font) {
        double perDecade = pixels / Math.max(1e-9, r.span());
        double comfortable = Math.max(2.4 * font.getSize2D(), 46);
        int step = (int) Math.max(1, Math.ceil(comfortable / perDecade));
        if (Math.floor(r.span() / step) + 1 < AT_LEAST && step > 1) {
            step = (int) Math.max(1, Math.floor(r.span() / (AT_LEAST - 1)));   // closer, but still apart
            while (step > 1 && perDecade * step < font.getSize2D() + 6) {
                step++;
            }
        }
        return at(r, step, font, true);
    }

    private static double coarser(double step) {
        double power = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double f = Math.round(step / power);
        return (f < 2 ? 2 : f < 5 ? 5 : 10) * power;
    }

    private static AxisTicks at(Range r, double step, Font font, boolean log) {
        List<Double> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        double widest = 0;
        double first = Math.ceil(r.min() / step - 1e-9) * step;
        for (int i = 0; i < 100 && first + i * step <= r.max() + step * 1e-9; i++) {
            double t = first + i * step;
            String label = log ? Ticks.decade((int) Math.round(t)) : Ticks.tick(t, step);
            values.add(t);
            labels.add(label);
            widest = Math.max(widest, width(font, label));
        }
        return new AxisTicks(r, step, List.copyOf(values), List.copyOf(labels), widest);
    }

    /** The advance of {@code text} in {@code font} (and its fallback, as drawn), remembered (tick labels repeat every frame). */
    static double width(Font font, String text) {
        Key key = new Key(font, text);
        Double w = WIDTHS.get(key);
        if (w == null) {
            if (WIDTHS.size() > 4096) {
                WIDTHS.clear();
            }
            w = 0.0;
            for (Fonts.Run run : Fonts.runs(font, text)) {
                w += run.font().getStringBounds(run.text(), MEASURE).getWidth();
            }
            WIDTHS.put(key, w);
        }
        return w;
    }
}
