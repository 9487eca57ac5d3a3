package dev.descentfx.plot;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.font.FontRenderContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How wide a piece of text is, remembered. The plots measure the same tick labels and titles
 * every frame, and on screen each measurement lays the text out anew (FXGraphics2D's metrics
 * build a JavaFX {@code Text} node per call), so widths are kept in a small map, the least
 * recently used dropped first. The key holds everything the width depends on: the kind of
 * metrics (screen, image, SVG), the font, the render context (scale, antialiasing) and the text,
 * so a picture is the same with or without the map.
 *
 * <p>Text is measured as {@link Draw#text} draws it: in {@linkplain Fonts#runs runs}, the glyphs
 * the font lacks in its fallback.
 */
final class TextWidths {
    private static final int CAPACITY = 512;

    private record Key(Class<?> metrics, Font font, FontRenderContext context, String text) {
    }

    private static final Map<Key, Integer> WIDTHS = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Integer> eldest) {
            return size() > CAPACITY;
        }
    };

    private TextWidths() {
    }

    /** The width of {@code text} in fm's font (and its fallback), measured once per metrics kind, font, render context and text. */
    static int of(FontMetrics fm, String text) {
        Key key = new Key(fm.getClass(), fm.getFont(), fm.getFontRenderContext(), text);
        synchronized (WIDTHS) {   // the window and an export in the background may draw at once
            Integer width = WIDTHS.get(key);
            if (width != null) {
                return width;
            }
        }
        int width = 0;
        for (Fonts.Run run : Fonts.runs(fm.getFont(), text)) {
            width += run(fm, run);
        }
        synchronized (WIDTHS) {
            WIDTHS.put(key, width);
        }
        return width;
    }

    /**
     * One run of a text whose font is fm's: {@code fm.stringWidth} for a run in that font; a run in
     * the fallback measured by Java2D in fm's render context (on screen FXGraphics2D's metrics
     * measure only the font they were made for).
     */
    static int run(FontMetrics fm, Fonts.Run run) {
        if (run.font().equals(fm.getFont())) {
            return fm.stringWidth(run.text());
        }
        return (int) Math.round(run.font().getStringBounds(run.text(), fm.getFontRenderContext()).getWidth());
    }
}
