package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.export.PlotImages;
import dev.descentfx.plot.FittedLinePlot;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

/** {@code descentfx export}: the window's pictures in files, and bad input refused before any file is made. */
class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void theExportedPngIsTheWindowsPicturePixelForPixel() throws IOException {
        Path file = dir.resolve("fit.png");
        CliRun run = CliRun.of("export", "--plot", "fitted-line", "--epoch", "10", "--size", "600x400", "--scale", "2",
                "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        BufferedImage exported = ImageIO.read(file.toFile());
        assertThat(exported.getWidth()).isEqualTo(1200);
        assertThat(exported.getHeight()).isEqualTo(800);

        // Built here, not by the command: the lesson's trainer, records 0..10, at rest on record 10.
        Trainer trainer = new Trainer(TrainingConfig.lesson());
        List<EpochRecord> records = new ArrayList<>(List.of(trainer.current()));
        records.addAll(trainer.run(10));
        PlotFrame frame = PlotFrame.at(Dataset.lesson(), records, 0.01, false);
        BufferedImage expected = PlotImages.png(new FittedLinePlot(), frame, 600, 400, 2);

        int[] got = rgb(exported), want = rgb(expected);
        assertThat(Arrays.equals(got, want)).as("%d of %d pixels differ", differing(got, want), want.length).isTrue();
        assertThat(distinctColours(exported)).as("a picture, not a blank").isGreaterThan(10);
    }

    @Test
    void theLineItPrintsIsTheLessonsRecord() {
        CliRun run = CliRun.of("export", "--plot", "contour", "--epoch", "100", "--out", dir.resolve("c.png").toString());

        // The lesson's printout at epoch 100 (W 1.745, b 0.579, cost 0.048171), then the file.
        assertThat(run.outLines()).containsExactly("Epoch  100/1000 W: 1.745, b: 0.579 Cost: 0.048171",
                "wrote " + dir.resolve("c.png") + " (contour, 800×500 pixels)");
    }

    @Test
    void anSvgExportIsAnSvgDocument() throws Exception {
        Path file = dir.resolve("curve.svg");
        CliRun run = CliRun.of("export", "--plot", "cost-curve", "--epochs", "50", "--size", "640x480",
                "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        // The SVG 1.1 DOCTYPE names a DTD on the web; the test reads the file alone, offline.
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = xml.newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).startsWith("640");
    }

