package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.controls.Tips;
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
    /** The names people use for the pictures are the sentences picture.NAME (the CLI's names are for typing). */
    static final String PICTURE = "picture.";
    private static final int[] SCALES = {1, 2, 4};

    private final Node owner;
    private final SaveLocation saveLocation;
    private final DescentViewModel vm;

    SnapshotMenu(Node owner, SaveLocation saveLocation, DescentViewModel vm) {
        this.owner = owner;
        this.saveLocation = saveLocation;
        this.vm = vm;
        setId("snapshotMenu");
        setGraphic(new FontIcon("mdi2c-camera"));
        setTooltip(Tips.of(vm.text("toolbar.snapshot.tip")));
        setFocusTraversable(false);
    }

    /** One submenu per picture, in the order given, then the whole window. */
    void fill(List<PlotCanvas> canvases) {
        for (PlotCanvas canvas : canvases) {
            String name = canvas.plot().name();
            Menu menu = new Menu();
            menu.textProperty().bind(vm.text(PICTURE + name));
            for (int scale : SCALES) {
                menu.getItems().add(item("PNG " + scale + "\u00d7", name + "@" + scale + "x.png",
                        path -> canvas.savePng(path, scale)));
            }
            menu.getItems().add(item("SVG", name + ".svg", canvas::saveSvg));
            getItems().add(menu);
        }
        Menu window = new Menu();
        window.textProperty().bind(vm.text(PICTURE + "window"));
        for (int scale : SCALES) {
            MenuItem item = item("PNG " + scale + "\u00d7", "descentfx-window@" + scale + "x.png", path -> {
                try {
                    WindowSnapshot.writePng(owner.getScene(), scale, path);
                    return true;
                } catch (IOException | RuntimeException ex) {
                    SaveLocation.showError(owner.getScene(), path, ex, vm.languageProperty().get());
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
                SavedNotice.show(owner.getScene(), path, vm.languageProperty().get());
            }
        }));
        return item;
    }

    @FunctionalInterface
    private interface Writer {
        boolean write(Path path);
    }
}
