package dev.descentfx.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;

/**
 * How a plot points at what a lesson step talks about ({@link PlotFrame#highlight()}): a thick
 * translucent band around the thing, edged by a thin opaque outline, in a colour of its own per
 * theme (a violet no other mark uses, at least 3:1 against the background; ThemeContrastTest).
 * The same calls draw it in the window, in PNG and in SVG. No animation: a still picture shows it.
 */
public final class Halo {
    /** How opaque the band is: the thing under it still reads through. */
    static final double BAND_ALPHA = 0.34;

    private Halo() {
    }

    /** The highlight's colour in {@code theme}. */
    public static Color colour(Theme theme) {
        return switch (theme == null ? Theme.LIGHT : theme) {
            case LIGHT -> new Color(0x8E, 0x24, 0xAA);
            case DARK -> new Color(0xD2, 0x8C, 0xFF);
            case PROJECTOR_LIGHT -> new Color(0x7B, 0x1F, 0xA2);
            case PROJECTOR_DARK -> new Color(0xE0, 0x7C, 0xFF);
        };
    }

    /** How wide the band is: a little wider than the moving point (the zoom grows it with the rest). */
    static double width(PlotStyle s) {
        return s.pointSize() * 1.5;
    }

    /** True when {@code f} points at {@code target}. */
    static boolean on(PlotFrame f, Highlight target) {
        return f.highlight() == target;
    }

    /** A band along the line or curve {@code path}, with its outline. */
    static void along(Graphics2D g, PlotFrame f, Shape path) {
        Shape band = new BasicStroke((float) width(f.style()), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(path);
        paint(g, f, band);
    }

    /** A disc of the band's width around the point (x, y), {@code size} across. */
    static void around(Graphics2D g, PlotFrame f, double x, double y, double size) {
        double d = size + width(f.style());
        paint(g, f, new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
    }

    /** A rounded box over {@code x, y, w, h} (a line of code), with its outline. */
    static void box(Graphics2D g, PlotFrame f, double x, double y, double w, double h) {
        paint(g, f, new RoundRectangle2D.Double(x, y, w, h, 10, 10));
    }

    private static void paint(Graphics2D g, PlotFrame f, Shape area) {
        Paint paint = g.getPaint();
        Stroke stroke = g.getStroke();
        Color c = colour(f.theme());
        g.setPaint(PlotStyle.withAlpha(c, BAND_ALPHA));
        g.fill(area);
        g.setPaint(c);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(area);
        g.setPaint(paint);
        g.setStroke(stroke);
    }
}
