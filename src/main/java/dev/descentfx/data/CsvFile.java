package dev.descentfx.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Reads a CSV file of numbers into float32 columns, in one pass: FastCSV splits the cells,
 * {@link DecimalNumber} reads each straight from the parser's buffer. The first 64 KiB decide the
 * {@link CsvDialect} (delimiter, decimal comma, header row, byte order mark) and the columns; a
 * file that cannot be read is one {@link CsvProblem} saying what is wrong and where.
 */
public final class CsvFile {
    static final int SAMPLE_BYTES = 1 << 16;

    private CsvFile() {
    }

    public static CsvTable read(Path file) {
        return read(file, ReadProgress.NONE);
    }

    /**
     * As {@link #read(Path)}, telling {@code progress} how many bytes are read as the read goes on;
     * a {@link java.util.concurrent.CancellationException} thrown by it ends the read (and is thrown on).
     */
    public static CsvTable read(Path file, ReadProgress progress) {
        if (Files.isDirectory(file)) {
            throw new CsvProblem(file + " is a folder, not a CSV file; name a file inside it");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(SAMPLE_BYTES);
            boolean whole = start.length < SAMPLE_BYTES;
            long size = Files.size(file);
            progress.read(start.length, Math.max(size, start.length));
            return read(file, new CountingInputStream(in, start.length, size, progress), start, whole);
        } catch (NoSuchFileException e) {
            throw new CsvProblem(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new CsvProblem(file + ": cannot open it, permission denied; make the file readable (or copy it)");
        } catch (IOException e) {
            throw new CsvProblem(file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    private static CsvTable read(Path file, InputStream rest, byte[] start, boolean whole) throws IOException {
        Encoding encoding = Encoding.of(start);
        int nul = encoding.bomLength() == 0 || encoding.charset().name().equals("UTF-8") ? indexOfZero(start) : -1;
        if (nul >= 0) {
            throw Encoding.binary(file, 1 + count(start, nul, (byte) '\n'));
        }
        String sample = sample(file, encoding, start, whole);
        if (sample.isBlank() && whole) {
            throw new CsvProblem(file + " is empty: its first row should name the columns, e.g. x,y");
        }
        CsvDialect dialect = CsvDialect.detect(sample, encoding.charset().name(), encoding.bomLength() > 0);
        String text = dialect.sepLine() ? sample.substring(sample.indexOf('\n') + 1) : sample;
        List<List<String>> records = CsvDialect.records(text, dialect.delimiter());
        List<String> first = records.isEmpty() ? List.of("") : records.get(0);
        boolean trailing = first.size() > 1 && first.get(first.size() - 1).isBlank();
        int width = trailing ? first.size() - 1 : first.size();
        long headerLine = (dialect.sepLine() ? 1 : 0) + firstLine(text, dialect.delimiter());
        List<String> names = dialect.header() ? names(file, first.subList(0, width), headerLine) : CsvTable.numbered(width);

        ColumnsHandler handler = new ColumnsHandler(file, dialect, names, headerLine, trailing,
                expectedRows(sample, start.length, file));
        InputStream bytes = new SequenceInputStream(new ByteArrayInputStream(start, encoding.bomLength(),
                start.length - encoding.bomLength()), rest);
        try (CsvReader<Boolean> csv = CsvReader.builder().fieldSeparator(dialect.delimiter()).skipEmptyLines(true)
                .trimWhitespacesAroundQuotes(true).allowExtraFields(true).allowMissingFields(true)
                .build(handler, new InputStreamReader(bytes, encoding.strictDecoder()))) {
            if (dialect.sepLine()) {
                csv.skipLines(1);
            }
            drain(csv);
        } catch (CsvParseException e) {
            if (e.getCause() instanceof CancellationException stop) {
                throw stop;   // the reader's listener asked to stop
            }
            if (e.getCause() instanceof CsvProblem problem) {
                throw problem;   // a refusal from the columns, not the parser's
            }
            throw new CsvProblem(file + " line " + handler.line() + ": " + quoteProblem(e));
        } catch (UncheckedIOException e) {
            throw e.getCause() instanceof CharacterCodingException ? encoding.notText(file)
                    : new CsvProblem(file + ": cannot read it (" + e.getCause().getMessage() + ")");
        } catch (CharacterCodingException e) {
            throw encoding.notText(file);
        }
        if (handler.rows() == 0) {
            throw new CsvProblem(dialect.header()
                    ? file + " has a header but no rows: the dataset is empty; add at least one example"
                    : file + " is empty: its first row should name the columns, e.g. x,y");
        }
        return handler.table();
    }

    /** Runs the parser to the end; each record goes into the columns as it is read (a small loop the JIT compiles whole). */
    private static void drain(CsvReader<Boolean> csv) {
        for (var records = csv.iterator(); records.hasNext(); ) {
            records.next();
        }
    }

    /** The header's names, stripped; refuses a column without a name and a name given twice. */
    private static List<String> names(Path file, List<String> header, long line) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = header.stream().map(String::strip).toList();
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            if (name.contains("\n") || name.contains("\r")) {
                throw new CsvProblem(file + " line " + line + ", column " + (j + 1) + ": the quote (\") that opens this"
                        + " name is not closed on its line; close it, or remove it");
            }
            if (name.isEmpty()) {
                throw new CsvProblem(file + " line " + line + ": column " + (j + 1) + " has no name in the header;"
                        + " give every column a name, e.g. x,y");
            }
            Integer before = seen.putIfAbsent(name, j);
            if (before != null) {
                throw new CsvProblem(file + " line " + line + ": the header names two columns '" + Cells.shown(name)
                        + "' (columns " + (before + 1) + " and " + (j + 1) + "); give each column its own name");
            }
        }
        return names;
    }

    private static String quoteProblem(CsvParseException e) {
        String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (why != null && why.contains("after closing quote")) {
            return "a cell has more text after its closing quote (\"); put the quotes around the whole cell, or remove them";
        }
        if (why != null && why.contains("max")) {
            return "a record is longer than 16 million characters; is this a CSV file?";
        }
        return "the cells cannot be split here (" + why + ")";
    }

    /** The first whole lines of the file, decoded; a character cut at the sample's end waits for the full read. */
    private static String sample(Path file, Encoding encoding, byte[] start, boolean whole) {
        CharBuffer chars = CharBuffer.allocate(start.length);
        CoderResult result = encoding.strictDecoder().decode(
                ByteBuffer.wrap(start, encoding.bomLength(), start.length - encoding.bomLength()), chars, whole);
        if (result.isError()) {
            throw encoding.notText(file);
        }
        String text = chars.flip().toString();
        return whole || text.lastIndexOf('\n') < 0 ? text : text.substring(0, text.lastIndexOf('\n') + 1);
    }

    /** The number (from 1) of the first line with something in it besides spaces and delimiters. */
    private static long firstLine(String text, char delimiter) {
        long number = 1;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (!line.chars().allMatch(c -> c == ' ' || c == '\t' || c == delimiter)) {
                return number;
            }
            number++;
        }
        return 1;
    }

    /** Rows to make room for: the file's size over the sample's bytes per line, so the columns rarely grow. */
    private static int expectedRows(String sample, int sampleBytes, Path file) throws IOException {
        long lines = Math.max(1, sample.chars().filter(c -> c == '\n').count());
        double perLine = (double) sampleBytes / lines;
        return (int) Math.min(Integer.MAX_VALUE - 16, Files.size(file) / perLine * 1.02 + 16);
    }

    private static int indexOfZero(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static long count(byte[] bytes, int end, byte b) {
        long n = 0;
        for (int i = 0; i < end; i++) {
            n += bytes[i] == b ? 1 : 0;
        }
        return n;
    }
}
