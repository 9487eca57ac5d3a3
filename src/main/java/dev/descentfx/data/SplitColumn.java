package dev.descentfx.data;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.Locale;

/**
 * A column of train/test labels read into a mask: {@code train} or {@code test} (any case), or
 * {@code 0} (train) and {@code 1} (test), one per data row. The file is read a second time for
 * this one column, as text, in the dialect the first reading found ({@link CsvTable#dialect()}):
 * the numbers' reader keeps no text. Anything else is refused with its file, line and column.
 */
public final class SplitColumn {
    private SplitColumn() {
    }

    /** {@code test[i]}: whether data row i is labelled test in column {@code name} of {@code table}. */
    public static boolean[] read(CsvTable table, String name) {
        int j = table.index(name);
        CsvDialect d = table.dialect();
        boolean[] test = new boolean[table.rows()];
        try (Reader in = Files.newBufferedReader(table.file(), Charset.forName(d.encoding()));
             CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(d.delimiter()).skipEmptyLines(true)
                     .trimWhitespacesAroundQuotes(true).allowExtraFields(true).allowMissingFields(true).ofCsvRecord(in)) {
            int row = 0;
            boolean skip = d.header(), sep = d.sepLine();
            for (CsvRecord r : csv) {
                if (sep) {
                    sep = false;
                    continue;
                }
                if (isBlank(r)) {
                    continue;
                }
                if (skip) {
                    skip = false;
                    continue;
                }
                String cell = j < r.getFieldCount() ? r.getField(j).strip() : "";
                if (row == 0 && !cell.isEmpty() && cell.charAt(0) == '\uFEFF') {
                    cell = cell.substring(1);
                }
                test[row++] = label(cell, table, r.getStartingLineNumber(), j);
                if (row == test.length) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new CsvProblem(table.file() + ": cannot read it (" + e.getMessage() + ")");
        }
        return test;
    }

    private static boolean label(String cell, CsvTable table, long line, int j) {
        switch (cell.toLowerCase(Locale.ROOT)) {
            case "train", "0" -> {
                return false;
            }
            case "test", "1" -> {
                return true;
            }
            default -> throw new CsvProblem(CsvTable.where(table.file(), line, table.names(), j) + ": \"" + cell
                    + "\" is not a split label; write train or test (or 0 for train, 1 for test)");
        }
    }

    private static boolean isBlank(CsvRecord r) {
        for (String f : r.getFields()) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
