package dev.descentfx.ui.run;

import dev.descentfx.session.Session;
import dev.descentfx.session.SessionFile;
import dev.descentfx.session.SessionProblem;
import dev.descentfx.session.SessionReplay;
import dev.descentfx.training.Run;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The window as a {@link Session} and back: what File → Save session writes and Open session puts
 * on screen. Part of the ViewModel (no toolkit). Opening checks the session's window names and
 * makes its run again before it changes anything, so a session that fails leaves the window as it was.
 */
final class SessionState {
    private SessionState() {
    }

    static Session of(DescentViewModel vm, RunHistory run) {
        Presentation p = vm.presentation();
        BigPlot big = p.maximisedProperty().get();
        Session.View view = new Session.View(vm.languageProperty().get(), name(vm.panelProperty().get()),
                p.zoomPercentProperty().get(), p.themeProperty().get(), p.sidePanelHiddenProperty().get(),
                big == null ? "none" : name(big), vm.speedProperty().get(), vm.logCostProperty().get(),
                vm.legendVisibleProperty().get());
        return new Session(run.settingsAt(0), run.changes(), run.last().epoch(), vm.recordProperty().get().epoch(),
                vm.targetProperty().get(), view);
    }

    static void open(DescentViewModel vm, Session s) {
        Panel panel = panel(s.view().panel());
        BigPlot big = maximised(s.view().maximised());
        Run replayed = SessionReplay.run(s);
        vm.restore(s, replayed, panel, big);
    }

    /** Reads and opens {@code file}; whatever is wrong with it is one SessionProblem, before anything changes. */
    static void open(DescentViewModel vm, Path file) throws SessionProblem {
        Session s = SessionFile.read(file);
        try {
            open(vm, s);
        } catch (IllegalArgumentException e) {
            throw new SessionProblem("could not open " + file + ": " + e.getMessage(), e);
        }
    }

    private static Panel panel(String name) {
        for (Panel p : Panel.values()) {
            if (name(p).equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("\"window.panel\" is '" + name + "'; expected plots, code, graph or formula");
    }

    private static BigPlot maximised(String name) {
        if (name.equals("none")) {
            return null;
        }
        for (BigPlot b : BigPlot.values()) {
            if (name(b).equals(name)) {
                return b;
            }
        }
        throw new IllegalArgumentException("\"window.maximised\" is '" + name
                + "'; expected none, cost-curve, fitted-line, contour or cost-history");
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
