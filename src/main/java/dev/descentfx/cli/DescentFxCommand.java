package dev.descentfx.cli;

import dev.descentfx.plot.Theme;
import java.util.Arrays;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The root command, {@code descentfx}. Each job is a subcommand beside {@code train}; a new one
 * (say {@code export}) is a class added to {@code subcommands} that reuses {@link RunOptions}.
 *
 * <p>Errors are for people: bad input is one line on stderr saying what and where, exit code 2,
 * with no usage dump and no stack trace.
 */
@Command(name = "descentfx", mixinStandardHelpOptions = true, version = "DescentFX 0.1.0",
        description = "Watch gradient descent fit a line. Run with no arguments to open the window.",
        subcommands = {TrainCommand.class, ExportCommand.class, ScriptCommand.class, LessonCommand.class})
public final class DescentFxCommand implements Callable<Integer> {

    /** Exit code for bad input: an unknown option, a bad number, a missing file, … */
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a command, e.g. 'train' or 'export' (see --help)");
    }

    /**
     * The command line, ready to {@code execute(args)}. Its standard output writes straight to the
     * file descriptor, not through {@code System.out}, which would swallow a closed pipe or a full
     * disk: {@link Output} must hear of them to stop the run.
     */
    public static CommandLine commandLine() {
        String encoding = System.getProperty("sun.stdout.encoding");
        Charset charset = encoding != null && Charset.isSupported(encoding) ? Charset.forName(encoding) : Charset.defaultCharset();
        return new CommandLine(new DescentFxCommand())
                .setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset), true))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(Theme.class, DescentFxCommand::theme)
                .setParameterExceptionHandler(DescentFxCommand::badInput)
                .setExecutionExceptionHandler(DescentFxCommand::failure);
    }

    // --theme light, dark, projector-light or projector-dark (in any case); picocli writes what was wrong
    private static Theme theme(String text) {
        Theme t = Theme.parse(text);
        if (t == null) {
            throw new CommandLine.TypeConversionException("expected one of " + Arrays.toString(Theme.values())
                    + " but was '" + text + "'");
        }
        return t;
    }

    private static int badInput(ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        where.getErr().println(where.getCommandSpec().qualifiedName() + ": " + oneLine(e.getMessage()));
        where.getErr().flush();
        return BAD_INPUT;
    }

    // Something went wrong inside a run: still one readable line, never a stack trace.
    private static int failure(Exception e, CommandLine where, CommandLine.ParseResult parsed) {
        where.getErr().println(where.getCommandSpec().qualifiedName() + ": " + e.getClass().getSimpleName() + ": "
                + oneLine(String.valueOf(e.getMessage())));
        where.getErr().flush();
        return where.getCommandSpec().exitCodeOnExecutionException();
    }

    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
