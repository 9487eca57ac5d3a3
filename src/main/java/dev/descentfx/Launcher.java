package dev.descentfx;

import dev.descentfx.ui.DescentFxApp;

/**
 * The jar's entry point: with no arguments it opens the window; with a subcommand it runs
 * the command line. A plain class, not the Application, so {@code java -jar} can start JavaFX
 * from the classpath. (Placeholder: the command line lands with the cli package.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        DescentFxApp.main(args);
    }
}
