package dev.descentfx.ui;

import dev.descentfx.ui.controls.ControlsView;
import dev.descentfx.ui.controls.EpochSlider;
import dev.descentfx.ui.controls.TwoWay;
import dev.descentfx.ui.controls.ToolbarView;
import dev.descentfx.ui.plots.PlotCanvas;
import dev.descentfx.ui.plots.SaveLocation;
import dev.descentfx.ui.plots.WindowSnapshot;
import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.Panel;

import dev.descentfx.plot.ContourPlot;
import dev.descentfx.plot.CostCurvePlot;
import dev.descentfx.plot.CostHistoryPlot;
import dev.descentfx.plot.FittedLinePlot;
import java.io.IOException;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's content for a 1024×768 projector: toolbar on top; the cost curve and the fitted
 * line side by side, large; the live numbers under them; the settings and the two smaller plots
 * (contour, cost against epoch) in the side panel.
 */
public final class MainView extends StackPane {
    private final DescentViewModel vm;
    private final SaveLocation saveLocation;
    private PlotCanvas costCurve;
    private PlotCanvas fittedLine;
    private PlotCanvas contour;
    private PlotCanvas costHistory;
    private Label divergence;
    private Label contourOff;
    private TabPane sideTabs;
    private TabPane centerTabs;
    private InsideView inside;
    private ToggleButton linear;
    private ToggleButton log;
    private MenuButton snapshotMenu;

    public MainView(DescentViewModel vm, SaveLocation saveLocation) {
        this.vm = vm;
        this.saveLocation = saveLocation;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("main-view");
        setMinSize(0, 0);   // long numbers get cut with an ellipsis; the window never grows past the screen
        costCurve = plot("costCurve", new CostCurvePlot());
        fittedLine = plot("fittedLine", new FittedLinePlot());
        contour = plot("contour", new ContourPlot());
        costHistory = plot("costHistory", new CostHistoryPlot());

        divergence = new Label();
        divergence.setId("divergenceMessage");
        divergence.getStyleClass().add("divergence-banner");
        divergence.setGraphic(new FontIcon("mdi2a-alert"));
        divergence.setWrapText(true);
        divergence.setMaxWidth(Double.MAX_VALUE);
        divergence.setMinHeight(Label.USE_PREF_SIZE);

        HBox plots = new HBox(8, costCurve, fittedLine);
        plots.getStyleClass().add("main-plots");
        HBox.setHgrow(costCurve, Priority.ALWAYS);
        HBox.setHgrow(fittedLine, Priority.ALWAYS);
        inside = new InsideView(vm, saveLocation);
        Tab plotsTab = new Tab("Plots", plots);
        plotsTab.setId("plotsTab");
        centerTabs = new TabPane(plotsTab);
        centerTabs.getTabs().addAll(inside.tabs());
        centerTabs.setId("centerTabs");
        centerTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(centerTabs, Priority.ALWAYS);
        VBox center = new VBox(6, divergence, centerTabs, new EpochSlider(vm), new LiveNumbersView(vm));
        center.getStyleClass().add("center");

        contourOff = new Label("Turn the bias on to see the cost over (W, b).");
        contourOff.getStyleClass().add("placeholder");
        contourOff.setWrapText(true);
        linear = new ToggleButton("linear");
        linear.setId("linearCostButton");
        log = new ToggleButton("log");
        log.setId("logCostButton");
        SegmentedButton scale = new SegmentedButton(linear, log);
        scale.setToggleGroup(null);   // each button shows the ViewModel's scale (see init)
        VBox.setVgrow(costHistory, Priority.ALWAYS);
        sideTabs = new TabPane(new Tab("Contour (W, b)", new StackPane(contour, contourOff)),
                new Tab("Cost vs epoch", new VBox(6, scale, costHistory)));
        sideTabs.setId("sideTabs");
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(sideTabs, Priority.ALWAYS);
        VBox side = new VBox(10, new ControlsView(vm), sideTabs);
        side.getStyleClass().add("side-panel");

        snapshotMenu = new MenuButton();
        snapshotMenu.setId("snapshotMenu");
        for (PlotCanvas canvas : plots()) {
            Menu menu = new Menu(canvas.plot().name());
            for (int scale1 : new int[] {1, 2, 4}) {
                MenuItem item = new MenuItem("PNG " + scale1 + "\u00d7");
                item.setOnAction(e -> saveLocation.ask(getScene().getWindow(), canvas.plot().name() + "@" + scale1 + "x.png")
                        .ifPresent(path -> canvas.savePng(path, scale1)));
                menu.getItems().add(item);
            }
            snapshotMenu.getItems().add(menu);
        }
        Menu window = new Menu("whole window");
        for (int scale1 : new int[] {1, 2, 4}) {
            MenuItem item = new MenuItem("PNG " + scale1 + "\u00d7");
            item.setId("windowPng" + scale1 + "x");
            item.setOnAction(e -> saveWindow(scale1));
            window.getItems().add(item);
        }
        snapshotMenu.getItems().add(window);

        BorderPane main = new BorderPane(center);
        main.setTop(new ToolbarView(vm, snapshotMenu));
        main.setRight(side);
        getChildren().addAll(main, new HelpOverlay(vm));
    }

