package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.session.SessionFile;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.ui.run.DescentViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --save-session}, {@code train --session} and {@code export --session}. */
class SessionCommandsTest {
    @TempDir
    Path dir;

    private static final String[] RUN = {"--x", "0.5,1.5,2,4.25", "--y", "1,3.5,4,9", "--w0", "-1.25", "--b0", "0.75",
            "--lr", "0.03", "--momentum", "0.25", "--skip-zero-grad", "--epochs", "240"};

    private static String[] args(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aSavedSessionPrintsWhatTheOriginalTrainPrinted() throws Exception {
        Path file = dir.resolve("run.descentfx");
        for (String format : List.of("pytorch", "json", "notebook", "csv")) {
            // given a train with every run option, saving its session
            CliRun original = CliRun.of(args(new String[] {"train"}, args(RUN, "--format", format, "--print-every", "7",
                    "--save-session", file.toString())));
            assertThat(original.exitCode()).isZero();
            assertThat(original.err()).isEqualTo("descentfx train: saved the session in " + file
                    + " (open it in the window, or run it with --session)" + System.lineSeparator());
            // when the session is run, then it prints the same, line for line
            CliRun again = CliRun.of("train", "--session", file.toString(), "--format", format, "--print-every", "7");
            assertThat(again.exitCode()).isZero();
            assertThat(again.err()).isEmpty();
            assertThat(again.out()).as(format).isEqualTo(original.out());
        }
    }

    @Test
    void theSavedSessionIsTheOneTheWindowWouldSave() throws Exception {
        Path file = dir.resolve("run.descentfx");
        CliRun train = CliRun.of(args(new String[] {"train"}, args(RUN, "--format", "json", "--save-session", file.toString())));
        // the window opens it: the run's settings, trained to 240, the last epoch on screen
        DescentViewModel vm = new DescentViewModel();
        vm.open(file);
        TrainingConfig s = vm.settingsProperty().get();
        assertThat(s.data().xFlat()).containsExactly(0.5f, 1.5f, 2f, 4.25f);
        assertThat(s.data().y()).containsExactly(1f, 3.5f, 4f, 9f);
        assertThat(s.initialW()).containsExactly(-1.25f);
        assertThat(s.initialB()).isEqualTo(0.75f);
        assertThat(s.learningRate()).isEqualTo(0.03);
        assertThat(s.momentum()).isEqualTo(0.25);
        assertThat(s.zeroGrad()).isFalse();
        assertThat(vm.epochProperty().get()).isEqualTo(240);
        assertThat(vm.targetProperty().get()).isEqualTo(240);
        // its record is the one train printed last (the window made it again by its own run)
        EpochRecord r = vm.recordProperty().get();
        assertThat(CliRun.jsonNumber(train.lastLine(), "W")).isEqualTo(r.w());
        assertThat(CliRun.jsonNumber(train.lastLine(), "b")).isEqualTo(r.b());
        // and the window, saving it, writes the same file
        assertThat(SessionFile.text(vm.session())).isEqualTo(Files.readString(file));
    }

    @Test
    void aWindowsSessionWithChangesOnTheWayTrainsAsTheWindowDid() throws Exception {
        // given a window run whose α, zero_grad and gradient mode changed on the way
        DescentViewModel vm = new DescentViewModel(TrainingConfig.lesson());
        for (int i = 0; i < 40; i++) {
            vm.step();
        }
        vm.setLearningRate(0.1);
        for (int i = 0; i < 25; i++) {
            vm.step();
        }
        vm.setMode(GradientMode.MANUAL);
        for (int i = 0; i < 25; i++) {
            vm.step();
        }
        vm.setLearningRate(0.002);
        for (int i = 0; i < 10; i++) {
            vm.step();
        }
        vm.setTarget(100);
        vm.showEpoch(77);
        Path file = dir.resolve("window.descentfx");
        SessionFile.write(file, vm.session());
        List<EpochRecord> window = new ArrayList<>();
        vm.files().forEachRecord(window::add);

        // when train runs it, then every record is the window's, bit for bit
        CliRun train = CliRun.of("train", "--session", file.toString(), "--format", "json", "--print-every", "1");
        assertThat(train.exitCode()).isZero();
        List<String> lines = train.outLines();
        assertThat(lines).hasSize(101);
        for (int e = 0; e <= 100; e++) {
            assertThat(CliRun.jsonNumber(lines.get(e), "W")).as("W of epoch " + e).isEqualTo(window.get(e).w());
            assertThat(CliRun.jsonNumber(lines.get(e), "b")).as("b of epoch " + e).isEqualTo(window.get(e).b());
            assertThat(CliRun.jsonNumber(lines.get(e), "gradW")).as("gradW of epoch " + e).isEqualTo(window.get(e).gradW());
        }

        // and export draws the epoch on screen, 77, with the window's numbers
        CliRun export = CliRun.of("export", "--session", file.toString(), "--plot", "fitted-line", "--out",
                dir.resolve("fit.png").toString());
        assertThat(export.exitCode()).isZero();
        EpochRecord shown = window.get(77);
        assertThat(export.outLines().get(0)).isEqualTo(RecordPrinter.pytorchLine(77, 100, shown.weights(), true, shown.b(),
                shown.cost()));
    }

    @Test
    void exportOfASessionDrawsItsEpochOnScreen() throws Exception {
        Path file = dir.resolve("run.descentfx");
        CliRun.of(args(new String[] {"train"}, args(RUN, "--save-session", file.toString())));
        // the session shows epoch 240: the same picture as the options at --epoch 240 (its theme and words: the defaults)
        Path fromSession = dir.resolve("session.png"), fromOptions = dir.resolve("options.png");
        CliRun a = CliRun.of("export", "--session", file.toString(), "--plot", "cost-curve", "--out", fromSession.toString(),
                "--lang", "en");
        CliRun b = CliRun.of(args(new String[] {"export"}, args(RUN, "--plot", "cost-curve", "--epoch", "240", "--out",
                fromOptions.toString(), "--lang", "en")));
        assertThat(a.exitCode()).isZero();
        assertThat(a.outLines().get(0)).isEqualTo(b.outLines().get(0));
        BufferedImage x = ImageIO.read(fromSession.toFile()), y = ImageIO.read(fromOptions.toFile());
        assertThat(x.getWidth()).isEqualTo(y.getWidth());
        for (int i = 0; i < x.getWidth(); i += 3) {
            for (int j = 0; j < x.getHeight(); j += 3) {
                assertThat(x.getRGB(i, j)).isEqualTo(y.getRGB(i, j));
            }
        }
    }

    @Test
    void runOptionsWithASessionAreRefusedInOneLine() throws Exception {
        Path file = dir.resolve("run.descentfx");
        CliRun.of("train", "--epochs", "5", "--save-session", file.toString());
        for (String option : List.of("--lr", "--epochs", "--b0")) {
            CliRun r = CliRun.of("train", "--session", file.toString(), option, "3");
            assertThat(r.exitCode()).isEqualTo(DescentFxCommand.BAD_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).containsExactly("descentfx train: " + option + " cannot be given with --session: "
                    + "the session decides the run (its data, settings and epochs); drop " + option
                    + ", or drop --session and give the run by options");
        }
        CliRun export = CliRun.of("export", "--session", file.toString(), "--no-bias", "--plot", "contour", "--out",
                dir.resolve("c.png").toString());
        assertThat(export.errLines()).containsExactly("descentfx export: --no-bias cannot be given with --session: "
                + "the session decides the run (its data, settings and epochs); drop --no-bias, or drop --session and give "
                + "the run by options");
        assertThat(dir.resolve("c.png")).doesNotExist();
    }

    @Test
    void aBadSessionFileIsOneLine() throws Exception {
        Path empty = dir.resolve("empty.descentfx");
        Files.writeString(empty, "");
        CliRun r = CliRun.of("train", "--session", empty.toString());
        assertThat(r.exitCode()).isEqualTo(DescentFxCommand.BAD_INPUT);
        assertThat(r.errLines()).containsExactly("descentfx train: --session: could not open " + empty + ": the file is empty");
        CliRun noFolder = CliRun.of("train", "--save-session", dir.resolve("no/such/run.descentfx").toString());
        assertThat(noFolder.exitCode()).isEqualTo(DescentFxCommand.BAD_INPUT);
        assertThat(noFolder.out()).isEmpty();
        assertThat(noFolder.errLines()).containsExactly("descentfx train: --save-session " + dir.resolve("no/such/run.descentfx")
                + ": the folder " + dir.resolve("no/such") + " does not exist; create it first");
    }
}
