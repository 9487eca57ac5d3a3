package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.run.Panel;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Space, arrows (with Shift: one call of the loop), R, L, + and −, F1: caught before any control so that sliders and buttons do not
 * eat them. While a typed field has the keys they are text; the field's Esc gives them back
 * (see {@code NumberField}).
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
            if (scene.getFocusOwner() instanceof TextInputControl || e.isControlDown() || e.isAltDown()
                    || e.isMetaDown()) {
                return;   // typing a number: keys are text
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
                case PLUS, ADD, EQUALS -> vm.nudgeLearningRate(+1);
                case MINUS, SUBTRACT -> vm.nudgeLearningRate(-1);
                default -> handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
    }
}
