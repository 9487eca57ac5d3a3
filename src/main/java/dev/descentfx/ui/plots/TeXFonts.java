package dev.descentfx.ui.plots;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * JLaTeXMath's own fonts, made known to JavaFX. The formulas are drawn through FXGraphics2D, which
 * asks JavaFX for a font by its family name (jlm_cmsy10 …); without these JavaFX falls back to
 * its default font and writes the TeX fonts' code points as other letters (¡ for −, ¢ for ·).
 */
public final class TeXFonts {
    private static final String[] FONTS = {"base/jlm_cmex10", "base/jlm_cmmi10", "base/jlm_cmmib10",
        "latin/jlm_cmr10", "maths/jlm_cmsy10", "maths/jlm_cmbsy10", "maths/jlm_msam10", "maths/jlm_msbm10",
        "maths/jlm_special"};
    private static boolean loaded;

    private TeXFonts() {
    }

    /** Loads the fonts once (on any thread: JavaFX's font loading needs no toolkit thread). */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String name : FONTS) {
            try (InputStream in = org.scilab.forge.jlatexmath.TeXFormula.class
                    .getResourceAsStream("/org/scilab/forge/jlatexmath/fonts/" + name + ".ttf")) {
                if (in != null) {
                    Font.loadFont(in, 10);
                }
            } catch (IOException e) {
                // a font that does not load leaves JavaFX's fallback: the formulas still draw, with other glyphs
            }
        }
    }
}
