package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.TrainTestSplit;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The live numbers' lines of the train/test split: the cost, R² and RMSE of the train rows (of all
 * the data without a split) and of the test rows (shown only while some are held out).
 */
final class SplitLines {
    private SplitLines() {
    }

    static List<Node> of(DescentViewModel vm) {
        TrainTestSplit split = vm.split();
        Label train = line("trainFitLabel");
        train.textProperty().bind(split.trainLineProperty());
        Label test = line("testFitLabel");
        test.textProperty().bind(split.testLineProperty());
        test.visibleProperty().bind(split.holdsOutProperty());
        test.managedProperty().bind(split.holdsOutProperty());
        return List.of(train, test);
    }

    private static Label line(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("update-line", "fit-line");
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
