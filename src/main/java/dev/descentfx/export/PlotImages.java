package dev.descentfx.export;

import dev.descentfx.plot.Fonts;
import dev.descentfx.plot.Plot;
import dev.descentfx.plot.PlotFrame;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.StandardFontFunction;

/**
 * Pictures of a plot for files: take the picture ({@link #png}, {@link #svg}), then write the
 * file ({@link #writePng}, {@link #writeSvg}). Asking where to save is the window's job. The
 * picture is drawn by the same {@link Plot#draw} as the window, so it needs no screen.
 */
public final class PlotImages {
    static {
        // PNGs are encoded in memory: ImageIO's cache file in the temporary folder could fill a disk of
        // its own, and its closer thread fails with a stack trace at exit after a failed write
        ImageIO.setUseCache(false);
    }

    private static final StandardFontFunction STANDARD_FAMILIES = new StandardFontFunction();

    private PlotImages() {
    }

    /**
     * {@code plot} of {@code frame} laid out at width × height and rendered at {@code scale}
     * (2 for a sharp picture on a high-density screen or a slide): the image is
     * round(width·scale) × round(height·scale) pixels.
     */
    public static BufferedImage png(Plot plot, PlotFrame frame, int width, int height, double scale) {
        requireSize(width, height);
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the scale must be a positive number, not " + scale);
        }
        int w = Math.max(1, (int) Math.round(width * scale));
        int h = Math.max(1, (int) Math.round(height * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            plot.draw(g, width, height, frame);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The SVG document of {@code plot} of {@code frame} at width × height. */
    public static String svg(Plot plot, PlotFrame frame, int width, int height) {
        requireSize(width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setFontFunction(PlotImages::svgFamily);
        plot.draw(g, width, height, frame);
        return g.getSVGDocument();
    }

    /**
     * The CSS font-family an SVG writes for Java's {@code family} (which Java may spell in the
     * system's language: 나눔고딕): the bundled face by its name, then the generic family that a
     * viewer without it draws in (its own Korean font, if it has one); Java's logical fonts as
     * JFreeSVG writes them.
     */
    static String svgFamily(String family) {
        String english = new Font(family, Font.PLAIN, 1).getFamily(Locale.ROOT);
        return english.equals(Fonts.SANS) ? Fonts.SANS + ", sans-serif"
                : english.equals(Fonts.MONO) ? Fonts.MONO + ", monospace" : STANDARD_FAMILIES.apply(family);
    }

    /** Renders as {@link #png} and writes the PNG file {@code file}, whole or not at all ({@link SafeFile}). */
    public static void writePng(Plot plot, PlotFrame frame, int width, int height, double scale, Path file)
            throws IOException {
        writePng(png(plot, frame, width, height, scale), file);
    }

    /** Writes {@code image} as the PNG file {@code file}, whole or not at all. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        SafeFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    /** Renders as {@link #svg} and writes the SVG file {@code file} (UTF-8), whole or not at all. */
    public static void writeSvg(Plot plot, PlotFrame frame, int width, int height, Path file) throws IOException {
        byte[] svg = svg(plot, frame, width, height).getBytes(StandardCharsets.UTF_8);
        SafeFile.write(file, out -> out.write(svg));
    }

    private static void requireSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a picture needs a positive size, not " + width + " × " + height);
        }
    }
}
