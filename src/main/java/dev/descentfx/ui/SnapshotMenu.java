package dev.descentfx.ui;

import dev.descentfx.ui.plots.PlotCanvas;
import dev.descentfx.ui.plots.SaveLocation;
import dev.descentfx.ui.plots.SavedNotice;
import dev.descentfx.ui.plots.WindowSnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar's camera: every picture by its name in the lesson's words, as PNG at 1×, 2× or 4×
 * or as SVG, and the whole window as PNG. A save is confirmed with its path (see {@link SavedNotice}).
 */
final class SnapshotMenu extends MenuButton {
    /** The names people use for the pictures (the CLI's names are for typing). */
    static final Map<String, String> HUMAN_NAMES = Map.of("cost-curve", "Cost curve", "fitted-line", "Fitted line",
            "contour", "Contour", "cost-history", "Cost per epoch", "code", "Code", "graph", "Graph", "formula", "Formulas");
    static final String WHOLE_WINDOW = "Whole window";
    private static final int[] SCALES = {1, 2, 4};

    private final Node owner;
    private final SaveLocation saveLocation;

    SnapshotMenu(Node owner, SaveLocation saveLocation) {
        this.owner = owner;
        this.saveLocation = saveLocation;
        setId("snapshotMenu");
        setGraphic(new FontIcon("mdi2c-camera"));
        setTooltip(new Tooltip("Save a picture: a plot as PNG or SVG, or the whole window as PNG"));
        setFocusTraversable(false);
    }

    /** One submenu per picture, in the order given, then the whole window. */
    void fill(List<PlotCanvas> canvases) {
        for (PlotCanvas canvas : canvases) {
            String name = canvas.plot().name();
            Menu menu = new Menu(HUMAN_NAMES.getOrDefault(name, name));
            for (int scale : SCALES) {
                menu.getItems().add(item("PNG " + scale + "\u00d7", name + "@" + scale + "x.png",
                        path -> canvas.savePng(path, scale)));
            }
            menu.getItems().add(item("SVG", name + ".svg", canvas::saveSvg));
            getItems().add(menu);
        }
        Menu window = new Menu(WHOLE_WINDOW);
        for (int scale : SCALES) {
            MenuItem item = item("PNG " + scale + "\u00d7", "descentfx-window@" + scale + "x.png", path -> {
                try {
                    WindowSnapshot.writePng(owner.getScene(), scale, path);
                    return true;
                } catch (IOException | RuntimeException ex) {
                    SaveLocation.showError(owner.getScene(), path, ex);
                    return false;
                }
            });
            item.setId("windowPng" + scale + "x");
            window.getItems().add(item);
        }
        getItems().add(window);
    }

    private MenuItem item(String text, String suggestedName, Writer writer) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> saveLocation.ask(owner.getScene().getWindow(), suggestedName).ifPresent(path -> {
            if (writer.write(path)) {
                SavedNotice.show(owner.getScene(), path);
            }
        }));
        return item;
    }

    @FunctionalInterface
    private interface Writer {
        boolean write(Path path);
    }
}
