package dev.descentfx.ui.run;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Fit;
import dev.descentfx.training.Split;
import dev.descentfx.training.TestSet;
import dev.descentfx.training.TrainingConfig;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;

/**
 * The run's train/test split as the window shows and changes it: the {@link Split} in force (the
 * run's settings own it; this only reads it), the test cost of the shown record, R² and RMSE on the
 * train and the test rows, and the dialog's form (test fraction and seed as typed). A new split
 * starts the run again from epoch 0, as new data do: it trains on other rows. Part of the
 * ViewModel: no toolkit.
 */
public final class TrainTestSplit {
    private final DescentViewModel vm;
    private final RunHistory run;

    // Properties
    private final StringProperty fraction = new SimpleStringProperty(this, "fraction", "0.25");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final ObjectBinding<Split> split;
    private final BooleanBinding holdsOut;
    /** The shown record's test cost, exactly as torch computes it (float32); NaN without a split. */
    private final ObjectBinding<Float> testCost;
    private final ObjectBinding<Fit> trainFit;
    private final ObjectBinding<Fit> testFit;   // null without a split
    private final StringBinding trainLine;
    private final StringBinding testLine;
    private final StringBinding problem;

    TrainTestSplit(DescentViewModel vm, RunHistory run, ObservableObjectValue<EpochRecord> record) {
        this.vm = vm;
        this.run = run;
        ObservableObjectValue<TrainingConfig> settings = vm.settingsProperty();
        split = Bindings.createObjectBinding(() -> settings.get().split(), settings);
        holdsOut = Bindings.createBooleanBinding(() -> split.get().holdsOut(), split);
        // the test set is the run's: it changes only with a new run, whose records are new ones. Each
        // binding reads its dependency first: only a property that was read tells of its next change.
        testCost = Bindings.createObjectBinding(() -> {
            EpochRecord r = record.get();
            return test() == null ? Float.NaN : test().cost(r);
        }, record);
        trainFit = Bindings.createObjectBinding(() -> run.trainFit(record.get()), record);
        testFit = Bindings.createObjectBinding(() -> {
            float cost = testCost.get();
            return test() == null ? null : test().fit(cost);
        }, testCost);
        trainLine = Bindings.createStringBinding(() -> line(holdsOut.get() ? "split.trainLine" : "split.allLine",
                record.get().cost(), trainFit.get(), settings.get().trainData().size()),
                record, trainFit, holdsOut, vm.languageProperty());
        testLine = Bindings.createStringBinding(() -> {
            Fit fit = testFit.get();
            vm.languageProperty().get();
            return fit == null ? "" : line("split.testLine", testCost.get(), fit, test().data().size());
        }, testFit, vm.languageProperty());
        problem = Bindings.createStringBinding(this::firstProblem, fraction, seed, vm.languageProperty());
    }

    /** The split in force: none, a fraction and a seed, or a column's mask. */
    public ObjectBinding<Split> splitProperty() { return split; }
    /** Whether the run holds any example out. */
    public BooleanBinding holdsOutProperty() { return holdsOut; }
    public ObjectBinding<Float> testCostProperty() { return testCost; }
    public ObjectBinding<Fit> trainFitProperty() { return trainFit; }
    /** R² and RMSE on the test rows at the shown record; null without a split. */
    public ObjectBinding<Fit> testFitProperty() { return testFit; }
    /** "train (15 points): cost 0.0123 · R² 0.9876 · RMSE 0.1109" (without a split, of all the data). */
    public StringBinding trainLineProperty() { return trainLine; }
    /** The same for the test rows; empty without a split. */
    public StringBinding testLineProperty() { return testLine; }
    /** The dialog's test fraction as typed. */
    public StringProperty fractionProperty() { return fraction; }
    /** The dialog's seed as typed. */
    public StringProperty seedProperty() { return seed; }
    /** What is wrong with the typed fraction or seed, in the window's language; empty when nothing is. */
    public StringBinding problemProperty() { return problem; }

    // Commands

    /**
     * Holds out {@code testFraction} of the examples drawn by {@code seed} ({@link Split}) and
     * trains on the rest from epoch 0, paused (the split in force already: nothing changes).
     * Returns what is wrong (and changes nothing), or "".
     */
    public String byFraction(double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            return say("split.badFraction", word("split.fraction"), Words.number(testFraction));
        }
        return use(Split.fraction(testFraction, seed));
    }

    /** Holds out the examples {@code test} marks (a split column); what is wrong, or "". */
    public String byMask(boolean[] test) {
        return use(Split.mask(test));
    }

    /** Trains on every example again, from epoch 0 (nothing changes when none is held out). */
    public void none() {
        use(Split.none());
    }

    /** The form's fraction and seed, as typed: {@link #byFraction}; false while something is wrong. */
    public boolean apply() {
        if (!problem.get().isEmpty()) {
            return false;
        }
        return byFraction(DataForm.decimal(fraction.get()), DataForm.whole(seed.get())).isEmpty();
    }

    // the machinery

    private String use(Split s) {
        TrainingConfig now = vm.settingsProperty().get();
        if (s.equals(now.split())) {
            return "";   // the same rows held out: the run goes on as it is
        }
        if (s.holdsOut() && now.data().size() < 2) {
            return say("split.tooFew", now.data().size());
        }
        TrainingConfig next;
        try {
            next = now.withSplit(s);
        } catch (IllegalArgumentException e) {
            return e.getMessage();   // a column's mask that does not fit the data (the CLI reads those; named there)
        }
        if (s instanceof Split.Fraction f) {
            fraction.set(java.math.BigDecimal.valueOf(f.testFraction()).stripTrailingZeros().toPlainString());
            seed.set(Long.toString(f.seed()));
        }
        vm.start(next);
        return "";
    }

    private TestSet test() {
        return run.test();
    }

    private String line(String key, float cost, Fit fit, int points) {
        return say(key, points, Words.number(cost), Double.isNaN(fit.r2()) ? "—" : Words.number(fit.r2(), 4),
                Words.number(fit.rmse()));
    }

    private String firstProblem() {
        String typedSeed = seed.get();   // read both: only a property that was read tells of its next change
        Double f = DataForm.decimal(fraction.get());
        if (f == null || !(f > 0 && f < 1)) {
            return say("split.badFraction", word("split.fraction"), fraction.get().trim());
        }
        return DataForm.whole(typedSeed) == null ? say("generate.badSeed", word("split.seed"), typedSeed.trim()) : "";
    }

    private String word(String key) {
        return vm.languageProperty().get().text(key);
    }

    private String say(String key, Object... args) {
        return vm.languageProperty().get().text(key, args);
    }
}
