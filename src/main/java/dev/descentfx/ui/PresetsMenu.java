package dev.descentfx.ui;

import dev.descentfx.training.LessonPreset;
import dev.descentfx.ui.controls.TwoWay;
import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.Presets;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lesson's runs, the one in force checked, Make data…, Open CSV data…, and the start screen again: a menu at the top of
 * the projector menu (the toolbar has no room left at 1024×768). Each item shows the presets'
 * state and calls their command.
 */
final class PresetsMenu extends Menu {
    private final DescentViewModel vm;
    private final Presets presets;

    PresetsMenu(DescentViewModel vm) {
        this.vm = vm;
        this.presets = vm.presets();
        createView();
    }

    private void createView() {
        setId("presetsMenu");
        setGraphic(new FontIcon("mdi2s-school-outline"));
        textProperty().bind(vm.text("preset.menu"));
        for (LessonPreset p : LessonPreset.values()) {
            getItems().add(item(p));
        }
        MenuItem makeData = new MenuItem();
        makeData.setId("makeData");
        makeData.textProperty().bind(vm.text("generate.menu"));
        makeData.setOnAction(e -> new DataDialog(vm, mainWindow()).open());
        MenuItem openCsv = new MenuItem();
        openCsv.setId("openCsv");
        openCsv.textProperty().bind(vm.text("import.menu"));
        openCsv.setOnAction(e -> ImportDialog.choose(vm, mainWindow()));
        MenuItem chooser = new MenuItem();
        chooser.setId("showPresetChooser");
        chooser.textProperty().bind(vm.text("preset.showChooser"));
        chooser.setOnAction(e -> presets.showChooser());
        getItems().addAll(new SeparatorMenuItem(), makeData, openCsv, chooser);
    }

    /**
     * The window under the menus: the projector menu may sit in the toolbar's » menu, itself a
     * pop-up that closes with it, and a dialog owned by a closed window never shows.
     */
    private Window mainWindow() {
        Window w = getParentPopup().getOwnerWindow();
        while (w instanceof PopupWindow popup && popup.getOwnerWindow() != null) {
            w = popup.getOwnerWindow();
        }
        return w;
    }

    /**
     * Checked while {@code p}'s run is in force; choosing it (even when checked) starts it again
     * from epoch 0.
     */
    private RadioMenuItem item(LessonPreset p) {
        RadioMenuItem item = new RadioMenuItem();
        item.setId("preset-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        item.textProperty().bind(presets.name(p));
        TwoWay.bind(item.selectedProperty(), presets.currentProperty(), now -> now == p, clicked -> { });
        item.setOnAction(e -> presets.choose(p));
        return item;
    }
}