    private void init() {
        divergence.textProperty().bind(vm.divergenceMessageProperty());
        divergence.visibleProperty().bind(vm.divergenceMessageProperty().isNotEmpty());
        divergence.managedProperty().bind(divergence.visibleProperty());
        vm.divergenceMessageProperty().addListener((obs, old, message) -> {
            if (!message.isEmpty() && getScene() != null && getScene().getWindow() != null
                    && getScene().getWindow().isShowing()) {
                Notifications.create().owner(getScene().getWindow()).position(Pos.TOP_CENTER)
                        .title("Training paused: the steps grew instead of shrinking")
                        .text("Lower the learning rate or press R to reset.").hideAfter(Duration.seconds(6))
                        .showWarning();
            }
        });
        contour.visibleProperty().bind(vm.biasProperty());
        contourOff.visibleProperty().bind(vm.biasProperty().not());
        TwoWay.bind(linear.selectedProperty(), vm.logCostProperty(), on -> !on, pressed -> {
            if (pressed) {
                vm.setLogCost(false);
            }
        });
        TwoWay.bind(log.selectedProperty(), vm.logCostProperty(), pressed -> {
            if (pressed) {
                vm.setLogCost(true);
            }
        });
        // a tab's plot is not painted while hidden; paint it when its tab comes up
        // (after the tab pane has shown the tab's content, so the plot is visible when it paints)
        sideTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> Platform.runLater(() -> {
            contour.redraw();
            costHistory.redraw();
        }));
        centerTabs.getSelectionModel().selectedItemProperty().addListener(
                (obs, old, tab) -> Platform.runLater(() -> plots().forEach(PlotCanvas::redraw)));
        // the tab on screen is the ViewModel's panel; choosing a tab asks for it
        centerTabs.getSelectionModel().select(vm.panelProperty().get().ordinal());
        vm.panelProperty().addListener((obs, old, p) -> centerTabs.getSelectionModel().select(p.ordinal()));
        centerTabs.getSelectionModel().selectedIndexProperty().addListener(
                (obs, old, i) -> vm.showPanel(Panel.values()[i.intValue()]));
    }

    private PlotCanvas plot(String id, dev.descentfx.plot.Plot plot) {
        PlotCanvas canvas = new PlotCanvas(plot, vm.frameProperty(), saveLocation);
        canvas.setId(id);
        return canvas;
    }

    private void saveWindow(int scale) {
        saveLocation.ask(getScene().getWindow(), "descentfx-window@" + scale + "x.png").ifPresent(path -> {
            try {
                WindowSnapshot.writePng(getScene(), scale, path);
            } catch (IOException | RuntimeException ex) {
                SaveLocation.showError(getScene(), path, ex);
            }
        });
    }

    /** The plots on screen (the four of the run, then code, graph and formula), for tests and the frame-time benchmark. */
    public List<PlotCanvas> plots() {
        List<PlotCanvas> all = new java.util.ArrayList<>(List.of(costCurve, fittedLine, contour, costHistory));
        all.addAll(inside.canvases());
        return all;
    }
}
