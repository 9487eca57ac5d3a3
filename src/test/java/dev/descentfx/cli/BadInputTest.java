package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input: exit code 2, one line on stderr that names the option (or file, line, column), nothing on stdout. */
class BadInputTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "train --bogus                     | Unknown option: '--bogus'",
            "train --x 1,2,3 --y 2,4           | --x has 3 values but --y has 2; give one y per x",
            "train --x 1,a,3 --y 2,4,6         | '--x' (X): 'a' is not a number",
            "train --x 1,2,3 --y 2,,6          | '--y' (Y): a value is missing",
            "train --x 1,2 --y 2,4 --lr fast   | '--lr': 'fast' is not a double",
            "train --x= --y=                   | '--x' (X): a value is missing",
            "train --x 1,2,3                   | --x was given without --y",
            "train --epochs 0                  | --epochs must be 1 or more, not 0",
            "train --epochs -5                 | --epochs must be 1 or more, not -5",
            "train --lr -0.1                   | --lr must be a finite number, 0 or more, not -0.1",
            "train --lr Infinity               | --lr must be a finite number, 0 or more, not Infinity",
            "train --lr NaN                    | --lr must be a finite number, 0 or more, not NaN",
            "train --w0 1,2                    | --w0 has 2 value(s) but the data has 1 feature(s) (x)",
            "train --print-every -1            | --print-every must be 0 or more, not -1",
            "train --momentum 1                | --momentum must be at least 0 and below 1",
            "train --gradient magic            | '--gradient': expected one of [AUTOGRAD, MANUAL]",
            // issue 10: the optimizers' settings, each refused where it does not belong
            "train --optimizer rmsprop         | '--optimizer': expected sgd (optim.SGD) or adam (optim.Adam), not 'rmsprop'",
            "train --betas 0.9,0.99            | --betas is an Adam setting; use it with --optimizer adam",
            "train --eps 1e-6                  | --eps is an Adam setting; use it with --optimizer adam",
            "train --amsgrad                   | --amsgrad is an Adam setting; use it with --optimizer adam",
            "train --optimizer adam --momentum 0.9 | --momentum is an SGD setting; use it with --optimizer sgd (Adam's momentum is its β1: --betas)",
            "train --optimizer adam --nesterov | --nesterov is an SGD setting; use it with --optimizer sgd",
            "train --optimizer adam --dampening 0.1 | --dampening is an SGD setting",
            "train --optimizer adam --betas 0.9,1 | --betas: each beta must be at least 0 and below 1, not 1.0",
            "train --optimizer adam --betas -0.1,0.9 | --betas: each beta must be at least 0 and below 1, not -0.1",
            "train --optimizer adam --betas 0.9 | --betas takes two numbers, β1,β2 (like 0.9,0.999), not '0.9'",
            "train --optimizer adam --betas a,b | --betas takes two numbers",
            "train --optimizer adam --eps -1   | --eps must be a finite number, 0 or more, not -1.0",
            "train --optimizer adam --gradient manual | --optimizer adam is for --gradient autograd",
            "train --weight-decay -0.5         | --weight-decay must be a finite number, 0 or more, not -0.5",
            "train --nesterov                  | --nesterov needs --momentum above 0 and no --dampening",
            "train --momentum 0.9 --dampening 0.5 --nesterov | --nesterov needs --momentum above 0 and no --dampening",
            "train --dampening 2 --momentum 0.5 | --dampening must be between 0 and 1, not 2.0",
            "train --gradient manual --momentum 0.5 --nesterov | --nesterov is for --gradient autograd",
            "train --format xml                | '--format': expected one of [PYTORCH, NOTEBOOK, JSON, CSV]",
            "train --features a                | --features names columns of a CSV file; use it with --data",
            "train --data d.csv --x 1 --y 2    | --data and --x/--y are exclusive",
            "bogus                             | descentfx: Unmatched argument at index 0: 'bogus'",
            "export --plot contour --size 100x50 --out p.png | --size 100x50 is too small to read; give at least 320x200 (use --scale for more pixels)",
    })
    void optionProblems(String args, String message) {
        assertOneLineError(CliRun.of(args.split(" ")), message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "a,y\\n1,2\\n2,oops\\n       | d.csv line 3, column y: 'oops' is not a number",
            "a,y\\n1,2\\n2\\n3,6\\n      | d.csv line 3: 1 value(s) but the header names 2 columns (a, y)",
            "a,y\\n1,2\\n2,4,9\\n        | d.csv line 3: 3 value(s) but the header names 2 columns",
            "a,y\\n1,inf\\n              | d.csv line 2, column y: 'inf' is not a number",
            "a,y\\n1,NaN\\n              | d.csv line 2, column y: 'NaN' is not a number the run can use (a missing or infinite value)",
            "a,y\\n                      | d.csv has a header but no rows: the dataset is empty",
            "' '                          | d.csv is empty: its first row should name the columns",
            "a,b\\n1,2\\n                | d.csv has no column named 'y'; its header (line 1) names a, b",
    })
    void csvProblems(String content, String message) throws IOException {
        Path file = Files.writeString(dir.resolve("d.csv"), content.strip().replace("\\n", "\n"));
        String target = message.contains("'y'") ? "y" : null;
        CliRun run = target == null
                ? CliRun.of("train", "--data", file.toString())
                : CliRun.of("train", "--data", file.toString(), "--target", target);

        assertOneLineError(run, message.replace("d.csv", file.toString()));
    }

    @org.junit.jupiter.api.Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nowhere.csv");
        assertOneLineError(CliRun.of("train", "--data", missing.toString()), "--data " + missing + ": no such file");
    }

    @org.junit.jupiter.api.Test
    void aMissingFeatureColumnIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("d.csv"), "a,b,y\n1,2,3\n");
        assertOneLineError(CliRun.of("train", "--data", file.toString(), "--features", "a,c"),
                file + " has no column named 'c'; its header (line 1) names a, b, y");
    }

    @org.junit.jupiter.api.Test
    void w0MustMatchTheCsvFeatures() throws IOException {
        Path file = Files.writeString(dir.resolve("d.csv"), "a,b,y\n1,2,3\n");
        assertOneLineError(CliRun.of("train", "--data", file.toString(), "--w0", "0"),
                "--w0 has 1 value(s) but the data has 2 feature(s) (a, b); give one --w0 per feature");
    }

    private static void assertOneLineError(CliRun run, String message) {
        assertThat(run.exitCode()).as("exit code").isEqualTo(2);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.errLines()).as("stderr").hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("descentfx").contains(message).doesNotContain("Exception");
    }
}
