package dev.descentfx.plot;

import dev.descentfx.i18n.Language;
import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Moment;
import dev.descentfx.training.TestSet;
import java.util.List;

/**
 * What one frame of every plot shows: the run so far, the record whose numbers are written, and
 * where the moving mark is drawn now. While a step animates, the mark (w, b and its gradients)
 * slides from one record to the next, but every number written is {@code record}'s: a real
 * state of the run, never an in-between one. At rest the mark sits on {@code record}.
 *
 * @param surface      the cost over (W, b) of the training data (one feature) and whether there is a bias
 * @param history      records of the run up to the mark, oldest first (the trail, the path, cost vs epoch)
 * @param record       the record on screen: its numbers are the ones written in titles and labels
 * @param w            W where the mark is drawn now
 * @param b            b where the mark is drawn now (0 without a bias)
 * @param gradW        ∇W there: the slope of the tangent (the engine's W.grad)
 * @param gradB        ∇b there
 * @param learningRate α of the next step, for the arrow from W to W − α∇W
 * @param logCost      draw cost against epoch on a log axis
 * @param moment       the call of the lesson's loop on screen (code, graph, formula), or null
 * @param legend       draw each plot's legend: what its marks mean (key L in the window)
 * @param language     the language of every word the plots write (titles, axes, labels, legends)
 * @param theme        the colours, lines and points every plot draws in ({@link #style()})
 * @param test         the examples held out to test the fit, drawn apart from the train ones and
 *                     with their own cost per epoch; null when the run holds none out
 * @param highlight    what a lesson step points at, drawn with a halo ({@link Halo}); never null
 */
public record PlotFrame(CostSurface surface, List<EpochRecord> history, EpochRecord record, double w, double b,
                        double gradW, double gradB, double learningRate, boolean logCost, Moment moment,
                        boolean legend, Language language, Theme theme, TestSet test,
                        Highlight highlight) {

    public PlotFrame {
        highlight = highlight == null ? Highlight.NONE : highlight;
        history = List.copyOf(history);
        language = language == null ? Language.EN : language;
        theme = theme == null ? Theme.LIGHT : theme;
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a plot needs at least record 0");
        }
    }

    /** A frame that points at nothing. */
    public PlotFrame(CostSurface surface, List<EpochRecord> history, EpochRecord record, double w, double b,
                     double gradW, double gradB, double learningRate, boolean logCost, Moment moment,
                     boolean legend, Language language, Theme theme, TestSet test) {
        this(surface, history, record, w, b, gradW, gradB, learningRate, logCost, moment, legend, language, theme, test,
                Highlight.NONE);
    }

    /** A frame of a run that holds nothing out. */
    public PlotFrame(CostSurface surface, List<EpochRecord> history, EpochRecord record, double w, double b,
                     double gradW, double gradB, double learningRate, boolean logCost, Moment moment,
                     boolean legend, Language language, Theme theme) {
        this(surface, history, record, w, b, gradW, gradB, learningRate, logCost, moment, legend, language, theme, null);
    }

    /** A frame without the legend. */
    public PlotFrame(CostSurface surface, List<EpochRecord> history, EpochRecord record, double w, double b,
                     double gradW, double gradB, double learningRate, boolean logCost, Moment moment) {
        this(surface, history, record, w, b, gradW, gradB, learningRate, logCost, moment, false, Language.EN, Theme.LIGHT);
    }

    /** A frame at rest on the last record of {@code history}. */
    public static PlotFrame at(CostSurface surface, List<EpochRecord> history, double learningRate, boolean logCost) {
        EpochRecord r = history.get(history.size() - 1);
        return new PlotFrame(surface, history, r, r.w(), r.b(), r.gradW(), r.gradB(), learningRate, logCost, null);
    }

    /** A frame at rest on the last record of {@code history}, on the cost surface of {@code data}. */
    public static PlotFrame at(Dataset data, List<EpochRecord> history, double learningRate, boolean logCost) {
        return at(CostSurface.of(data, history.get(history.size() - 1).bias()), history, learningRate, logCost);
    }

    /** This frame showing {@code m} in the code, graph and formula pictures. */
    public PlotFrame withMoment(Moment m) {
        return new PlotFrame(surface, history, record, w, b, gradW, gradB, learningRate, logCost, m, legend, language,
                theme, test, highlight);
    }

    /** This frame with each plot's legend shown or not. */
    public PlotFrame withLegend(boolean on) {
        return on == legend ? this : new PlotFrame(surface, history, record, w, b, gradW, gradB, learningRate, logCost,
                moment, on, language, theme, test, highlight);
    }

    /** This frame with its words in {@code l}. */
    public PlotFrame withLanguage(Language l) {
        return l == language ? this : new PlotFrame(surface, history, record, w, b, gradW, gradB, learningRate, logCost,
                moment, legend, l, theme, test, highlight);
    }

    /** This frame drawn in theme {@code t}. */
    public PlotFrame withTheme(Theme t) {
        return t == theme ? this : new PlotFrame(surface, history, record, w, b, gradW, gradB, learningRate, logCost,
                moment, legend, language, t, test, highlight);
    }

    /** This frame with {@code t} as the run's held-out examples (null: none). */
    public PlotFrame withTest(TestSet t) {
        return t == test ? this : new PlotFrame(surface, history, record, w, b, gradW, gradB, learningRate, logCost,
                moment, legend, language, theme, t, highlight);
    }

    /** This frame pointing at {@code h} (NONE: at nothing). */
    public PlotFrame withHighlight(Highlight h) {
        Highlight to = h == null ? Highlight.NONE : h;
        return to == highlight ? this : new PlotFrame(surface, history, record, w, b, gradW, gradB, learningRate,
                logCost, moment, legend, language, theme, test, to);
    }

    /** What the plots draw this frame in: its theme's colours, lines and points. */
    public PlotStyle style() {
        return theme.style();
    }

    /** The frame's words: what {@link PlotWords} writes in its language. */
    public PlotWords words() {
        return PlotWords.of(language);
    }

    /** Where the next step from the mark lands: (W − α·∇W, b − α·∇b). At rest, the next record's W and b. */
    public double nextW() {
        return w - learningRate * gradW;
    }

    /** b after the next step (0 without a bias). */
    public double nextB() {
        return bias() ? b - learningRate * gradB : 0;
    }

    public Dataset data() {
        return surface.data();
    }

    public boolean bias() {
        return surface.bias();
    }

    /** The last record of the history: where the trail ends. */
    public EpochRecord latest() {
        return history.get(history.size() - 1);
    }

    /** The true slope of cost(W) at the shown record: ∂cost/∂W of this epoch's cost alone. */
    public double trueGradW() {
        return surface.gradW(record.w(), record.b());
    }

    /**
     * True when the record's W.grad is not the slope of this epoch's cost: the loop skipped
     * zero_grad(), so backward() added this epoch's gradient to the ones before. float32 rounding
     * alone stays far below the hair allowed here (a thousandth of the slope's size, at least 1e−4).
     */
    public boolean gradPiledUp() {
        double truth = trueGradW(), held = record.gradW();
        return Double.isFinite(truth) && Double.isFinite(held)
                && Math.abs(held - truth) > 1e-3 * Math.max(0.1, Math.abs(truth));
    }
}
