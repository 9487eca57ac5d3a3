package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.ImportForm;
import dev.descentfx.ui.run.ImportWords.Detail;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Open CSV data: the file, how it is written, its first rows, the columns for x and y, and what
 * is wrong, if anything; "Use these data" trains on them from epoch 0. Everything shown is the
 * form's ({@link ImportForm}); the file is read on a thread of its own, and a read that takes
 * more than half a second shows a progress bar with Cancel. Closing the dialog stops a read.
 */
final class ImportDialog extends Dialog<ButtonType> {
    /** Reads that end sooner show no progress bar. */
    static final Duration PROGRESS_AFTER = Duration.millis(500);
    private static final Executor WORKER = r -> {
        Thread t = new Thread(r, "csv-import");
        t.setDaemon(true);
        t.start();
    };
    /** The folder of the last file opened, for the next chooser. */
    private static File lastFolder;

    private final DescentViewModel vm;
    private final ImportForm form;
    private final ButtonType use;

    ImportDialog(DescentViewModel vm, Window owner) {
        this.vm = vm;
        this.form = new ImportForm(vm, WORKER, Platform::runLater);
        use = new ButtonType(vm.languageProperty().get().text("import.use"), ButtonBar.ButtonData.OK_DONE);
        initOwner(owner);
        createView();
        setOnHidden(e -> {
            form.cancel();
            if (use.equals(getResult())) {
                form.use();
            }
        });
    }

    /** Asks for a file, then opens the dialog on it. */
    static void choose(DescentViewModel vm, Window owner) {
        File chosen = chooser(vm).showOpenDialog(owner);
        if (chosen != null) {
            lastFolder = chosen.getParentFile();
            open(vm, owner, chosen.toPath());
        }
    }

    /** Opens the dialog and starts reading {@code file} (a file dropped on the window, or chosen). */
    static ImportDialog open(DescentViewModel vm, Window owner, Path file) {
        ImportDialog dialog = new ImportDialog(vm, owner);
        dialog.form.open(file);
        dialog.show();
        return dialog;
    }

    ImportForm form() {
        return form;
    }

