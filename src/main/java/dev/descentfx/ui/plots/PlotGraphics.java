package dev.descentfx.ui.plots;

import java.awt.Font;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.fx.FXGraphics2D;

/**
 * FXGraphics2D that hands JavaFX each font by its English family name. FXGraphics2D asks a
 * Java2D font for {@link Font#getFamily()}, which speaks the system's language (나눔고딕 for the
 * bundled NanumGothic in Korean), and JavaFX knows a loaded font only by its English name: the
 * Korean window's plots would fall back to a font with no Hangul.
 */
final class PlotGraphics extends FXGraphics2D {
    PlotGraphics(GraphicsContext gc) {
        super(gc);
    }

    @Override
    public void setFont(Font font) {
        super.setFont(font == null || font instanceof EnglishFamily ? font : new EnglishFamily(font));
    }

    /** The same font, its family always in English. */
    private static final class EnglishFamily extends Font {
        EnglishFamily(Font font) {
            super(font);
        }

        @Override
        public String getFamily() {
            return getFamily(Locale.ROOT);
        }
    }
}
