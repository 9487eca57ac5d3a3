package dev.descentfx.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing the reader: random bytes never make anything escape but one {@link CsvProblem} of one
 * line; random tables of numbers, written with a random delimiter, decimal mark, quoting, line
 * ends, blank lines, byte order mark and header, read back as {@code (float) Double.parseDouble}
 * of each number's text; and the cell grammar is exactly the regular expression of a decimal number.
 */
class CsvReaderPropertyTest {
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("csv-fuzz");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    // ---- random bytes ------------------------------------------------------------------------

    @Property(tries = 400)
    void randomBytesGiveATableOrOneMessage(@ForAll("csvishBytes") byte[] bytes) throws IOException {
        Path file = write(bytes);
        try {
            CsvTable table = CsvFile.read(file);
            assertThat(table.rows()).isPositive();
            for (String name : table.names()) {
                try {
                    assertThat(table.columns(List.of(name))[0]).hasSize(table.rows());
                    assertThat(table.isNumeric(name)).isTrue();
                } catch (CsvProblem e) {
                    assertOneMessage(e, file);
                    assertThat(table.isNumeric(name)).isFalse();
                }
            }
        } catch (CsvProblem e) {
            assertOneMessage(e, file);
        } catch (RuntimeException e) {
            fail("escaped: " + e, e);
        }
    }

    private static void assertOneMessage(CsvProblem e, Path file) {
        assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("\n", "\r", "Exception");
    }

