package dev.descentfx.session;

import dev.descentfx.i18n.Language;
import dev.descentfx.plot.Theme;
import dev.descentfx.training.Dataset;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.OptimizerSettings;
import dev.descentfx.training.Split;
import dev.descentfx.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The JSON of a session file, field by field (Jackson reads and writes these records as they are),
 * and the one place it is mapped to and from {@link Session} and {@link TrainingConfig}. A new
 * setting of the run is one field in {@link Settings} (and, if the window may change it while the
 * run goes on, one in {@link Change}), read and written in the two methods beside it.
 */
final class SessionJson {
    static final String FORMAT = "descentfx-session";
    static final int VERSION = 1;

    private SessionJson() {
    }

    /** The whole file. */
    record File(String format, int version, Data data, Settings settings, List<Change> changes, int trainedTo,
                int epoch, int runTo, Window window) {
    }

    record Data(List<String> features, String target, float[][] x, float[] y) {
    }

    /** Where the run started and how it learns: {@link TrainingConfig} without its data. */
    record Settings(float[] initialW, float initialB, boolean bias, double learningRate, String gradient,
                    Optimizer optimizer, boolean zeroGrad, Holdout split) {
    }

    /** {@code optim.SGD(…)} or {@code optim.Adam(…)} with every setting: {@code "name": "sgd"} or {@code "adam"}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "name")
    @JsonSubTypes({@JsonSubTypes.Type(value = Sgd.class, name = "sgd"), @JsonSubTypes.Type(value = Adam.class, name = "adam")})
    sealed interface Optimizer permits Sgd, Adam {
    }

    record Sgd(double momentum, double dampening, boolean nesterov, double weightDecay) implements Optimizer {
    }

    record Adam(double beta1, double beta2, double eps, double weightDecay, boolean amsgrad) implements Optimizer {
    }

    /** Which examples are held out to test the fit: {@code "kind": "none"}, {@code "fraction"} or {@code "column"}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = NoHoldout.class, name = "none"),
            @JsonSubTypes.Type(value = FractionHoldout.class, name = "fraction"),
            @JsonSubTypes.Type(value = ColumnHoldout.class, name = "column")})
    sealed interface Holdout permits NoHoldout, FractionHoldout, ColumnHoldout {
    }

    record NoHoldout() implements Holdout {
    }

    record FractionHoldout(double testFraction, long seed) implements Holdout {
    }

    /** {@code test[i]}: example i tests (a column of train/test labels, as read). */
    record ColumnHoldout(boolean[] test) implements Holdout {
    }

    /** From {@code epoch} on, the run went on with these (the settings that may change while it runs). */
    record Change(int epoch, double learningRate, String gradient, boolean zeroGrad) {
    }

    record Window(String language, String panel, int zoomPercent, String theme, boolean sidePanelHidden,
                  String maximised, double speed, boolean logCost, boolean legend) {
    }

    // Session → JSON

