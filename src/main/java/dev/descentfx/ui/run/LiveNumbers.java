package dev.descentfx.ui.run;

import dev.descentfx.i18n.Language;
import dev.descentfx.training.EpochRecord;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableObjectValue;

/**
 * The live numbers as text, derived from the shown record (always a real record of the run,
 * never an in-between state): epoch, W, b, cost, ∇W, ∇b, the next step written out with this
 * record's numbers, and which formula found the gradients.
 * Part of the ViewModel (bindings only, no toolkit).
 */
public final class LiveNumbers {
    private final StringBinding epoch;
    private final StringBinding w;
    private final StringBinding b;
    private final StringBinding cost;
    private final StringBinding gradW;
    private final StringBinding gradB;
    private final StringBinding updateW;
    private final StringBinding updateB;
    private final StringBinding formula;

    LiveNumbers(ObservableObjectValue<EpochRecord> record, ObservableDoubleValue learningRate,
                ObservableObjectValue<Language> language,
                ObservableObjectValue<dev.descentfx.training.OptimizerSettings> optimizer) {
        epoch = Bindings.createStringBinding(() -> Integer.toString(record.get().epoch()), record);
        w = Bindings.createStringBinding(() -> Words.number(record.get().w()), record);
        b = Bindings.createStringBinding(() -> Words.number(record.get().b()), record);
        cost = Bindings.createStringBinding(() -> Words.number(record.get().cost()), record);
        gradW = Bindings.createStringBinding(() -> Words.number(record.get().gradW()), record);
        gradB = Bindings.createStringBinding(() -> Words.number(record.get().gradB()), record);
        updateW = Bindings.createStringBinding(
                () -> Words.nextStepW(language.get(), record.get(), learningRate.get(), optimizer.get()), record, learningRate,
                language, optimizer);
        updateB = Bindings.createStringBinding(
                () -> Words.nextStepB(language.get(), record.get(), learningRate.get(), optimizer.get()), record, learningRate,
                language, optimizer);
        formula = Bindings.createStringBinding(
                () -> Words.formula(language.get(), record.get().mode(), record.get().bias()), record, language);
    }

    public StringBinding epoch() { return epoch; }
    public StringBinding w() { return w; }
    public StringBinding b() { return b; }
    public StringBinding cost() { return cost; }
    public StringBinding gradW() { return gradW; }
    public StringBinding gradB() { return gradB; }
    /** The next step from the shown record, e.g. {@code next step: W := W − α∇W = 0.1867 − 0.01 × (−16.6044) = 0.3527}. */
    public StringBinding updateW() { return updateW; }
    public StringBinding updateB() { return updateB; }
    public StringBinding formula() { return formula; }
}
