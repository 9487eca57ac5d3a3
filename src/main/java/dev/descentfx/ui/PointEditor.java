package dev.descentfx.ui;

import dev.descentfx.plot.Axes;
import dev.descentfx.plot.FittedLinePlot;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.plot.PointPicker;
import dev.descentfx.ui.plots.PlotCanvas;
import dev.descentfx.ui.run.DataEdits;
import dev.descentfx.ui.run.DescentViewModel;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The mouse on the fitted-line chart: a click on empty chart adds a point there, a press on a point
 * and a drag moves it (the axes stay put until it is let go), a right-click on a point removes it
 * (elsewhere it opens the save menu as on every plot). The cursor says what a click will do and the
 * point under it is ringed. Only delegates: pixels become data through {@link PointPicker} on the
 * axes the chart is drawn on, and every change goes to {@link DataEdits}.
 */
final class PointEditor {
    /** How near the mouse must be to a point to take it, in the plot's own pixels. */
    static final double REACH = 10;

    private final PlotCanvas canvas;
    private final FittedLinePlot plot;
    private final DescentViewModel vm;
    private final DataEdits data;
    private boolean lastPressAdded;
    private int ringed = -1;   // a double-click's first click added a point: the second takes it back

    private PointEditor(PlotCanvas canvas, DescentViewModel vm) {
        this.canvas = canvas;
        this.plot = (FittedLinePlot) canvas.plot();
        this.vm = vm;
        this.data = vm.data();
    }

    /** Lets the points of {@code canvas} (a fitted-line chart) be edited with the mouse. */
    static void attach(PlotCanvas canvas, DescentViewModel vm) {
        PointEditor editor = new PointEditor(canvas, vm);
        canvas.addEventFilter(MouseEvent.MOUSE_MOVED, editor::moved);
        canvas.addEventFilter(MouseEvent.MOUSE_EXITED, e -> editor.pointAt(-1));
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, editor::pressed);
        canvas.addEventFilter(MouseEvent.MOUSE_DRAGGED, editor::dragged);
        canvas.addEventFilter(MouseEvent.MOUSE_RELEASED, editor::released);
        // the ring follows the point a click would take: the dragged one while dragging, else the one under the mouse
        javafx.beans.InvalidationListener ring = obs -> editor.ring();
        editor.data.pointedProperty().addListener(ring);
        editor.data.draggingProperty().addListener(ring);
        editor.data.selectedProperty().addListener(ring);
    }

    private void ring() {
        int i = data.draggingProperty().get() ? data.selectedProperty().get() : data.pointedProperty().get();
        if (i != ringed) {
            ringed = i;
            plot.highlight(i);
            canvas.redraw();
        }
    }

    private PlotFrame frame() {
        return canvas.paintedFrame() != null ? canvas.paintedFrame() : vm.frameProperty().get();
    }

    private Axes axes() {
        return plot.axesShown(frame(), canvas.plotWidth(), canvas.plotHeight());
    }

    private double px(MouseEvent e) {
        return e.getX() / canvas.scale();
    }

    private double py(MouseEvent e) {
        return e.getY() / canvas.scale();
    }

    /** The example under the mouse, or −1. */
    private int hit(MouseEvent e) {
        return PointPicker.pointAt(axes(), frame().data(), px(e), py(e), REACH);
    }

    private void moved(MouseEvent e) {
        if (!data.editableProperty().get()) {
            canvas.setCursor(Cursor.DEFAULT);
            pointAt(-1);
            return;
        }
        int i = hit(e);
        pointAt(i);
        canvas.setCursor(i >= 0 ? Cursor.HAND : axes().contains(px(e), py(e)) ? Cursor.CROSSHAIR : Cursor.DEFAULT);
    }

    private void pointAt(int i) {
        data.point(i);
    }

    private void pressed(MouseEvent e) {
        int i = hit(e);
        if (e.getButton() == MouseButton.SECONDARY) {
            if (i >= 0 && data.editableProperty().get()) {
                canvas.requestFocus();
                data.remove(i);
                pointAt(-1);
                e.consume();   // not the save menu
            }
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() == 2) {
            if (lastPressAdded) {
                data.undo();   // a double-click maximises the chart; its first click added nothing after all
            }
            lastPressAdded = false;
            return;
        }
        lastPressAdded = false;
        Axes a = axes();
        if (i >= 0) {
            plot.holdAxes(frame(), canvas.plotWidth(), canvas.plotHeight());
            data.beginDrag(i);
        } else if (a.contains(px(e), py(e))) {
            double[] v = PointPicker.roundedDataAt(a, px(e), py(e));
            lastPressAdded = data.add(v[0], v[1]);
        }
    }

    private void dragged(MouseEvent e) {
        if (!data.draggingProperty().get()) {
            return;
        }
        Axes a = axes();
        // kept inside the held axes: the point never leaves the picture
        double x = Math.max(a.left, Math.min(a.right, px(e))), y = Math.max(a.top, Math.min(a.bottom, py(e)));
        double[] v = PointPicker.roundedDataAt(a, x, y);
        data.dragTo(v[0], v[1]);
        e.consume();
    }

    private void released(MouseEvent e) {
        if (data.draggingProperty().get()) {
            data.endDrag();
            plot.releaseAxes();
            canvas.redraw();   // the axes fit the moved data again
        }
    }
}
