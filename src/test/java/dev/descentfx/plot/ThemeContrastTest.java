package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.export.PlotImages;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 and issue 12: in every theme, every colour the plots write text in stands out from
 * the background by at least 4.5:1, and every colour of an essential mark by at least 3:1 — the
 * WCAG 2.1 contrast ratios (success criteria 1.4.3 and 1.4.11), computed here from the standard's
 * closed form ({@link Wcag}), not from anything the plots compute.
 */
class ThemeContrastTest {
    // JFreeSVG writes a stroked path inside a group that carries its stroke
    private static final Pattern STROKED_PATH = Pattern.compile(
            "<g style='stroke-width:[0-9.]+;stroke:rgb\\((\\d+),(\\d+),(\\d+)\\);stroke-opacity:([0-9.]+)[^']*'[^>]*><path ");

    private static int rgb(Color c) {
        return c.getRGB() & 0xFFFFFF;
    }

    @Test
    void theFormulaGivesTheStandardsEnds() {
        assertThat(Wcag.contrast(0x000000, 0xFFFFFF)).isCloseTo(21, within(1e-9));
        assertThat(Wcag.contrast(0x777777, 0x777777)).isCloseTo(1, within(1e-9));
        assertThat(Wcag.contrast(0x767676, 0xFFFFFF)).as("the usual smallest grey that passes 4.5 on white")
                .isCloseTo(4.54, within(0.01));
    }

    /** Text is written in these: titles, labels and ticks, the numbers beside the marks, the notes. */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextColourIsAtLeastFourAndAHalfToOne(Theme theme) {
        PlotStyle s = theme.style();
        Map<String, Color> text = Map.of("text", s.text(), "muted text (ticks)", s.mutedText(),
                "accent (the numbers of the point and the step)", s.accent(), "curve (the slice's bottom)", s.curve(),
                "warning", s.warning(), "residual (its key)", s.residual());
        text.forEach((name, c) -> assertThat(Wcag.contrast(rgb(c), rgb(s.background())))
                .as("%s %s on %s", theme, name, hex(s.background())).isGreaterThanOrEqualTo(4.5));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyEssentialMarkIsAtLeastThreeToOne(Theme theme) {
        PlotStyle s = theme.style();
        Map<String, Color> marks = Map.of("curve", s.curve(), "accent point and path", s.accent(),
                "data points", s.data(), "residuals", s.residual(), "contour lines", s.contour(),
                "warning", s.warning(), "axes", s.axis());
        marks.forEach((name, c) -> assertThat(Wcag.contrast(rgb(c), rgb(s.background())))
                .as("%s %s on %s", theme, name, hex(s.background())).isGreaterThanOrEqualTo(3));
    }

    /** Issue 11: the lesson's highlight outline stands out from the background, and its band tints it visibly. */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void theLessonsHighlightIsAtLeastThreeToOne(Theme theme) {
        int bg = rgb(theme.style().background()), halo = rgb(Halo.colour(theme));
        assertThat(Wcag.contrast(halo, bg)).as("%s highlight outline on %s", theme, hex(theme.style().background()))
                .isGreaterThanOrEqualTo(3);
        int band = over((halo >> 16) & 0xFF, (halo >> 8) & 0xFF, halo & 0xFF, Halo.BAND_ALPHA, bg);
        assertThat(Wcag.contrast(band, bg)).as("%s highlight band on its background", theme).isGreaterThan(1.3);
        assertThat(Wcag.contrast(halo, rgb(theme.style().accent()))).as("%s highlight apart from the accent point", theme)
                .isGreaterThan(1.0);
    }

    /**
     * The contour lines as drawn, read back from the SVG: every level line, the outermost (the
     * faintest) included, and the descent path, with its opacity laid over the background.
     */
    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyLevelLineAsDrawnIsAtLeastThreeToOne(Theme theme) {
        PlotFrame f = LessonFrames.at(5).withTheme(theme);
        String svg = PlotImages.svg(new ContourPlot(), f, 800, 500);
        int background = background(svg);
        List<Double> ratios = new ArrayList<>();
        Matcher m = STROKED_PATH.matcher(svg);
        while (m.find()) {
            double alpha = Double.parseDouble(m.group(4));
            int drawn = over(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    alpha, background);
            ratios.add(Wcag.contrast(drawn, background));
        }
        assertThat(ratios).as("the level lines and the path").hasSizeGreaterThan(6);
        assertThat(ratios).as("%s on %s", theme, Integer.toHexString(background)).allSatisfy(r ->
                assertThat(r).isGreaterThanOrEqualTo(3));
    }

    // the colour of the picture's first rectangle, the background every plot fills first
    private static int background(String svg) {
        Matcher m = Pattern.compile("<rect [^>]*style='fill:rgb\\((\\d+),(\\d+),(\\d+)\\)").matcher(svg);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1)) << 16 | Integer.parseInt(m.group(2)) << 8 | Integer.parseInt(m.group(3));
    }

    // (r, g, b) at opacity alpha over an opaque background, as a viewer composites it
    private static int over(int r, int g, int b, double alpha, int background) {
        int br = (background >> 16) & 0xFF, bg = (background >> 8) & 0xFF, bb = background & 0xFF;
        return (int) Math.round(r * alpha + br * (1 - alpha)) << 16 | (int) Math.round(g * alpha + bg * (1 - alpha)) << 8
                | (int) Math.round(b * alpha + bb * (1 - alpha));
    }

    private static String hex(Color c) {
        return String.format("#%06X", rgb(c));
    }
}
