package dev.descentfx.ui;

import dev.descentfx.ui.controls.Tips;
import dev.descentfx.plot.CodePlot;
import dev.descentfx.plot.FormulaPlot;
import dev.descentfx.plot.GraphPlot;
import dev.descentfx.plot.Plot;
import dev.descentfx.training.GradientMode;
import dev.descentfx.ui.controls.TwoWay;
import dev.descentfx.ui.plots.PlotCanvas;
import dev.descentfx.ui.plots.SaveLocation;
import dev.descentfx.ui.run.DescentViewModel;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;

/**
 * Inside one epoch: the lesson's code with the call on screen, the graph that backward() walks,
 * and the formulas with the numbers put in — three tabs beside the plots, drawn from the
 * ViewModel's {@code insideFrame} by the same pictures as {@code export --plot code|graph|formula}.
 * The code tab has the "forget zero_grad()" switch.
 */
final class InsideView {
    private final DescentViewModel vm;
    private final PlotCanvas code;
    private final PlotCanvas graph;
    private final PlotCanvas formula;
    private final ToggleSwitch forgetZeroGrad = new ToggleSwitch();
    private final List<Tab> tabs;

    InsideView(DescentViewModel vm, SaveLocation saveLocation) {
        this.vm = vm;
        code = canvas("codePanel", new CodePlot(), saveLocation);
        graph = canvas("graphPanel", new GraphPlot(), saveLocation);
        formula = canvas("formulaPanel", new FormulaPlot(), saveLocation);
        tabs = createView();
        init();
    }

    private List<Tab> createView() {
        forgetZeroGrad.setId("forgetZeroGradSwitch");
        forgetZeroGrad.textProperty().bind(vm.text("inside.forgetZeroGrad"));
        forgetZeroGrad.setTooltip(Tips.of(vm.text("inside.forgetZeroGrad.tip")));
        Label keys = new Label();
        keys.textProperty().bind(vm.text("inside.keys"));
        keys.getStyleClass().add("inside-keys");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, keys, gap, forgetZeroGrad);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(code.scrolling(), Priority.ALWAYS);
        Tab codeTab = new Tab(null, new VBox(6, bar, code.scrolling()));
        codeTab.textProperty().bind(vm.text("inside.codeTab"));
        codeTab.setId("codeTab");
        Tab graphTab = new Tab(null, graph.scrolling());
        graphTab.textProperty().bind(vm.text("inside.graphTab"));
        graphTab.setId("graphTab");
        Tab formulaTab = new Tab(null, formula.scrolling());
        formulaTab.textProperty().bind(vm.text("inside.formulaTab"));
        formulaTab.setId("formulaTab");
        return List.of(codeTab, graphTab, formulaTab);
    }

    private void init() {
        TwoWay.bind(forgetZeroGrad.selectedProperty(), vm.zeroGradProperty(), on -> !on, forget -> vm.setZeroGrad(!forget));
        forgetZeroGrad.disableProperty().bind(vm.modeProperty().isEqualTo(GradientMode.MANUAL));   // by hand: no zero_grad
    }

    private PlotCanvas canvas(String id, Plot plot, SaveLocation saveLocation) {
        PlotCanvas canvas = new PlotCanvas(plot, vm.insideFrameProperty(), saveLocation);
        canvas.setId(id);
        return canvas;
    }

    List<Tab> tabs() {
        return tabs;
    }

    List<PlotCanvas> canvases() {
        return List.of(code, graph, formula);
    }
}
