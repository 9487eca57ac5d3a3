package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.TrainingConfig;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every file of the bad-CSV corpus opened in the window's form: the form shows the same sentence
 * the command line prints after {@code --data} (copied here from {@code CsvCorpusTest}'s
 * expectations, FILE standing for the path), "Use these data" cannot be pressed, and the run's
 * settings, data and record on screen are the very ones it had. Where a column is named, x and y
 * are picked as the command line's {@code --features}/{@code --target} would.
 */
class ImportCorpusTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", value = {
            "empty.csv                   | - | - | FILE is empty: its first row should name the columns, e.g. x,y",
            "blank-only.csv              | - | - | FILE is empty: its first row should name the columns, e.g. x,y",
            "header-only.csv             | - | - | FILE has a header but no rows: the dataset is empty; add at least one example",
            "duplicate-names.csv         | - | - | FILE line 1: the header names two columns 'x' (columns 1 and 2); give each column its own name",
            "duplicate-names-after-blank-lines.csv | - | - | FILE line 3: the header names two columns 'x' (columns 1 and 2); give each column its own name",
            "missing-name.csv            | - | - | FILE line 1: column 2 has no name in the header; give every column a name, e.g. x,y",
            "ragged-short.csv            | - | - | FILE line 3: 1 value(s) but the header names 2 columns (a, y); give one value per column",
            "ragged-long.csv             | - | - | FILE line 3: 3 value(s) but the header names 2 columns (a, y); give one value per column",
            "decimal-comma-in-comma-file.csv | - | - | FILE line 3: 3 value(s) but the header names 2 columns (x, y); give one value per column",
            "unterminated-quote.csv      | - | - | FILE line 3, column x: the quote (\") that opens this cell is not closed on its line; close it, or remove it",
            "text-after-quote.csv        | - | - | FILE line 2: a cell has more text after its closing quote (\"); put the quotes around the whole cell, or remove them",
            "latin1.csv                  | - | - | FILE line 1, character 5: byte 0xF6 is not UTF-8 text (the file was perhaps saved as Latin-1 or Windows-1252); save it as UTF-8, in Excel as 'CSV UTF-8'",
            "latin1-cell.csv             | - | - | FILE line 3, character 4: byte 0xE9 is not UTF-8 text (the file was perhaps saved as Latin-1 or Windows-1252); save it as UTF-8, in Excel as 'CSV UTF-8'",
            "binary.csv                  | - | - | FILE is not a CSV text file: line 1 holds a zero byte, as binary files (an Excel workbook, a picture) do; save or export the data as CSV",
            "nan.csv                     | - | - | FILE line 3, column y: 'NaN' is not a number the run can use (a missing or infinite value); put a number there, or delete the row",
            "infinity.csv                | - | - | FILE line 3, column x: '-Infinity' is not a number the run can use (a missing or infinite value); put a number there, or delete the row",
            "inf.csv                     | - | - | FILE line 2, column y: 'inf' is not a number the run can use (a missing or infinite value); put a number there, or delete the row",
            "hex.csv                     | - | - | FILE line 2, column x: '0x10' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "float-suffix.csv            | - | - | FILE line 2, column x: '2f' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "double-suffix.csv           | - | - | FILE line 2, column y: '3d' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "hex-float.csv               | - | - | FILE line 2, column x: '0x1p1' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "word.csv                    | - | - | FILE line 3, column y: 'oops' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "overflow.csv                | - | - | FILE line 3, column x: 1e39 is too large for float32 (at most about 3.4e38); rescale the column, e.g. divide it by a power of ten",
            "empty-cell.csv              | - | - | FILE line 3, column y: the cell is empty; give every row a number in this column, or delete the row",
            "empty-first-cell.csv        | - | - | FILE line 3, column x: the cell is empty; give every row a number in this column, or delete the row",
            "mixed-decimal-marks.csv     | - | - | FILE line 3, column x: '2.5' has a decimal point, but this file writes decimal commas (2,5); write every number the same way",
            "text-column.csv             | name | y | FILE line 2, column name: 'ann' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "two-bad-columns.csv         | - | - | FILE line 3, column y: 'x' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            "two-bad-columns.csv         | a | b | FILE line 4, column b: 'z' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3",
            // the window's own sentence: it trains one x on one y, and this file has one column
            "only-target.csv             | - | - | FILE has one column only, 'y': the window needs two, one for x and one for y; add a column",
    })
    void aFileTheRunCannotUseChangesNothing(String name, String x, String y, String message) throws URISyntaxException {
        // given a run some steps in, at α 0.05
        DescentViewModel vm = new DescentViewModel();
        vm.setLearningRate(0.05);
        vm.step();
        vm.step();
        TrainingConfig settings = vm.settingsProperty().get();
        Dataset data = settings.data();
        EpochRecord record = vm.recordProperty().get();
        ImportForm form = new ImportForm(vm, Runnable::run, Runnable::run);
        Path file = CorpusFiles.path(name);

        // when the file is opened (and the columns picked)
        form.open(file);
        if (x != null) {
            form.xProperty().set(x);
            form.yProperty().set(y);
        }

        // then the form says what and where, and nothing can be used
        assertThat(form.problemProperty().get()).isEqualTo(message.replace("FILE", file.toString()));
        assertThat(form.datasetProperty().get()).isNull();
        assertThat(form.canUseProperty().get()).isFalse();
        assertThat(form.use()).isFalse();
        // and the run is the one it was
        assertThat(vm.settingsProperty().get()).isSameAs(settings);
        assertThat(vm.settingsProperty().get().data()).isSameAs(data).isEqualTo(Dataset.lesson());
        assertThat(vm.recordProperty().get()).isSameAs(record);
        assertThat(vm.epochProperty().get()).isEqualTo(2);
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.05);
    }
}
