package dev.descentfx.ui;

import javafx.scene.control.Menu;
import dev.descentfx.i18n.Language;
import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.controls.Tips;
import dev.descentfx.ui.controls.TwoWay;
import dev.descentfx.ui.run.Presentation;
import dev.descentfx.plot.Theme;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar's projector menu (zoom, full screen, side panel, the theme, the language) and its
 * side-panel button. Each item shows the presentation's state and calls its command.
 */
final class PresentationMenu extends MenuButton {
    private final DescentViewModel vm;
    private final Presentation presentation;
    private final ToggleButton sidePanelButton = new ToggleButton();

    PresentationMenu(DescentViewModel vm) {
        this.vm = vm;
        this.presentation = vm.presentation();
        createView();
    }

    private void createView() {
        setId("presentationMenu");
        setGraphic(new FontIcon("mdi2p-projector-screen"));
        setTooltip(Tips.of(vm.text("presentation.tip")));
        setFocusTraversable(false);
        // the zoom is written beside the icon once it is not 100 %
        textProperty().bind(Bindings.createStringBinding(() -> presentation.zoomPercentProperty().get() == Presentation.MIN_ZOOM
                ? "" : presentation.zoomPercentProperty().get() + " %", presentation.zoomPercentProperty()));

        MenuItem zoomIn = item("presentation.larger", "Ctrl+=", presentation::zoomIn);
        zoomIn.disableProperty().bind(presentation.zoomPercentProperty().greaterThanOrEqualTo(Presentation.MAX_ZOOM));
        MenuItem zoomOut = item("presentation.smaller", "Ctrl+\u2212", presentation::zoomOut);
        zoomOut.disableProperty().bind(presentation.zoomPercentProperty().lessThanOrEqualTo(Presentation.MIN_ZOOM));
        MenuItem actual = item("presentation.actualSize", "Ctrl+0", presentation::resetZoom);

        CheckMenuItem fullScreen = new CheckMenuItem();
        fullScreen.textProperty().bind(vm.text("presentation.fullScreen"));
        TwoWay.bind(fullScreen.selectedProperty(), presentation.fullScreenProperty(), on -> {
            if (on != presentation.fullScreenProperty().get()) {
                presentation.toggleFullScreen();
            }
        });
        CheckMenuItem side = new CheckMenuItem();
        side.textProperty().bind(vm.text("presentation.hideSide"));
        side.setId("hideSidePanelItem");
        TwoWay.bind(side.selectedProperty(), presentation.sidePanelHiddenProperty(), on -> {
            if (on != presentation.sidePanelHiddenProperty().get()) {
                presentation.toggleSidePanel();
            }
        });

        CheckMenuItem reducedMotion = new CheckMenuItem();   // issue 12: steps jump, no slides
        reducedMotion.textProperty().bind(vm.text("presentation.reducedMotion"));
        reducedMotion.setId("reducedMotionItem");
        TwoWay.bind(reducedMotion.selectedProperty(), presentation.reducedMotionProperty(), presentation::setReducedMotion);

        ToggleGroup themes = new ToggleGroup();
        getItems().addAll(zoomIn, zoomOut, actual, new SeparatorMenuItem(), fullScreen, side, reducedMotion,
                new SeparatorMenuItem(),
                theme("presentation.light", Theme.LIGHT, themes), theme("presentation.dark", Theme.DARK, themes),
                theme("presentation.projectorLight", Theme.PROJECTOR_LIGHT, themes),
                theme("presentation.projectorDark", Theme.PROJECTOR_DARK, themes), new SeparatorMenuItem(), languages());

        sidePanelButton.setId("sidePanelButton");
        sidePanelButton.setGraphic(new FontIcon("mdi2d-dock-right"));
        sidePanelButton.setTooltip(Tips.of(vm.text("presentation.sideButton.tip")));
        sidePanelButton.setFocusTraversable(false);
        TwoWay.bind(sidePanelButton.selectedProperty(), presentation.sidePanelHiddenProperty(), hidden -> !hidden,
                pressed -> {
                    if (pressed == presentation.sidePanelHiddenProperty().get()) {
                        presentation.toggleSidePanel();
                    }
                });
    }

    /** Pressed while the side panel is shown. */
    ToggleButton sidePanelButton() {
        return sidePanelButton;
    }

    // The keys are written in the text, not set as accelerators: KeyboardShortcuts handles them
    // (an accelerator would also fire while a number is typed into a field).
    private MenuItem item(String key, String keys, Runnable command) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(vm.text(key, keys));
        item.setOnAction(e -> command.run());
        return item;
    }

    /**
     * Language / 언어: English or Korean, switched at once; the run stays. The menu's own name is in
     * both languages, and each item in its own, so a teacher finds it whichever one is showing.
     */
    private Menu languages() {
        Menu menu = new Menu();
        menu.setId("languageMenu");
        menu.textProperty().bind(vm.text("presentation.language"));
        ToggleGroup group = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem();
            item.setId("language-" + l.name().toLowerCase(java.util.Locale.ROOT));
            item.textProperty().bind(vm.text("language." + l.name().toLowerCase(java.util.Locale.ROOT)));
            item.setToggleGroup(group);
            TwoWay.bind(item.selectedProperty(), vm.languageProperty(), now -> now == l, on -> {
                if (on) {
                    vm.setLanguage(l);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private RadioMenuItem theme(String key, Theme t, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem();
        item.setId("theme-" + t);   // theme-light, theme-projector-dark, …
        item.textProperty().bind(vm.text(key));
        item.setToggleGroup(group);
        TwoWay.bind(item.selectedProperty(), presentation.themeProperty(), now -> now == t, on -> {
            if (on) {
                presentation.setTheme(t);
            }
        });
        return item;
    }
}
