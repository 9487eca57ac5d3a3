package dev.descentfx.export;

import dev.descentfx.plot.Plot;
import dev.descentfx.plot.PlotFrame;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** STAND-IN on branch ui until the plot branch lands (its version replaces this file on merge). */
public final class PlotImages {
    private PlotImages() {
    }

    public static BufferedImage png(Plot plot, PlotFrame frame, int width, int height, double scale) {
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(scale, scale);
        plot.draw(g, width, height, frame);
        g.dispose();
        return image;
    }

    public static void writePng(Plot plot, PlotFrame frame, int width, int height, double scale, Path file)
            throws IOException {
        ImageIO.write(png(plot, frame, width, height, scale), "png", file.toFile());
    }
}
