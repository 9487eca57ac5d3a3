package dev.descentfx.ui;

import dev.descentfx.ui.controls.ControlsView;
import dev.descentfx.ui.controls.EpochSlider;
import dev.descentfx.ui.controls.TwoWay;
import dev.descentfx.ui.controls.ToolbarView;
import dev.descentfx.ui.plots.PlotCanvas;
import dev.descentfx.ui.plots.SaveLocation;
import dev.descentfx.ui.run.BigPlot;
import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.Panel;
import dev.descentfx.ui.run.Presentation;

import dev.descentfx.plot.ContourPlot;
import dev.descentfx.plot.CostCurvePlot;
import dev.descentfx.plot.CostHistoryPlot;
import dev.descentfx.plot.FittedLinePlot;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.application.Platform;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's content for a 1024×768 projector: toolbar on top; the cost curve and the fitted
 * line side by side, large; the live numbers under them; the settings and the two smaller plots
 * (contour, cost against epoch) in the side panel. In presentation mode the side panel can go
 * (H) and one plot can fill the main area (1–4); the side column scrolls rather than squeezing
 * the plots of a small window.
 */
public final class MainView extends StackPane {
    /** The main area keeps at least this much width; the side column gives way (and scrolls) first. */
    static final double MIN_CENTER_WIDTH = 560;
    static final double SIDE_WIDTH = 330;
    static final double MIN_SIDE_WIDTH = 240;
    /**
     * A plot needs this much room in its own (unzoomed) pixels to show its axes and four labelled
     * ticks: below it the main area shows one plot at a time, and the side column folds.
     */
    static final double PLOT_WIDTH = 300;
    /** A window shorter than this in its own (unzoomed) pixels puts the main tabs on the left edge. */
    static final double SHORT_HEIGHT = 480;

    private final DescentViewModel vm;
    private final Presentation presentation;
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
    private BigPlotView bigPlot;
    private ToggleButton linear;
    private ToggleButton log;
    private ScrollPane sideScroll;
    private VBox side;
    private VBox center;
    private StackPane mainArea;
    private EpochSlider epochSlider;
    private ScrollPane numbersScroll;
    private ToolbarView toolbar;
    private SessionCommands sessions;

