package dev.descentfx.ui;

import dev.descentfx.plot.Fonts;
import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * The bundled fonts ({@link Fonts#FILES}: Nanum Gothic and NanumGothicCoding) loaded into JavaFX,
 * once, before the first scene is built: app.css names their families for the window's text, and
 * the plots' canvases draw in them, so Korean reads on a machine with no Hangul font.
 */
final class WindowFonts {
    private static final System.Logger LOG = System.getLogger(WindowFonts.class.getName());
    private static boolean loaded;

    private WindowFonts() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String name : Fonts.FILES) {
            try (InputStream in = Fonts.open(name)) {
                if (Font.loadFont(in, 16) == null) {
                    LOG.log(System.Logger.Level.WARNING, "JavaFX could not read the font " + name + ": Korean may show as boxes");
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "could not load the font " + name + ": Korean may show as boxes", e);
            }
        }
    }
}
