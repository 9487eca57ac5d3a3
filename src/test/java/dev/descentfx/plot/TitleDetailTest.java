package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * A narrow plot's detail line under its title: whole when it fits, else its first parts go, so the
 * newest number (the split's test cost, say) is written whole instead of cut at the edge.
 */
class TitleDetailTest {
    private static final String DETAIL = "epoch 1900    cost = 0.2531    test = 0.6123";

    @Test
    void aDetailTooWideForANarrowPlotLosesItsFirstPartsNotItsLast() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        g.setFont(PlotStyle.CLASSROOM.labelFont());
        FontMetrics fm = g.getFontMetrics();
        int whole = fm.stringWidth(DETAIL);
        int lastTwo = fm.stringWidth("cost = 0.2531    test = 0.6123");

        assertThat(Draw.fitted(fm, DETAIL, whole + 1)).isEqualTo(DETAIL);
        assertThat(Draw.fitted(fm, DETAIL, (whole + lastTwo) / 2.0)).isEqualTo("cost = 0.2531    test = 0.6123");
        assertThat(Draw.fitted(fm, DETAIL, lastTwo - 1)).isEqualTo("test = 0.6123");
        assertThat(Draw.fitted(fm, DETAIL, 5)).isEqualTo("test = 0.6123");   // the last part stays, whatever the room
        g.dispose();
    }
}
