package dev.descentfx.cli;

import dev.descentfx.data.CsvDialect;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Split;
import dev.descentfx.training.TrainingConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The options that decide a run — the data, where W and b start, the learning rate, the number
 * of epochs — shared by every command that trains (a picocli mixin), turned into a
 * {@link TrainingConfig}. Anything wrong is a {@link ParameterException} naming the option.
 */
public final class RunOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--x", converter = Number.class, split = ",", paramLabel = "X", description = "Feature values (default: the lesson's 1,2,3).")
    float[] x;

    @Option(names = "--y", converter = Number.class, split = ",", paramLabel = "Y", description = "Targets, one per x (default: the lesson's 2,4,6).")
    float[] y;

    @Option(names = "--data", paramLabel = "FILE.csv",
            description = "Read the data from a CSV file (instead of --x/--y): comma, semicolon or tab between the cells, "
                    + "decimal points or commas, a first row that names the columns (without one, the columns are numbered 1, 2, …).")
    Path data;

    @Option(names = "--features", split = ",", paramLabel = "COLUMN",
            description = "Feature columns of --data (default: every column but the target).")
    List<String> features = new ArrayList<>();

    @Option(names = "--target", paramLabel = "COLUMN", description = "Target column of --data (default: the last one).")
    String target;

    @Option(names = "--w0", converter = Number.class, split = ",", paramLabel = "W", description = "Starting W, one per feature (default: 0).")
    float[] w0;

    @Option(names = "--b0", converter = Number.class, paramLabel = "B", description = "Starting b (default: ${DEFAULT-VALUE}).")
    float b0 = 0f;

    @Option(names = "--no-bias", description = "Fit H(x) = Wx, without b.")
    boolean noBias;

    @Option(names = "--lr", paramLabel = "ALPHA", description = "Learning rate α (default: ${DEFAULT-VALUE}).")
    double learningRate = 0.01;

    @Option(names = "--epochs", paramLabel = "N", description = "Number of updates (default: ${DEFAULT-VALUE}).")
    int epochs = 1000;

    @Option(names = "--gradient", paramLabel = "MODE",
            description = "How the gradient is found: autograd (cost.backward()) or manual (the hand formula). Default: autograd.")
    GradientMode gradient = GradientMode.AUTOGRAD;

    @picocli.CommandLine.Mixin
    OptimizerOptions optimizer = new OptimizerOptions();

    @Option(names = "--skip-zero-grad",
            description = "Leave optimizer.zero_grad() out of the loop: gradients pile up across epochs, as in PyTorch.")
    boolean skipZeroGrad;

    @Option(names = "--test-fraction", paramLabel = "F",
            description = "Hold out this fraction of the examples (0 < F < 1) to test the fit: the run trains on the rest, "
                    + "and the test cost is printed beside the cost.")
    Double testFraction;

    @Option(names = "--seed", paramLabel = "S", description = "Which examples --test-fraction holds out (default: ${DEFAULT-VALUE}); "
            + "the same seed holds out the same ones.")
    long seed = 1;

    @Option(names = "--split-column", paramLabel = "COLUMN",
            description = "A column of --data that labels each example train or test (or 0 and 1): the test ones are held out.")
    String splitColumn;

    /** Reads one number of a list like {@code 1,2,3}, saying plainly when it is not one. */
    static final class Number implements ITypeConverter<Float> {
        @Override
        public Float convert(String text) {
            if (text.isBlank()) {
                throw new TypeConversionException("a value is missing; give numbers separated by commas, like 1,2,3");
            }
            try {
                return Float.parseFloat(text);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a number");
            }
        }
    }

    /** How the --data file is written, once {@link #config()} has read it; null without --data. */
    CsvDialect dialect;

    /** A saved session's settings in place of these options (--session), and its number of epochs; null without one. */
    private TrainingConfig session;
    private int sessionEpochs;

    /** From now on {@link #config()} and {@link #epochs()} are the session's (see {@link SessionOption}). */
    void useSession(TrainingConfig settings, int epochs) {
        session = settings;
        sessionEpochs = epochs;
    }

    public int epochs() {
        return session != null ? sessionEpochs : epochs;
    }

    /** The run these options describe; throws a ParameterException that says what is wrong and where. */
    public TrainingConfig config() {
        if (session != null) {
            return session;
        }
        if (epochs <= 0) {
            throw bad("--epochs must be 1 or more, not " + epochs);
        }
        if (!Double.isFinite(learningRate) || learningRate < 0) {
            throw bad("--lr must be a finite number, 0 or more, not " + learningRate);
        }
        if (!Float.isFinite(b0)) {
            throw bad("--b0 must be a finite number, not " + b0);
        }
        if (skipZeroGrad && gradient == GradientMode.MANUAL) {
            throw bad("--skip-zero-grad is for --gradient autograd: by hand there is no optimizer.zero_grad() to leave out");
        }
        var optimizerSettings = optimizer.settings(gradient, this::bad);
        Dataset dataset = dataset();
        float[] initialW = w0 == null ? new float[dataset.features()] : w0;
        if (initialW.length != dataset.features()) {
            throw bad("--w0 has " + initialW.length + " value(s) but the data has " + dataset.features() + " feature(s) ("
                    + String.join(", ", dataset.featureNames()) + "); give one --w0 per feature");
        }
        for (float w : initialW) {
            if (!Float.isFinite(w)) {
                throw bad("--w0 must be finite numbers, not " + w);
            }
        }
        Split split = split(dataset);
        try {
            return new TrainingConfig(dataset, initialW, b0, !noBias, learningRate, gradient, optimizerSettings, !skipZeroGrad, split);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    /** The examples held out: --test-fraction with --seed, or the --split-column's labels, or none. */
    private Split split(Dataset dataset) {
        if (testFraction != null && splitColumn != null) {
            throw bad("--test-fraction and --split-column both choose the test examples; give one of them");
        }
        try {
            if (testFraction != null) {
                Split s = Split.fraction(testFraction, seed);
                s.check(dataset.size());
                return s;
            }
            if (splitMask != null) {
                Split s = Split.mask(splitMask);
                s.check(dataset.size());
                return s;
            }
        } catch (IllegalArgumentException e) {
            throw bad((testFraction != null ? "--test-fraction: " : "--split-column " + splitColumn + ": ") + e.getMessage());
        }
        return Split.none();
    }

    /** The --split-column's mask once {@link #config()} has read --data; null without one. */
    private boolean[] splitMask;

    private Dataset dataset() {
        if (data != null && (x != null || y != null)) {
            throw bad("--data and --x/--y are exclusive; give the data either as a CSV file or as lists");
        }
        try {
            if (data != null) {
                return CsvDataset.read(data, features, target, splitColumn,
                        note -> spec.commandLine().getErr().println(spec.qualifiedName() + ": note: " + note),
                        seen -> dialect = seen, mask -> splitMask = mask);
            }
            if (splitColumn != null) {
                throw bad("--split-column names a column of a CSV file; use it with --data");
            }
            if (!features.isEmpty() || target != null) {
                throw bad((target != null ? "--target" : "--features") + " names columns of a CSV file; use it with --data");
            }
            if (x == null && y == null) {
                return Dataset.lesson();
            }
            if (x == null || y == null) {
                throw bad(x == null ? "--y was given without --x; give both" : "--x was given without --y; give both");
            }
            if (x.length != y.length) {
                throw bad("--x has " + x.length + " values but --y has " + y.length + "; give one y per x");
            }
            return Dataset.of(x, y);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
