package dev.descentfx.data;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FastCSV's callback for one pass over the file: each cell is read straight from the parser's
 * buffer into its column's float32 array (no String, no boxing). A column that meets a cell that
 * is not a number keeps the first such cell's message and stops reading; a row with the wrong
 * number of cells, or a quote left open, refuses the file at once.
 */
final class ColumnsHandler extends AbstractBaseCsvCallbackHandler<Boolean> {
    static final int HEAD_ROWS = 10;

    private final Path file;
    private final long headerLine;
    private final CsvDialect dialect;
    private final List<String> names;
    private final int width;
    private final DecimalNumber number;
    private final float[][] columns;
    private final String[] problems;
    private final long[] problemLines;
    private final List<List<String>> head = new ArrayList<>();
    private List<String> headRow;
    private boolean skipHeader;
    private boolean trailingDelimiter;
    private boolean quoted;
    private boolean lastCellEmpty;
    private boolean blank;
    private final boolean[] empty;
    private int emptyCells;
    private int rows;
    private int capacity;
    private long line;

    ColumnsHandler(Path file, CsvDialect dialect, List<String> names, long headerLine, boolean trailingDelimiter,
                   int expectedRows) {
        this.file = file;
        this.headerLine = headerLine;
        this.dialect = dialect;
        this.names = names;
        this.width = names.size();
        this.trailingDelimiter = trailingDelimiter;
        this.number = new DecimalNumber(dialect.decimalComma());
        this.capacity = Math.max(16, expectedRows);
        this.columns = new float[width][capacity];
        this.problems = new String[width];
        this.problemLines = new long[width];
        this.empty = new boolean[width];
        this.skipHeader = dialect.header();
    }

    /** The line the record being read starts on (for a message when the parser gives up inside it). */
    long line() {
        return line;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        line = startingLineNumber;
        lastCellEmpty = false;
        blank = true;
        if (emptyCells > 0) {
            Arrays.fill(empty, false);
            emptyCells = 0;
        }
        headRow = head.size() < HEAD_ROWS + (dialect.header() ? 1 : 0) ? new ArrayList<>() : null;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int length, boolean quotedCell) {
        if (quotedCell) {
            quoted = true;
            if (spansLines(buf, offset, length)) {
                throw new CsvProblem(where(index) + ": the quote (\") that opens this cell is not closed on its line;"
                        + " close it, or remove it");
            }
        }
        if (headRow != null) {
            headRow.add(new String(buf, offset, length));
        }
        lastCellEmpty = length == 0;
        if (skipHeader || index >= width || problems[index] != null) {
            blank &= isBlank(buf, offset, length);
            return;
        }
        DecimalNumber.Verdict verdict = number.read(buf, offset, length);
        if (verdict == DecimalNumber.Verdict.NUMBER) {
            blank = false;
            if (rows == capacity) {
                grow();
            }
            columns[index][rows] = number.value();
        } else if (verdict == DecimalNumber.Verdict.EMPTY) {
            empty[index] = true;   // refused in buildRecord unless the whole line is blank
            emptyCells++;
        } else {
            blank = false;
            refuse(index, verdict, new String(buf, offset, length));
        }
    }

    private void refuse(int index, DecimalNumber.Verdict verdict, String cell) {
        problems[index] = where(index) + ": " + Cells.refusal(verdict, cell, dialect);
        problemLines[index] = line;
    }

    @Override
    protected Boolean buildRecord() {
        if (getRecordType() == RecordType.EMPTY || blank) {
            return Boolean.TRUE;   // a blank line, a line of spaces, or of delimiters only (,,): skipped
        }
        int count = getFieldCount();
        if (headRow != null) {
            head.add(headRow);
        }
        if (skipHeader) {
            skipHeader = false;
            return Boolean.TRUE;
        }
        boolean fits = count == width || (trailingDelimiter && count == width + 1 && lastCellEmpty);
        if (!fits) {
            throw new CsvProblem(file + " line " + line + ": " + count + " value(s) but "
                    + (dialect.header() ? "the header names " + width + " columns (" + CsvTable.shown(names) + ")"
                    : "the first row has " + width)
                    + "; give one value per column");
        }
        for (int j = 0; emptyCells > 0 && j < width; j++) {
            if (empty[j] && problems[j] == null) {
                refuse(j, DecimalNumber.Verdict.EMPTY, "");
            }
        }
        rows++;
        return Boolean.TRUE;
    }

    private static boolean isBlank(char[] buf, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean spansLines(char[] buf, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (buf[i] == '\n' || buf[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    private String where(int index) {
        return index < width ? CsvTable.where(file, line, names, index) : file + " line " + line + ", cell " + (index + 1);
    }

    private void grow() {
        capacity = capacity + (capacity >> 1) + 16;
        for (int j = 0; j < width; j++) {
            columns[j] = Arrays.copyOf(columns[j], capacity);
        }
    }

    CsvTable table() {
        return new CsvTable(file, dialect, headerLine, quoted, names, head, rows, columns, problems, problemLines);
    }

    int rows() {
        return rows;
    }
}
