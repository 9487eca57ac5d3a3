package dev.descentfx.ui.run;

import dev.descentfx.data.CsvFile;
import dev.descentfx.data.CsvProblem;
import dev.descentfx.data.CsvTable;
import dev.descentfx.data.SplitColumn;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.Split;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Open CSV data…": the file chosen, how it is written (in words), its first rows, the column
 * for x and the one for y, and what is wrong, if anything. The file is read off the window's
 * thread ({@code worker}); what the read found comes back through {@code ui} (the JavaFX thread
 * in the window, the test's own thread in a test), with the bytes read so far while it goes on.
 * Nothing reaches the run until {@link #use()}, which goes through {@link DescentViewModel#useData}:
 * a file that cannot be read, a Cancel, or a column that is not numbers leaves the run as it was.
 * Part of the ViewModel: no toolkit.
 */
public final class ImportForm {
    /** The data rows the preview shows under the column names. */
    public static final int PREVIEW_ROWS = 8;

    private final DescentViewModel vm;
    private final Executor worker;
    private final Executor ui;

    // Properties
    /** The file whose table (or problem) is shown; null before the first read ends. */
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    /** The file as read, or null (none yet, or it could not be read). */
    private final ReadOnlyObjectWrapper<CsvTable> table = new ReadOnlyObjectWrapper<>(this, "table");
    /** The reader's sentence on why {@link #file} cannot be read (file, line, column, what to do), or "". */
    private final ReadOnlyStringWrapper readProblem = new ReadOnlyStringWrapper(this, "readProblem", "");
    /** The file being read now, or null. */
    private final ReadOnlyObjectWrapper<Path> reading = new ReadOnlyObjectWrapper<>(this, "reading");
    /** How much of {@link #reading} is read, 0 to 1. */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final StringProperty x = new SimpleStringProperty(this, "x");
    private final StringProperty y = new SimpleStringProperty(this, "y");
    /** The column that marks the test rows (train/test or 0/1), or "" to train on every row. */
    private final StringProperty testColumn = new SimpleStringProperty(this, "testColumn", "");
    /** The choices for {@link #testColumn}: "" (none), then the columns. */
    private final ObservableList<String> testColumns = FXCollections.observableArrayList("");

    // Derived values
    private final ObjectBinding<Choice> choice;
    private final ObjectBinding<Dataset> dataset;
    private final StringBinding problem;
    private final BooleanBinding canUse;
    private final ObjectBinding<List<ImportWords.Detail>> details;
    private final ObjectBinding<List<List<String>>> preview;

    /** What the chosen columns make: the data, or why they make none. */
    private record Choice(Dataset data, Split split, String problem) {
        Choice(Dataset data, String problem) {
            this(data, Split.none(), problem);
        }
    }

    /**
     * @param worker runs the reads (a background thread in the window)
     * @param ui     runs what a read found, and its progress (the JavaFX thread in the window)
     */
    public ImportForm(DescentViewModel vm, Executor worker, Executor ui) {
        this.vm = vm;
        this.worker = worker;
        this.ui = ui;
        choice = Bindings.createObjectBinding(this::chosen, table, x, y, testColumn, readProblem, vm.languageProperty());
        dataset = Bindings.createObjectBinding(() -> choice.get().data(), choice);
        problem = Bindings.createStringBinding(() -> choice.get().problem(), choice);
        canUse = Bindings.createBooleanBinding(() -> dataset.get() != null && reading.get() == null, dataset, reading);
        details = Bindings.createObjectBinding(() -> table.get() == null ? List.of()
                : ImportWords.details(vm.languageProperty().get(), table.get()), table, vm.languageProperty());
        preview = Bindings.createObjectBinding(() -> table.get() == null ? List.of() : preview(table.get()), table);
    }

    // Properties

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CsvTable> tableProperty() { return table.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> readingProperty() { return reading.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** The columns to choose x and y from: the header's names, or 1, 2, … */
    public ObservableList<String> columns() { return FXCollections.unmodifiableObservableList(columns); }
    /** The column of the feature x (the window trains one feature; the command line takes several). */
    public StringProperty xProperty() { return x; }
    /** The column of the target y. */
    public StringProperty yProperty() { return y; }
    /** The column marking the test rows (a train/test split by column), or "" for none. */
    public StringProperty testColumnProperty() { return testColumn; }
    /** "" (no split column) and the file's columns. */
    public ObservableList<String> testColumns() { return FXCollections.unmodifiableObservableList(testColumns); }
    /** The chosen columns as float32 data, or null while something is wrong. */
    public ObjectBinding<Dataset> datasetProperty() { return dataset; }
    /** What is wrong, one sentence naming the file, line and column; "" when nothing is. */
    public StringBinding problemProperty() { return problem; }
    /** Whether "Use these data" can be pressed: the columns make data, and no read is going on. */
    public BooleanBinding canUseProperty() { return canUse; }
    /** How the file is written, in the window's words: rows, header, delimiter, decimal mark, encoding, quoting. */
    public ObjectBinding<List<ImportWords.Detail>> detailsProperty() { return details; }
    /** The first {@link #PREVIEW_ROWS} data rows as written (the header not among them: see {@link #columns()}). */
    public ObjectBinding<List<List<String>>> previewProperty() { return preview; }

    // Commands

    /** Reads {@code path} in the background; until it is read, what is shown stays (a read under way is dropped). */
    public void open(Path path) {
        cancel();
        AtomicBoolean stop = new AtomicBoolean();
        this.stop = stop;
        reading.set(path);
        progress.set(0);
        worker.execute(() -> {
            Runnable done;
            try {
                CsvTable read = CsvFile.read(path, (bytes, size) -> {
                    if (stop.get()) {
                        throw new CancellationException();
                    }
                    ui.execute(() -> {
                        if (this.stop == stop) {
                            progress.set(size == 0 ? 1 : (double) bytes / size);
                        }
                    });
                });
                done = () -> show(path, read, "");
            } catch (CancellationException e) {
                return;
            } catch (CsvProblem e) {
                done = () -> show(path, null, e.getMessage());
            } catch (OutOfMemoryError e) {
                done = () -> show(path, null, path + ": cannot read it (" + ImportWords.tooLarge(vm.languageProperty().get()) + ")");
            } catch (RuntimeException e) {
                done = () -> show(path, null, path + ": cannot read it (" + e.getMessage() + ")");
            }
            Runnable result = done;
            ui.execute(() -> {
                if (this.stop == stop && !stop.get()) {
                    this.stop = null;
                    reading.set(null);
                    result.run();
                }
            });
        });
    }

    /** Stops a read under way: what was shown before it stays, and so does the run. */
    public void cancel() {
        if (stop != null) {
            stop.set(true);
            stop = null;
        }
        reading.set(null);
        progress.set(0);
    }

    /** Trains on the chosen columns from epoch 0, the other settings kept; false (and nothing changes) while it cannot. */
    public boolean use() {
        if (!canUse.get()) {
            return false;
        }
        vm.useData(dataset.get(), choice.get().split());
        return true;
    }

    // the machinery

    /** The read under way's stop flag (only the ui thread sets this field). */
    private AtomicBoolean stop;

    private void show(Path path, CsvTable read, String why) {
        file.set(path);
        readProblem.set(why);
        table.set(read);
        List<String> names = read == null ? List.of() : read.names();
        columns.setAll(names);
        testColumns.setAll("");
        testColumns.addAll(names);
        testColumn.set("");
        String[] picked = read == null ? new String[2] : ImportWords.defaultColumns(read);
        x.set(picked[0]);
        y.set(picked[1]);
    }

    private Choice chosen() {
        CsvTable t = table.get();
        if (t == null) {
            return new Choice(null, readProblem.get());
        }
        var l = vm.languageProperty().get();
        if (t.names().size() < 2) {
            return new Choice(null, ImportWords.oneColumn(l, t));
        }
        String xName = x.get(), yName = y.get();
        if (xName == null || yName == null || !t.names().contains(xName) || !t.names().contains(yName)) {
            return new Choice(null, ImportWords.pickColumns(l));
        }
        if (xName.equals(yName)) {
            return new Choice(null, ImportWords.sameColumn(l, xName));
        }
        try {
            float[][] values = t.columns(List.of(xName, yName));
            Dataset d = Dataset.ofColumns(List.of(xName), new float[][] {values[0]}, values[1], yName);
            String part = testColumn.get();
            if (part == null || part.isEmpty() || !t.names().contains(part)) {
                return new Choice(d, "");
            }
            if (part.equals(xName) || part.equals(yName)) {
                return new Choice(null, ImportWords.testColumnUsed(l, part));
            }
            Split split = testRows(t, part);
            split.check(d.size());   // a column marking every row, or none, as test holds nothing out to test
            return new Choice(d, split, "");
        } catch (IllegalArgumentException e) {   // a CsvProblem too
            return new Choice(null, e.getMessage());
        }
    }

    /** The split column's labels read once per file and column (a second pass over the file), not on every change of x, y or the language. */
    private CsvTable labelsRead;
    private String labelsColumn;
    private Split labels;

    private Split testRows(CsvTable t, String column) {
        if (t != labelsRead || !column.equals(labelsColumn)) {
            labels = Split.mask(SplitColumn.read(t, column));   // a CsvProblem leaves the last labels as they were
            labelsRead = t;
            labelsColumn = column;
        }
        return labels;
    }

    private static List<List<String>> preview(CsvTable t) {
        List<List<String>> rows = t.head();
        return rows.subList(Math.min(rows.size(), t.dialect().header() ? 1 : 0), rows.size()).stream()
                .limit(PREVIEW_ROWS).toList();
    }
}
