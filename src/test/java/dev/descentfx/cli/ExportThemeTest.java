package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.plot.Wcag;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code export --theme}: a teacher's slides in the projector's look. The projector themes' lines
 * and points are read back from the SVG the command writes (stroke widths and disc radii), the
 * dark background from the PNG's own pixels.
 */
class ExportThemeTest {
    private static final Pattern STROKE_WIDTH = Pattern.compile("stroke-width:([0-9.]+)");
    private static final Pattern DASHED = Pattern.compile("stroke-width:([0-9.]+);[^']*stroke-dasharray");
    private static final Pattern DISC = Pattern.compile("<ellipse [^>]*rx='([0-9.E]+)' [^>]*style='fill:");

    @TempDir
    Path dir;

    private String svg(String plot, String theme) throws IOException {
        Path file = dir.resolve(plot + "-" + theme + ".svg");
        CliRun run = CliRun.of("export", "--plot", plot, "--epoch", "5", "--theme", theme, "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.readString(file);
    }

    private static List<Double> all(Pattern p, String svg) {
        List<Double> out = new ArrayList<>();
        Matcher m = p.matcher(svg);
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        return out;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    /**
     * The same epoch in the ordinary and the projector variant of one brightness: the projector's
     * curves are about 5 px (the thickest stroke), its dashed residuals and step guides thicker,
     * every kind of line thicker rank by rank (grid, axes and tangent, curves), and its point at
     * least 20 px across and its data discs larger.
     */
    @ParameterizedTest
    @CsvSource({"light, projector-light", "dark, projector-dark"})
    void theProjectorsLinesAreThickerAndItsPointsLarger(String ordinary, String projector) throws IOException {
        for (String plot : List.of("cost-curve", "fitted-line")) {
            String thin = svg(plot, ordinary), thick = svg(plot, projector);

            assertThat(max(all(STROKE_WIDTH, thick))).as(plot + ": the curve").isGreaterThanOrEqualTo(5)
                    .isGreaterThan(max(all(STROKE_WIDTH, thin)));
            assertThat(max(all(DASHED, thick))).as(plot + ": dashed residuals and guides")
                    .isGreaterThan(max(all(DASHED, thin)));
            List<Double> thinWidths = new ArrayList<>(new TreeSet<>(all(STROKE_WIDTH, thin)));
            List<Double> thickWidths = new ArrayList<>(new TreeSet<>(all(STROKE_WIDTH, thick)));
            assertThat(thickWidths).as(plot + ": the kinds of line").hasSameSizeAs(thinWidths);
            for (int i = 0; i < thinWidths.size(); i++) {
                assertThat(thickWidths.get(i)).as(plot + ": line kind " + i).isGreaterThan(thinWidths.get(i));
            }
        }
        // the moving point is the cost curve's largest disc; the data are the fitted line's
        assertThat(2 * max(all(DISC, svg("cost-curve", projector)))).as("the point's diameter").isGreaterThanOrEqualTo(20)
                .isGreaterThan(2 * max(all(DISC, svg("cost-curve", ordinary))));
        assertThat(max(all(DISC, svg("fitted-line", projector)))).as("the data")
                .isGreaterThan(max(all(DISC, svg("fitted-line", ordinary))));
    }

    /** Projector dark: the PNG's background is near black (WCAG relative luminance under 1 %), unlike light's. */
    @Test
    void projectorDarkDrawsOnBlack() throws IOException {
        Path dark = dir.resolve("dark.png"), light = dir.resolve("light.png");
        CliRun run = CliRun.of("export", "--plot", "fitted-line", "--theme", "projector-dark", "--out", dark.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(CliRun.of("export", "--plot", "fitted-line", "--out", light.toString()).exitCode()).isZero();

        BufferedImage d = ImageIO.read(dark.toFile()), l = ImageIO.read(light.toFile());
        // a corner under the title's line: only the background is drawn there
        int x = d.getWidth() - 3, y = d.getHeight() - 3;
        assertThat(luminance(d.getRGB(x, y))).as("projector dark's background").isLessThan(0.01);
        assertThat(luminance(l.getRGB(x, y))).as("light's background").isGreaterThan(0.9);
        assertThat(d.getRGB(x, y)).isNotEqualTo(l.getRGB(x, y));
    }

    @Test
    void aThemeThatIsNotOneIsRefusedWithTheFourNames() {
        Path file = dir.resolve("x.png");
        CliRun run = CliRun.of("export", "--plot", "cost-curve", "--theme", "sepia", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(DescentFxCommand.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("descentfx export: Invalid value for option '--theme': "
                + "expected one of [light, dark, projector-light, projector-dark] but was 'sepia'");
        assertThat(file).doesNotExist();
    }

    private static double luminance(int argb) {
        return Wcag.luminance(argb & 0xFFFFFF);
    }
}
