package dev.descentfx.plot;

import java.awt.Graphics2D;

/**
 * A picture of a run, drawn with Java2D so that the same code paints the window (through
 * FXGraphics2D on a JavaFX Canvas), a PNG (a BufferedImage) and an SVG (JFreeSVG).
 */
public interface Plot {
    /** A short name for menus and file names, e.g. "cost-curve". */
    String name();

    /** Draws {@code frame} into the rectangle (0, 0, width, height) of {@code g}. */
    void draw(Graphics2D g, double width, double height, PlotFrame frame);
}
