package dev.descentfx.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * The look shared by every plot: a light background, muted grid and axes, one accent colour
 * for the moving point and its path, and sizes that read on a classroom projector (labels of
 * 16 px at least, lines of 3 px, the point 14 px across at 1×).
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
            new Color(0xE0, 0x5A, 0x00),          // accent: the current point and the path
            new Color(0x2B, 0x2F, 0x36),          // data points
            new Color(0xC6, 0x28, 0x28),          // residuals
            new Color(0x7A, 0x93, 0xB5),          // contour lines
            new Color(0xB0, 0x1E, 0x1E),          // notes about non-finite numbers
            Fonts.sans(Font.BOLD, 18),             // the bundled Nanum Gothic: Hangul on any machine
            Fonts.sans(Font.PLAIN, 16),
            Fonts.sans(Font.PLAIN, 16),
            new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
            new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
            new BasicStroke(1f),
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 5f}, 0f),
            14, 12);

    /** {@code c} with the given opacity (0..1). */
    public static Color withAlpha(Color c, double alpha) {
        int a = (int) Math.round(255 * Math.max(0, Math.min(1, alpha)));
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
