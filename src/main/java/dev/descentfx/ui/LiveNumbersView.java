package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The numbers of the shown epoch, large and monospaced, and the next step from them written out. */
final class LiveNumbersView extends VBox {
    private final DescentViewModel vm;

    LiveNumbersView(DescentViewModel vm) {
        this.vm = vm;
        createView();
    }

    private void createView() {
        getStyleClass().add("live-numbers");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("live-grid");
        // words from the bundles; W, b, ∇W and ∇b are the lesson's code and stay as they are
        ObservableStringValue[] names = {vm.text("live.epoch"), code("W"), code("b"), vm.text("live.cost"),
                code("\u2207W"), code("\u2207b")};
        String[] ids = {"epochLabel", "wLabel", "bLabel", "costLabel", "gradWLabel", "gradBLabel"};
        ObservableStringValue[] values = {vm.numbers().epoch(), vm.numbers().w(), vm.numbers().b(),
                vm.numbers().cost(), vm.numbers().gradW(), vm.numbers().gradB()};
        for (int i = 0; i < names.length; i++) {
            Label name = new Label();
            name.textProperty().bind(names[i]);
            name.getStyleClass().add("live-name");
            Label value = new Label();
            value.setId(ids[i]);
            value.getStyleClass().add("live-value");
            value.textProperty().bind(values[i]);
            grid.add(name, i, 0);
            grid.add(value, i, 1);
            if (ids[i].equals("bLabel") || ids[i].equals("gradBLabel")) {
                hiddenWithoutBias(name, value);   // H(x) = Wx has no b to show
            }
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        Label updateW = line("updateWLabel", vm.numbers().updateW());
        Label updateB = line("updateBLabel", vm.numbers().updateB());
        Label formula = line("formulaLabel", vm.numbers().formula());
        formula.getStyleClass().add("formula");
        hiddenWithoutBias(updateB);
        getChildren().addAll(grid, updateW, updateB, formula);
        getChildren().addAll(SplitLines.of(vm));
    }

    private void hiddenWithoutBias(javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.visibleProperty().bind(vm.biasProperty());
            n.managedProperty().bind(vm.biasProperty());
        }
    }

    private static ObservableStringValue code(String name) {
        return new javafx.beans.property.ReadOnlyStringWrapper(name).getReadOnlyProperty();
    }

    private static Label line(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("update-line");
        label.setWrapText(true);   // on a narrow window the line wraps rather than losing its result
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }
}
