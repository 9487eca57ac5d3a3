package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.descentfx.export.Images.meanDifference;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --out run.gif}: one frame per chosen epoch, in order, at the asked pace, looping; small enough to mail. */
class GifExportTest {
    @TempDir
    static Path folder;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** The frames of a GIF, read back with ImageIO's reader, and each frame's delay in hundredths of a second. */
    private record Gif(List<BufferedImage> frames, List<Integer> delays, boolean loops) {
        static Gif read(Path file) throws IOException {
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
                reader.setInput(in);
                List<BufferedImage> frames = new ArrayList<>();
                List<Integer> delays = new ArrayList<>();
                boolean loops = false;
                for (int i = 0, n = reader.getNumImages(true); i < n; i++) {
                    frames.add(reader.read(i));
                    IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                    delays.add(Integer.parseInt(((IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0))
                            .getAttribute("delayTime")));
                    loops |= root.getElementsByTagName("ApplicationExtension").getLength() > 0;
                }
                return new Gif(frames, delays, loops);
            }
        }
    }


    @Test
    void aFramePerEpochFromAToBInOrderAtTheAskedPace() throws IOException {
        Path gif = folder.resolve("run.gif");
        CliRun run = CliRun.of("export", "--plot", "fitted-line", "--from", "3", "--to", "8", "--fps", "4", "--size", "400x250",
                "--out", gif.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + gif + " (fitted-line, 6 frames of 400×250 pixels at 4.0 per second)");
        Gif read = Gif.read(gif);
        assertThat(read.frames()).hasSize(6);   // B − A + 1
        assertThat(read.delays()).containsOnly(25);   // 1/4 s
        assertThat(read.loops()).isTrue();
        // frame k is epoch 3 + k: it matches the single picture `export --epoch` makes there, and not its neighbours'
        for (int k = 0; k < 6; k++) {
            Path png = folder.resolve("epoch" + (3 + k) + ".png");
            CliRun.of("export", "--plot", "fitted-line", "--epoch", Integer.toString(3 + k), "--size", "400x250",
                    "--out", png.toString());
            BufferedImage still = ImageIO.read(png.toFile());
            double own = meanDifference(read.frames().get(k), still);
            assertThat(own).as("frame " + k + " against epoch " + (3 + k)).isLessThan(1.5);   // only the 256-colour palette
            if (k > 0) {
                assertThat(meanDifference(read.frames().get(k - 1), still)).as("frame " + (k - 1) + " is another epoch")
                        .isGreaterThan(own);
            }
        }
    }

    @Test
    void everyKTakesEveryKthEpochAndTheLast() throws IOException {
        Path gif = folder.resolve("every.gif");
        assertThat(CliRun.of("export", "--plot", "cost-history", "--to", "10", "--every", "4", "--size", "400x250",
                "--out", gif.toString()).exitCode()).isZero();
        assertThat(Gif.read(gif).frames()).hasSize(4);   // 0, 4, 8 and 10
        assertThat(Gif.read(gif).delays()).containsOnly(10);   // the default 10 per second
    }

    @Test
    void aHundredFramesAt800x500StayUnderFiveMegabytes() throws IOException {
        Path gif = folder.resolve("hundred.gif");
        assertThat(CliRun.of("export", "--plot", "contour", "--to", "99", "--out", gif.toString()).exitCode()).isZero();
        assertThat(Files.size(gif)).isLessThan(5_000_000);
    }

    @Test
    void aRunThatBlowsUpEndsTheAnimationAtItsLastFiniteRecord() throws IOException {
        Path gif = folder.resolve("diverging.gif");
        CliRun run = CliRun.of("export", "--plot", "cost-curve", "--lr", "1", "--to", "40", "--size", "400x250", "--out", gif.toString());
        assertThat(run.exitCode()).isEqualTo(TrainCommand.DIVERGED);
        assertThat(Gif.read(gif).frames()).hasSize(19);   // epochs 0–18; epoch 19 is infinite
        assertThat(run.errLines()).singleElement().asString().contains("diverged at epoch 19").contains("ends at epoch 18");
    }

    @Test
    void badAnimationsAreRefusedInOneLineAndWriteNothing() {
        Path gif = folder.resolve("bad.gif");
        String[][] bad = {
                {"--from", "5", "--to", "2"}, {"--every", "0"}, {"--fps", "0"}, {"--to", "1001"}};
        for (String[] options : bad) {
            List<String> args = new ArrayList<>(List.of("export", "--plot", "cost-curve", "--out", gif.toString()));
            args.addAll(List.of(options));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", options)).isEqualTo(2);
            assertThat(run.errLines()).as(String.join(" ", options)).hasSize(1);
        }
        assertThat(CliRun.of("export", "--plot", "all", "--out", gif.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("export", "--plot", "cost-curve", "--every", "2", "--out", folder.resolve("x.png").toString())
                .err()).contains("give --out a .gif file");
        assertThat(gif).doesNotExist();
    }
}
