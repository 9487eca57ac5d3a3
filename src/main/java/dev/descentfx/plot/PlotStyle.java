package dev.descentfx.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * The look shared by every plot: a background, muted grid and axes, one accent colour for the
 * moving point and its path, and sizes that read on a classroom projector (labels of 16 px at
 * least, lines of 3 px, the point 14 px across at 1×). One style per {@link Theme}: light
 * ({@link #CLASSROOM}), dark, and a projector variant of each, whose lines and points are
 * thicker ({@link #projectorLines}). Every theme writes in the same fonts, so switching the theme
 * never moves the layout (the axes are measured with {@link #CLASSROOM}'s). Every text colour
 * stands out from its background by at least 4.5:1 and every mark by 3:1 (WCAG 2.1; ThemeContrastTest).
 */
public record PlotStyle(Color background, Color axis, Color grid, Color text, Color mutedText, Color curve,
                        Color accent, Color data, Color residual, Color contour, Color warning,
                        Font titleFont, Font labelFont, Font tickFont, Stroke curveStroke, Stroke thinStroke,
                        Stroke gridStroke, Stroke dashedStroke, double pointSize, double dataPointSize) {

    /** The default classroom look. */
    public static final PlotStyle CLASSROOM = new PlotStyle(
            Color.WHITE,
            new Color(0x55, 0x5B, 0x66),          // axes
            new Color(0xE6, 0xE9, 0xEE),          // grid
            new Color(0x1F, 0x24, 0x2B),          // titles and labels
            new Color(0x5F, 0x66, 0x70),          // tick labels
            new Color(0x3B, 0x6E, 0xA8),          // curves: cost(W), H(x), cost against epoch
            new Color(0xC2, 0x4E, 0x00),          // accent: the current point and the path (4.8:1, also text)
            new Color(0x2B, 0x2F, 0x36),          // data points
            new Color(0xC6, 0x28, 0x28),          // residuals
            new Color(0x6F, 0x88, 0xAC),          // contour lines
            new Color(0xB0, 0x1E, 0x1E),          // notes about non-finite numbers
            Fonts.sans(Font.BOLD, 18),             // the bundled Nanum Gothic: Hangul on any machine
            Fonts.sans(Font.PLAIN, 16),
            Fonts.sans(Font.PLAIN, 16),
            new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
            new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
            new BasicStroke(1f),
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 5f}, 0f),
            14, 12);

    private static final PlotStyle DARK = CLASSROOM.recoloured(0x0D1117, 0x8B949E, 0x262C35, 0xE6EDF3, 0x9EA7B3,
            0x58A6FF, 0xF0883E, 0xE6EDF3, 0xFF7B72, 0x6E8DBA, 0xFFA198);
    // near-black on white and near-white on black, the marks saturated, the grid strong enough for a projector
    private static final PlotStyle PROJECTOR_LIGHT = CLASSROOM.projectorLines().recoloured(0xFFFFFF, 0x000000, 0xB8BEC6,
            0x000000, 0x2B2B2B, 0x0041A8, 0xC04C00, 0x000000, 0xB0003A, 0x1F4E9A, 0xA80000);
    private static final PlotStyle PROJECTOR_DARK = CLASSROOM.projectorLines().recoloured(0x000000, 0xFFFFFF, 0x4A4F57,
            0xFFFFFF, 0xD8DCE0, 0x4DA8FF, 0xFF9A1F, 0xFFFFFF, 0xFF5C5C, 0x7FA9E8, 0xFF8A8A);

    /** The light theme: dark text and marks on white (the classroom look). */
    public static PlotStyle light() {
        return CLASSROOM;
    }

    /** The dark theme: light text and marks on AtlantaFX Primer Dark's background. */
    public static PlotStyle dark() {
        return DARK;
    }

    /** For a projector in a lit room: black on white, saturated marks, 5 px curves, 20 px points. */
    public static PlotStyle projectorLight() {
        return PROJECTOR_LIGHT;
    }

    /** For a projector in a dark room: white on black, saturated marks, 5 px curves, 20 px points. */
    public static PlotStyle projectorDark() {
        return PROJECTOR_DARK;
    }

    /** The arrow of a step: as thick as the curves, its head as long as the point is wide. */
    public Stroke arrowStroke() {
        return curveStroke;
    }

    /** How long an arrow's head is: as long as the point is wide. */
    public double arrowHead() {
        return pointSize;
    }

    /** This style in other colours (0xRRGGBB), the fonts, lines and sizes kept. */
    private PlotStyle recoloured(int background, int axis, int grid, int text, int mutedText, int curve, int accent,
                                 int data, int residual, int contour, int warning) {
        return new PlotStyle(new Color(background), new Color(axis), new Color(grid), new Color(text),
                new Color(mutedText), new Color(curve), new Color(accent), new Color(data), new Color(residual),
                new Color(contour), new Color(warning), titleFont, labelFont, tickFont, curveStroke, thinStroke,
                gridStroke, dashedStroke, pointSize, dataPointSize);
    }

    /**
     * This style with a projector's lines, read from the back of a room: curves and arrows 5 px,
     * axes, tangent and rings 3.5 px, residuals and dashes 3.5 px with longer dashes, the point
     * 20 px and the data 18 px across (at 1×; the zoom grows them further). Fonts and colours kept.
     */
    private PlotStyle projectorLines() {
        return new PlotStyle(background, axis, grid, text, mutedText, curve, accent, data, residual, contour, warning,
                titleFont, labelFont, tickFont,
                new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
                new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
                new BasicStroke(1.5f),
                new BasicStroke(3.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {10f, 7f}, 0f),
                20, 18);
    }

    /** The opaque colour {@code t} (0..1) of the way from {@code a} to {@code b}. */
    public static Color mix(Color a, Color b, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
    }

    /** {@code c} with the given opacity (0..1). */
    public static Color withAlpha(Color c, double alpha) {
        int a = (int) Math.round(255 * Math.max(0, Math.min(1, alpha)));
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
