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

    /**
     * True if {@code frame} drawn {@code width × height} keeps all its text at a readable size
     * (16 px at least); a picture that lays itself out for any size says true.
     */
    default boolean fits(Graphics2D g, double width, double height, PlotFrame frame) {
        return true;
    }

    /**
     * The size to draw {@code frame} at when {@code width × height} is too small for it to fit: taller
     * first, then wider, then both, in tenths, up to three times; null when it fits as it is (or not
     * even then: the picture says it is too small). The window scrolls over the larger picture.
     */
    default double[] roomNeeded(Graphics2D g, double width, double height, PlotFrame frame) {
        if (!(width > 0 && height > 0) || fits(g, width, height, frame)) {
            return null;
        }
        for (int grow = 0; grow < 3; grow++) {
            for (int k = 1; k <= 20; k++) {
                double w = grow == 0 ? width : width * (1 + 0.1 * k), h = grow == 1 ? height : height * (1 + 0.1 * k);
                if (fits(g, w, h, frame)) {
                    return new double[] {Math.ceil(w), Math.ceil(h)};
                }
            }
        }
        return null;
    }
}
