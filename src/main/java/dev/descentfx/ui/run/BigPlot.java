package dev.descentfx.ui.run;

/** The four plots of the run that keys 1–4 (or a double-click) make fill the main area, in key order. */
public enum BigPlot {
    COST_CURVE, FITTED_LINE, CONTOUR, COST_HISTORY;

    /** The plot of key {@code digit} (1–4), or null. */
    public static BigPlot ofKey(int digit) {
        return digit >= 1 && digit <= values().length ? values()[digit - 1] : null;
    }
}
