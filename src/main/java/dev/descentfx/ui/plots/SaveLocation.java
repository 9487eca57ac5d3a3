package dev.descentfx.ui.plots;

import java.util.function.Supplier;
import dev.descentfx.i18n.Language;
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

    /** A save dialog for the suggested name's kind of file (PNG, SVG, GIF, Python, CSV), in the window's language. */
    static SaveLocation fileChooser(Supplier<Language> language) {
        return (owner, suggestedName) -> {
            Language l = language.get();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(l.text("save.title"));
            chooser.setInitialFileName(suggestedName);
            String ending = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
            String kind = switch (ending) {
                case "svg", "gif", "py", "csv" -> ending;
                default -> "png";
            };
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(l.text("save." + kind + "Filter"), "*." + kind));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }

    /** Says, in words, that a picture could not be written; nothing on screen is lost. */
    static void showError(Scene scene, Path path, Exception e, Language l) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(l.text("save.failed"));
        alert.setContentText(l.text("save.failedWhy", path, e.getMessage()));
        if (scene != null && scene.getWindow() != null) {
            alert.initOwner(scene.getWindow());
        }
        alert.show();
    }
}
