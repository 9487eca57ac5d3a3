package dev.descentfx.ui.plots;

import dev.descentfx.i18n.Language;
import dev.descentfx.export.PlotImages;
import dev.descentfx.plot.Plot;
import dev.descentfx.plot.PlotFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.awt.geom.AffineTransform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;

/**
 * One plot on screen: a Canvas that fills this region and is repainted, through FXGraphics2D,
 * by the same Java2D code that writes the PNGs, whenever the frame changes or the size does.
 * Right-click saves it as a PNG at 1×, 2× or 4×.
 *
 * <p>The zoom (presentation mode) draws the plot enlarged: the Graphics2D is scaled by it and the
 * plot is laid out at width/zoom × height/zoom, so its text, lines, points and arrows all grow
 * while the plot code knows nothing of it. Saved pictures are drawn unzoomed.
 */
public final class PlotCanvas extends Region {
    private final Plot plot;
    private final ObservableValue<PlotFrame> frame;
    private final SaveLocation saveLocation;
    private final Canvas canvas = new Canvas();
    private final FXGraphics2D graphics = new PlotGraphics(canvas.getGraphicsContext2D());
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private boolean dirty = true;
    private long lastDrawNanos;
    private PlotFrame painted;   // the frame on the canvas now
    private ScrollPane scroller;  // around this canvas when the picture may need more room than it has

    public PlotCanvas(Plot plot, ObservableValue<PlotFrame> frame, SaveLocation saveLocation) {
        TeXFonts.load();
        this.plot = plot;
        this.frame = frame;
        this.saveLocation = saveLocation;
        createView();
        init();
    }

