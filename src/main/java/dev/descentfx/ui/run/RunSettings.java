package dev.descentfx.ui.run;

import dev.descentfx.i18n.Language;
import javafx.beans.value.ObservableObjectValue;
import dev.descentfx.training.CostSurface;
import dev.descentfx.training.EpochBudget;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.OptimizerSettings;
import dev.descentfx.training.TrainingConfig;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The run's settings, owned in one place: one immutable {@link TrainingConfig} (α, where W and b
 * start, the bias, the gradient mode, zero_grad), and each setting as a binding read from it.
 * The ViewModel's commands replace the whole object; nothing else keeps a copy to hold in step.
 * Part of the ViewModel (bindings only, no toolkit).
 */
final class RunSettings {
    private final ReadOnlyObjectWrapper<TrainingConfig> config;
    private CostSurface surface;   // of the settings' data and bias (a new α keeps it: a pass over big data saved)

    final DoubleBinding learningRate;
    final DoubleBinding initialW;
    final DoubleBinding initialB;
    final BooleanBinding bias;
    final ObjectBinding<GradientMode> mode;
    final BooleanBinding zeroGrad;
    final ObjectBinding<OptimizerSettings> optimizer;
    /** Adam rather than SGD: no critical rate (its steps are about α long whatever the gradient). */
    final BooleanBinding adam;
    /** The optimizer's main setting: SGD's momentum μ, Adam's β1. */
    final DoubleBinding mainSetting;
    /** The largest α that still settles: it depends on the data and the model (bias or not), not on where the run is. */
    final DoubleBinding criticalLearningRate;
    /** Above this α each step overshoots the bottom (a zig-zag) though the run still settles: 1/λmax. */
    final DoubleBinding zigZagLearningRate;
    /** The most epochs a second Play can show on these data: a frame's budget ({@link EpochBudget}) at 60 frames a second. */
    final javafx.beans.binding.IntegerBinding topSpeed;
    final BooleanBinding aboveCritical;
    /** The slider's two thresholds in words: "zig-zags above 0.107 · grows above 0.214". */
    final StringBinding thresholds;
    final StringBinding criticalWarning;

    RunSettings(Object bean, TrainingConfig initial, ObservableObjectValue<Language> language) {
        config = new ReadOnlyObjectWrapper<>(bean, "settings", initial);
        learningRate = Bindings.createDoubleBinding(() -> config.get().learningRate(), config);
        initialW = Bindings.createDoubleBinding(() -> (double) config.get().initialW()[0], config);
        initialB = Bindings.createDoubleBinding(() -> (double) config.get().initialB(), config);
        bias = Bindings.createBooleanBinding(() -> config.get().bias(), config);
        mode = Bindings.createObjectBinding(() -> config.get().mode(), config);
        zeroGrad = Bindings.createBooleanBinding(() -> config.get().zeroGrad(), config);
        optimizer = Bindings.createObjectBinding(() -> config.get().optimizer(), config);
        adam = Bindings.createBooleanBinding(() -> config.get().optimizer() instanceof OptimizerSettings.Adam, config);
        mainSetting = Bindings.createDoubleBinding(() -> config.get().optimizer() instanceof OptimizerSettings.Adam a
                ? a.beta1() : config.get().momentum(), config);
        // SGD's thresholds (2(1 + μ)/λmax and 1/λmax); with Adam none (NaN: no mark, no warning)
        criticalLearningRate = Bindings.createDoubleBinding(() -> adam.get() ? Double.NaN
                : surface(config.get()).criticalLearningRate(config.get().momentum()), config, adam);
        topSpeed = Bindings.createIntegerBinding(() -> (int) Math.min(Integer.MAX_VALUE,
                EpochBudget.epochs(config.get().trainData()) * Math.round(1e9 / Playback.FRAME_NANOS)), config);
        zigZagLearningRate = Bindings.createDoubleBinding(() -> adam.get() ? Double.NaN
                : surface(config.get()).zigZagLearningRate(), config, adam);
        aboveCritical = learningRate.greaterThan(criticalLearningRate);
        thresholds = Bindings.createStringBinding(
                () -> adam.get() ? language.get().text("words.thresholdsAdam")
                        : Words.thresholds(language.get(), zigZagLearningRate.get(), criticalLearningRate.get()),
                zigZagLearningRate, criticalLearningRate, adam, language);
        criticalWarning = Bindings.createStringBinding(
                () -> aboveCritical.get() ? Words.aboveCritical(language.get(), learningRate.get(), criticalLearningRate.get()) : "",
                aboveCritical, learningRate, criticalLearningRate, language);
    }