    public MainView(DescentViewModel vm, SaveLocation saveLocation) {
        this.vm = vm;
        this.presentation = vm.presentation();
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
        Tab plotsTab = new Tab(null, plots);
        plotsTab.textProperty().bind(vm.text("main.plotsTab"));
        plotsTab.setId("plotsTab");
        centerTabs = new TabPane(plotsTab);
        centerTabs.getTabs().addAll(inside.tabs());
        centerTabs.setId("centerTabs");
        centerTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bigPlot = new BigPlotView(vm, saveLocation);
        // the pop-up after a blow-up sits over the bottom of the plots, where it hides no control
        mainArea = new StackPane(centerTabs, bigPlot, new DivergenceToast(vm), new EditNotice(vm.data()),
                new PresetChooser(vm));
        mainArea.getStyleClass().add("main-area");
        VBox.setVgrow(mainArea, Priority.ALWAYS);
        // the numbers scroll when a large zoom leaves no room for them: the plots keep at least half the height
        ScrollPane numbers = new ScrollPane(new LiveNumbersView(vm));
        numbers.getStyleClass().add("numbers-scroll");
        numbers.setFitToWidth(true);
        numbers.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        numbers.setMinHeight(0);
        // squeezed by a large zoom, the numbers go (the plots' titles still write W, ∇W and the cost)
        // rather than show half a row: see fitPlots
        numbersScroll = numbers;
        uncached(numbers);
        epochSlider = new EpochSlider(vm);
        center = new VBox(6, divergence, mainArea, epochSlider, numbers);
        center.getStyleClass().add("center");

        contourOff = new Label();
        contourOff.textProperty().bind(vm.text("main.contourOff"));
        contourOff.getStyleClass().add("placeholder");
        contourOff.setWrapText(true);
        linear = new ToggleButton();
        linear.textProperty().bind(vm.text("main.linear"));
        linear.setId("linearCostButton");
        log = new ToggleButton();
        log.textProperty().bind(vm.text("main.log"));
        log.setId("logCostButton");
        SegmentedButton scale = new SegmentedButton(linear, log);
        scale.setToggleGroup(null);   // each button shows the ViewModel's scale (see init)
        VBox.setVgrow(costHistory, Priority.ALWAYS);
        Tab contourTab = new Tab(null, new StackPane(contour, contourOff));
        contourTab.textProperty().bind(vm.text("main.contourTab"));
        Tab historyTab = new Tab(null, new VBox(6, scale, costHistory));
        historyTab.textProperty().bind(vm.text("main.historyTab"));
        sideTabs = new TabPane(contourTab, historyTab);
        sideTabs.setId("sideTabs");
        sideTabs.getStyleClass().add("side-tabs");
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(sideTabs, Priority.ALWAYS);
        side = new VBox(10, new ControlsView(vm), sideTabs);
        side.getStyleClass().add("side-panel");
        sideScroll = new ScrollPane(side);
        sideScroll.setId("sidePanel");
        sideScroll.getStyleClass().add("side-scroll");
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        uncached(sideScroll);

        SnapshotMenu snapshotMenu = new SnapshotMenu(this, saveLocation, vm);
        snapshotMenu.fill(plots());
        PresentationMenu presentationMenu = new PresentationMenu(vm);
        toolbar = new ToolbarView(vm, snapshotMenu);
        sessions = new SessionCommands(this, saveLocation, vm);
        presentationMenu.getItems().addAll(0, List.of(new PresetsMenu(vm), new SessionMenu(vm, sessions),
                new javafx.scene.control.SeparatorMenuItem()));
        toolbar.getItems().addAll(presentationMenu.sidePanelButton(), presentationMenu);
        // after a zoom the toolbar sorts its items again: the skin only moves items in and out of its »
        // menu when its width or its item list changes, and items left in the menu keep the old zoom's
        // sizes (they are out of the scene when the CSS changes). Setting the same items again does both.
        presentation.zoomPercentProperty().addListener((obs, was, is) -> Platform.runLater(() -> {
            List<javafx.scene.Node> items = List.copyOf(toolbar.getItems());
            toolbar.getItems().setAll(items);
            toolbar.applyCss();
            toolbar.requestLayout();
        }));
        // zoomed, what does not fit goes whole into the toolbar's » menu rather than shrinking to "R…"
        toolbar.getItems().forEach(item -> {
            if (item instanceof javafx.scene.control.Labeled) {
                ((javafx.scene.control.Labeled) item).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });

        BorderPane main = new BorderPane(center);
        main.setTop(toolbar);
        main.setRight(sideScroll);
        getChildren().addAll(main, new HelpOverlay(vm));
    }

    private void init() {
        divergence.textProperty().bind(vm.divergenceMessageProperty());
        divergence.visibleProperty().bind(vm.divergenceMessageProperty().isNotEmpty());
        divergence.managedProperty().bind(divergence.visibleProperty());
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
        initPresentation();
    }

    private void initPresentation() {
        // a maximised plot takes the main area; the tabs come back when it goes
        centerTabs.visibleProperty().bind(presentation.maximisedProperty().isNull());
        centerTabs.visibleProperty().addListener((obs, was, is) -> Platform.runLater(() -> plots().forEach(PlotCanvas::redraw)));
        sideScroll.managedProperty().bind(sideScroll.visibleProperty());
        for (PlotCanvas canvas : plots()) {
            canvas.zoomProperty().bind(presentation.zoomProperty());
        }
        maximiseOnDoubleClick(costCurve, BigPlot.COST_CURVE);
        maximiseOnDoubleClick(fittedLine, BigPlot.FITTED_LINE);
        maximiseOnDoubleClick(contour, BigPlot.CONTOUR);
        maximiseOnDoubleClick(costHistory, BigPlot.COST_HISTORY);
        PointEditor.attach(fittedLine, vm);
        PointEditor.attach(bigPlot(BigPlot.FITTED_LINE), vm);
        // the side column is as wide as its text needs at this zoom, but never takes the main area's
        // minimum: below that it narrows and scrolls sideways instead of squeezing the plots
        Runnable fitSide = () -> {
            double zoom = presentation.zoomProperty().get();
            double room = Math.max(MIN_SIDE_WIDTH, getWidth() - MIN_CENTER_WIDTH);
            double width = Math.min(SIDE_WIDTH * zoom, room);
            sideScroll.setPrefWidth(width);
            sideScroll.setMinWidth(width);
            sideScroll.setMaxWidth(width);
            side.setMinWidth((SIDE_WIDTH - 30) * zoom);
            fitPlots(width);
        };
        widthProperty().addListener((obs, was, is) -> fitSide.run());
        heightProperty().addListener((obs, was, is) -> fitSide.run());
        presentation.zoomProperty().addListener((obs, was, is) -> fitSide.run());
        presentation.sidePanelHiddenProperty().addListener((obs, was, is) -> fitSide.run());
        fitSide.run();
    }

    /**
     * At a zoom where a plot would get less than {@link #PLOT_WIDTH} of its own pixels, the main
     * area shows the cost curve alone (keys 1–4 bring up the others) and, if even that is short,
     * the side column folds (zooming out brings it back). The plots take most of the height when
     * zoomed: the live numbers scroll under them.
     */
    private void fitPlots(double sideWidth) {
        double zoom = presentation.zoomProperty().get(), width = getWidth();
        if (width <= 0) {
            return;
        }
        boolean sideFits = (width - sideWidth - 20) / zoom >= PLOT_WIDTH;
        sideScroll.setVisible(!presentation.sidePanelHiddenProperty().get() && sideFits);
        double main = width - 20 - (sideScroll.isVisible() ? sideWidth : 0);
        boolean two = (main - 8) / 2 / zoom >= PLOT_WIDTH;
        fittedLine.setVisible(two);
        fittedLine.setManaged(two);
        // half the height at 100 %, 0.8 at 200 %, nearly all of it at 250 % (a 768-line projector)
        // (of the window's height below the toolbar, never so much that the epoch slider is pushed out)
        double share = Math.min(0.92, 0.5 + 0.3 * (zoom - 1));
        // on a short screen at a large zoom the tab names move to the left edge, so the row they took goes to the plot
        boolean shortWindow = getHeight() > 0 && getHeight() / zoom < SHORT_HEIGHT;
        centerTabs.setSide(shortWindow ? Side.LEFT : Side.TOP);
        centerTabs.getStyleClass().remove("tabs-left");
        if (shortWindow) {
            centerTabs.getStyleClass().add("tabs-left");
        }
        mainArea.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double below = heightProperty().get() - toolbar.getHeight() - 16;   // 16: the centre's padding
            double room = below - epochSlider.prefHeight(-1) - 2 * 6
                    - (divergence.isVisible() ? divergence.prefHeight(center.getWidth()) + 6 : 0);
            double min = Math.max(0, Math.min(share * below, room));
            boolean fits = room - min >= numbersScroll.getContent().prefHeight(center.getWidth()) * 0.9;
            Platform.runLater(() -> {
                numbersScroll.setVisible(fits);
                numbersScroll.setManaged(fits);
            });
            return min;
        }, heightProperty(), toolbar.heightProperty(), divergence.visibleProperty(), divergence.heightProperty()));
        Platform.runLater(() -> plots().forEach(PlotCanvas::redraw));
    }

    private void maximiseOnDoubleClick(PlotCanvas canvas, BigPlot which) {
        canvas.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                presentation.maximise(which);
            }
        });
    }

    private PlotCanvas plot(String id, dev.descentfx.plot.Plot plot) {
        PlotCanvas canvas = new PlotCanvas(plot, vm.frameProperty(), saveLocation);
        canvas.setId(id);
        return canvas;
    }

    /** The plots on screen (the four of the run, then code, graph and formula), for tests and the frame-time benchmark. */
    public List<PlotCanvas> plots() {
        List<PlotCanvas> all = new java.util.ArrayList<>(List.of(costCurve, fittedLine, contour, costHistory));
        all.addAll(inside.canvases());
        return all;
    }

    /** The canvas that shows {@code which} when it fills the main area. */
    public PlotCanvas bigPlot(BigPlot which) {
        return bigPlot.canvas(which);
    }

    // A ScrollPane keeps its viewport as a cached bitmap. What scrolls here changes every frame while
    // playing (the contour plot, the numbers), so the cache would be painted anew each frame and then
    // painted again: twice the software rendering (JFR: CacheFilter.renderNodeToCache). No cache.
    private static void uncached(ScrollPane pane) {
        pane.skinProperty().addListener((obs, old, skin) -> {
            javafx.scene.Node viewport = pane.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
    }

    /** Save session… and Open session…, for their keys. */
    SessionCommands sessions() {
        return sessions;
    }
}
