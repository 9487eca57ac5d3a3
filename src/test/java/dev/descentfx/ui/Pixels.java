package dev.descentfx.ui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/** Counting pixels of the window's own snapshots, for the window tests. */
final class Pixels {
    private Pixels() {
    }

    /** Pixels clearly darker than the white background: something is drawn there. */
    static long inked(Image image) {
        PixelReader r = image.getPixelReader();
        long n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int argb = r.getArgb(x, y);
                if (((argb >> 16) & 0xff) < 200 || ((argb >> 8) & 0xff) < 200 || (argb & 0xff) < 200) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels that differ between two snapshots (over the area both cover). */
    static long differing(Image a, Image b) {
        PixelReader ra = a.getPixelReader(), rb = b.getPixelReader();
        long n = 0;
        for (int y = 0; y < (int) Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(a.getWidth(), b.getWidth()); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
