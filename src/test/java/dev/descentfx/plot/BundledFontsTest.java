package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.export.PlotImages;
import dev.descentfx.i18n.Language;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.TrainingConfig;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every character the pictures draw has a glyph in the font that draws it: every sentence of both
 * bundles, and every text the plots really write (read back from their SVGs: both languages, the
 * four plots with and without legends, a log axis, a run that blows up, and the three pictures
 * inside an epoch). A glyph counts when the font maps the character to a glyph other than its
 * missing glyph (the box): on this machine, which has no Hangul font, that holds for Korean only
 * because the bundled Nanum fonts are there.
 */
class BundledFontsTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    // <text … style='…font-family: F, generic; font-size: 16px; font-weight: bold;' …>what it says</text>
    private static final Pattern TEXT = Pattern.compile("<text[^>]*style='([^']*)'[^>]*>([^<]*)</text>");
    private static final Pattern FAMILY = Pattern.compile("font-family: ([^,;]+)[^;]*;");
    private static final Pattern SIZE = Pattern.compile("font-size: ([0-9.]+)px");

    @Test
    void thePlotsDrawInTheBundledFaces() {
        // the faces' own names, as the font files give them (a missing font would be Dialog)
        assertThat(PlotStyle.CLASSROOM.titleFont().getFontName(Locale.ROOT)).isEqualTo("NanumGothicBold");
        assertThat(PlotStyle.CLASSROOM.labelFont().getFontName(Locale.ROOT)).isEqualTo("NanumGothic");
        assertThat(PlotStyle.CLASSROOM.tickFont().getFontName(Locale.ROOT)).isEqualTo("NanumGothic");
        assertThat(Fonts.mono(Font.PLAIN, 20).getFontName(Locale.ROOT)).isEqualTo("NanumGothicCoding");
        assertThat(Fonts.mono(Font.BOLD, 20).getFontName(Locale.ROOT)).isEqualTo("NanumGothicCoding-Bold");
    }

    @Test
    void everySentenceOfBothBundlesHasItsGlyphsInEveryPlotFont() {
        PlotStyle s = PlotStyle.CLASSROOM;
        List<Font> fonts = List.of(s.titleFont(), s.labelFont(), Fonts.mono(Font.PLAIN, 20), Fonts.mono(Font.BOLD, 20));
        int hangul = 0;
        for (Language l : Language.values()) {
            for (String key : Collections.list(l.bundle().getKeys())) {
                String sentence = l.bundle().getString(key).replace("\n", " ");
                hangul += sentence.codePoints().anyMatch(BundledFontsTest::isHangul) ? 1 : 0;
                for (Font font : fonts) {
                    assertDrawn(font, sentence, l + " " + key);
                }
            }
        }
        assertThat(hangul).as("Korean sentences checked").isGreaterThan(100);
    }

    @Test
    void everyTextThePlotsWriteHasItsGlyphs() {
        List<PlotFrame> frames = new ArrayList<>(List.of(LessonFrames.at(0), LessonFrames.at(3), LessonFrames.at(100),
                LessonFrames.at(LessonFrames.LESSON, 50, true), LessonFrames.at(3).withLegend(true)));
        List<EpochRecord> blowsUp = LessonFrames.run(TrainingConfig.lesson().withLearningRate(0.5), 40);
        frames.add(LessonFrames.at(blowsUp, 12, false));
        frames.add(LessonFrames.at(blowsUp, 40, true));
        List<Plot> plots = List.of(new CostCurvePlot(), new FittedLinePlot(), new ContourPlot(), new CostHistoryPlot());
        StringBuilder written = new StringBuilder();
        int texts = 0;
        for (Language l : Language.values()) {
            for (PlotFrame f : frames) {
                for (Plot plot : plots) {
                    for (int[] size : new int[][] {{800, 500}, {420, 320}}) {
                        texts += checkTexts(PlotImages.svg(plot, f.withLanguage(l), size[0], size[1]), written);
                    }
                }
            }
            for (TrainingConfig config : InsideEpochPlotsTest.RUNS) {
                for (PlotFrame f : InsideEpochPlotsTest.firstEpoch(config)) {
                    for (Plot plot : InsideEpochPlotsTest.INSIDE) {
                        texts += checkTexts(PlotImages.svg(plot, f.withLanguage(l), 800, 500), written);
                    }
                }
            }
        }
        assertThat(texts).isGreaterThan(1000);
        // the checks covered what Nanum lacks and what it was bundled for
        assertThat(written.toString()).contains("−", "∇", "α", "×", "⁻", "⁰", "에포크", "비용", "기울기");
    }

    /** Checks each text of an SVG in the font its style names; returns how many there were. */
    private static int checkTexts(String svg, StringBuilder written) {
        Matcher m = TEXT.matcher(svg);
        int n = 0;
        while (m.find()) {
            String style = m.group(1), text = unescape(m.group(2));
            Matcher family = FAMILY.matcher(style), size = SIZE.matcher(style);
            assertThat(family.find() && size.find()).as("a font in %s", style).isTrue();
            int weight = style.contains("font-weight: bold") ? Font.BOLD : Font.PLAIN;
            int px = (int) Math.round(Double.parseDouble(size.group(1)));
            Font font = switch (family.group(1).trim()) {
                case Fonts.SANS -> Fonts.sans(weight, px);
                case Fonts.MONO -> Fonts.mono(weight, px);
                default -> throw new AssertionError("'" + text + "' is in " + family.group(1) + ", not a bundled font");
            };
            assertDrawn(font, text, "'" + text + "'");
            written.append(text).append('\n');
            n++;
        }
        return n;
    }

    /** Every character of {@code text} has a real glyph in the font of its run (the bundled face or its fallback). */
    private static void assertDrawn(Font font, String text, String what) {
        for (Fonts.Run run : Fonts.runs(font, text)) {
            Font f = run.font();
            assertThat(f.canDisplayUpTo(run.text())).as("%s in %s", what, f.getFontName(Locale.ROOT)).isEqualTo(-1);
            GlyphVector glyphs = f.createGlyphVector(FRC, run.text());
            for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
                assertThat(glyphs.getGlyphCode(i)).as("%s: '%s' in %s", what, run.text().charAt(i), f.getFontName(Locale.ROOT))
                        .isNotEqualTo(f.getMissingGlyphCode());
            }
        }
    }

    private static boolean isHangul(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    private static String unescape(String xml) {
        Matcher m = Pattern.compile("&#(x?)([0-9A-Fa-f]+);").matcher(xml.replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&apos;", "'"));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(2),
                    m.group(1).isEmpty() ? 10 : 16))));
        }
        return m.appendTail(sb).toString().replace("&amp;", "&");
    }
}
