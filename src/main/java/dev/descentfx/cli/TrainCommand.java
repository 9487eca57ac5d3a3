package dev.descentfx.cli;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.OptimizerSettings;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.TestSet;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.session.Session;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code descentfx train}: runs gradient descent and prints the records as they are made.
 * Record k is the state after k updates, with the cost and the gradients at that state.
 */
@Command(name = "train", sortOptions = false,
        description = "Fit H(x) = Wx + b by gradient descent and print W, b and the cost as it goes.",
        footer = {"", "Example: descentfx train --lr 0.01 --epochs 1000   (the lesson's run)"})
public final class TrainCommand implements Callable<Integer> {

    /** Exit code of a run whose cost, W or b became infinite or NaN. */
    public static final int DIVERGED = 1;
    /** Exit code when standard output stopped taking the records (a closed pipe, a full disk). */
    public static final int CLOSED_OUTPUT = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Mixin
    PrintEvery printEvery;

    @Mixin
    SessionOption session;

    @Option(names = "--save-session", paramLabel = "FILE.descentfx",
            description = "Also save the run as a session the window opens (File → Open session…) and --session runs: "
                    + "the data, the settings, trained to the last epoch, Run to --epochs.")
    Path saveSession;

    /** The last finite record trained (what --save-session saves as the epoch on screen). */
    private int trainedTo;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "pytorch (the lesson's line for each record), notebook (the course notebook's printout "
                    + "digit for digit: W and b after that epoch's step, the cost before it), json (one object per line) "
                    + "or csv. Default: pytorch.")
    RecordPrinter.Format format = RecordPrinter.Format.PYTORCH;

    @Override
    public Integer call() {
        Session saved = session.read(run);   // null without --session; else run.config() and epochs() are its
        TrainingConfig config = run.config();
        int epochs = run.epochs();
        if (saved != null && epochs < 1) {
            throw new ParameterException(spec.commandLine(), "--session " + session.file + ": its Run-to epoch is "
                    + epochs + ", so there is nothing to train; set Run to in the window and save it again");
        }
        int every = printEvery.every(epochs);
        SessionSaving.checkFolder(spec, saveSession);
        NavigableMap<Integer, TrainingConfig> changes = saved == null ? new TreeMap<>() : saved.changes();
        // Buffered: a line per epoch flushed one by one would cost more than the epoch itself.
        PrintWriter out = Output.checked(spec.commandLine().getOut());
        try {
            int code = train(config, epochs, every, out, changes);
            if (saveSession != null && !SessionSaving.write(spec, saveSession, saved, config, changes, trainedTo, epochs)) {
                return ExportCommand.CANNOT_WRITE;
            }
            return code;
        } catch (Output.Closed e) {
            spec.commandLine().getErr().println("descentfx train: stopped: " + e.getMessage()
                    + ", so the rest of the records could not be written");
            return CLOSED_OUTPUT;
        }
    }

    private int train(TrainingConfig config, int epochs, int every, PrintWriter out,
                      NavigableMap<Integer, TrainingConfig> changes) {
        TestSet test = TestSet.of(config);
        if (test != null && format == RecordPrinter.Format.NOTEBOOK) {
            throw new ParameterException(spec.commandLine(), "--format notebook prints each cost beside the W and b after "
                    + "the step, so a test cost has no W and b to go with; with held-out examples use --format pytorch, json or csv");
        }
        RecordPrinter printer = test == null ? format.on(out, epochs, config.data().features(), config.bias())
                : TestCostPrinter.on(format, out, epochs, config, test);

        // The notebook prints after optimizer.step(), so its line for record k needs record k + 1 too.
        boolean notebook = format == RecordPrinter.Format.NOTEBOOK;
        EpochRecord record = null;
        Trainer trainer = new Trainer(config);
        for (EpochRecord next : new Records(trainer, notebook ? epochs + 1 : epochs, changes)) {
            if (next.isFinite() && next.epoch() <= epochs) {
                trainedTo = next.epoch();
            }
            if (notebook && record != null && record.isFinite() && chosen(record, epochs, every)) {
                printer.print(notebookLine(record, next));
            }
            // a record that blew up is printed as it is (the notebook has no line after it)
            if (next.epoch() <= epochs && chosen(next, epochs, every) && !(notebook && next.isFinite())) {
                printer.print(next);
            }
            record = next;
        }
        out.flush();
        if (!record.isFinite()) {
            spec.commandLine().getErr().println(divergence(record.epoch(), trainer.settings()));
            return DIVERGED;
        }
        return 0;
    }

    /** Whether record r is printed: every K-th, the last, and the one where the run blew up. */
    private static boolean chosen(EpochRecord r, int epochs, int every) {
        return r.epoch() == epochs || !r.isFinite() || (every > 0 && r.epoch() % every == 0);
    }

    // The notebook prints after optimizer.step(): this record's cost beside the next record's W and b.
    private static EpochRecord notebookLine(EpochRecord record, EpochRecord next) {
        return new EpochRecord(record.epoch(), next.weights(), next.b(), record.cost(), record.gradWeights(),
                record.gradB(), record.learningRate(), record.bias(), record.mode());
    }

    /**
     * A critical rate below this says more about the data than about --lr: values in the
     * thousands or more (cost's curvature grows as x²), which rescaling fixes and a smaller rate hardly does.
     */
    static final double TINY_CRITICAL_RATE = 1e-6;

    /** Why the run blew up: above the critical rate each step overshoots the bottom of the bowl by more. */
    static String divergence(int epoch, TrainingConfig config) {
        double critical = CostSurface.of(config).criticalLearningRate(config.momentum());
        String where = "descentfx train: the run diverged at epoch " + epoch + ": ";
        boolean heavyBall = config.optimizer() instanceof OptimizerSettings.Sgd sgd && sgd.dampening() == 0
                && !sgd.nesterov() && sgd.weightDecay() == 0;
        if (!heavyBall) {   // the critical rate 2(1 + μ)/λmax is plain (heavy-ball) SGD's
            return where + "the numbers grew beyond float32 with " + (config.optimizer() instanceof OptimizerSettings.Adam
                    ? "Adam" : "this SGD") + " at the learning rate " + config.learningRate() + "; try a smaller --lr";
        }
        if (epoch == 0 && hugeForSquares(config.data())) {
            return where + hugeData(config.data()) + ", so the cost (a mean of squares) is beyond float32 before the first step; "
                    + rescale(config.data());
        }
        if (config.learningRate() > critical && critical < TINY_CRITICAL_RATE) {
            return where + hugeData(config.data()) + ", so the learning rate that settles is tiny ("
                    + String.format("%.4g", critical) + ") and " + config.learningRate() + " is far above it; "
                    + rescale(config.data());
        }
        if (config.learningRate() > critical) {
            return where + "the learning rate " + config.learningRate() + " is above " + String.format("%.4g", critical)
                    + ", the largest that settles on this data; try a smaller --lr";
        }
        return where + "the numbers grew beyond float32 although the learning rate " + config.learningRate()
                + " is within " + String.format("%.4g", critical) + "; try smaller data values or a smaller --lr";
    }

    /** Whether the data's squares come near float32's largest value (3.4e38), so the first cost may already overflow. */
    private static boolean hugeForSquares(Dataset data) {
        double largest = largest(data, largestColumn(data));
        return largest * largest > Float.MAX_VALUE / 100;
    }

    /** "the data are huge (x reaches 3e+19)": the column with the largest value, and that value. */
    private static String hugeData(Dataset data) {
        int column = largestColumn(data);
        return "the data are huge (" + name(data, column) + " reaches " + PythonFormat.shortest(largest(data, column)) + ")";
    }

    private static String rescale(Dataset data) {
        int column = largestColumn(data);
        float power = (float) Math.pow(10, Math.floor(Math.log10(largest(data, column))));
        return "rescale the data (divide " + name(data, column) + " by " + PythonFormat.shortest(power)
                + ", say) and train again";
    }

    /** The feature (0 … k − 1) or the target (k) whose largest |value| is the largest. */
    private static int largestColumn(Dataset data) {
        int best = 0;
        for (int j = 1; j <= data.features(); j++) {
            best = largest(data, j) > largest(data, best) ? j : best;
        }
        return best;
    }

    private static float largest(Dataset data, int column) {
        float max = 0;
        for (int i = 0; i < data.size(); i++) {
            max = Math.max(max, Math.abs(column < data.features() ? data.x(i, column) : data.y(i)));
        }
        return max;
    }

    private static String name(Dataset data, int column) {
        return column < data.features() ? data.featureNames().get(column) : data.targetName();
    }
}
