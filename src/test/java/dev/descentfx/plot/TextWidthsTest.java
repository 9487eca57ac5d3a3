package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class TextWidthsTest {
    private static final String TEXT = "W = 0.187    ∇W = −16.600";

    @Test
    void rememberedWidthIsTheMeasuredWidthForEachFontAndRenderContext() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 11), large = small.deriveFont(Font.BOLD, 24f);
        int smallWidth = g.getFontMetrics(small).stringWidth(TEXT), largeWidth = g.getFontMetrics(large).stringWidth(TEXT);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(3, 3);
        int scaledWidth = g.getFontMetrics(small).stringWidth(TEXT);
        g.setTransform(new java.awt.geom.AffineTransform());
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);

        // each asked twice: the second answer comes from the map and must still be that font's own width
        for (int round = 0; round < 2; round++) {
            assertThat(TextWidths.of(g.getFontMetrics(small), TEXT)).isEqualTo(smallWidth);
            assertThat(TextWidths.of(g.getFontMetrics(large), TEXT)).isEqualTo(largeWidth).isGreaterThan(smallWidth);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(3, 3);
            assertThat(TextWidths.of(g.getFontMetrics(small), TEXT)).isEqualTo(scaledWidth);
            g.setTransform(new java.awt.geom.AffineTransform());
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        }
    }
}
