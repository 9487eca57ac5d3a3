package dev.descentfx.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a CSV file is written, found from its first lines: the cell delimiter (comma, semicolon or
 * tab), whether numbers use a decimal comma ({@code 2,5}, as European Excel writes them beside
 * semicolons), whether the first row names the columns, the encoding and whether it began with a
 * byte order mark.
 *
 * @param delimiter    {@code ','}, {@code ';'} or {@code '\t'}
 * @param decimalComma numbers are written {@code 2,5}, not {@code 2.5}
 * @param header       the first row names the columns (otherwise it is data, and the columns are named 1, 2, …)
 * @param encoding     UTF-8, or UTF-16LE/BE when the file begins with that byte order mark
 * @param bom          the file begins with a byte order mark (Excel's "CSV UTF-8" does); it is not part of any name
 * @param sepLine      the first line is Excel's {@code sep=;}, which names the delimiter and is skipped
 */
public record CsvDialect(char delimiter, boolean decimalComma, boolean header, String encoding, boolean bom,
                         boolean sepLine) {

    /** How many records of the sample decide. */
    static final int SAMPLE_RECORDS = 50;
    private static final char[] DELIMITERS = {'\t', ';', ','};
    private static final Pattern SEP_LINE = Pattern.compile("\\Asep=([\\t;,|])\\r?\\n");

    /** The delimiter's name, for messages: comma, semicolon or tab. */
    public String delimiterName() {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "'" + delimiter + "'";
        };
    }

    /**
     * The dialect of a file whose first lines are {@code sample} (whole lines, decoded).
     * Delimiter: the first of tab, semicolon, comma that splits every sampled record into the
     * same number (two or more) of cells; failing that, the one the first line has most of.
     * Decimal comma: more sampled cells are numbers written with a comma than with a point (as
     * many: a comma beside semicolons or tabs).
     * Header: some column's first cell is not a number while the cells under it are.
     */
    static CsvDialect detect(String sample, String encoding, boolean bom) {
        Matcher sep = SEP_LINE.matcher(sample);
        boolean sepLine = sep.find();
        String text = sepLine ? sample.substring(sep.end()) : sample;
        char delimiter = sepLine ? sep.group(1).charAt(0) : delimiter(text);
        List<List<String>> records = records(text, delimiter);
        boolean decimalComma = decimalComma(records, delimiter);
        return new CsvDialect(delimiter, decimalComma, header(records, new DecimalNumber(decimalComma)), encoding, bom, sepLine);
    }

    private static char delimiter(String text) {
        for (char d : DELIMITERS) {
            List<List<String>> records = new ArrayList<>();
            if (!parse(text, d, records)) {
                continue;   // quotes out of place when split at d
            }
            records.removeIf(r -> r.stream().allMatch(String::isBlank));   // blank lines (spaces, or ,,)
            if (!records.isEmpty() && records.stream().allMatch(r -> r.size() >= 2 && r.size() == records.get(0).size())) {
                return d;
            }
        }
        String firstLine = text.lines().findFirst().orElse("");
        char best = ',';
        long most = 0;
        for (char d : DELIMITERS) {
            long count = firstLine.chars().filter(c -> c == d).count();
            if (count > most) {
                best = d;
                most = count;
            }
        }
        return best;
    }

    private static boolean decimalComma(List<List<String>> records, char delimiter) {
        DecimalNumber points = new DecimalNumber(false), commas = new DecimalNumber(true);
        int pointCells = 0, commaCells = 0;
        for (List<String> record : records) {
            for (String cell : record) {
                boolean point = points.isNumber(cell), comma = commas.isNumber(cell);
                pointCells += point && !comma ? 1 : 0;
                commaCells += comma && !point ? 1 : 0;
            }
        }
        // as many of each: beside semicolons or tabs, Excel writes decimal commas; beside commas, points
        return commaCells > pointCells || commaCells == pointCells && commaCells > 0 && delimiter != ',';
    }

    private static boolean header(List<List<String>> records, DecimalNumber numbers) {
        if (records.isEmpty()) {
            return true;
        }
        List<String> first = records.get(0);
        boolean anyWord = false;
        for (int j = 0; j < first.size(); j++) {
            String cell = first.get(j);
            if (cell.isBlank() || numbers.isNumber(cell)) {
                continue;
            }
            anyWord = true;
            int column = j;
            if (records.stream().skip(1).anyMatch(r -> column < r.size() && numbers.isNumber(r.get(column)))) {
                return true;   // a word above numbers: a name
            }
        }
        // a single row is a header if it has a word; words above words (a text column) are data
        return records.size() == 1 && anyWord;
    }

    /** The first {@link #SAMPLE_RECORDS} records of the sample that are not blank, split at {@code delimiter}. */
    static List<List<String>> records(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        parse(text, delimiter, records);
        records.removeIf(r -> r.stream().allMatch(String::isBlank));   // blank lines, as the full read skips them
        return records;
    }

    /** Adds the sample's records to {@code records}; false if the parser gave up before the end. */
    private static boolean parse(String text, char delimiter, List<List<String>> records) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).skipEmptyLines(true)
                .trimWhitespacesAroundQuotes(true).allowExtraFields(true).allowMissingFields(true).ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                records.add(record.getFields());
                if (records.size() == SAMPLE_RECORDS) {
                    break;
                }
            }
            return true;
        } catch (CsvParseException | UncheckedIOException | java.io.IOException e) {
            // a sample cut inside a quoted cell, or quotes out of place: decide on what was read;
            // the full read names the problem
            return false;
        }
    }
}
