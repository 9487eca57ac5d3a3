package dev.descentfx.ui.plots;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to save a picture. The window uses a FileChooser; tests answer with a temporary file. */
@FunctionalInterface
public interface SaveLocation {
    Optional<Path> ask(Window owner, String suggestedName);

    /** A save dialog for PNG or SVG files, by the suggested name's ending. */
    static SaveLocation fileChooser() {
        return (owner, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save picture");
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(suggestedName.endsWith(".svg")
                    ? new FileChooser.ExtensionFilter("SVG drawing", "*.svg")
                    : new FileChooser.ExtensionFilter("PNG image", "*.png"));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }

    /** Says, in words, that a picture could not be written; nothing on screen is lost. */
    static void showError(Scene scene, Path path, Exception e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText("Could not save the picture");
        alert.setContentText("Writing " + path + " failed: " + e.getMessage()
                + "\nChoose another folder (one you can write to) and try again.");
        if (scene != null && scene.getWindow() != null) {
            alert.initOwner(scene.getWindow());
        }
        alert.show();
    }
}
