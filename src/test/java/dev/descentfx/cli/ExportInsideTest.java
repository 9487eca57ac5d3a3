package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code export --plot code|graph|formula}: one call inside an epoch, in a file. */
class ExportInsideTest {

    @TempDir
    Path dir;

    @Test
    void theCodeAfterEpochZerosCostShowsTorchsCost() throws IOException {
        Path file = dir.resolve("code.svg");
        CliRun run = CliRun.of("export", "--plot", "code", "--epoch", "0", "--phase", "cost", "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // torch: cost after epoch 0's forward is 0x41955555, printed with {:.6f}
        // zero_grad and backward have not run yet: no .grad is shown beside the code
        assertThat(Files.readString(file)).contains("cost = 18.666666").doesNotContain("W.grad =");
    }

    @Test
    void theDefaultPhaseIsTheRecordsBackward() throws IOException {
        Path file = dir.resolve("graph.svg");
        CliRun run = CliRun.of("export", "--plot", "graph", "--epoch", "1", "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // lesson-phases.csv, epoch 1 after backward: W = 0x3e3f258d (0.18667), b = 0x3da3d70a (0.08), by the one rule
        assertThat(Files.readString(file)).contains(">0.1867<").contains(">0.0800<").contains("just ran: cost.backward()");
    }

    @Test
    void theStepOfEpochNIsTheUpdateFromRecordN() throws IOException {
        Path file = dir.resolve("formula.svg");
        CliRun run = CliRun.of("export", "--plot", "formula", "--epoch", "0", "--phase", "step", "--out", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // W := 0 − 0.01·(−(2/3)·28), written so that the sum of the written numbers gives the written result
        String svg = Files.readString(file);
        assertThat(svg).contains(String.format("× (−%.4f) = %.4f</title>", 2.0 / 3 * 28, 0.01 * 2 / 3 * 28));
        assertThat(svg).contains("≈ −18.6667</title>");   // the rounded terms' sum is said to be approximate
        assertThat(Files.exists(file)).isTrue();
        Path png = dir.resolve("code.png");
        assertThat(CliRun.of("export", "--plot", "code", "--epoch", "3", "--gradient", "manual", "--phase", "gradient",
                "--out", png.toString()).exitCode()).isZero();
        assertThat(Files.size(png)).isGreaterThan(1000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--plot contour --phase cost                         | --phase is for --plot code, graph or formula",
            "--plot all --phase cost                             | --phase is for --plot code, graph or formula",
            "--plot code --phase zero_grad --gradient manual     | --phase zero_grad is not a call by hand (--gradient manual): an epoch runs forward, cost, gradient, step",
            "--plot graph --phase gradient                       | --phase gradient is not a call with autograd: an epoch runs forward, cost, zero_grad, backward, step",
            "--plot formula --phase start --epoch 3              | --phase start is the moment before epoch 0's first call; use it with --epoch 0, not 3",
            "--plot code --phase jump                            | --phase 'jump' is not a call of the loop",
            "--plot code --skip-zero-grad --gradient manual      | --skip-zero-grad is for --gradient autograd",
            "--plot code --lr 1 --epochs 200 --epoch 200         | --epoch 200: the run diverged at epoch",
    })
    void badPhasesAreOneLineExitTwoAndNoFile(String args, String message) throws IOException {
        String[] argv = Stream.concat(Stream.of("export", "--out", dir.resolve("p.svg").toString()),
                Stream.of(args.split(" +"))).toArray(String[]::new);

        CliRun run = CliRun.of(argv);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("descentfx export: ").contains(message);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no file made").isEmpty();
        }
    }
}
