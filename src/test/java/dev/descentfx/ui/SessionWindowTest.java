package dev.descentfx.ui;

import static dev.descentfx.ui.Pixels.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.i18n.Language;
import dev.descentfx.session.Autosave;
import dev.descentfx.session.SessionFile;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.ui.run.DescentViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Save session (Ctrl+S) and Open session (Ctrl+O, or the menu) in the real window; a bad file shows one message. */
@ExtendWith(ApplicationExtension.class)
class SessionWindowTest {
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

    private MenuItem sessionItem(FxRobot robot, String id) {
        MenuButton projector = robot.lookup("#presentationMenu").queryAs(MenuButton.class);
        Menu session = (Menu) projector.getItems().stream().filter(i -> "sessionMenu".equals(i.getId())).findFirst().orElseThrow();
        return session.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void ctrlSSavesAndTheMenuOpensTheSameWindowAgain(FxRobot robot) throws Exception {
        // given a run stepped to epoch 12 at α 0.05, in Korean
        robot.interact(() -> {
            vm.setLearningRate(0.05);
            for (int i = 0; i < 12; i++) {
                vm.step();
            }
            vm.setLanguage(Language.KO);
        });
        EpochRecord shown = vm.recordProperty().get();
        Path file = folder.resolve("window.descentfx");
        answer.set(file);
        // when Ctrl+S is pressed
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> Files.exists(file));
        // then the file is the view model's session
        assertThat(Files.readString(file)).isEqualTo(SessionFile.text(vm.session()));
        // and after the window moved on, Open session from the menu brings epoch 12 back
        robot.interact(() -> {
            vm.reset();
            vm.setLanguage(Language.EN);
        });
        assertThat(vm.epochProperty().get()).isZero();
        MenuItem open = sessionItem(robot, "openSession");
        assertThat(open.getText()).isEqualTo("Open session…  (Ctrl+O)");
        robot.interact(open::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.recordProperty().get()).isEqualTo(shown);
        assertThat(vm.languageProperty().get()).isEqualTo(Language.KO);
        assertThat(sessionItem(robot, "saveSession").getText()).isEqualTo("세션 저장…  (Ctrl+S)");
    }

    @Test
    void ctrlOOnABadFileShowsOneMessageAndChangesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                vm.step();
            }
        });
        EpochRecord shown = vm.recordProperty().get();
        Path bad = folder.resolve("bad.descentfx");
        Files.writeString(bad, "{ \"format\" : \"descentfx-session\", \"version\" : 7 }");
        answer.set(bad);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane message = robot.lookup("#sessionProblem").queryAs(DialogPane.class);
        assertThat(message.getHeaderText()).isEqualTo("Could not open the session");
        assertThat(message.getContentText()).isEqualTo("could not open " + bad + ": it is a version 7 session, made by a "
                + "newer DescentFX; this one reads version 1 (update DescentFX to open it)\nThe window is as it was.");
        assertThat(vm.recordProperty().get()).isEqualTo(shown);
        robot.interact(() -> ((Stage) message.getScene().getWindow()).close());
    }

    @Test
    void theAutosaveWritesWhenTheSessionChangesAndGoesOnACleanExit(FxRobot robot) throws Exception {
        Path file = folder.resolve("autosave/autosave.descentfx");
        AutosaveClock clock = new AutosaveClock(vm, new Autosave(file));
        robot.interact(clock::saveIfChanged);
        waitFor(() -> Files.exists(file));
        assertThat(SessionFile.read(file).epoch()).isZero();
        robot.interact(() -> {
            vm.step();
            vm.step();
            clock.saveIfChanged();
        });
        waitFor(() -> SessionFile.read(file).epoch() == 2);
        long written = Files.getLastModifiedTime(file).toMillis();
        robot.interact(clock::start);   // it owns the file now
        robot.interact(clock::stopCleanly);
        assertThat(file).doesNotExist();
        assertThat(written).isPositive();
    }
}
