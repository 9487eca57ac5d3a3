package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.i18n.Language;
import dev.descentfx.plot.PlotStyle;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Korean PNG made with no screen really shows Hangul: the title of {@code export --lang ko}
 * holds the ink of the word 에포크별 as the bundled Nanum Gothic Bold file draws it (read here
 * straight from the file, not through the app), and not the ink of that font's missing-glyph
 * boxes. On a machine with no Hangul font that holds only because the font is bundled.
 */
class HangulExportTest {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, false);
    private static final String WORD = "에포크별";   // the start of the title 에포크별 비용

    @TempDir
    Path dir;

    @Test
    void theTitleOfAKoreanPngIsHangulNotBoxes() throws Exception {
        Path file = dir.resolve("history-ko.png");
        CliRun run = CliRun.of("export", "--plot", "cost-history", "--epoch", "10", "--size", "800x500", "--lang", "ko",
                "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String title = Language.KO.text("plot.history.title");
        assertThat(title).startsWith(WORD);

        // the plots' title font maps every letter of the title to a real glyph, not to its box
        Font titleFont = PlotStyle.CLASSROOM.titleFont();
        GlyphVector letters = titleFont.createGlyphVector(FRC, title);
        for (int i = 0; i < letters.getNumGlyphs(); i++) {
            assertThat(letters.getGlyphCode(i)).as("'%s'", title.charAt(i)).isNotEqualTo(titleFont.getMissingGlyphCode());
        }

        assertTitleIsHangul(file);
    }

    @Test
    void soIsItsTitleFromAJvmStartedInKorean() throws Exception {
        // JAVA_TOOL_OPTIONS=-Duser.language=ko: Java2D then files the bundled fonts under 나눔고딕 alone
        Path file = dir.resolve("history-ko-jvm.png");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Duser.language=ko", "-Duser.country=KR", "-Djava.awt.headless=true",
                "-Duser.home=" + System.getProperty("user.home"), "-cp", System.getProperty("java.class.path"),
                "dev.descentfx.Launcher", "export", "--plot", "cost-history", "--epoch", "10", "--size", "800x500",
                "--out", file.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertTitleIsHangul(file);
    }

    private static void assertTitleIsHangul(Path file) throws Exception {
        Font nanumBold;
        try (InputStream in = HangulExportTest.class.getResourceAsStream("/dev/descentfx/fonts/NanumGothicBold.ttf")) {
            nanumBold = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(18f);
        }
        int[] boxes = new int[WORD.length()];
        Arrays.fill(boxes, nanumBold.getMissingGlyphCode());
        boolean[][] hangul = ink(drawn(nanumBold.createGlyphVector(FRC, WORD)));
        boolean[][] tofu = ink(drawn(nanumBold.createGlyphVector(FRC, boxes)));
        // the title's corner of the picture (the numbers on the right also say 에포크: left out)
        boolean[][] corner = ink(ImageIO.read(file.toFile()).getSubimage(0, 0, 400, 60));
        double asHangul = bestOverlap(corner, hangul), asTofu = bestOverlap(corner, tofu);
        assertThat(asHangul).as("the word's ink found in the title").isGreaterThan(0.75);
        assertThat(asTofu).as("boxes' ink found in the title").isLessThan(0.45);
    }

    /** The glyphs in black on white, 18 px, antialiased as the plots draw text. */
    private static BufferedImage drawn(GlyphVector glyphs) {
        var bounds = glyphs.getPixelBounds(FRC, 0, 0);
        BufferedImage image = new BufferedImage(bounds.width + 8, bounds.height + 8, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(Color.BLACK);
        g.drawGlyphVector(glyphs, 4 - bounds.x, 4 - bounds.y);
        g.dispose();
        return image;
    }

    /** Dark pixels (text, not the white background or the light grid), cropped to where there are any. */
    private static boolean[][] ink(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight(), x0 = w, y0 = h, x1 = -1, y1 = -1;
        boolean[][] dark = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                double luminance = 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
                dark[y][x] = luminance < 140;
                if (dark[y][x]) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        assertThat(x1).as("some ink").isGreaterThanOrEqualTo(0);
        boolean[][] cropped = new boolean[y1 - y0 + 1][];
        for (int y = y0; y <= y1; y++) {
            cropped[y - y0] = Arrays.copyOfRange(dark[y], x0, x1 + 1);
        }
        return cropped;
    }

    /** The best share, over every place in {@code area}, of the pixels inked by either that agree (intersection over union). */
    private static double bestOverlap(boolean[][] area, boolean[][] template) {
        int th = template.length, tw = template[0].length;
        double best = 0;
        for (int oy = 0; oy + th <= area.length; oy++) {
            for (int ox = 0; ox + tw <= area[0].length; ox++) {
                int both = 0, either = 0;
                for (int y = 0; y < th; y++) {
                    for (int x = 0; x < tw; x++) {
                        boolean a = area[oy + y][ox + x], t = template[y][x];
                        both += a && t ? 1 : 0;
                        either += a || t ? 1 : 0;
                    }
                }
                best = Math.max(best, either == 0 ? 0 : (double) both / either);
            }
        }
        return best;
    }
}
