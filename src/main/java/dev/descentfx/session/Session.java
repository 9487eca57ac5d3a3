package dev.descentfx.session;

import dev.descentfx.i18n.Language;
import dev.descentfx.plot.Theme;
import dev.descentfx.training.TrainingConfig;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What a {@code .descentfx} file holds, read and checked: the run (its settings at epoch 0 with
 * its data, and where the window changed α, the gradient mode or zero_grad on the way), how far it
 * was trained, the epoch on screen, the Run-to epoch, and how the window showed it. Plain Java:
 * the window and the command line both open it.
 *
 * @param settings  the settings the run started with (its data too)
 * @param changes   epoch → the settings in force from that epoch on, as {@link dev.descentfx.training.Run#changes()} gives them
 * @param trainedTo the last epoch trained (the end of the epoch slider)
 * @param epoch     the epoch on screen, 0 to {@code trainedTo}
 * @param runTo     the Run-to epoch (Play stops there; {@code train --session} trains this many epochs)
 */
public record Session(TrainingConfig settings, NavigableMap<Integer, TrainingConfig> changes, int trainedTo, int epoch,
                      int runTo, View view) {

    /**
     * How the window showed the run. {@code panel} and {@code maximised} are the window's names
     * (plots, code, graph, formula; none or a plot's number 1–4), checked by the window that opens them.
     */
    public record View(Language language, String panel, int zoomPercent, Theme theme, boolean sidePanelHidden,
                       String maximised, double speed, boolean logCost, boolean legend) {

        /** The window as it opens: English, the plots, 100 %, light, nothing hidden or maximised, 2 epochs/s. */
        public static View standard(Language language) {
            return new View(language, "plots", 100, Theme.LIGHT, false, "none", 2, false, false);
        }
    }

    public Session {
        changes = Collections.unmodifiableNavigableMap(new TreeMap<>(changes));
    }

    /** The settings in force at record {@code e}: the last change at or before it, else the starting ones. */
    public TrainingConfig settingsAt(int e) {
        var change = changes.floorEntry(e);
        return change == null ? settings : change.getValue();
    }

    /** A run of {@code settings} not trained yet, at epoch 0, Run to {@code runTo}: what {@code train --save-session} writes. */
    public static Session of(TrainingConfig settings, int runTo, View view) {
        return new Session(settings, new TreeMap<>(), 0, 0, runTo, view);
    }
}
