package dev.descentfx;

import dev.descentfx.cli.DescentFxCommand;
import dev.descentfx.ui.DescentFxApp;

/**
 * The jar's entry point: with no arguments it opens the window; with arguments it runs the
 * command line ({@code descentfx train ...}) and exits with its code. A plain class, not the
 * Application, so {@code java -jar} can start JavaFX from the classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            dev.descentfx.ui.StartupProbe.mark("main");
            DescentFxApp.main(args);
            return;
        }
        System.exit(DescentFxCommand.commandLine().execute(args));
    }
}
