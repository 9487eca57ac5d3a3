package dev.descentfx.ui;

import static dev.descentfx.ui.Pixels.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.cli.DescentFxCommand;
import dev.descentfx.plot.CostCurvePlot;
import dev.descentfx.ui.run.DescentViewModel;
import static dev.descentfx.export.Images.meanDifference;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The camera's files of the run, from the real window: the PyTorch script, the epoch history and
 * an animated GIF, each checked against what the command line makes of the same run (another path:
 * options parsed into a run of its own).
 */
@ExtendWith(ApplicationExtension.class)
class RunFilesWindowTest {
    @TempDir
    static Path folder;
    private final DescentViewModel vm = new DescentViewModel();
    private final AtomicReference<Path> answer = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.ofNullable(answer.get())));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.show();
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        DescentFxCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(new StringWriter()))
                .execute(args);
        return out.toString();
    }

    private void choose(FxRobot robot, String id, Path file) {
        answer.set(file);
        MenuButton camera = robot.lookup("#snapshotMenu").queryAs(MenuButton.class);
        MenuItem item = camera.getItems().stream().filter(i -> (id + "Item").equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theScriptOfTheWindowsRunIsTheCommandLinesScriptOfTheSameOptions(FxRobot robot) throws Exception {
        robot.interact(() -> vm.setLearningRate(0.1));
        robot.interact(() -> vm.setBias(false));
        robot.interact(() -> vm.setMode(dev.descentfx.training.GradientMode.MANUAL));
        Path file = folder.resolve("window.py");
        choose(robot, "script", file);
        waitFor(() -> Files.exists(file));
        List<String> window = Files.readAllLines(file);
        List<String> cli = cli("script", "--lr", "0.1", "--no-bias", "--gradient", "manual", "--epochs", "1000").lines().toList();
        // the first line says where the script came from; every line of code is the same
        assertThat(window.subList(1, window.size())).isEqualTo(cli.subList(1, cli.size()));
        assertThat(window).contains("    gradient = 2 * torch.mean((W * x_train - y_train) * x_train)");
    }

    @Test
    void theEpochHistoryIsWhatTrainWritesAsCsv(FxRobot robot) throws Exception {
        for (int i = 0; i < 5; i++) {
            robot.interact(vm::step);
        }
        waitFor(() -> vm.lastEpochProperty().get() == 5);
        Path file = folder.resolve("epochs.csv");
        choose(robot, "history", file);
        waitFor(() -> Files.exists(file));
        assertThat(Files.readString(file).replace("\r\n", "\n"))
                .isEqualTo(cli("train", "--epochs", "5", "--print-every", "1", "--format", "csv").replace("\r\n", "\n"));
    }

    @Test
    void anAnimationFromTheWindowHasAFramePerEpochEachTheCommandLinesStill(FxRobot robot) throws Exception {
        for (int i = 0; i < 6; i++) {
            robot.interact(vm::step);
        }
        waitFor(() -> vm.lastEpochProperty().get() == 6);
        Path gif = folder.resolve("window.gif");
        AtomicReference<Task<Void>> task = new AtomicReference<>();
        robot.interact(() -> task.set(GifDialog.write(robot.lookup("#costCurve").query(), vm.languageProperty().get(),
                new CostCurvePlot(), vm.files().frames(1, 6, 2), 10, gif)));
        waitFor(() -> WaitForAsyncUtils.asyncFx(() -> task.get().isDone()).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> task.get().getException()).get()).isNull();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(4);   // epochs 1, 3, 5 and 6
            int[] epochs = {1, 3, 5, 6};
            for (int k = 0; k < epochs.length; k++) {
                Path still = folder.resolve("still" + epochs[k] + ".png");
                cli("export", "--plot", "cost-curve", "--epoch", Integer.toString(epochs[k]), "--size", "800x500",
                        "--out", still.toString());
                assertThat(meanDifference(reader.read(k), ImageIO.read(still.toFile())))
                        .as("frame " + k + " is epoch " + epochs[k]).isLessThan(1.5);
            }
        }
    }

}
