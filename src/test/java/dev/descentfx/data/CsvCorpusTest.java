package dev.descentfx.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.cli.CliRun;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus under {@code src/test/resources/dev/descentfx/data/corpus}: awkward files that must
 * read with the right values, and bad ones that {@code train --data} must refuse with exactly the
 * expected line (FILE stands for the file's path).
 */
class CsvCorpusTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", value = {
            "empty.csv                   | -                     | 2 | --data FILE is empty: its first row should name the columns, e.g. x,y",
            "blank-only.csv              | -                     | 2 | --data FILE is empty: its first row should name the columns, e.g. x,y",
            "header-only.csv             | -                     | 2 | --data FILE has a header but no rows: the dataset is empty; add at least one example",
            "duplicate-names.csv         | -                     | 2 | --data FILE line 1: the header names two columns 'x' (columns 1 and 2); give each column its own name",
            "duplicate-names-after-blank-lines.csv | -           | 2 | --data FILE line 3: the header names two columns 'x' (columns 1 and 2); give each column its own name",
            "missing-name.csv            | -                     | 2 | --data FILE line 1: column 2 has no name in the header; give every column a name, e.g. x,y",
            "ragged-short.csv            | -                     | 2 | --data FILE line 3: 1 value(s) but the header names 2 columns (a, y); give one value per column",
            "ragged-long.csv             | -                     | 2 | --data FILE line 3: 3 value(s) but the header names 2 columns (a, y); give one value per column",
            "decimal-comma-in-comma-file.csv | -                 | 2 | --data FILE line 3: 3 value(s) but the header names 2 columns (x, y); give one value per column",
            "unterminated-quote.csv      | -                     | 2 | --data FILE line 3, column x: the quote (\") that opens this cell is not closed on its line; close it, or remove it",
            "text-after-quote.csv        | -                     | 2 | --data FILE line 2: a cell has more text after its closing quote (\"); put the quotes around the whole cell, or remove them",
            "latin1.csv                  | -                     | 2 | --data FILE line 1, character 5: byte 0xF6 is not UTF-8 text (the file was perhaps saved as Latin-1 or Windows-1252); save it as UTF-8, in Excel as 'CSV UTF-8'",
            "latin1-cell.csv             | -                     | 2 | --data FILE line 3, character 4: byte 0xE9 is not UTF-8 text (the file was perhaps saved as Latin-1 or Windows-1252); save it as UTF-8, in Excel as 'CSV UTF-8'",
            "binary.csv                  | -                     | 2 | --data FILE is not a CSV text file: line 1 holds a zero byte, as binary files (an Excel workbook, a picture) do; save or export the data as CSV",
            "nan.csv                     | -                     | 2 | --data FILE line 3, column y: 'NaN' is not a number the run can use (a missing or infinite value); put a number there, or delete the row",
            "infinity.csv                | -                     | 2 | --data FILE line 3, column x: '-Infinity' is not a number the run can use (a missing or infinite value); put a number there, or delete the row",
            "inf.csv                     | -                     | 2 | --data FILE line 2, column y: 'inf' is not a number the run can use (a missing or infinite value); put a number there, or delete the row",
            "hex.csv                     | -                     | 2 | --data FILE line 2, column x: '0x10' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "float-suffix.csv            | -                     | 2 | --data FILE line 2, column x: '2f' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "double-suffix.csv           | -                     | 2 | --data FILE line 2, column y: '3d' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "hex-float.csv               | -                     | 2 | --data FILE line 2, column x: '0x1p1' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "word.csv                    | -                     | 2 | --data FILE line 3, column y: 'oops' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "overflow.csv                | -                     | 2 | --data FILE line 3, column x: 1e39 is too large for float32 (at most about 3.4e38); rescale the column, e.g. divide it by a power of ten",
            "empty-cell.csv              | -                     | 2 | --data FILE line 3, column y: the cell is empty; give every row a number in this column, or delete the row",
            "empty-first-cell.csv        | -                     | 2 | --data FILE line 3, column x: the cell is empty; give every row a number in this column, or delete the row",
            "mixed-decimal-marks.csv     | -                     | 2 | --data FILE line 3, column x: '2.5' has a decimal point, but this file writes decimal commas (2,5); write every number the same way",
            "text-column.csv             | -                     | 2 | --data FILE line 2, column name: 'ann' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "only-target.csv             | -                     | 2 | --data FILE has only the target column 'y'; add a feature column or name one with --features",
            "two-bad-columns.csv         | -                     | 2 | --data FILE line 3, column y: 'x' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "two-bad-columns.csv         | --features a --target b | 2 | --data FILE line 4, column b: 'z' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "missing-column.csv          | --target y            | 2 | --data FILE has no column named 'y'; its header (line 1) names a, b",
            "missing-column.csv          | --features a,c --target b | 2 | --data FILE has no column named 'c'; its header (line 1) names a, b",
            "no-header.csv               | --features x          | 2 | --data FILE has no column named 'x'; it has no header row, so its columns are numbered 1, 2",
            "same-feature-target.csv     | --features y --target y | 2 | --features and --target both name 'y': the target cannot also be a feature; pick other --features",
            "same-feature-target.csv     | --features y          | 2 | --features and the target (the last column) both name 'y': the target cannot also be a feature; pick other --features",
            "same-feature-target.csv     | --features x,x        | 2 | --features names 'x' twice; name each feature column once",
            "huge-values.csv             | -                     | 1 | the run diverged at epoch 1: the data are huge (x reaches 3e+19), so the learning rate that settles is tiny (2.143e-39) and 0.01 is far above it; rescale the data (divide x by 1e+19, say) and train again",
            "huge-targets.csv            | -                     | 1 | the run diverged at epoch 0: the data are huge (y reaches 6e+19), so the cost (a mean of squares) is beyond float32 before the first step; rescale the data (divide y by 1e+19, say) and train again",
    })
    void refused(String name, String options, int exitCode, String message) throws URISyntaxException {
        Path file = corpus(name);
        List<String> args = new ArrayList<>(List.of("train", "--data", file.toString(), "--epochs", "5", "--print-every", "0"));
        if (options != null) {
            args.addAll(Arrays.asList(options.strip().split(" ")));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as("exit code").isEqualTo(exitCode);
        assertThat(run.errLines()).as("stderr").containsExactly("descentfx train: " + message.replace("FILE", file.toString()));
        if (exitCode == 2) {
            assertThat(run.out()).as("stdout").isEmpty();
        }
    }

    /**
     * Each value is {@code (float) Double.parseDouble} of the number as written with a decimal
     * point (the cells' text, typed again here), not anything the reader computed.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "bom.csv                     | ,  | point | header    | bom    | plain  | x y       | 1 2 3 ; 2 4 6",
            "no-header.csv               | ,  | point | no header | no bom | plain  | 1 2       | 1 2 3 4 ; 2 4 6 8",
            "semicolon-decimal-comma.csv | ;  | comma | header    | no bom | plain  | x y       | 1.5 -0.5 ; 2.25 3",
            "tab.csv                     | tab | point | header    | no bom | plain  | x y       | 1.5 2.5 ; 2 4",
            "quoted.csv                  | ,  | point | header    | no bom | quoted | x y       | 1.5 2.5 ; 2 4",
            "quoted-decimal-comma.csv    | ,  | comma | header    | no bom | quoted | x y       | 1.5 3 ; 2.5 4.75",
            "crlf.csv                    | ,  | point | header    | no bom | plain  | x y       | 1 3 ; 2 4",
            "blank-lines.csv             | ,  | point | header    | no bom | plain  | x y       | 1 3 ; 2 4",
            "blank-first-and-empty-rows.csv | , | point | header | no bom | plain  | x y       | 1 3 ; 2 4",
            "trailing-delimiter.csv      | ,  | point | header    | no bom | plain  | x y       | 1 3 ; 2 4",
            "excel-sep-line.csv          | ;  | comma | header    | no bom | plain  | x y       | 1.5 2 ; 2 4",
            "utf16-tab.csv               | tab | comma | header    | bom    | plain  | x y       | 1.5 2 ; 2 4",
            "spaces-around-quotes.csv    | ,  | point | header    | no bom | quoted | x y       | 1.5 ; 2",
            "spaces.csv                  | ,  | point | header    | no bom | plain  | x y       | 1 3 ; 2 4",
            "exponents.csv               | ,  | point | header    | no bom | plain  | x y       | 1e3 +.5 ; -2.5E-2 7.",
            "underflow.csv               | ,  | point | header    | no bom | plain  | x y       | 1e-50 -0 ; 0 1",
            "no-final-newline.csv        | ,  | point | header    | no bom | plain  | x y       | 1 3 ; 2 4",
            "korean-header.csv           | ,  | point | header    | no bom | plain  | 키 몸무게   | 170 180 ; 65 72",
    })
    void readsRight(String name, String delimiter, String mark, String header, String bom, String quoting,
                    String names, String columns) throws URISyntaxException {
        CsvTable table = CsvFile.read(corpus(name));
        CsvDialect dialect = table.dialect();

        assertThat(dialect.delimiter()).as("delimiter").isEqualTo(delimiter.equals("tab") ? '\t' : delimiter.charAt(0));
        assertThat(dialect.decimalComma()).as("decimal comma").isEqualTo(mark.equals("comma"));
        assertThat(dialect.header()).as("header").isEqualTo(header.equals("header"));
        assertThat(dialect.bom()).as("byte order mark").isEqualTo(bom.equals("bom"));
        assertThat(table.quoted()).as("quoted cells").isEqualTo(quoting.equals("quoted"));
        assertThat(table.names()).isEqualTo(List.of(names.split(" ")));
        String[] texts = columns.split(";");
        float[][] values = table.columns(table.names());
        for (int j = 0; j < texts.length; j++) {
            String[] cells = texts[j].strip().split(" ");
            float[] expected = new float[cells.length];
            for (int i = 0; i < cells.length; i++) {
                expected[i] = (float) Double.parseDouble(cells[i]);
            }
            assertThat(values[j]).as("column " + table.names().get(j)).containsExactly(expected);
        }
        assertThat(table.rows()).isEqualTo(texts[0].strip().split(" ").length);
    }

    static Path corpus(String name) throws URISyntaxException {
        return Path.of(CsvCorpusTest.class.getResource("corpus/" + name).toURI());
    }
}
