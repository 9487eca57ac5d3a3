package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * A .csv, .tsv or .txt file dragged onto the window opens Open CSV data on it ({@link ImportDialog});
 * other files are not taken (the pointer says so while dragging).
 */
final class CsvDrop {
    private CsvDrop() {
    }

    static void install(Scene scene, DescentViewModel vm) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && csvFile(e.getDragboard().getFiles()) != null) {
                e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean taken = e.getDragboard().hasFiles() && dropped(scene, vm, e.getDragboard().getFiles());
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    /** What a drop of {@code files} does: the dialog on the first CSV among them; false if there is none. */
    static boolean dropped(Scene scene, DescentViewModel vm, List<File> files) {
        Path file = csvFile(files);
        if (file == null) {
            return false;
        }
        // after the drop is done: the dialog should not open inside the drag-and-drop's own event
        Platform.runLater(() -> ImportDialog.open(vm, scene.getWindow(), file));
        return true;
    }

    /** The first file named .csv, .tsv or .txt, or null. */
    static Path csvFile(List<File> files) {
        for (File f : files) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            if (f.isFile() && (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt"))) {
                return f.toPath();
            }
        }
        return null;
    }
}
