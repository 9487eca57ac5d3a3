package dev.descentfx.plot;

import java.util.Locale;

/**
 * The looks a teacher picks from: light or dark, each ordinary or for a projector (high contrast:
 * near-black on white or near-white on black, saturated marks, thick lines, large points). The
 * plots draw in its {@link #style()}, in the window, in PNG and SVG alike; the window puts
 * AtlantaFX's Primer light or dark around them; {@code export --theme} takes the names
 * {@link #toString()} gives: light, dark, projector-light, projector-dark.
 */
public enum Theme {
    LIGHT(false, false), DARK(true, false), PROJECTOR_LIGHT(false, true), PROJECTOR_DARK(true, true);

    private final boolean dark, projector;

    Theme(boolean dark, boolean projector) {
        this.dark = dark;
        this.projector = projector;
    }

    /** Light text on a dark background. */
    public boolean dark() {
        return dark;
    }

    /** High contrast, thick lines and large points, for a projector. */
    public boolean projector() {
        return projector;
    }

    /** What the plots draw in. */
    public PlotStyle style() {
        return switch (this) {
            case LIGHT -> PlotStyle.light();
            case DARK -> PlotStyle.dark();
            case PROJECTOR_LIGHT -> PlotStyle.projectorLight();
            case PROJECTOR_DARK -> PlotStyle.projectorDark();
        };
    }

    /** The theme's name on the command line: light, dark, projector-light, projector-dark. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The theme written as {@code text}: its enum name (as an earlier version stored it, "DARK") or
     * its command-line name ("projector-dark"), in any case; null for anything else.
     */
    public static Theme parse(String text) {
        if (text != null) {
            for (Theme t : values()) {
                if (t.name().equalsIgnoreCase(text.strip()) || t.toString().equalsIgnoreCase(text.strip())) {
                    return t;
                }
            }
        }
        return null;
    }
}
