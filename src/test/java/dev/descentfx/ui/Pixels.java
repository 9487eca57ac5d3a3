package dev.descentfx.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tests share: waiting for the window, its own snapshots, and counting their pixels. */
final class Pixels {
    private Pixels() {
    }

    /** Waits up to 10 s for {@code condition}, checked on the test thread. */
    static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    /** The node {@code query} finds, as the window draws it (a snapshot taken on the JavaFX thread). */
    static Image pixels(FxRobot robot, String query) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> robot.lookup(query).query().snapshot(null, null)).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
