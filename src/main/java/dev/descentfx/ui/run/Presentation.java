package dev.descentfx.ui.run;

import dev.descentfx.plot.Theme;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * How the window is shown to a class, apart from the run: the zoom (100 % to 250 %, text, lines,
 * points and arrows all grow), full screen, the side panel hidden, one plot filling the main area,
 * and the theme (light, dark, or a projector's variant of either). Part of the ViewModel (bindings
 * only, no toolkit); the zoom and the theme can be remembered between starts in a
 * {@link Preferences} node ({@link #remember}).
 */
public final class Presentation {
    /** The zoom steps Ctrl+= and Ctrl+− move along, in percent. */
    public static final int[] ZOOM_STEPS = {100, 125, 150, 175, 200, 225, 250};
    public static final int MIN_ZOOM = ZOOM_STEPS[0];
    public static final int MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1];
    static final String ZOOM_KEY = "zoomPercent";
    static final String THEME_KEY = "theme";
    static final String REDUCED_MOTION_KEY = "reducedMotion";
    /** {@code -Ddescentfx.reducedMotion=true}: no slides at first (JavaFX 21 exposes no system reduced-motion setting). */
    static final String REDUCED_MOTION_PROPERTY = "descentfx.reducedMotion";

    private Preferences memory;

    // Properties
    private final ReadOnlyIntegerWrapper zoomPercent = new ReadOnlyIntegerWrapper(this, "zoomPercent", MIN_ZOOM);
    private final ReadOnlyBooleanWrapper fullScreen = new ReadOnlyBooleanWrapper(this, "fullScreen");
    private final ReadOnlyBooleanWrapper sidePanelHidden = new ReadOnlyBooleanWrapper(this, "sidePanelHidden");
    private final ReadOnlyObjectWrapper<BigPlot> maximised = new ReadOnlyObjectWrapper<>(this, "maximised");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyBooleanWrapper reducedMotion = new ReadOnlyBooleanWrapper(this, "reducedMotion",
            Boolean.getBoolean(REDUCED_MOTION_PROPERTY));
    private final DoubleBinding zoom = Bindings.createDoubleBinding(() -> zoomPercent.get() / 100.0, zoomPercent);

    /** Percent, one of {@link #ZOOM_STEPS}. */
    public ReadOnlyIntegerProperty zoomPercentProperty() { return zoomPercent.getReadOnlyProperty(); }
    /** The zoom as a factor (1 to 2.5): the plots are drawn this much larger. */
    public DoubleBinding zoomProperty() { return zoom; }
    public ReadOnlyBooleanProperty fullScreenProperty() { return fullScreen.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty sidePanelHiddenProperty() { return sidePanelHidden.getReadOnlyProperty(); }
    /** The plot filling the main area, or null. */
    public ReadOnlyObjectProperty<BigPlot> maximisedProperty() { return maximised.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Theme> themeProperty() { return theme.getReadOnlyProperty(); }
    /** Reduced motion (issue 12): a step jumps straight to the next record, Play shows no in-between frames. */
    public ReadOnlyBooleanProperty reducedMotionProperty() { return reducedMotion.getReadOnlyProperty(); }

    // Commands

    /** Ctrl+=: one zoom step larger (stops at 250 %). */
    public void zoomIn() {
        setZoomPercent(step(+1));
    }

    /** Ctrl+−: one zoom step smaller (stops at 100 %). */
    public void zoomOut() {
        setZoomPercent(step(-1));
    }

    /** Ctrl+0: back to 100 %. */
    public void resetZoom() {
        setZoomPercent(MIN_ZOOM);
    }

    /** A zoom in percent, put on the nearest step at or below it within 100..250. */
    public void setZoomPercent(int percent) {
        int snapped = MIN_ZOOM;
        for (int s : ZOOM_STEPS) {
            if (s <= percent) {
                snapped = s;
            }
        }
        zoomPercent.set(snapped);
        if (memory != null) {
            memory.putInt(ZOOM_KEY, snapped);
        }
    }

    /** F11. */
    public void toggleFullScreen() {
        fullScreen.set(!fullScreen.get());
    }

    /** What the window says it is (the system can leave full screen by itself). */
    public void setFullScreen(boolean on) {
        fullScreen.set(on);
    }

    /** H or the toolbar's button: the side panel goes and the plots get its room, or it comes back. */
    public void toggleSidePanel() {
        sidePanelHidden.set(!sidePanelHidden.get());
    }

    /** Keys 1–4 or a double-click: {@code plot} fills the main area (the same plot again, or null, puts it back). */
    public void maximise(BigPlot plot) {
        maximised.set(plot == maximised.get() ? null : plot);
    }

    /** The window's and the plots' look; kept for the next start (by its enum name, as before). */
    public void setTheme(Theme t) {
        if (t != null) {
            theme.set(t);
            if (memory != null) {
                memory.put(THEME_KEY, t.name());
            }
        }
    }

    /** Reduced motion on or off; kept for the next start. */
    public void setReducedMotion(boolean on) {
        reducedMotion.set(on);
        if (memory != null) {
            memory.putBoolean(REDUCED_MOTION_KEY, on);
        }
    }

    /** A saved session's layout at once: zoom, theme, side panel, the maximised plot (or null). */
    void show(int percent, Theme t, boolean sideHidden, BigPlot big) {
        setZoomPercent(percent);
        setTheme(t);
        sidePanelHidden.set(sideHidden);
        maximised.set(big);
    }

    /**
     * Esc: one step back towards the ordinary window — a maximised plot goes back first, then full
     * screen ends. Returns false when there was nothing to leave.
     */
    public boolean back() {
        if (maximised.get() != null) {
            maximised.set(null);
            return true;
        }
        if (fullScreen.get()) {
            fullScreen.set(false);
            return true;
        }
        return false;
    }

    /** From now on the zoom, the theme and reduced motion are kept in {@code node}; the values stored there are taken now. */
    public void remember(Preferences node) {
        memory = null;   // taking the stored values is not a change to store again
        setZoomPercent(node.getInt(ZOOM_KEY, MIN_ZOOM));
        // "LIGHT" and "DARK" as earlier versions stored them read as before; anything unknown as light
        Theme stored = Theme.parse(node.get(THEME_KEY, null));
        setTheme(stored == null ? Theme.LIGHT : stored);
        setReducedMotion(node.getBoolean(REDUCED_MOTION_KEY, Boolean.getBoolean(REDUCED_MOTION_PROPERTY)));
        memory = node;
    }

    private int step(int direction) {
        int i = 0;
        while (i < ZOOM_STEPS.length - 1 && ZOOM_STEPS[i] < zoomPercent.get()) {
            i++;
        }
        return ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, i + direction))];
    }
}
