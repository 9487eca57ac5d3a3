package dev.descentfx.ui;

import dev.descentfx.ui.run.BigPlot;
import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.Panel;
import dev.descentfx.ui.run.Presentation;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Space, arrows (with Shift: one call of the loop), R, L, + and −, F1: caught before any control so that sliders and buttons do not
 * eat them. While a typed field has the keys they are text; the field's Esc gives them back
 * (see {@code NumberField}). Presentation: F11, Ctrl+= / Ctrl+− / Ctrl+0 (also while typing),
 * H, 1–4, and Esc (a maximised plot goes back, then full screen ends); N nudges W. The data's keys
 * (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z, Delete) are {@link DataKeys}'.
 */
final class KeyboardShortcuts {
    private KeyboardShortcuts() {
    }

    static void install(Scene scene, DescentViewModel vm) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                vm.toggleHelp();
                e.consume();
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE && vm.helpVisibleProperty().get()) {
                vm.hideHelp();
                e.consume();
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE && vm.presets().chooserVisibleProperty().get()) {
                vm.presets().closeChooser();
                e.consume();
                return;
            }
            if (presentationKey(e, vm.presentation())) {
                e.consume();
                return;
            }
            if (vm.presets().chooserVisibleProperty().get()) {
                return;   // the start screen is up: Space, Enter and Tab are its buttons', not the run's
            }
            if (!(scene.getFocusOwner() instanceof TextInputControl) && DataKeys.handle(e, vm.data())) {
                e.consume();   // a typed field keeps its own Ctrl+Z and Backspace
                return;
            }
            if (scene.getFocusOwner() instanceof TextInputControl || e.isControlDown() || e.isAltDown()
                    || e.isMetaDown()) {
                return;   // typing a number: keys are text
            }
            if (e.getCode() == KeyCode.ESCAPE && vm.presentation().back()) {
                e.consume();
                return;
            }
            boolean handled = true;
            switch (e.getCode()) {
                case SPACE -> vm.togglePlay();
                case RIGHT -> {
                    if (e.isShiftDown()) {
                        vm.stepCall();     // one call of the loop
                    } else {
                        vm.step();         // one whole epoch
                    }
                }
                case LEFT -> {
                    if (e.isShiftDown()) {
                        vm.stepCallBack();
                    } else {
                        vm.stepBack();
                    }
                }
                case R -> vm.reset();
                case L -> vm.toggleLegend();
                case P -> vm.showPanel(Panel.PLOTS);
                case C -> vm.showPanel(Panel.CODE);
                case G -> vm.showPanel(Panel.GRAPH);
                case F -> vm.showPanel(Panel.FORMULA);
                case H -> vm.presentation().toggleSidePanel();
                case DIGIT1, DIGIT2, DIGIT3, DIGIT4, NUMPAD1, NUMPAD2, NUMPAD3, NUMPAD4 ->
                        vm.presentation().maximise(BigPlot.ofKey(e.getCode().getName().charAt(e.getCode().getName().length() - 1) - '0'));
                case N -> vm.nudgeW();
                case PLUS, ADD, EQUALS -> vm.nudgeLearningRate(+1);
                case MINUS, SUBTRACT -> vm.nudgeLearningRate(-1);
                default -> handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
    }

    /** F11 and the zoom keys: they work wherever the focus is, a typed field too. */
    private static boolean presentationKey(KeyEvent e, Presentation presentation) {
        if (e.getCode() == KeyCode.F11) {
            presentation.toggleFullScreen();
            return true;
        }
        if (!e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        switch (e.getCode()) {
            case EQUALS, PLUS, ADD -> presentation.zoomIn();
            case MINUS, SUBTRACT -> presentation.zoomOut();
            case DIGIT0, NUMPAD0 -> presentation.resetZoom();
            default -> {
                return false;
            }
        }
        return true;
    }
}