    @Provide
    Arbitrary<byte[]> csvishBytes() {
        Arbitrary<Byte> csvish = Arbitraries.of("0123456789.,;\t\" \r\n-+eExNaIfy키\uFEFF".split(""))
                .map(s -> s.getBytes(StandardCharsets.UTF_8)[0]);
        Arbitrary<Byte> any = Arbitraries.bytes();
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, csvish),
                        net.jqwik.api.Tuple.of(1, any))
                .list().ofMaxSize(600)
                .map(list -> {
                    byte[] b = new byte[list.size()];
                    for (int i = 0; i < b.length; i++) {
                        b[i] = list.get(i);
                    }
                    return b;
                });
    }

    // ---- random tables ---------------------------------------------------------------------

    record Written(String text, char delimiter, boolean decimalComma, boolean header, boolean bom,
                   List<String> names, List<List<String>> numbers) {
    }

    @Property(tries = 300)
    void randomTablesReadBackAsParseDouble(@ForAll("tables") Written w) throws IOException {
        byte[] body = w.text().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = w.bom() ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
        CsvTable table = CsvFile.read(write(bytes));

        assertThat(table.dialect().delimiter()).as("delimiter").isEqualTo(w.delimiter());
        assertThat(table.dialect().header()).as("header").isEqualTo(w.header());
        assertThat(table.dialect().bom()).as("bom").isEqualTo(w.bom());
        boolean anyFraction = w.numbers().stream().flatMap(List::stream).anyMatch(t -> t.contains("."));
        if (anyFraction) {
            assertThat(table.dialect().decimalComma()).as("decimal comma").isEqualTo(w.decimalComma());
        }
        assertThat(table.names()).isEqualTo(w.names());
        assertThat(table.rows()).isEqualTo(w.numbers().size());
        float[][] columns = table.columns(table.names());
        for (int i = 0; i < w.numbers().size(); i++) {
            for (int j = 0; j < w.names().size(); j++) {
                String text = w.numbers().get(i).get(j);
                assertThat(columns[j][i]).as("row " + (i + 1) + " column " + (j + 1) + ": " + text)
                        .isEqualTo((float) Double.parseDouble(text));
            }
        }
    }

    @Provide
    Arbitrary<Written> tables() {
        Arbitrary<Character> delimiters = Arbitraries.of(',', ';', '\t');
        Arbitrary<Integer> widths = Arbitraries.integers().between(2, 5);
        Arbitrary<Integer> heights = Arbitraries.integers().between(1, 30);
        return Combinators.combine(delimiters, widths, heights, Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.longs())
                .as((d, width, height, comma, header, bom, seed) -> written(d, width, height, comma, header, bom, seed));
    }

    private static Written written(char d, int width, int height, boolean comma, boolean header, boolean bom, long seed) {
        java.util.Random random = new java.util.Random(seed);
        boolean quoteAll = d == ',' && comma;   // a decimal comma beside comma delimiters must be quoted
        String newline = random.nextBoolean() ? "\r\n" : "\n";
        List<String> names = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            names.add(header ? List.of("x", "y", "높이", "weight", "a b", "z").get(j) : Integer.toString(j + 1));
        }
        StringBuilder text = new StringBuilder();
        if (header) {
            text.append(String.join(String.valueOf(d), names)).append(newline);
        }
        List<List<String>> numbers = new ArrayList<>();
        for (int i = 0; i < height; i++) {
            List<String> row = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < width; j++) {
                String number = number(random);
                row.add(number);
                String cell = comma ? number.replace('.', ',') : number;
                cells.add(quoteAll || random.nextInt(5) == 0 ? "\"" + cell + "\"" : spaced(cell, random));
            }
            numbers.add(row);
            text.append(String.join(String.valueOf(d), cells));
            if (i < height - 1 || random.nextBoolean()) {
                text.append(newline);
            }
            if (i < height - 1 && random.nextInt(8) == 0) {
                text.append(random.nextBoolean() ? "" : "  ").append(newline);   // a blank line
            }
        }
        return new Written(text.toString(), d, comma, header, bom, names, numbers);
    }

    /** A decimal number: sign, digits, fraction, exponent, each maybe; within float32's range. */
    private static String number(java.util.Random random) {
        StringBuilder s = new StringBuilder();
        switch (random.nextInt(4)) {
            case 0 -> s.append('-');
            case 1 -> s.append(random.nextInt(3) == 0 ? "+" : "");
            default -> { }
        }
        int intDigits = random.nextInt(8);
        int fracDigits = intDigits == 0 ? 1 + random.nextInt(9) : random.nextInt(12);
        for (int k = 0; k < intDigits; k++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        if (fracDigits > 0 || random.nextInt(10) == 0) {
            s.append('.');
        }
        for (int k = 0; k < fracDigits; k++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        if (random.nextInt(4) == 0) {
            s.append(random.nextBoolean() ? 'e' : 'E').append(List.of("", "+", "-").get(random.nextInt(3)))
                    .append(random.nextInt(25));
        }
        return s.toString();
    }

    private static String spaced(String cell, java.util.Random random) {
        return random.nextInt(6) == 0 ? " " + cell + " " : cell;
    }

    // ---- the cell grammar -------------------------------------------------------------------

    private static final Pattern DECIMAL = Pattern.compile("[ \\t]*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?[ \\t]*");

    @Property(tries = 3000)
    void aCellIsANumberExactlyWhenItIsWrittenAsADecimal(@ForAll("cells") String cell) {
        DecimalNumber number = new DecimalNumber(false);
        DecimalNumber.Verdict verdict = number.read(cell.toCharArray(), 0, cell.length());
        boolean decimal = DECIMAL.matcher(cell).matches();
        if (decimal && Float.isFinite((float) Double.parseDouble(cell.strip()))) {
            assertThat(verdict).as(cell).isEqualTo(DecimalNumber.Verdict.NUMBER);
            assertThat(number.value()).as(cell).isEqualTo((float) Double.parseDouble(cell.strip()));
        } else if (decimal) {
            assertThat(verdict).as(cell).isEqualTo(DecimalNumber.Verdict.TOO_LARGE);
        } else {
            assertThat(verdict).as(cell).isNotEqualTo(DecimalNumber.Verdict.NUMBER);
        }
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars("0123456789+-.eE xfdpNaInity\t,").ofMaxLength(12);
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static int count;

    private static Path write(byte[] bytes) {
        try {
            return Files.write(dir.resolve("f" + (count++) + ".csv"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
