package dev.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.session.Autosave;
import dev.descentfx.session.SessionFile;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.ui.run.DescentViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A session the last window left behind is offered at the start: Restore, Discard, or Keep when it cannot be opened. */
@ExtendWith(ApplicationExtension.class)
class RestoreOfferWindowTest {
    @TempDir
    Path folder;
    private final DescentViewModel vm = new DescentViewModel();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.empty()));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.show();
    }

    private AutosaveClock offer(FxRobot robot, Path file) {
        AutosaveClock clock = new AutosaveClock(vm, new Autosave(file));
        Platform.runLater(() -> RestoreOffer.offer(stage, vm, clock));
        WaitForAsyncUtils.waitForFxEvents();
        return clock;
    }

    private void click(FxRobot robot, ButtonBar.ButtonData which) {
        DialogPane pane = robot.lookup("#restoreOffer").queryAs(DialogPane.class);
        ButtonType type = pane.getButtonTypes().stream().filter(b -> b.getButtonData() == which).findFirst().orElseThrow();
        robot.interact(((Button) pane.lookupButton(type))::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void restoreOpensTheLeftSessionAndAutosavesFromThen(FxRobot robot) throws Exception {
        // given a session left at epoch 4 of a run at α 0.05
        DescentViewModel before = new DescentViewModel(TrainingConfig.lesson().withLearningRate(0.05));
        for (int i = 0; i < 4; i++) {
            before.step();
        }
        Path file = folder.resolve("autosave.descentfx");
        SessionFile.write(file, before.session());
        AutosaveClock clock = offer(robot, file);
        DialogPane pane = robot.lookup("#restoreOffer").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Restore the last session?");
        assertThat(pane.getContentText()).startsWith("DescentFX did not close cleanly last time. Its session (epoch 4 on "
                + "screen, trained to 4, saved ");
        assertThat(clock.started()).isFalse();   // nothing written over it while it is offered
        click(robot, ButtonBar.ButtonData.OK_DONE);
        EpochRecord restored = vm.recordProperty().get();
        assertThat(restored).isEqualTo(before.recordProperty().get());
        assertThat(clock.started()).isTrue();
        robot.interact(clock::stopCleanly);
    }

    @Test
    void discardDeletesIt(FxRobot robot) throws Exception {
        Path file = folder.resolve("autosave.descentfx");
        SessionFile.write(file, new DescentViewModel().session());
        AutosaveClock clock = offer(robot, file);
        click(robot, ButtonBar.ButtonData.OTHER);
        assertThat(file).doesNotExist();
        assertThat(clock.started()).isTrue();
        robot.interact(clock::stopCleanly);
    }

    @Test
    void aBrokenOneIsSaidSoAndKeepLeavesItAsItIs(FxRobot robot) throws Exception {
        Path file = folder.resolve("autosave.descentfx");
        Files.writeString(file, "{ \"format\" : \"descentfx-session\", \"version\" : 1, \"data\" : {");
        byte[] was = Files.readAllBytes(file);
        AutosaveClock clock = offer(robot, file);
        DialogPane pane = robot.lookup("#restoreOffer").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Could not open the session");
        assertThat(pane.getContentText()).isEqualTo("DescentFX did not close cleanly last time, but its session cannot be "
                + "opened:\ncould not open " + file + ": the file ends in the middle (line 1, column 60); it was cut short "
                + "(truncated)\nKeep leaves the file where it is (and this window does not autosave); Discard deletes it.");
        click(robot, ButtonBar.ButtonData.CANCEL_CLOSE);
        assertThat(Files.readAllBytes(file)).isEqualTo(was);
        assertThat(clock.started()).isFalse();
        robot.interact(vm::step);
        robot.interact(clock::stopCleanly);   // not this window's: a clean exit leaves it too
        assertThat(Files.readAllBytes(file)).isEqualTo(was);
    }
}
