package dev.descentfx.cli;

import dev.descentfx.training.SplitReference;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --test-fraction F --seed S} and {@code --split-column NAME}: the test cost printed
 * beside the cost, against the torch run split.py recorded (split-40.csv), and bad input.
 */
class SplitCliTest {
    @TempDir
    Path dir;

    @Test
    void aFractionAndSeedPrintTheTestCostPyTorchComputedAtEveryEpoch() throws IOException {
        CliRun run = CliRun.of("train", "--x", xs(), "--y", ys(), "--test-fraction", "0.25", "--seed", "42",
                "--epochs", "30", "--print-every", "1", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertMatchesTorch(run.outLines());
    }

    @Test
    void aSplitColumnHoldsOutTheRowsItLabelsTest() throws IOException {
        // the same rows as the recorded run, labelled test in a column between x and y, in mixed spellings
        Set<Integer> test = Arrays.stream(SplitReference.recordedTestRows()).boxed().collect(Collectors.toSet());
        StringBuilder csv = new StringBuilder("x,part,y\n");
        for (int i = 0; i < 40; i++) {
            String label = test.contains(i) ? (i % 2 == 0 ? "test" : "1") : (i % 3 == 0 ? "Train" : "0");
            csv.append(i * 0.25f).append(',').append(label).append(',').append(SplitReference.forty().y(i)).append('\n');
        }
        Path file = dir.resolve("labelled.csv");
        Files.writeString(file, csv);
        CliRun run = CliRun.of("train", "--data", file.toString(), "--split-column", "part", "--epochs", "30",
                "--print-every", "1", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertMatchesTorch(run.outLines());
        // the lesson's line carries it too, and csv a test_cost column
        CliRun line = CliRun.of("train", "--data", file.toString(), "--split-column", "part", "--epochs", "30",
                "--print-every", "0");
        assertThat(line.lastLine()).matches("Epoch   30/30 W: 2\\.084, b: 0\\.440 Cost: \\d\\.\\d{6} Test cost: \\d\\.\\d{6}");
        CliRun csvOut = CliRun.of("train", "--data", file.toString(), "--split-column", "part", "--print-every", "0",
                "--format", "csv");
        assertThat(csvOut.outLines().get(0)).isEqualTo("epoch,W,b,cost,gradW,gradB,test_cost");
    }

    @Test
    void badSplitsGetOneLineNamingTheOptionAndExitCode2() throws IOException {
        assertThat(CliRun.of("train", "--test-fraction", "1.5").errLines()).containsExactly(
                "descentfx train: --test-fraction: the test fraction must be between 0 and 1 (say 0.2), not 1.5");
        assertThat(CliRun.of("train", "--test-fraction", "0.5", "--x", "1", "--y", "2").errLines()).containsExactly(
                "descentfx train: --test-fraction: a train/test split needs at least 2 examples; the data has 1");
        assertThat(CliRun.of("train", "--split-column", "part").errLines()).containsExactly(
                "descentfx train: --split-column names a column of a CSV file; use it with --data");
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "x,y,part\n1,2,train\n2,4,maybe\n");
        CliRun bad = CliRun.of("train", "--data", file.toString(), "--split-column", "part");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).containsExactly("descentfx train: --split-column " + file
                + " line 3, column part: \"maybe\" is not a split label; write train or test (or 0 for train, 1 for test)");
        Files.writeString(file, "x,y,part\n1,2,train\n2,4,train\n");
        assertThat(CliRun.of("train", "--data", file.toString(), "--split-column", "part").errLines()).containsExactly(
                "descentfx train: --split-column part: the split column marks no example as test; mark some as train and some as test");
        assertThat(CliRun.of("train", "--data", file.toString(), "--split-column", "nope").errLines().get(0))
                .startsWith("descentfx train: --split-column " + file + " has no column named 'nope'");
        assertThat(CliRun.of("train", "--test-fraction", "0.5", "--format", "notebook").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("train", "--test-fraction", "0.5", "--data", file.toString(), "--split-column", "part")
                .errLines()).containsExactly(
                "descentfx train: --test-fraction and --split-column both choose the test examples; give one of them");
    }

    private static void assertMatchesTorch(List<String> lines) throws IOException {
        List<long[]> rows = SplitReference.recorded();
        assertThat(lines).hasSize(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            String line = lines.get(k);
            assertThat(Float.floatToRawIntBits(CliRun.jsonNumber(line, "W"))).as(line).isEqualTo((int) rows.get(k)[1]);
            assertThat(Float.floatToRawIntBits(CliRun.jsonNumber(line, "cost"))).as(line).isEqualTo((int) rows.get(k)[3]);
            assertThat(Float.floatToRawIntBits(CliRun.jsonNumber(line, "testCost"))).as(line).isEqualTo((int) rows.get(k)[4]);
        }
    }

    private static String xs() {
        return values(SplitReference.forty().xFlat());
    }

    private static String ys() {
        return values(SplitReference.forty().y());
    }

    private static String values(float[] v) {
        List<String> out = new ArrayList<>();
        for (float f : v) {
            out.add(Float.toString(f));
        }
        return String.join(",", out);
    }
}
