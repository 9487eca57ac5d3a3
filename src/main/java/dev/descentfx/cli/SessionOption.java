package dev.descentfx.cli;

import dev.descentfx.session.Session;
import dev.descentfx.session.SessionFile;
import dev.descentfx.session.SessionProblem;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code --session FILE}: run a saved session (the window's File → Save session…, or
 * {@code train --save-session}) in place of the options that decide a run (a picocli mixin beside
 * {@link RunOptions}). The session decides the run, so those options given with it are refused
 * in one line rather than half applied; the options that decide what is printed or drawn stay.
 */
public final class SessionOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--session", paramLabel = "FILE.descentfx",
            description = "Run a saved session (File → Save session… in the window, or train --save-session): its data, "
                    + "settings and the changes made on the way; its Run-to epoch is the number of epochs. "
                    + "The options that decide the run (--x, --lr, --epochs, …) may not be given with it.")
    Path file;

    /** The session --session names, read and checked, now in force in {@code run}; null without --session. */
    Session read(RunOptions run) {
        if (file == null) {
            return null;
        }
        refuseRunOptions();
        try {
            Session session = SessionFile.read(file);
            run.useSession(session.settings(), session.runTo());
            return session;
        } catch (SessionProblem e) {
            throw new ParameterException(spec.commandLine(), "--session: " + e.getMessage());
        }
    }

    private void refuseRunOptions() {
        ParseResult given = spec.commandLine().getParseResult();
        CommandSpec runOptions = spec.mixins().get("run");
        for (OptionSpec option : runOptions.options()) {
            if (given.hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option.longestName() + " cannot be given with --session: "
                        + "the session decides the run (its data, settings and epochs); drop " + option.longestName()
                        + ", or drop --session and give the run by options");
            }
        }
    }
}
