package dev.descentfx.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.descentfx.plot.CostCurvePlot;
import dev.descentfx.plot.Plot;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.training.TrainingConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class PlotImagesTest {
    static final PlotFrame FRAME = LessonPictures.frame(LessonPictures.run(TrainingConfig.lesson(), 10), 10, false);

    @Test
    void aTwiceScaledPngIsTwiceTheSizeAndShowsTheSamePicture() {
        Plot plot = new CostCurvePlot();
        BufferedImage one = PlotImages.png(plot, FRAME, 600, 400, 1);
        BufferedImage two = PlotImages.png(plot, FRAME, 600, 400, 2);
        assertThat(one.getWidth()).isEqualTo(600);
        assertThat(one.getHeight()).isEqualTo(400);
        assertThat(two.getWidth()).isEqualTo(1200);
        assertThat(two.getHeight()).isEqualTo(800);
        // the same layout: the pixel at (x, y) at 1× matches the one at (2x, 2y) at 2× in large flat areas
        int same = 0, probes = 0;
        for (int y = 5; y < 400; y += 17) {
            for (int x = 5; x < 600; x += 23) {
                probes++;
                if (one.getRGB(x, y) == two.getRGB(2 * x, 2 * y)) {
                    same++;
                }
            }
        }
        assertThat(same).isGreaterThan(probes * 8 / 10);
    }

    @Test
    void writesAPngThatReadsBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cost-curve.png");
        PlotImages.writePng(new CostCurvePlot(), FRAME, 300, 200, 2, file);
        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(600);
        assertThat(read.getHeight()).isEqualTo(400);
    }

    @Test
    void writesAWellFormedSvgWithPaths(@TempDir Path dir) throws Exception {
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // well-formedness only: do not fetch the DTD the SVG names
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Plot plot : LessonPictures.PLOTS) {
            Path file = dir.resolve(plot.name() + ".svg");
            PlotImages.writeSvg(plot, FRAME, 600, 400, file);
            Document svg = xml.newDocumentBuilder().parse(file.toFile());
            assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(svg.getElementsByTagName("path").getLength()).as(plot.name()).isGreaterThan(0);
            assertThat(Files.readString(file)).contains("<svg");
        }
    }

    @Test
    void aFailedWriteNamesTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder").resolve("plot.png");
        assertThatThrownBy(() -> PlotImages.writePng(new CostCurvePlot(), FRAME, 300, 200, 1, missing))
                .isInstanceOf(IOException.class).hasMessageContaining(missing.toString());
        Path svg = dir.resolve("no-such-folder").resolve("plot.svg");
        assertThatThrownBy(() -> PlotImages.writeSvg(new CostCurvePlot(), FRAME, 300, 200, svg))
                .isInstanceOf(IOException.class).hasMessageContaining(svg.toString());
    }

    @Test
    void aSizeThatIsNotPositiveIsRefusedWithTheNumbers() {
        assertThatThrownBy(() -> PlotImages.png(new CostCurvePlot(), FRAME, 0, 400, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 × 400");
        assertThatThrownBy(() -> PlotImages.png(new CostCurvePlot(), FRAME, 600, 400, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }
}
