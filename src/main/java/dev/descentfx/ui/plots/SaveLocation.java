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

    /**
     * Asks which file to open, of the suggested name's kind (a session). Unless a location says
     * otherwise, the one it would save to (tests answer both with a temporary file).
     */
    default Optional<Path> askOpen(Window owner, String suggestedName) {
        return ask(owner, suggestedName);
    }

    /** A save dialog for the suggested name's kind of file (PNG, SVG, GIF, Python, CSV, session), in the window's language. */
    static SaveLocation fileChooser(Supplier<Language> language) {
        SaveLocation save = saveChooser(language);
        return new SaveLocation() {
            @Override
            public Optional<Path> ask(Window owner, String suggestedName) {
                return save.ask(owner, suggestedName);
            }

            @Override
            public Optional<Path> askOpen(Window owner, String suggestedName) {
                Language l = language.get();
                FileChooser chooser = new FileChooser();
                chooser.setTitle(l.text("session.openTitle"));
                String ending = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(l.text("save." + ending + "Filter"), "*." + ending));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }
        };
    }

    private static SaveLocation saveChooser(Supplier<Language> language) {
        return (owner, suggestedName) -> {
            Language l = language.get();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(l.text(suggestedName.endsWith(".descentfx") ? "session.saveTitle" : "save.title"));
            chooser.setInitialFileName(suggestedName);
            String ending = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
            String kind = switch (ending) {
                case "svg", "gif", "py", "csv", "descentfx" -> ending;
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