    private static FileChooser chooser(DescentViewModel vm) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(vm.languageProperty().get().text("import.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                vm.languageProperty().get().text("import.chooser.filter"), "*.csv", "*.tsv", "*.txt"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private void createView() {
        titleProperty().bind(vm.text("import.title"));
        getDialogPane().setId("importDialog");
        getDialogPane().getStylesheets().add(ImportDialog.class.getResource("app.css").toExternalForm());
        getDialogPane().getStyleClass().addAll("import-dialog", "lang-" + vm.languageProperty().get().locale().getLanguage());
        ButtonType cancel = new ButtonType(vm.languageProperty().get().text("import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        // Choose another file… sits at the bar's left; pressing it asks for a file and keeps the dialog open
        ButtonType another = new ButtonType(vm.languageProperty().get().text("import.choose"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().setAll(another, use, cancel);
        Button anotherButton = (Button) getDialogPane().lookupButton(another);
        anotherButton.setId("importChoose");
        ButtonBar.setButtonUniformSize(anotherButton, false);
        anotherButton.setMinWidth(Region.USE_PREF_SIZE);
        anotherButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            File chosen = chooser(vm).showOpenDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                lastFolder = chosen.getParentFile();
                form.open(chosen.toPath());
            }
        });
        getDialogPane().lookupButton(use).setId("importUse");
        getDialogPane().lookupButton(cancel).setId("importCancel");
        getDialogPane().lookupButton(use).disableProperty().bind(form.canUseProperty().not());
        setResizable(true);

        Label intro = wrapped();
        intro.textProperty().bind(vm.text("import.intro"));
        VBox content = new VBox(10, intro, fileRow(), progress(), details(), columnsRow(), preview(), problem());
        content.setPrefWidth(680);
        content.getStyleClass().add("import-content");
        content.setMaxWidth(Double.MAX_VALUE);
        getDialogPane().setContent(content);
        // what the read found makes the content taller or shorter: the dialog takes its new size, on screen
        form.tableProperty().addListener(obs -> Platform.runLater(this::fit));
        form.problemProperty().addListener(obs -> Platform.runLater(this::fit));
        form.readingProperty().addListener(obs -> Platform.runLater(this::fit));
    }

    /** The dialog's window as large as its content asks, moved up if that would take it below the screen. */
    private void fit() {
        Window w = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (w == null || !w.isShowing()) {
            return;
        }
        w.sizeToScene();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(w.getX(), w.getY(),
                Math.max(1, w.getWidth()), Math.max(1, w.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        if (w.getY() + w.getHeight() > screen.getMaxY()) {
            w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
        }
        if (w.getX() + w.getWidth() > screen.getMaxX()) {
            w.setX(Math.max(screen.getMinX(), screen.getMaxX() - w.getWidth()));
        }
    }

    private HBox fileRow() {
        Label path = wrapped();
        path.setId("importFile");
        path.getStyleClass().add("import-file");
        path.textProperty().bind(Bindings.createStringBinding(() -> {
            Path p = form.readingProperty().get() != null ? form.readingProperty().get() : form.fileProperty().get();
            return p == null ? "" : p.toString();
        }, form.readingProperty(), form.fileProperty()));
        HBox.setHgrow(path, Priority.ALWAYS);
        path.setMaxWidth(Double.MAX_VALUE);
        Label name = new Label();
        name.textProperty().bind(vm.text("import.file"));
        name.setMinWidth(Label.USE_PREF_SIZE);
        name.getStyleClass().add("import-name");
        HBox row = new HBox(12, name, path);
        row.getStyleClass().add("import-row");
        return row;
    }

    /** The bar and Cancel: shown once a read has gone on for {@link #PROGRESS_AFTER}. */
    private VBox progress() {
        Label what = wrapped();
        what.textProperty().bind(Bindings.createStringBinding(() -> form.readingProperty().get() == null ? ""
                : vm.languageProperty().get().text("import.reading", form.readingProperty().get().getFileName()),
                form.readingProperty(), vm.languageProperty()));
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.progressProperty().bind(form.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button stop = new Button();
        stop.setId("importStop");
        stop.textProperty().bind(vm.text("import.stop"));
        stop.setMinWidth(Button.USE_PREF_SIZE);
        stop.setOnAction(e -> form.cancel());
        VBox box = new VBox(6, what, new HBox(12, bar, stop));
        box.setId("importReading");
        box.setVisible(false);
        box.managedProperty().bind(box.visibleProperty());
        PauseTransition wait = new PauseTransition(PROGRESS_AFTER);
        wait.setOnFinished(e -> box.setVisible(form.readingProperty().get() != null));
        form.readingProperty().addListener((obs, was, is) -> {
            wait.stop();
            box.setVisible(false);
            if (is != null) {
                wait.playFromStart();
            }
        });
        return box;
    }

    private GridPane details() {
        GridPane grid = new GridPane();
        grid.setId("importDetails");
        grid.getStyleClass().add("import-grid");
        Runnable fill = () -> {
            grid.getChildren().clear();
            List<Detail> lines = form.detailsProperty().get();
            for (int i = 0; i < lines.size(); i++) {
                Label name = new Label(lines.get(i).name());
                name.getStyleClass().add("import-name");
                name.setMinWidth(Label.USE_PREF_SIZE);
                Label value = wrapped();
                value.setText(lines.get(i).value());
                grid.addRow(i, name, value);
            }
        };
        form.detailsProperty().addListener((obs, was, is) -> fill.run());
        fill.run();
        grid.visibleProperty().bind(form.tableProperty().isNotNull());
        grid.managedProperty().bind(grid.visibleProperty());
        return grid;
    }

    /** x and y on one row; under them, the column (if any) marking the test rows. */
    private VBox columnsRow() {
        HBox row = new HBox(12, label("import.x"), choice("importX", form.xProperty()),
                label("import.y"), choice("importY", form.yProperty()));
        row.getStyleClass().add("import-row");
        HBox test = new HBox(12, label("import.test"), testChoice());
        test.getStyleClass().add("import-row");
        VBox rows = new VBox(8, row, test);
        rows.visibleProperty().bind(form.tableProperty().isNotNull());
        rows.managedProperty().bind(rows.visibleProperty());
        return rows;
    }

    private ChoiceBox<String> choice(String id, javafx.beans.property.StringProperty column) {
        ChoiceBox<String> box = new ChoiceBox<>(form.columns());
        box.setId(id);
        box.setMinWidth(140);
        box.setMaxWidth(240);
        box.valueProperty().bindBidirectional(column);
        return box;
    }

    /** The column marking the test rows: none at first, then any of the file's columns. */
    private ChoiceBox<String> testChoice() {
        ChoiceBox<String> box = new ChoiceBox<>(form.testColumns());
        box.setId("importTest");
        box.setMinWidth(140);
        box.setMaxWidth(240);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String column) {
                return column == null || column.isEmpty() ? vm.languageProperty().get().text("import.testNone") : column;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.valueProperty().bindBidirectional(form.testColumnProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.text("import.test.tip"));
        box.setTooltip(tip);
        return box;
    }

    /** The first rows as written, under the columns' names, x and y marked. */
    private VBox preview() {
        GridPane grid = new GridPane();
        grid.setId("importPreview");
        grid.getStyleClass().add("import-preview");
        Runnable fill = () -> {
            grid.getChildren().clear();
            List<String> names = form.columns();
            for (int j = 0; j < names.size(); j++) {
                String name = names.get(j);
                String mark = name.equals(form.xProperty().get()) ? "x: " : name.equals(form.yProperty().get()) ? "y: " : "";
                grid.add(cell(mark + name, "import-preview-head"), j, 0);
            }
            List<List<String>> rows = form.previewProperty().get();
            for (int i = 0; i < rows.size(); i++) {
                for (int j = 0; j < rows.get(i).size(); j++) {
                    grid.add(cell(rows.get(i).get(j), "import-preview-cell"), j, i + 1);
                }
            }
        };
        form.previewProperty().addListener((obs, was, is) -> fill.run());
        form.xProperty().addListener((obs, was, is) -> fill.run());
        form.yProperty().addListener((obs, was, is) -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(grid);
        scroll.getStyleClass().add("import-preview-scroll");
        // as tall as its rows (the skin asks the rows' height): only a file of many columns scrolls, and sideways
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPadding(new Insets(4));
        VBox box = new VBox(6, label("import.preview"), scroll);
        box.visibleProperty().bind(form.tableProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox problem() {
        Label what = wrapped();
        what.setId("importProblem");
        what.getStyleClass().add("warning");
        what.textProperty().bind(form.problemProperty());
        Label unchanged = wrapped();
        unchanged.textProperty().bind(vm.text("import.unchanged"));
        VBox box = new VBox(4, what, unchanged);
        box.visibleProperty().bind(form.problemProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Label cell(String text, String style) {
        Label cell = new Label(text);
        cell.getStyleClass().add(style);
        cell.setMaxWidth(220);   // a long cell ends in "…"; the column it is in is still there to pick
        return cell;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(vm.text(key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped() {
        Label label = new Label();
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
