package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.controls.Tips;
import dev.descentfx.ui.plots.PlotCanvas;
import dev.descentfx.ui.plots.SaveLocation;
import dev.descentfx.ui.plots.SavedNotice;
import dev.descentfx.ui.plots.WindowSnapshot;
import dev.descentfx.export.SafeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
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
        getItems().add(new SeparatorMenuItem());
        List<dev.descentfx.plot.Plot> runPlots = canvases.stream().map(PlotCanvas::plot)
                .filter(p -> RUN_PLOTS.contains(p.name())).toList();
        getItems().add(action("gif", () -> GifDialog.open(owner, vm, runPlots, saveLocation)));
        getItems().add(fileItem("script", "descentfx-run.py", path -> SafeFile.write(path, out -> out.write(
                RunFiles.script(vm).getBytes(StandardCharsets.UTF_8)))));
        getItems().add(fileItem("history", "descentfx-epochs.csv", path -> SafeFile.write(path, out -> RunFiles.history(vm, out))));
    }

    /** The four pictures of the run an animation can show. */
    private static final List<String> RUN_PLOTS = List.of("cost-curve", "fitted-line", "contour", "cost-history");

    private MenuItem action(String key, Runnable run) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(vm.text(PICTURE + key));
        item.setId(key + "Item");
        item.setOnAction(e -> run.run());
        return item;
    }

    /** A file of the run (not a picture): asked where, written whole, confirmed or its failure shown. */
    private MenuItem fileItem(String key, String suggestedName, FileWriter writer) {
        return action(key, () -> saveLocation.ask(owner.getScene().getWindow(), suggestedName).ifPresent(path -> {
            try {
                writer.write(path);
                SavedNotice.show(owner.getScene(), path, vm.languageProperty().get());
            } catch (IOException | RuntimeException ex) {
                SaveLocation.showError(owner.getScene(), path, ex, vm.languageProperty().get());
            }
        }));
    }

    @FunctionalInterface
    private interface FileWriter {
        void write(Path path) throws IOException;
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
