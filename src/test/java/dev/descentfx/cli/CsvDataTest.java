package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataTest {

    @TempDir
    Path dir;

    @Test
    void theLessonFromACsvFilePrintsTheSameAsTheDefault() throws IOException {
        Path file = Files.writeString(dir.resolve("lesson.csv"), "x,y\n1,2\n2,4\n3,6\n");

        assertThat(CliRun.of("train", "--data", file.toString()).out()).isEqualTo(CliRun.of("train").out());
    }

    /** Issue 8: a file without a header row used to lose its first row. Now every row trains, and stderr says why. */
    @Test
    void aFileWithoutAHeaderTrainsOnEveryRowAndSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.csv"), "1,2\n2,4\n3,6\n");

        CliRun run = CliRun.of("train", "--data", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(CliRun.of("train", "--x", "1,2,3", "--y", "2,4,6").out());
        assertThat(run.errLines()).containsExactly("descentfx train: note: " + file + " line 1 holds numbers, not column"
                + " names: it is read as data (no header row), 3 rows; the columns are numbered 1, 2 (--features 1 --target 2)");
    }

    /** Excel's "CSV UTF-8" (a byte order mark) and European Excel (semicolons, decimal commas) train as the plain file does. */
    @Test
    void excelsFilesTrainAsThePlainOne() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path withBom = Files.write(dir.resolve("bom.csv"), concat(bom, "x,y\r\n1,2\r\n2,4\r\n3,6\r\n".getBytes(StandardCharsets.UTF_8)));
        Path european = Files.writeString(dir.resolve("eu.csv"), "x;y\n1,0;2\n2;4,00\n3;6\n");
        Path halves = Files.writeString(dir.resolve("halves.csv"), "x;y\n0,5;1,5\n1,5;2,5\n");

        String lesson = CliRun.of("train").out();
        assertThat(CliRun.of("train", "--data", withBom.toString()).out()).isEqualTo(lesson);
        assertThat(CliRun.of("train", "--data", european.toString()).out()).isEqualTo(lesson);
        assertThat(CliRun.of("train", "--data", halves.toString()).out())
                .isEqualTo(CliRun.of("train", "--x", "0.5,1.5", "--y", "1.5,2.5").out());
    }

    @Test
    void aFolderIsNotAFile() {
        CliRun run = CliRun.of("train", "--data", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("descentfx train: --data " + dir + " is a folder, not a CSV file;"
                + " name a file inside it");
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws IOException {
        Path file = Files.writeString(dir.resolve("locked.csv"), "x,y\n1,2\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root, which reads a file whatever its permissions");

        CliRun run = CliRun.of("train", "--data", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("descentfx train: --data " + file + ": cannot open it, permission denied;"
                + " make the file readable (or copy it)");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** y = 2a − b + 1 exactly; least squares (numpy.linalg.lstsq) gives W = [2, −1], b = 1. */
    @Test
    void twoFeaturesTrainThroughMatmulAndPrintArrays() throws IOException {
        Path file = Files.writeString(dir.resolve("two.csv"), "a,b,noise,y\n1,2,9,1\n2,1,9,4\n3,3,9,4\n0,1,9,0\n");

        CliRun run = CliRun.of("train", "--data", file.toString(), "--features", "a,b", "--target", "y",
                "--lr", "0.05", "--epochs", "20000", "--format", "json", "--print-every", "0");

        assertThat(run.exitCode()).isZero();
        String last = run.lastLine();
        float[] w = array(last, "W");
        assertThat(w).hasSize(2);
        assertThat(array(last, "gradW")).hasSize(2);
        assertThat(w[0]).isCloseTo(2f, within(1e-4f));
        assertThat(w[1]).isCloseTo(-1f, within(1e-4f));
        assertThat(CliRun.jsonNumber(last, "b")).isCloseTo(1f, within(1e-4f));
    }

    @Test
    void twoFeaturesInTextAndCsv() throws IOException {
        Path file = Files.writeString(dir.resolve("two.csv"), "a,b,y\n1,2,1\n2,1,4\n");

        CliRun text = CliRun.of("train", "--data", file.toString(), "--w0", "1,2", "--epochs", "1");
        CliRun csv = CliRun.of("train", "--data", file.toString(), "--epochs", "1", "--format", "csv");

        // record 0 at W = [1, 2], b = 0: residuals 4, 0, so cost = 16/2 = 8
        assertThat(text.outLines().get(0)).isEqualTo("Epoch    0/1 W: [1.000, 2.000], b: 0.000 Cost: 8.000000");
        assertThat(csv.outLines().get(0)).isEqualTo("epoch,W1,W2,b,cost,gradW1,gradW2,gradB");
        // record 0 at W = 0: r = (−1, −4), cost 17/2, ∇W = 2·mean(r·x) = (−9, −6), ∇b = 2·mean(r) = −5
        assertThat(csv.outLines().get(1)).isEqualTo("0,0.0,0.0,0.0,8.5,-9.0,-6.0,-5.0");
    }

    private static float[] array(String json, String name) {
        var m = Pattern.compile("\"" + name + "\":\\[([^]]*)]").matcher(json);
        assertThat(m.find()).as(name + " is an array in " + json).isTrue();
        String[] parts = m.group(1).split(",");
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Float.parseFloat(parts[i]);
        }
        return values;
    }
}