    @Test
    void allWritesFourPngs() throws IOException {
        Path folder = dir.resolve("plots");
        CliRun run = CliRun.of("export", "--plot", "all", "--epoch", "10", "--size", "320x200", "--out", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(files(folder)).containsExactlyInAnyOrder("contour.png", "cost-curve.png", "cost-history.png",
                "fitted-line.png");
        for (String name : files(folder)) {
            BufferedImage image = ImageIO.read(folder.resolve(name).toFile());
            assertThat(image.getWidth()).as(name).isEqualTo(320);
            assertThat(image.getHeight()).as(name).isEqualTo(200);
        }
    }

    @Test
    void allWithSvgWritesFourSvgs() throws IOException {
        CliRun run = CliRun.of("export", "--plot", "all", "--svg", "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(files(dir)).containsExactlyInAnyOrder("contour.svg", "cost-curve.svg", "cost-history.svg",
                "fitted-line.svg");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--plot bowl --out OUT/p.png                      | --plot 'bowl' is not a plot; choose one of cost-curve, fitted-line",
            "--plot contour --size 800x --out OUT/p.png       | --size must be WIDTHxHEIGHT in whole units, like 800x500, not '800x'",
            "--plot contour --size 0x400 --out OUT/p.png      | --size 0x400 is too small to read; give at least 320x200",
            "--plot contour --scale 3 --out OUT/p.png         | --scale must be 1, 2 or 4, not 3",
            "--plot contour --scale 1.5 --out OUT/p.png       | '--scale': '1.5' is not an int",
            "--plot contour --size 3000x300 --scale 4 --out OUT/p.png | 12000×1200 pixels; keep each side within 8000",
            "--plot contour --epoch 11 --epochs 10 --out OUT/p.png | --epoch must be between 0 and --epochs (10), not 11",
            "--plot contour --epoch -1 --out OUT/p.png        | --epoch must be between 0 and --epochs (1000), not -1",
            "--plot contour --out OUT/p.jpg                   | OUT/p.jpg: name a .png, .svg or .gif file; the extension picks the format",
            "--plot contour --out OUT/p                       | OUT/p: name a .png, .svg or .gif file",
            "--plot contour --out OUT/missing/p.png           | --out OUT/missing/p.png: the folder OUT/missing does not exist",
            "--plot contour --out OUT                         | --out OUT is a folder; name a .png or .svg file",
            "--plot contour --svg --out OUT/p.png             | --svg is for --plot all",
            "--plot all --out OUT/p.png                       | --plot all writes 4 files into a folder: give --out a folder",
            "--plot all --out OUT/a-file                      | --out OUT/a-file is a file; --plot all needs a folder",
            "--plot contour --lr -1 --out OUT/p.png           | --lr must be a finite number, 0 or more, not -1.0",
            "--out OUT/p.png                                  | Missing required option: '--plot=PLOT'",
            "--plot contour                                   | Missing required option: '--out=FILE'",
    })
    void badInputIsOneLineExitTwoAndNoFile(String args, String message) throws IOException {
        Files.writeString(dir.resolve("a-file"), "keep me");
        List<String> before = files(dir);
        String[] argv = Stream.concat(Stream.of("export"), Stream.of(args.replace("OUT", dir.toString()).split(" +")))
                .toArray(String[]::new);

        CliRun run = CliRun.of(argv);

        assertThat(run.exitCode()).as("exit code").isEqualTo(2);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.errLines()).as("stderr").hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("descentfx export: ").contains(message.replace("OUT", dir.toString()))
                .doesNotContain("Exception");
        assertThat(files(dir)).as("no file made").isEqualTo(before);
        assertThat(Files.readString(dir.resolve("a-file"))).isEqualTo("keep me");
    }

    @Test
    void severalFeaturesAreRefused() throws IOException {
        Path csv = Files.writeString(dir.resolve("d.csv"), "a,b,y\n1,2,3\n2,3,5\n");
        CliRun run = CliRun.of("export", "--data", csv.toString(), "--plot", "contour", "--out",
                dir.resolve("p.png").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "descentfx export: the plots draw one feature, but the data has 2 (a, b); pick one with --features");
        assertThat(Files.exists(dir.resolve("p.png"))).isFalse();
    }

    @Test
    void aDivergedRunIsDrawnUpToWhereItBlewUpAndSaysSo() {
        Path file = dir.resolve("blowup.png");
        CliRun run = CliRun.of("export", "--lr", "0.5", "--epochs", "2000", "--plot", "cost-history", "--log-cost",
                "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(TrainCommand.DIVERGED);
        assertThat(Files.exists(file)).isTrue();
        assertThat(run.errLines()).hasSize(1);
        // the window keeps the last finite state on screen: the picture shows the epoch before the blow-up
        var said = java.util.regex.Pattern.compile("diverged at epoch (\\d+): .*the picture shows epoch (\\d+), the last before it")
                .matcher(run.errLines().get(0));
        assertThat(run.errLines().get(0)).startsWith("descentfx export: the run diverged at epoch ")
                .contains("try a smaller --lr; the picture shows epoch ");
        assertThat(said.find()).as(run.errLines().get(0)).isTrue();
        assertThat(Integer.parseInt(said.group(2))).isEqualTo(Integer.parseInt(said.group(1)) - 1);
        assertThat(run.outLines().get(0)).doesNotContain("nan").doesNotContain("inf");
    }

    /**
     * A fresh JVM, as {@code java -jar} starts it, with no -Djava.awt.headless and a DISPLAY where no
     * X server listens: AWT would try to connect and fail unless the command makes it headless first.
     */
    @Test
    void itDrawsWithoutADisplayAndWithoutTheHeadlessFlag() throws Exception {
        Path file = dir.resolve("no-display.png");
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.descentfx.Launcher",
                "export", "--plot", "fitted-line", "--epoch", "3", "--size", "320x200", "--out", file.toString())
                .redirectErrorStream(true);
        java.environment().put("DISPLAY", ":97");   // nothing listens there
        java.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = java.start();
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output).contains("wrote " + file);
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(320);
    }

    private static int[] rgb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static long differing(int[] a, int[] b) {
        return IntStream.range(0, Math.min(a.length, b.length)).filter(i -> a[i] != b[i]).count();
    }

    private static long distinctColours(BufferedImage image) {
        return Arrays.stream(rgb(image)).distinct().count();
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
