package dev.descentfx.plot;

import dev.descentfx.training.Dataset;

/**
 * The way back from the fitted-line chart's pixels to the data: where a click lands in (x, y), and
 * which example is under the mouse. It inverts the very {@link Axes} the chart is drawn on, so a
 * point put where the mouse is comes out drawn under the mouse.
 */
public final class PointPicker {
    private PointPicker() {
    }

    /** The data (x, y) drawn at pixel (px, py) of axes {@code a}. */
    public static double[] dataAt(Axes a, double px, double py) {
        return new double[] {a.xAt(px), a.yAt(py)};
    }

    /**
     * {@link #dataAt} rounded to a decimal step no larger than one pixel of each axis (2.34 rather
     * than 2.3417529), so the point is still drawn within a pixel of (px, py) and reads as a student
     * would type it.
     */
    public static double[] roundedDataAt(Axes a, double px, double py) {
        double[] v = dataAt(a, px, py);
        return new double[] {rounded(v[0], a.x.span() / (a.right - a.left)), rounded(v[1], a.y.span() / (a.bottom - a.top))};
    }

    /** {@code v} to the nearest multiple of the power of ten at or below {@code perPixel}. */
    static double rounded(double v, double perPixel) {
        if (!(perPixel > 0) || !Double.isFinite(perPixel) || !Double.isFinite(v)) {
            return v;
        }
        int exponent = (int) Math.floor(Math.log10(perPixel));
        return new java.math.BigDecimal(v).setScale(-exponent, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    /**
     * The example of {@code d} (one feature) drawn nearest to pixel (px, py), if it is within
     * {@code radius} pixels of it; −1 when none is (or the data have several features).
     */
    public static int pointAt(Axes a, Dataset d, double px, double py, double radius) {
        if (d.features() != 1) {
            return -1;
        }
        int nearest = -1;
        double best = radius * radius;
        for (int i = 0; i < d.size(); i++) {
            double dx = a.px(d.x(i, 0)) - px, dy = a.py(d.y(i)) - py;
            double d2 = dx * dx + dy * dy;
            if (d2 <= best) {   // the later of two at the same place: the one drawn on top
                best = d2;
                nearest = i;
            }
        }
        return nearest;
    }
}
