package dev.descentfx.ui;

import dev.descentfx.training.generate.DataRecipe.Kind;
import dev.descentfx.ui.run.DataForm;
import dev.descentfx.ui.run.DescentViewModel;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Make data: the kind, and a line's slope, intercept, noise σ, points and seed; "Train on it"
 * starts the run again on the data. The fields are the form's ({@link DataForm}); what is wrong
 * with them is written under them, and the button waits until nothing is.
 */
final class DataDialog extends Dialog<ButtonType> {
    private final DescentViewModel vm;
    private final DataForm form;
    private final ButtonType train;

    DataDialog(DescentViewModel vm, Window owner) {
        this.vm = vm;
        this.form = vm.presets().dataForm();
        train = new ButtonType(vm.languageProperty().get().text("generate.ok"), ButtonBar.ButtonData.OK_DONE);
        initOwner(owner);
        createView();
    }

    private void createView() {
        titleProperty().bind(vm.text("generate.title"));
        getDialogPane().setId("dataDialog");
        getDialogPane().getStylesheets().add(DataDialog.class.getResource("app.css").toExternalForm());
        getDialogPane().getStyleClass().add("data-dialog");
        ButtonType cancel = new ButtonType(vm.languageProperty().get().text("generate.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(train, cancel);

        ChoiceBox<Kind> kind = new ChoiceBox<>();
        kind.setId("dataKind");
        kind.getItems().setAll(Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Kind k) {
                return k == null ? "" : form.name(k).get();
            }

            @Override
            public Kind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(form.kindProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("data-grid");
        grid.addRow(0, label("generate.kind"), kind);
        row(grid, 1, "generate.slope", "dataSlope", form.slopeProperty(), form.drawnProperty());
        row(grid, 2, "generate.intercept", "dataIntercept", form.interceptProperty(), form.hasInterceptProperty());
        row(grid, 3, "generate.noise", "dataNoise", form.noiseProperty(), form.drawnProperty());
        row(grid, 4, "generate.points", "dataPoints", form.pointsProperty(), form.drawnProperty());
        row(grid, 5, "generate.seed", "dataSeed", form.seedProperty(), form.drawnProperty());

        Label header = label("generate.header");
        header.setWrapText(true);
        header.setMinHeight(Label.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("dataProblem");
        problem.getStyleClass().add("warning");
        problem.setWrapText(true);
        problem.setMinHeight(Label.USE_PREF_SIZE);
        problem.textProperty().bind(form.problemProperty());
        problem.visibleProperty().bind(form.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox content = new VBox(12, header, grid, problem);
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().lookupButton(train).disableProperty().bind(form.problemProperty().isNotEmpty());
        getDialogPane().lookupButton(train).setId("dataTrain");
    }

    /** Shows the dialog; "Train on it" trains on the data typed from epoch 0. */
    void open() {
        showAndWait().filter(train::equals).ifPresent(pressed -> form.generate());
    }

    private void row(GridPane grid, int at, String key, String id, StringProperty text, ObservableBooleanValue applies) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        field.textProperty().bindBidirectional(text);
        Label name = label(key);
        name.disableProperty().bind(javafx.beans.binding.Bindings.not(applies));
        field.disableProperty().bind(javafx.beans.binding.Bindings.not(applies));
        grid.addRow(at, name, field);
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(vm.text(key));
        return label;
    }
}
