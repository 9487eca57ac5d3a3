package dev.descentfx.ui;

import dev.descentfx.plot.Fonts;
import dev.descentfx.ui.plots.TeXFonts;

/**
 * Work the first frame waits for that needs no JavaFX thread, done on the second core while the
 * window's view is built: the bundled fonts read into JavaFX (app.css names them, so building the
 * scene waits for these), registered with Java2D (the plots measure text with them: their first
 * picture waits for these) and JLaTeXMath's fonts (the formula picture's, needed once its tab shows).
 * Each loader runs once whoever calls it first, and a caller that comes while it runs waits for it,
 * so nothing is drawn before its fonts are in. The app starts this in {@code init()}, after the
 * toolkit is up and before the view is built; tests and benchmarks that build a scene without it load
 * the same fonts on their own thread, as before.
 */
final class StartupWork {
    private static boolean begun;

    private StartupWork() {
    }

    static synchronized void begin() {
        if (begun) {
            return;
        }
        begun = true;
        Thread fonts = new Thread(() -> {
            WindowFonts.load();
            Fonts.sans(java.awt.Font.PLAIN, 12);   // registers the bundled files with Java2D
            StartupProbe.mark("fonts-loaded");
            TeXFonts.load();
        }, "descentfx-fonts");
        fonts.setDaemon(true);
        fonts.start();
    }
}