    TrainingConfig get() {
        return config.get();
    }

    // the cost surface of `c`: the one already made while the data and the bias stay
    private CostSurface surface(TrainingConfig c) {
        if (surface == null || surface.data() != c.data() || surface.bias() != c.bias()) {
            surface = CostSurface.of(c);
        }
        return surface;
    }

    void set(TrainingConfig next) {
        config.set(next);
    }

    ReadOnlyObjectProperty<TrainingConfig> property() {
        return config.getReadOnlyProperty();
    }

    // The settings with one of them changed, or null when that changes nothing (so nothing resets
    // or branches). Numbers out of range are clamped; NaN or infinite ones change nothing.

    TrainingConfig withLearningRate(double alpha) {
        if (Double.isNaN(alpha)) {
            return null;
        }
        double clamped = clamp(alpha, DescentViewModel.MIN_LEARNING_RATE, DescentViewModel.MAX_LEARNING_RATE);
        return clamped == get().learningRate() ? null : get().withLearningRate(clamped);
    }

    /** α one notch along 0.0001, 0.0002, 0.0005, 0.001, ... 5, 10 ({@code notches} = +1 or −1). */
    TrainingConfig nudged(int notches) {
        double alpha = get().learningRate();
        for (int i = 0; i < Math.abs(notches); i++) {
            alpha = LearningRateNotches.next(alpha, Integer.signum(notches));
        }
        return withLearningRate(alpha);
    }

    TrainingConfig withInitialW(double w) {
        Float v = initial(w);
        return v == null || v == get().initialW()[0] ? null : get().withInitial(new float[] {v}, get().initialB());
    }

    TrainingConfig withInitialB(double b) {
        Float v = initial(b);
        return v == null || v == get().initialB() ? null : get().withInitial(get().initialW(), v);
    }

    /** Both starting values at once (N: nudge W); null when neither changes. */
    TrainingConfig withInitial(double w, double b) {
        Float vw = initial(w), vb = initial(b);
        if (vw == null || vb == null || (vw == get().initialW()[0] && vb == get().initialB())) {
            return null;
        }
        return get().withInitial(new float[] {vw}, vb);
    }

    TrainingConfig withBias(boolean on) {
        return on == get().bias() ? null : get().withBias(on);
    }

    TrainingConfig withMode(GradientMode m) {
        return m == null || m == get().mode() ? null : get().withMode(m);
    }

    /** SGD or Adam with their defaults (SGD keeping no momentum, as the lesson's); null when it is the one in use. */
    TrainingConfig withOptimizer(boolean useAdam) {
        return useAdam == adam.get() ? null : get().withOptimizer(useAdam ? OptimizerSettings.adam() : OptimizerSettings.sgd());
    }

    /** SGD's momentum or Adam's β1, within [0, 0.99]; null when it changes nothing. */
    TrainingConfig withMainSetting(double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        double c = clamp(v, 0, MAX_MAIN_SETTING);
        if (c == mainSetting.get()) {
            return null;
        }
        return get().optimizer() instanceof OptimizerSettings.Adam a ? get().withOptimizer(a.withBeta1(c)) : get().withMomentum(c);
    }

    static final double MAX_MAIN_SETTING = 0.99;

    TrainingConfig withZeroGrad(boolean on) {
        return on == get().zeroGrad() ? null : get().withZeroGrad(on);
    }

    /** A starting value as float32, as the trainer holds it, within ±{@link DescentViewModel#MAX_INITIAL}. */
    private static Float initial(double v) {
        return Double.isFinite(v) ? (float) clamp(v, -DescentViewModel.MAX_INITIAL, DescentViewModel.MAX_INITIAL) : null;
    }

    static double clamp(double x, double min, double max) {
        return Math.max(min, Math.min(max, x));
    }
}
