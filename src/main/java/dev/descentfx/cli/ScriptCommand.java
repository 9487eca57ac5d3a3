package dev.descentfx.cli;

import dev.descentfx.data.CsvDialect;
import dev.descentfx.export.SafeFile;
import dev.descentfx.script.PyTorchScript;
import dev.descentfx.training.TrainingConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code descentfx script}: the PyTorch script of a run. It takes {@code train}'s options and
 * writes a Python file in the lesson's style that, run with PyTorch, prints what {@code train}
 * prints with the same options.
 */
@Command(name = "script", sortOptions = false,
        description = "Write the PyTorch script of a run: run it with python3 and it prints what 'train' prints.",
        footer = {"", "Example: descentfx script --no-bias --gradient manual --lr 0.1 --out part2.py"})
public final class ScriptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Mixin
    PrintEvery printEvery;

    @Option(names = "--out", paramLabel = "FILE.py", description = "Write the script here (default: print it).")
    Path out;

    /** The options as given, but for --out: the train command the script stands for. */
    private String runOptions() {
        StringBuilder given = new StringBuilder();
        java.util.List<String> args = spec.commandLine().getParseResult().originalArgs();
        for (int i = args.indexOf(spec.name()) + 1; i < args.size(); i++) {
            if (args.get(i).equals("--out")) {
                i++;
            } else if (!args.get(i).startsWith("--out=")) {
                given.append(' ').append(args.get(i));
            }
        }
        return given.toString();
    }

    @Override
    public Integer call() {
        int every = printEvery.every(run.epochs());
        Path folder = out == null ? null : out.toAbsolutePath().getParent();
        if (out != null && (Files.isDirectory(out) || folder == null || !Files.isDirectory(folder))) {
            throw new ParameterException(spec.commandLine(), Files.isDirectory(out)
                    ? "--out " + out + " is a folder; name a .py file"
                    : "--out " + out + ": the folder " + folder + " does not exist; create it first");
        }
        TrainingConfig config = run.config();   // reads --data once (and says its notes once)
        PyTorchScript.CsvSource csv = null;
        CsvDialect dialect = run.dialect;
        // Python's csv module reads the file again only when it is plain: a header, commas, decimal points, UTF-8;
        // with held-out examples the script is given the train rows themselves
        if (dialect != null && dialect.delimiter() == ',' && !dialect.decimalComma() && dialect.header()
                && !dialect.sepLine() && dialect.encoding().equalsIgnoreCase("UTF-8") && !config.split().holdsOut()) {
            csv = new PyTorchScript.CsvSource(run.data, config.data().featureNames(), config.data().targetName());
        }
        String text = new PyTorchScript(config, run.epochs(), every, csv, "descentfx train" + runOptions()).text();
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
            return 0;
        }
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            SafeFile.write(out, o -> o.write(bytes));
        } catch (IOException e) {
            spec.commandLine().getErr().println("descentfx script: " + e.getMessage());
            return ExportCommand.CANNOT_WRITE;
        }
        spec.commandLine().getOut().println("wrote " + out + " (run it with: python3 " + out + ")");
        return 0;
    }
}
