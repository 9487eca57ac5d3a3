package dev.descentfx.ui.run;

import dev.descentfx.training.Dataset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The data's history, and the edits of the points on the fitted-line chart: add, move, remove,
 * undo, redo. Part of the ViewModel, no toolkit. Every change of the data, whatever door it came
 * through (a point edited here, {@link DescentViewModel#useData} from an import or a split, a run
 * started on other data by the Make data form or a lesson run), is one step here
 * ({@link #changed}), so Ctrl+Z after an import brings the old data back. A drag is one step however
 * many times the mouse moved. Undo and redo put data back through {@link DescentViewModel#useData}:
 * the other settings stay as they are, and the run starts again from epoch 0.
 *
 * <p>Only data with one feature are edited here (the window trains one); others refuse with a reason.
 */
public final class DataEdits {
    /** How many steps back are kept (each holds a whole data set). */
    static final int MAX_STEPS = 100;
    /**
     * How many examples the steps back may hold together (about 110 MB as rows of float32): with a
     * million points only the last few steps are kept, always at least one.
     */
    static final long MAX_EXAMPLES = 4_000_000;

    private final DescentViewModel vm;
    private final Deque<Dataset> undo = new ArrayDeque<>();
    private final Deque<Dataset> redo = new ArrayDeque<>();
    private Dataset dragStart;     // the data a drag began on, while one goes on
    private boolean applying;      // undo, redo or a drag's move is going in: not a new step

    // Properties
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper dragging = new ReadOnlyBooleanWrapper(this, "dragging");
    /** The example last added, moved or pressed on: Delete removes it when the mouse is over none. */
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    /** The example under the mouse (what a click or Delete acts on), or −1. */
    private final ReadOnlyIntegerWrapper pointed = new ReadOnlyIntegerWrapper(this, "pointed", -1);
    /** The sentence key (and its arguments) of why the last edit was refused, or null. */
    private final ReadOnlyObjectWrapper<List<Object>> refusal = new ReadOnlyObjectWrapper<>(this, "refusal");
    private final BooleanBinding editable;
    private final StringBinding whyNotEditable;
    private final StringBinding note;

    DataEdits(DescentViewModel vm) {
        this.vm = vm;
        editable = Bindings.createBooleanBinding(() -> data().features() == 1, vm.settingsProperty());
        whyNotEditable = Bindings.createStringBinding(() -> editable.get() ? ""
                : vm.languageProperty().get().text("edit.off", data().features()), editable, vm.languageProperty());
        note = Bindings.createStringBinding(() -> {
            List<Object> r = refusal.get();
            return r == null ? "" : vm.languageProperty().get().text((String) r.get(0), r.subList(1, r.size()).toArray());
        }, refusal, vm.languageProperty());
    }

    // Properties

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    /** A point is being dragged: the chart keeps its axes until it is let go. */
    public ReadOnlyBooleanProperty draggingProperty() { return dragging.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty pointedProperty() { return pointed.getReadOnlyProperty(); }
    /** Points can be edited: the data have one feature. */
    public BooleanBinding editableProperty() { return editable; }
    /** Why points cannot be edited ("… these data have 3 features"), or empty. */
    public StringBinding whyNotEditableProperty() { return whyNotEditable; }
    /** Why the last edit was refused (the last point, several features), in the window's language; empty after one that went in. */
    public StringBinding noteProperty() { return note; }

    /** The data in force. */
    public Dataset data() {
        return vm.settingsProperty().get().data();
    }

    // Commands

    /** Adds the example (x, y) at the end; it becomes the selected one. False (and a note) if refused. */
    public boolean add(double x, double y) {
        if (!allowed(x, y)) {
            return false;
        }
        Dataset d = data();
        float[] xs = new float[d.size() + 1], ys = new float[d.size() + 1];
        for (int i = 0; i < d.size(); i++) {
            xs[i] = d.x(i, 0);
            ys[i] = d.y(i);
        }
        xs[d.size()] = (float) x;
        ys[d.size()] = (float) y;
        use(oneFeature(xs, ys, d), d.size());
        return true;
    }

    /** Puts example {@code i} at (x, y); it becomes the selected one. During a drag this is part of the drag's one step. */
    public boolean move(int i, double x, double y) {
        if (!allowed(x, y) || i < 0 || i >= data().size()) {
            return false;
        }
        Dataset d = data();
        float[] xs = new float[d.size()], ys = new float[d.size()];
        for (int j = 0; j < d.size(); j++) {
            xs[j] = j == i ? (float) x : d.x(j, 0);
            ys[j] = j == i ? (float) y : d.y(j);
        }
        use(oneFeature(xs, ys, d), i);
        return true;
    }

    /** Removes example {@code i}; the last one stays (the data cannot be empty) and the note says so. */
    public boolean remove(int i) {
        Dataset d = data();
        if (!allowed(0, 0) || i < 0 || i >= d.size()) {
            return false;
        }
        if (d.size() == 1) {
            refuse("edit.lastPoint");
            return false;
        }
        float[] xs = new float[d.size() - 1], ys = new float[d.size() - 1];
        for (int j = 0, k = 0; j < d.size(); j++) {
            if (j != i) {
                xs[k] = d.x(j, 0);
                ys[k++] = d.y(j);
            }
        }
        use(oneFeature(xs, ys, d), -1);
        return true;
    }

    /** Delete: removes the example under the mouse, else the selected one; false when there is neither. */
    public boolean removeSelected() {
        int i = pointed.get() >= 0 ? pointed.get() : selected.get();
        return i >= 0 && remove(i);
    }

    /** The note has been read (it went after a few seconds): it goes. */
    public void clearNote() {
        refusal.set(null);
    }

    /** The mouse is over example {@code i} (−1: over none). */
    public void point(int i) {
        pointed.set(i >= 0 && i < data().size() ? i : -1);
    }

    /** Starts dragging example {@code i}: the moves until {@link #endDrag} are one step. */
    public boolean beginDrag(int i) {
        if (!editable.get() || i < 0 || i >= data().size()) {
            return false;
        }
        endDrag();
        dragStart = data();
        selected.set(i);
        refusal.set(null);
        dragging.set(true);
        return true;
    }

    /** Moves the dragged example to (x, y): the run starts again from epoch 0 on the moved data. */
    public void dragTo(double x, double y) {
        if (dragStart != null) {
            applying = true;
            try {
                move(selected.get(), x, y);
            } finally {
                applying = false;
            }
        }
    }

    /** Lets the dragged example go: one step back to where it was pressed (none if it did not move). */
    public void endDrag() {
        if (dragStart != null) {
            Dataset before = dragStart;
            dragStart = null;
            int dragged = selected.get();
            dragging.set(false);
            changed(before, data());
            selected.set(dragged);   // Delete now removes the point just let go
        }
    }

    /** Puts the data before the last change back (the settings stay), from epoch 0. */
    public void undo() {
        endDrag();
        if (!undo.isEmpty()) {
            Dataset now = data();
            apply(undo.pop());
            redo.push(now);
            update();
        }
    }

    /** Puts the undone change back. */
    public void redo() {
        endDrag();
        if (!redo.isEmpty()) {
            Dataset now = data();
            apply(redo.pop());
            undo.push(now);
            update();
        }
    }

    // the machinery

    /** The ViewModel starts a run on other data (any door): {@code before} becomes one step back. */
    void changed(Dataset before, Dataset after) {
        if (applying || dragStart != null || before == after || before.equals(after)) {
            return;
        }
        undo.push(before);
        redo.clear();
        while (undo.size() > MAX_STEPS || (undo.size() > 1 && examples(undo) > MAX_EXAMPLES)) {
            undo.removeLast();
        }
        selected.set(-1);
        pointed.set(-1);
        update();
    }

    private void use(Dataset next, int select) {
        vm.useData(next);
        selected.set(select);
        pointed.set(-1);
        refusal.set(null);
    }

    private void apply(Dataset d) {
        applying = true;
        try {
            vm.useData(d);
        } finally {
            applying = false;
        }
        selected.set(-1);
        pointed.set(-1);
        refusal.set(null);
    }

    private boolean allowed(double x, double y) {
        if (!editable.get()) {
            refuse("edit.off", data().features());
            return false;
        }
        if (!Float.isFinite((float) x) || !Float.isFinite((float) y)) {
            refuse("edit.notFinite");
            return false;
        }
        return true;
    }

    /** The examples (xs, ys) under the column names of {@code like}. */
    private static Dataset oneFeature(float[] xs, float[] ys, Dataset like) {
        float[][] rows = new float[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            rows[i] = new float[] {xs[i]};
        }
        return new Dataset(like.featureNames(), rows, ys, like.targetName());
    }

    private void refuse(String key, Object... args) {
        List<Object> r = new java.util.ArrayList<>();
        r.add(key);
        r.addAll(List.of(args));
        refusal.set(List.copyOf(r));
    }

    private static long examples(Deque<Dataset> steps) {
        return steps.stream().mapToLong(Dataset::size).sum();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
