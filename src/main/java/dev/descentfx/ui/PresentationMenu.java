package dev.descentfx.ui;

import dev.descentfx.ui.controls.TwoWay;
import dev.descentfx.ui.run.Presentation;
import dev.descentfx.ui.run.Theme;
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
 * The toolbar's projector menu (zoom, full screen, side panel, light or dark theme) and its
 * side-panel button. Each item shows the presentation's state and calls its command.
 */
final class PresentationMenu extends MenuButton {
    private final Presentation presentation;
    private final ToggleButton sidePanelButton = new ToggleButton();

    PresentationMenu(Presentation presentation) {
        this.presentation = presentation;
        createView();
    }

    private void createView() {
        setId("presentationMenu");
        setGraphic(new FontIcon("mdi2p-projector-screen"));
        setTooltip(new Tooltip("Presentation: zoom, full screen, side panel, theme"));
        setFocusTraversable(false);
        // the zoom is written beside the icon once it is not 100 %
        textProperty().bind(Bindings.createStringBinding(() -> presentation.zoomPercentProperty().get() == Presentation.MIN_ZOOM
                ? "" : presentation.zoomPercentProperty().get() + " %", presentation.zoomPercentProperty()));

        MenuItem zoomIn = item("Larger", "Ctrl+=", presentation::zoomIn);
        zoomIn.disableProperty().bind(presentation.zoomPercentProperty().greaterThanOrEqualTo(Presentation.MAX_ZOOM));
        MenuItem zoomOut = item("Smaller", "Ctrl+\u2212", presentation::zoomOut);
        zoomOut.disableProperty().bind(presentation.zoomPercentProperty().lessThanOrEqualTo(Presentation.MIN_ZOOM));
        MenuItem actual = item("Actual size (100 %)", "Ctrl+0", presentation::resetZoom);

        CheckMenuItem fullScreen = new CheckMenuItem("Full screen (F11, Esc leaves)");
        TwoWay.bind(fullScreen.selectedProperty(), presentation.fullScreenProperty(), on -> {
            if (on != presentation.fullScreenProperty().get()) {
                presentation.toggleFullScreen();
            }
        });
        CheckMenuItem side = new CheckMenuItem("Hide the side panel (H)");
        side.setId("hideSidePanelItem");
        TwoWay.bind(side.selectedProperty(), presentation.sidePanelHiddenProperty(), on -> {
            if (on != presentation.sidePanelHiddenProperty().get()) {
                presentation.toggleSidePanel();
            }
        });

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = theme("Light projector theme", Theme.LIGHT, themes);
        RadioMenuItem dark = theme("Dark projector theme (plots stay on their light card)", Theme.DARK, themes);
        getItems().addAll(zoomIn, zoomOut, actual, new SeparatorMenuItem(), fullScreen, side, new SeparatorMenuItem(),
                light, dark);

        sidePanelButton.setId("sidePanelButton");
        sidePanelButton.setGraphic(new FontIcon("mdi2d-dock-right"));
        sidePanelButton.setTooltip(new Tooltip("Show / hide the side panel (H)"));
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
    private static MenuItem item(String text, String keys, Runnable command) {
        MenuItem item = new MenuItem(text + "  (" + keys + ")");
        item.setOnAction(e -> command.run());
        return item;
    }

    private RadioMenuItem theme(String text, Theme t, ToggleGroup group) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        TwoWay.bind(item.selectedProperty(), presentation.themeProperty(), now -> now == t, on -> {
            if (on) {
                presentation.setTheme(t);
            }
        });
        return item;
    }
}
