package dev.descentfx.ui;

import dev.descentfx.plot.ContourPlot;
import dev.descentfx.plot.CostCurvePlot;
import dev.descentfx.plot.CostHistoryPlot;
import dev.descentfx.plot.FittedLinePlot;
import dev.descentfx.plot.Plot;
import dev.descentfx.ui.plots.PlotCanvas;
import dev.descentfx.ui.plots.SaveLocation;
import dev.descentfx.ui.run.BigPlot;
import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.Presentation;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;

/**
 * One plot filling the main area (keys 1–4 or a double-click; Esc or another double-click goes
 * back). Each plot has a canvas of its own here, drawn only while it is the one shown.
 */
final class BigPlotView extends StackPane {
    private final DescentViewModel vm;
    private final Presentation presentation;
    private final Map<BigPlot, PlotCanvas> canvases = new EnumMap<>(BigPlot.class);
    private final Label contourOff = new Label();

    BigPlotView(DescentViewModel vm, SaveLocation saveLocation) {
        this.vm = vm;
        this.presentation = vm.presentation();
        createView(saveLocation);
        init();
    }

    private void createView(SaveLocation saveLocation) {
        setId("bigPlot");
        getStyleClass().add("big-plot");
        add(BigPlot.COST_CURVE, new CostCurvePlot(), saveLocation);
        add(BigPlot.FITTED_LINE, new FittedLinePlot(), saveLocation);
        add(BigPlot.CONTOUR, new ContourPlot(), saveLocation);
        add(BigPlot.COST_HISTORY, new CostHistoryPlot(), saveLocation);
        contourOff.textProperty().bind(vm.text("main.contourOff"));
        contourOff.getStyleClass().add("placeholder");
        getChildren().add(contourOff);
    }

    private void add(BigPlot which, Plot plot, SaveLocation saveLocation) {
        PlotCanvas canvas = new PlotCanvas(plot, vm.frameProperty(), saveLocation);
        canvas.setId("big-" + plot.name());
        canvases.put(which, canvas);
        getChildren().add(canvas);
    }

    private void init() {
        var shown = presentation.maximisedProperty();
        visibleProperty().bind(shown.isNotNull());
        canvases.forEach((which, canvas) -> {
            canvas.visibleProperty().bind(shown.isEqualTo(which)
                    .and(which == BigPlot.CONTOUR ? vm.biasProperty() : shown.isNotNull()));
            canvas.zoomProperty().bind(presentation.zoomProperty());
            canvas.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    presentation.maximise(null);
                }
            });
        });
        contourOff.visibleProperty().bind(shown.isEqualTo(BigPlot.CONTOUR).and(vm.biasProperty().not()));
    }

    PlotCanvas canvas(BigPlot which) {
        return canvases.get(which);
    }
}