    private void createView() {
        getStyleClass().add("plot-canvas");
        getChildren().add(canvas);
        setMinSize(120, 100);
        setPrefSize(480, 400);
        ContextMenu menu = new ContextMenu();
        for (int scale : new int[] {1, 2, 4}) {
            MenuItem item = new MenuItem();
            item.textProperty().bind(words("canvas.savePng", scale));
            item.setId("save" + scale + "x");
            item.setOnAction(e -> askAndSave(scale));
            menu.getItems().add(item);
        }
        MenuItem svg = new MenuItem();
        svg.textProperty().bind(words("canvas.saveSvg"));
        svg.setId("saveSvg");
        svg.setOnAction(e -> saveLocation.ask(getScene() == null ? null : getScene().getWindow(), plot.name() + ".svg")
                .ifPresent(path -> {
                    if (saveSvg(path)) {
                        SavedNotice.show(getScene(), path, language());
                    }
                }));
        menu.getItems().add(svg);
        // a right press opens the menu (on every platform, headless too); the menu key also works
        setOnMousePressed(e -> {
            requestFocus();   // keys go back to the window, not to a text field typed in before
            if (e.getButton() == MouseButton.SECONDARY) {
                menu.show(this, e.getScreenX(), e.getScreenY());
            } else {
                menu.hide();
            }
        });
        setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                menu.show(this, e.getScreenX(), e.getScreenY());
            }
        });
    }

    private void init() {
        // an invalidation, not a change: a hidden canvas never asks for the frame, so a lazily computed
        // one (the code, graph and formula's) is not computed while nobody looks
        frame.addListener((javafx.beans.InvalidationListener) obs -> redraw());
        visibleProperty().addListener((obs, was, is) -> redraw());
        zoom.addListener((obs, was, is) -> redraw());
    }

    /**
     * This canvas in a scroll pane, for a picture that lays itself out for its size but needs some room
     * to keep its text readable ({@link Plot#roomNeeded}): when the pane is smaller, the picture is drawn
     * at the size it needs and scrolls (the last resort: it never draws its text smaller).
     */
    public ScrollPane scrolling() {
        if (scroller == null) {
            scroller = new ScrollPane(this);
            scroller.setFitToWidth(true);
            scroller.setFitToHeight(true);
            scroller.getStyleClass().add("plot-scroll");
            scroller.viewportBoundsProperty().addListener((obs, was, is) -> redraw());
        }
        return scroller;
    }

    /** How much larger than in a saved picture the plot is drawn on screen (1 to 2.5). */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public Plot plot() {
        return plot;
    }

    /** How many screen pixels one of the plot's own pixels takes (the zoom, at least 1). */
    public double scale() {
        return Math.max(1, zoom.get());
    }

    /** The width the plot is laid out at, in its own pixels (the zoom undone): what its axes are fitted to. */
    public double plotWidth() {
        return canvas.getWidth() / scale();
    }

    /** The height the plot is laid out at, in its own pixels. */
    public double plotHeight() {
        return canvas.getHeight() / scale();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth()), h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            redraw();
        }
    }

    /** Paints the current frame now (skipped while hidden, e.g. in a tab that is not selected). */
    public void redraw() {
        dirty = true;
        if (!isShowing() || frame.getValue() == null || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        long start = System.nanoTime();
        double z = Math.max(1, zoom.get());
        graphics.setTransform(new AffineTransform());
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        painted = frame.getValue();
        if (scroller != null && needsOtherRoom(z)) {
            return;   // laid out again at the new size, then painted
        }
        graphics.scale(z, z);
        plot.draw(graphics, canvas.getWidth() / z, canvas.getHeight() / z, painted);
        dirty = false;
        lastDrawNanos = System.nanoTime() - start;
    }

    // the room the picture needs in the scroll pane's viewport: set as the minimum size, true if it changed
    private boolean needsOtherRoom(double z) {
        var view = scroller.getViewportBounds();
        double[] room = plot.roomNeeded(graphics, Math.floor(view.getWidth() / z), Math.floor(view.getHeight() / z), painted);
        double w = room == null ? 120 : Math.ceil(room[0] * z), h = room == null ? 100 : Math.ceil(room[1] * z);
        if (w == getMinWidth() && h == getMinHeight()) {
            return false;
        }
        setMinSize(w, h);
        return true;
    }

    /** The frame the canvas shows now (null before its first paint): what a student sees, for tests. */
    public PlotFrame paintedFrame() {
        return painted;
    }

    /** How long the last repaint took (for the frame-time benchmark). */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }

    private boolean isShowing() {
        if (getScene() == null) {
            return false;
        }
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Writes what this canvas shows as SVG, at its size on screen; false (and the reason shown) when it failed. */
    public boolean saveSvg(Path path) {
        try {
            PlotImages.writeSvg(plot, frame.getValue(), (int) Math.round(canvas.getWidth()),
                    (int) Math.round(canvas.getHeight()), path);
            return true;
        } catch (IOException | RuntimeException e) {
            SaveLocation.showError(getScene(), path, e, language());
            return false;
        }
    }

    // the words of this canvas's menu and notices: in the language of the frame it draws
    private Language language() {
        return frame.getValue() == null ? Language.EN : frame.getValue().language();
    }

    private javafx.beans.binding.StringBinding words(String key, Object... args) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> language().text(key, args), frame);
    }

    private void askAndSave(int scale) {
        saveLocation.ask(getScene() == null ? null : getScene().getWindow(), plot.name() + "@" + scale + "x.png")
                .ifPresent(path -> {
                    if (savePng(path, scale)) {
                        SavedNotice.show(getScene(), path, language());
                    }
                });
    }

    /** Writes what this canvas shows, {@code scale} times its size on screen; false (and the reason shown) when it failed. */
    public boolean savePng(Path path, double scale) {
        try {
            PlotImages.writePng(plot, frame.getValue(), (int) Math.round(canvas.getWidth()),
                    (int) Math.round(canvas.getHeight()), scale, path);
            return true;
        } catch (IOException | RuntimeException e) {
            SaveLocation.showError(getScene(), path, e, language());
            return false;
        }
    }
}
