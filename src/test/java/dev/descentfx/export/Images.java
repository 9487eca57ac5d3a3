package dev.descentfx.export;

import java.awt.image.BufferedImage;

/** Comparing pictures read back from files. */
public final class Images {
    private Images() {
    }

    /** The mean difference of two same-sized images over their red, green and blue, 0 to 255. */
    public static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
