package dev.descentfx.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --print-every K}: which records {@code train} prints, and the script of a run prints too (a picocli mixin). */
public final class PrintEvery {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--print-every", paramLabel = "K",
            description = "Print records 0, K, 2K, … and the last (default: epochs/10; 0 prints only the last).")
    Integer printEvery;

    /** K for a run of {@code epochs}: as given, or a tenth of the epochs. */
    int every(int epochs) {
        if (printEvery == null) {
            return Math.max(1, epochs / 10);
        }
        if (printEvery < 0) {
            throw new ParameterException(spec.commandLine(), "--print-every must be 0 or more, not " + printEvery
                    + " (0 prints only the last record)");
        }
        return printEvery;
    }
}
