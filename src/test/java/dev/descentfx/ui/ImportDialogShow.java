package dev.descentfx.ui;

import dev.descentfx.i18n.Language;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.ui.plots.SaveLocation;
import dev.descentfx.ui.run.DescentViewModel;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For looking at the dialog (not a test): the window as the app opens it, with Open CSV data on
 * the file named by {@code -Dimport.file}, as if it were dropped there. The screenshot tool's copy
 * in the README's "Open CSV data" notes runs it with the test classpath.
 */
public final class ImportDialogShow extends Application {
    @Override
    public void start(Stage stage) {
        DescentViewModel vm = new DescentViewModel(TrainingConfig.lesson(), Language.system());
        stage.setScene(DescentFxApp.createScene(vm, SaveLocation.fileChooser(vm.languageProperty()::get)));
        stage.setTitle("DescentFX");
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        DescentFxApp.startClock(vm);
        Platform.runLater(() -> CsvDrop.dropped(stage.getScene(), vm,
                java.util.List.of(Path.of(System.getProperty("import.file")).toFile())));
    }

    /** A plain class starts it, so that JavaFX can come from the classpath (as the jar's Launcher does). */
    public static final class Main {
        public static void main(String[] args) {
            launch(ImportDialogShow.class, args);
        }
    }
}