    static File of(Session s) {
        TrainingConfig c = s.settings();
        Dataset d = c.data();
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<Integer, TrainingConfig> e : s.changes().entrySet()) {
            TrainingConfig t = e.getValue();
            changes.add(new Change(e.getKey(), t.learningRate(), name(t.mode()), t.zeroGrad()));
        }
        Session.View v = s.view();
        return new File(FORMAT, VERSION, new Data(d.featureNames(), d.targetName(), d.x(), d.y()),
                new Settings(c.initialW(), c.initialB(), c.bias(), c.learningRate(), name(c.mode()), optimizer(c.optimizer()),
                        c.zeroGrad(), holdout(c.split())),
                changes, s.trainedTo(), s.epoch(), s.runTo(),
                new Window(v.language().locale().getLanguage(), v.panel(), v.zoomPercent(), v.theme().toString(),
                        v.sidePanelHidden(), v.maximised(), v.speed(), v.logCost(), v.legend()));
    }

    // JSON → Session: every value checked; a problem is an IllegalArgumentException naming the field

    static Session session(File f, int maxEpochs) {
        Data d = f.data();
        requireNoNulls("data.features", d.features());
        requireNoNulls("data.x", java.util.Arrays.asList(d.x()));
        requireNoNulls("changes", f.changes());
        Dataset data;
        try {
            data = new Dataset(d.features(), d.x(), d.y(), d.target());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"data\": " + e.getMessage());
        }
        Settings s = f.settings();
        TrainingConfig start;
        try {
            requireFinite("settings.initialB", s.initialB());
            for (int i = 0; i < s.initialW().length; i++) {
                requireFinite("settings.initialW[" + i + "]", s.initialW()[i]);
            }
            start = new TrainingConfig(data, s.initialW(), s.initialB(), s.bias(), s.learningRate(),
                    mode("settings.gradient", s.gradient()), optimizer(s.optimizer()), s.zeroGrad(), split(s.split()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("\"") ? e.getMessage() : "\"settings\": " + e.getMessage());
        }
        if (f.trainedTo() < 0 || f.trainedTo() > maxEpochs) {
            throw new IllegalArgumentException("\"trainedTo\" is " + f.trainedTo() + "; a session is trained to 0 .. "
                    + maxEpochs + " epochs");
        }
        if (f.epoch() < 0 || f.epoch() > f.trainedTo()) {
            throw new IllegalArgumentException("\"epoch\" is " + f.epoch() + "; the epoch on screen is one trained, 0 .. "
                    + f.trainedTo() + " (\"trainedTo\")");
        }
        if (f.runTo() < 0) {
            throw new IllegalArgumentException("\"runTo\" is " + f.runTo() + "; the Run-to epoch is 0 or more");
        }
        NavigableMap<Integer, TrainingConfig> changes = new TreeMap<>();
        TrainingConfig now = start;
        for (int i = 0; i < f.changes().size(); i++) {
            Change c = f.changes().get(i);
            String where = "changes[" + i + "]";
            int after = changes.isEmpty() ? -1 : changes.lastKey();
            if (c.epoch() <= after || c.epoch() > f.trainedTo()) {
                throw new IllegalArgumentException("\"" + where + ".epoch\" is " + c.epoch() + "; changes come in order of epoch, "
                        + (after + 1) + " .. " + f.trainedTo() + " (\"trainedTo\")");
            }
            try {
                now = now.withLearningRate(c.learningRate()).withMode(mode(where + ".gradient", c.gradient()))
                        .withZeroGrad(c.zeroGrad());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().startsWith("\"") ? e.getMessage() : "\"" + where + "\": " + e.getMessage());
            }
            changes.put(c.epoch(), now);
        }
        return new Session(start, changes, f.trainedTo(), f.epoch(), f.runTo(), view(f.window()));
    }

    private static Optimizer optimizer(OptimizerSettings o) {
        if (o instanceof OptimizerSettings.Adam a) {
            return new Adam(a.beta1(), a.beta2(), a.eps(), a.weightDecay(), a.amsgrad());
        }
        OptimizerSettings.Sgd g = (OptimizerSettings.Sgd) o;
        return new Sgd(g.momentum(), g.dampening(), g.nesterov(), g.weightDecay());
    }

    private static OptimizerSettings optimizer(Optimizer o) {
        if (o instanceof Adam a) {
            return new OptimizerSettings.Adam(a.beta1(), a.beta2(), a.eps(), a.weightDecay(), a.amsgrad());
        }
        Sgd g = (Sgd) o;
        return new OptimizerSettings.Sgd(g.momentum(), g.dampening(), g.nesterov(), g.weightDecay());
    }

    private static Holdout holdout(Split s) {
        if (s instanceof Split.Fraction f) {
            return new FractionHoldout(f.testFraction(), f.seed());
        }
        if (s instanceof Split.Mask m) {
            return new ColumnHoldout(m.test());
        }
        return new NoHoldout();
    }

    private static Split split(Holdout h) {
        if (h instanceof FractionHoldout f) {
            return Split.fraction(f.testFraction(), f.seed());
        }
        if (h instanceof ColumnHoldout c) {
            return Split.mask(c.test());
        }
        return Split.none();
    }

    private static Session.View view(Window w) {
        String lang = w.language();
        if (!lang.equals("en") && !lang.equals("ko")) {
            throw new IllegalArgumentException("\"window.language\" is '" + lang + "'; expected en or ko");
        }
        Theme theme = Theme.parse(w.theme());
        if (theme == null) {
            throw new IllegalArgumentException("\"window.theme\" is '" + w.theme() + "'; expected light, dark, "
                    + "projector-light or projector-dark");
        }
        if (!Double.isFinite(w.speed())) {
            throw new IllegalArgumentException("\"window.speed\" is " + w.speed() + "; expected epochs per second, 1 to 1000");
        }
        return new Session.View(Language.of(lang), w.panel(), w.zoomPercent(), theme, w.sidePanelHidden(), w.maximised(),
                w.speed(), w.logCost(), w.legend());
    }

    private static String name(GradientMode m) {
        return m.name().toLowerCase(Locale.ROOT);
    }

    private static GradientMode mode(String field, String name) {
        for (GradientMode m : GradientMode.values()) {
            if (name(m).equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("\"" + field + "\" is '" + name + "'; expected autograd or manual");
    }

    /** Jackson lets null through inside a list; a session has none. */
    private static void requireNoNulls(String field, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException("\"" + field + "[" + i + "]\" is null");
            }
        }
    }

    private static void requireFinite(String field, float v) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException("\"" + field + "\" is " + v + "; use a finite number");
        }
    }
}
