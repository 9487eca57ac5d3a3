package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.TrainTestSplit;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Train/test split: the test fraction and the seed; "Split" holds those points out and trains on
 * the rest from epoch 0, "Train on all" puts every point back. The fields are the view model's
 * ({@link TrainTestSplit}); what is wrong with them is written under them, and Split waits until
 * nothing is.
 */
final class SplitDialog extends Dialog<ButtonType> {
    private final DescentViewModel vm;
    private final TrainTestSplit split;
    private final ButtonType apply;
    private final ButtonType none;

    SplitDialog(DescentViewModel vm, Window owner) {
        this.vm = vm;
        this.split = vm.split();
        apply = new ButtonType(vm.languageProperty().get().text("split.ok"), ButtonBar.ButtonData.OK_DONE);
        none = new ButtonType(vm.languageProperty().get().text("split.none"), ButtonBar.ButtonData.OTHER);
        initOwner(owner);
        createView();
    }

    private void createView() {
        titleProperty().bind(vm.text("split.title"));
        getDialogPane().setId("splitDialog");
        getDialogPane().getStylesheets().add(SplitDialog.class.getResource("app.css").toExternalForm());
        getDialogPane().getStyleClass().add("data-dialog");
        ButtonType cancel = new ButtonType(vm.languageProperty().get().text("split.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(apply, none, cancel);

        GridPane grid = new GridPane();
        grid.getStyleClass().add("data-grid");
        row(grid, 0, "split.fraction", "splitFraction", split.fractionProperty());
        row(grid, 1, "split.seed", "splitSeed", split.seedProperty());

        Label header = label("split.header");
        header.setWrapText(true);
        header.setMinHeight(Label.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("splitProblem");
        problem.getStyleClass().add("warning");
        problem.setWrapText(true);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        problem.textProperty().bind(split.problemProperty());
        problem.visibleProperty().bind(split.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox content = new VBox(12, header, grid, problem);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().lookupButton(apply).disableProperty().bind(split.problemProperty().isNotEmpty());
        getDialogPane().lookupButton(apply).setId("splitApply");
        getDialogPane().lookupButton(none).setId("splitNone");
    }

    /** Shows the dialog; Split holds out the typed fraction, Train on all holds nothing out. */
    void open() {
        showAndWait().ifPresent(pressed -> {
            if (pressed == apply) {
                split.apply();
            } else if (pressed == none) {
                split.none();
            }
        });
    }

    private void row(GridPane grid, int at, String key, String id, StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        field.textProperty().bindBidirectional(text);
        grid.addRow(at, label(key), field);
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(vm.text(key));
        return label;
    }
}
