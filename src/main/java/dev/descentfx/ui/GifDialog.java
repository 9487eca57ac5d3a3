package dev.descentfx.ui;

import dev.descentfx.export.AnimationEpochs;
import dev.descentfx.export.GifWriter;
import dev.descentfx.export.PlotImages;
import dev.descentfx.export.SafeFile;
import dev.descentfx.i18n.Language;
import dev.descentfx.plot.Plot;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.ui.plots.SaveLocation;
import dev.descentfx.ui.plots.SavedNotice;
import dev.descentfx.ui.run.DescentViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/**
 * The camera's "Animated GIF…": which picture, which epochs and how fast; then where to save it,
 * and a progress bar with Cancel while the frames are drawn and written in the background. The
 * frames are the run's own records taken on the JavaFX thread; only drawing and writing go to the
 * background task, and a cancelled or failed GIF leaves no file behind ({@link SafeFile}).
 */
final class GifDialog {
    /** The layout of each frame, as {@code export}'s default: a slide's picture. */
    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    private GifDialog() {
    }

    static void open(Node owner, DescentViewModel vm, List<Plot> plots, SaveLocation saveLocation) {
        Language l = vm.languageProperty().get();
        int trained = vm.files().lastEpoch();
        int last = Math.max(trained, vm.targetProperty().get());   // up to the Run-to epoch: the GIF trains what is not yet
        ChoiceBox<Plot> plot = new ChoiceBox<>();
        plot.getItems().setAll(plots);
        plot.setConverter(new StringConverter<>() {
            @Override
            public String toString(Plot p) {
                return p == null ? "" : l.text(SnapshotMenu.PICTURE + p.name());
            }

            @Override
            public Plot fromString(String s) {
                return null;
            }
        });
        plot.getSelectionModel().selectFirst();
        plot.setId("gifPlot");
        Spinner<Integer> from = spinner("gifFrom", 0, last, 0);
        Spinner<Integer> to = spinner("gifTo", 0, last, trained >= 1 ? Math.max(vm.recordProperty().get().epoch(), 1) : last);
        Spinner<Integer> every = spinner("gifEvery", 1, Math.max(1, last), 1);
        Spinner<Integer> fps = spinner("gifFps", 1, 50, 10);
        Label frames = new Label();
        frames.setId("gifFrames");
        frames.textProperty().bind(Bindings.createStringBinding(() -> l.text("gif.frames", AnimationEpochs.count(from.getValue(),
                to.getValue(), every.getValue())), from.valueProperty(), to.valueProperty(), every.valueProperty()));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("gif-form");
        grid.addRow(0, new Label(l.text("gif.plot")), plot);
        grid.addRow(1, new Label(l.text("gif.from")), from);
        grid.addRow(2, new Label(l.text("gif.to")), to);
        grid.addRow(3, new Label(l.text("gif.every")), every);
        grid.addRow(4, new Label(l.text("gif.fps")), fps);
        grid.add(frames, 1, 5);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.setTitle(l.text("gif.title"));
        dialog.setHeaderText(l.text("gif.title"));
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(l.text("gif.save"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(Bindings.createBooleanBinding(() -> from.getValue() > to.getValue()
                || AnimationEpochs.count(from.getValue(), to.getValue(), every.getValue()) > AnimationEpochs.MAX_FRAMES,
                from.valueProperty(), to.valueProperty(), every.valueProperty()));
        dialog.showAndWait().filter(save::equals).ifPresent(ok -> saveLocation
                .ask(owner.getScene().getWindow(), "descentfx-" + plot.getValue().name() + ".gif")
                .ifPresent(path -> write(owner, l, plot.getValue(),
                        vm.files().frames(from.getValue(), to.getValue(), every.getValue()), fps.getValue(), path)));
    }

    /** The frames, drawn and written in the background, with a progress bar and Cancel. */
    static Task<Void> write(Node owner, Language l, Plot plot, List<PlotFrame> frames, double fps, Path path) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                SafeFile.write(path, out -> {
                    try (GifWriter gif = new GifWriter(out, fps)) {
                        for (int i = 0; i < frames.size(); i++) {
                            if (isCancelled()) {
                                throw new CancellationException();   // SafeFile removes the part-file
                            }
                            updateMessage(l.text("gif.writing", path.getFileName(), i + 1, frames.size()));
                            updateProgress(i, frames.size());
                            gif.add(PlotImages.png(plot, frames.get(i), WIDTH, HEIGHT, 1));
                        }
                    }
                });
                updateProgress(frames.size(), frames.size());
                return null;
            }
        };
        Stage progress = progress(owner, l, task);
        task.setOnSucceeded(e -> {
            progress.close();
            SavedNotice.show(owner.getScene(), path, l);
        });
        task.setOnFailed(e -> {
            progress.close();
            Throwable why = task.getException();
            SaveLocation.showError(owner.getScene(), path, why instanceof Exception ex ? ex : new Exception(why), l);
        });
        task.setOnCancelled(e -> progress.close());
        Thread worker = new Thread(task, "gif-writer");
        worker.setDaemon(true);
        worker.start();
        progress.show();
        return task;
    }

    private static Stage progress(Node owner, Language l, Task<Void> task) {
        ProgressBar bar = new ProgressBar();
        bar.setId("gifProgress");
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(360);
        Label what = new Label();
        what.textProperty().bind(task.messageProperty());
        Button cancel = new Button(l.text("gif.cancel"));
        cancel.setId("gifCancel");
        cancel.setOnAction(e -> task.cancel());
        VBox box = new VBox(12, what, bar, cancel);
        box.getStyleClass().add("gif-progress");
        Stage stage = new Stage();
        stage.initOwner(owner.getScene().getWindow());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(l.text("gif.title"));
        stage.setScene(new javafx.scene.Scene(box));
        stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setOnCloseRequest(e -> task.cancel());
        return stage;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.setEditable(true);
        s.setId(id);
        s.setPrefWidth(140);
        return s;
    }
}
