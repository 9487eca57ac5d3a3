package dev.descentfx.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A CSV file as read: how it is written ({@link CsvDialect}), its column names, the number of
 * rows, its first rows as text (for a preview), and each column's values as float32, or for a
 * column that is not all numbers, the first cell that is not (refused when the column is asked for).
 */
public final class CsvTable {
    private final Path file;
    private final CsvDialect dialect;
    private final long headerLine;
    private final boolean quoted;
    private final List<String> names;
    private final List<List<String>> head;
    private final int rows;
    private final float[][] columns;
    private final String[] problems;
    private final long[] problemLines;

    CsvTable(Path file, CsvDialect dialect, long headerLine, boolean quoted, List<String> names, List<List<String>> head, int rows,
             float[][] columns, String[] problems, long[] problemLines) {
        this.file = file;
        this.dialect = dialect;
        this.headerLine = headerLine;
        this.quoted = quoted;
        this.names = List.copyOf(names);
        this.head = head.stream().map(List::copyOf).toList();
        this.rows = rows;
        this.columns = columns;
        this.problems = problems;
        this.problemLines = problemLines;
    }

    public Path file() {
        return file;
    }

    public CsvDialect dialect() {
        return dialect;
    }

    /** Whether any cell was written in quotes ({@code "2.5"}). */
    public boolean quoted() {
        return quoted;
    }

    /** The columns' names: the header's, or 1, 2, … when the file has no header row. */
    public List<String> names() {
        return names;
    }

    /** The number of data rows (the header and blank lines not counted). */
    public int rows() {
        return rows;
    }

    /** The first rows as written (the header first, if there is one), for a preview. */
    public List<List<String>> head() {
        return head;
    }

    /** Whether every cell of the column is a finite float32. */
    public boolean isNumeric(String name) {
        return problems[index(name)] == null;
    }

    /**
     * The columns' values, one float32 array per name (each {@link #rows()} long, a copy), or a
     * {@link CsvProblem}: a name the file does not have, or the first cell, by line, of the named
     * columns that is not a number.
     */
    public float[][] columns(List<String> wanted) {
        int[] indices = wanted.stream().mapToInt(this::index).toArray();
        int worst = -1;
        for (int j : indices) {
            if (problems[j] != null && (worst < 0 || problemLines[j] < problemLines[worst])) {
                worst = j;
            }
        }
        if (worst >= 0) {
            throw new CsvProblem(problems[worst]);
        }
        float[][] values = new float[indices.length][];
        for (int k = 0; k < indices.length; k++) {
            values[k] = Arrays.copyOf(columns[indices[k]], rows);
        }
        return values;
    }

    /** The column's position (0-based), or a CsvProblem that names the columns there are. */
    public int index(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new CsvProblem(file + " has no column named '" + Cells.shown(name) + "'; " + (dialect.header()
                    ? "its header (line " + headerLine + ") names " + shown(names)
                    : "it has no header row, so its columns are numbered " + String.join(", ", names)));
        }
        return j;
    }

    /** A name for column j in a message: {@code x}, or {@code 2} in a file without a header. */
    static String where(Path file, long line, List<String> names, int j) {
        return file + " line " + line + ", column " + Cells.shown(names.get(j));
    }

    /** The names for a message, one line: "x, y". */
    static String shown(List<String> names) {
        return String.join(", ", names.stream().map(Cells::shown).toList());
    }

    static List<String> numbered(int count) {
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= count; j++) {
            names.add(Integer.toString(j));
        }
        return names;
    }
}
