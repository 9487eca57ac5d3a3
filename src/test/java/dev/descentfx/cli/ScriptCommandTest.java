package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code descentfx script} writes the PyTorch script of a run, and that script, run by real
 * PyTorch, prints what {@code train} prints. {@code pytorch/scripts/record.py} ran each script of
 * {@code cases.txt} with torch 2.13 (CPU) and kept its output; where torch is at hand
 * ({@code -Dtorch.python=/path/to/python}, or a {@code python3} that imports it) the scripts are
 * run again here.
 */
class ScriptCommandTest {
    private static final Path SCRIPTS = Path.of("src/test/resources/pytorch/scripts");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(SCRIPTS.resolve("cases.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 2);
            String options = parts[1].strip();
            cases.add(Arguments.of(parts[0].strip(), options.isEmpty() ? List.of() : List.of(options.split("\\s+"))));
        }
        return cases.stream();
    }

    private static String[] command(String name, List<String> options) {
        List<String> args = new ArrayList<>(List.of(name));
        args.addAll(options);
        return args.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void trainPrintsWhatTorchPrintedRunningTheScript(String name, List<String> options) throws IOException {
        CliRun script = CliRun.of(command("script", options));
        assertThat(script.exitCode()).isZero();
        // torch's recorded output belongs to this very script text
        assertThat(script.out()).as("the script is the one record.py ran; run it again if the script changed")
                .isEqualTo(Files.readString(SCRIPTS.resolve(name + ".py")));
        CliRun train = CliRun.of(command("train", options));
        assertThat(train.out()).isEqualTo(Files.readString(SCRIPTS.resolve(name + ".out")));
    }

    @Test
    void theLessonsScriptIsTheLessonsCode() {
        List<String> lines = CliRun.of("script").outLines();
        // the lines of the course's own code (the lesson, parts 1–5)
        assertThat(lines).contains(
                "x_train = torch.FloatTensor([[1], [2], [3]])",
                "y_train = torch.FloatTensor([[2], [4], [6]])",
                "W = torch.zeros(1, requires_grad=True)",
                "b = torch.zeros(1, requires_grad=True)",
                "optimizer = optim.SGD([W, b], lr=0.01)",
                "    hypothesis = x_train * W + b",
                "    cost = torch.mean((hypothesis - y_train) ** 2)",
                "    optimizer.zero_grad()",
                "    cost.backward()",
                "    optimizer.step()");
        List<String> part2 = CliRun.of("script", "--no-bias", "--gradient", "manual", "--lr", "0.1").outLines();
        assertThat(part2).contains("    gradient = 2 * torch.mean((W * x_train - y_train) * x_train)", "lr = 0.1",
                "        W -= lr * gradient");
        assertThat(part2).noneMatch(l -> l.contains("optim.SGD") || l.contains("backward"));
    }

    @Test
    void everyScriptCompilesAsPython(@TempDir Path folder) throws Exception {
        String python = python("import py_compile");
        Assumptions.assumeTrue(python != null, "no python3 on the PATH: the scripts' syntax was not checked");
        for (Arguments c : cases().toList()) {
            Object[] a = c.get();
            @SuppressWarnings("unchecked")
            List<String> options = (List<String>) a[1];
            Path file = folder.resolve(a[0] + ".py");
            Files.writeString(file, CliRun.of(command("script", options)).out(), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(python, "-m", "py_compile", file.toString()).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as(a[0] + ": " + said).isTrue();
        }
    }

    @Test
    void withTorchAtHandEveryScriptPrintsWhatTrainPrints(@TempDir Path folder) throws Exception {
        String python = python("import torch");
        Assumptions.assumeTrue(python != null, "no python with torch (-Dtorch.python=... or python3): "
                + "compared with the recorded torch output only");
        for (Arguments c : cases().toList()) {
            Object[] a = c.get();
            @SuppressWarnings("unchecked")
            List<String> options = (List<String>) a[1];
            Path file = folder.resolve(a[0] + ".py");
            Files.writeString(file, CliRun.of(command("script", options)).out(), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(python, file.toString()).start();
            String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(printed).as(a[0].toString()).isEqualTo(CliRun.of(command("train", options)).out());
        }
    }

    @Test
    void outWritesTheFileAndSaysHowToRunIt(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("part2.py");
        CliRun run = CliRun.of("script", "--no-bias", "--gradient", "manual", "--lr", "0.1", "--out", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + file + " (run it with: python3 " + file + ")" + System.lineSeparator());
        assertThat(Files.readString(file)).startsWith("# descentfx train --no-bias --gradient manual --lr 0.1\n");
        CliRun missing = CliRun.of("script", "--out", folder.resolve("nowhere/x.py").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist; create it first");
    }

    /** A python that runs {@code statement}, or null. */
    private static String python(String statement) throws InterruptedException {
        for (String candidate : new String[] {System.getProperty("torch.python"), "python3"}) {
            if (candidate == null) {
                continue;
            }
            try {
                Process p = new ProcessBuilder(candidate, "-c", statement).redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException notThere) {
                // try the next
            }
        }
        return null;
    }
}
