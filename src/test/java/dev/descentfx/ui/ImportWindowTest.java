package dev.descentfx.ui;

import static dev.descentfx.ui.Pixels.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.i18n.Language;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.ui.run.DescentViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A CSV file dropped on the real window at 1024×768, headless: Open CSV data opens on it, says
 * how it is written, and "Use these data" trains on the chosen columns; a file the run cannot use
 * is named in the dialog and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {
    private final DescentViewModel vm = new DescentViewModel();
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.empty()));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.setTitle("DescentFX");
        stage.show();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> {
            for (Node up = n; up != null; up = up.getParent()) {
                if (!up.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null && n.getScene().getWindow().isShowing();
        }).orElse(false);
    }

    private void drop(FxRobot robot, Path file) throws TimeoutException {
        boolean[] taken = new boolean[1];
        robot.interact(() -> taken[0] = CsvDrop.dropped(stage.getScene(), vm, List.of(file.toFile())));
        assertThat(taken[0]).as("drop taken").isTrue();
        waitFor(() -> shown(robot, "#importDialog"));
    }

    @Test
    void aDroppedFileOpensTheDialogAndUseTrainsOnItsColumns(FxRobot robot) throws IOException, TimeoutException {
        // given a run one step in, and a file with semicolons and decimal commas whose long name must wrap
        robot.interact(vm::step);
        Path file = dir.resolve("measurements-of-the-class-heights-and-weights-from-the-spring-term-2026.csv");
        Files.writeString(file, "weight;x;y\n55,5;1;2,5\n70;2;4,5\n61;3;6,5\n");
        // a picture is not taken
        boolean[] picture = new boolean[1];
        Path png = Files.write(dir.resolve("plot.png"), new byte[] {1, 2});
        robot.interact(() -> picture[0] = CsvDrop.dropped(stage.getScene(), vm, List.of(png.toFile())));
        assertThat(picture[0]).isFalse();

        // when it is dropped on the window
        drop(robot, file);
        waitFor(() -> !robot.lookup("#importUse").queryAs(Button.class).isDisabled());

        // then the dialog says how it is written and starts on the columns named x and y
        assertThat(robot.lookup("#importX").queryAs(ChoiceBox.class).getValue()).isEqualTo("x");
        assertThat(robot.lookup("#importY").queryAs(ChoiceBox.class).getValue()).isEqualTo("y");
        assertThat(texts(robot, "#importDetails")).contains("semicolon (;)", "comma (2,5)");
        assertThat(texts(robot, "#importPreview")).contains("x: x", "y: y", "55,5", "6,5");
        assertThat(shown(robot, "#importProblem")).isFalse();
        // it fits a 1024×768 screen and each word is drawn whole (the file's name wraps)
        Window dialog = robot.lookup("#importDialog").query().getScene().getWindow();
        assertThat(dialog.getWidth()).isLessThanOrEqualTo(1024);
        assertThat(dialog.getHeight()).isLessThanOrEqualTo(768);
        assertEveryLabelIsWhole(robot);
        robot.interact(() -> vm.setLanguage(Language.KO));
        assertEveryLabelIsWhole(robot);
        robot.interact(() -> vm.setLanguage(Language.EN));

        // and Use trains on x and y from epoch 0
        TrainingConfig before = vm.settingsProperty().get();
        robot.clickOn("#importUse");
        waitFor(() -> !shown(robot, "#importDialog"));
        assertThat(vm.settingsProperty().get().data())
                .isEqualTo(Dataset.of(new float[] {1, 2, 3}, new float[] {2.5f, 4.5f, 6.5f}));
        assertThat(vm.settingsProperty().get().learningRate()).isEqualTo(before.learningRate());
        assertThat(vm.epochProperty().get()).isZero();
    }

    @Test
    void aFileTheRunCannotUseIsNamedAndCancelChangesNothing(FxRobot robot) throws IOException, TimeoutException {
        robot.interact(vm::step);
        TrainingConfig before = vm.settingsProperty().get();
        Path file = Files.writeString(dir.resolve("bad.csv"), "x,y\n1,2\n2,oops\n");

        drop(robot, file);
        waitFor(() -> shown(robot, "#importProblem"));

        assertThat(robot.lookup("#importProblem").queryAs(Labeled.class).getText())
                .isEqualTo(file + " line 3, column y: 'oops' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3");
        assertThat(robot.lookup("#importUse").queryAs(Button.class).isDisabled()).isTrue();
        assertEveryLabelIsWhole(robot);
        robot.clickOn("#importCancel");
        waitFor(() -> !shown(robot, "#importDialog"));
        assertThat(vm.settingsProperty().get()).isSameAs(before);
        assertThat(vm.epochProperty().get()).isEqualTo(1);
    }

    /**
     * A read that is still going after half a second shows the progress bar; its Cancel stops it and
     * leaves the run as it was. The file is a named pipe that the test feeds, so the read waits for
     * the test, not for a slow disk (Linux and macOS: skipped where there is no mkfifo).
     */
    @Test
    void aLongReadShowsProgressAndCancelLeavesTheRunAsItWas(FxRobot robot) throws Exception {
        robot.interact(vm::step);
        TrainingConfig before = vm.settingsProperty().get();
        Path pipe = dir.resolve("slow.csv");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo");
        java.util.concurrent.CountDownLatch cancelled = new java.util.concurrent.CountDownLatch(1);
        boolean[] stoppedEarly = new boolean[1];
        Thread writer = new Thread(() -> {
            try (var out = Files.newOutputStream(pipe)) {
                StringBuilder rows = new StringBuilder("x,y\n");
                for (int i = 0; rows.length() < 100_000; i++) {
                    rows.append(i).append(',').append(2 * i).append('\n');
                }
                out.write(rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
                cancelled.await(60, java.util.concurrent.TimeUnit.SECONDS);   // the rest only after Cancel
                byte[] more = "1,2\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                for (int i = 0; i < 1000; i++) {   // 4 MB, far more than the reader takes before it stops
                    out.write(more);
                }
            } catch (IOException e) {
                stoppedEarly[0] = true;   // the reader closed the pipe: Cancel stopped the read
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.start();
        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = ImportDialog.open(vm, stage, pipe));

        waitFor(() -> shown(robot, "#importReading"));
        assertThat(robot.lookup("#importUse").queryAs(Button.class).isDisabled()).isTrue();
        // the dialog grows to hold the progress row a pulse or two after it shows: click once the button is inside it
        waitFor(() -> robot.lookup("#importStop").match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#importStop");
        waitFor(() -> !shown(robot, "#importReading"));
        cancelled.countDown();
        writer.join(60_000);
        assertThat(stoppedEarly[0]).as("the read stopped before the end of the file").isTrue();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        // the read that went on after Cancel shows nothing, and the run is the one it was
        assertThat(dialog[0].form().readingProperty().get()).isNull();
        assertThat(dialog[0].form().tableProperty().get()).isNull();
        assertThat(robot.lookup("#importUse").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#importCancel");
        waitFor(() -> !shown(robot, "#importDialog"));
        assertThat(vm.settingsProperty().get()).isSameAs(before);
        assertThat(vm.epochProperty().get()).isEqualTo(1);
    }

    @Test
    void theProjectorMenusLessonRunsOffersOpenCsvData(FxRobot robot) throws TimeoutException {
        robot.clickOn("#presentationMenu");
        robot.moveTo(menuRow(robot, "Lesson runs"));
        waitFor(() -> robot.lookup((Node n) -> n instanceof Labeled l && "Open CSV data…".equals(l.getText())
                && n.getScene() != null && n.getScene().getWindow() instanceof javafx.stage.PopupWindow w
                && w.isShowing()).tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ESCAPE, javafx.scene.input.KeyCode.ESCAPE);
    }

    private static Node menuRow(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && n.getScene() != null
                && n.getScene().getWindow() instanceof javafx.stage.PopupWindow w && w.isShowing()).query();
    }

    private static List<String> texts(FxRobot robot, String parent) {
        return robot.lookup(parent + " .label").queryAll().stream().map(n -> ((Labeled) n).getText()).toList();
    }

    /** Each shown label of the dialog draws its whole text: none ends in "…" for want of room. */
    private static void assertEveryLabelIsWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Node n : robot.lookup("#importDialog .label").queryAll()) {
            Labeled label = (Labeled) n;
            Node drawn = label.lookup(".text");
            if (label.isVisible() && label.getText() != null && !label.getText().isEmpty() && drawn instanceof Text text) {
                assertThat(text.getText()).as(label.getText()).isEqualTo(label.getText());
            }
        }
    }
}
