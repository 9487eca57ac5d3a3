package dev.descentfx.plot;

import dev.descentfx.i18n.Language;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every sentence the plots write about their marks, in the frame's language
 * ({@link PlotFrame#language()}): the words come from the {@link Language} bundles, keys
 * {@code plot.*} and {@code legend.*}. Numbers go in through {@link Numbers}, so they follow the
 * one rule in every language; code (W, b, cost.backward()) stays code.
 */
public final class PlotWords {
    private static final Map<Language, PlotWords> WORDS = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            WORDS.put(l, new PlotWords(l));
        }
    }

    private final Language language;

    private PlotWords(Language language) {
        this.language = language;
    }

    /** The plots' words in {@code language}. */
    public static PlotWords of(Language language) {
        return WORDS.get(language);
    }

    /** What one mark of a legend looks like, so the legend can draw a small sample of it. */
    public enum Mark { POINT, RING, TRAIL, CURVE, TANGENT, ARROW, DASHED, LINE, CROSS, ELLIPSE, DATA, RESIDUAL, SLICE_BOTTOM, TEST_DATA, TEST_CURVE }

    /** One line of a legend: a sample of the mark and what it means. */
    public record Entry(Mark mark, String meaning) {
    }

    /** The sentence {@code key} of the bundle, with {@code {0}}, {@code {1}} … filled in. */
    public String text(String key, Object... args) {
        return language.text(key, args);
    }

    // the cost curve

    String slopeLabel(String gradient) {
        return text("plot.curve.slope", gradient);
    }

    String bottomOfSlice(double w, double b) {
        return text("plot.curve.bottomOfSlice", Numbers.value(w), Numbers.value(b));
    }

    String theAnswer(double[] answer) {
        return text("plot.curve.theAnswer", Numbers.value(answer[0]), Numbers.value(answer[1]));
    }

    String bottomOfParabola(double w) {
        return text("plot.curve.bottomOfParabola", Numbers.value(w));
    }

    String sliceBottomTag() {
        return text("plot.curve.sliceBottomTag");
    }

    public List<Entry> costCurveLegend(boolean bias) {
        return List.of(
                new Entry(Mark.CURVE, text(bias ? "legend.curve.curveBias" : "legend.curve.curve")),
                new Entry(Mark.POINT, text("legend.curve.point")),
                new Entry(Mark.TRAIL, text(bias ? "legend.curve.trailBias" : "legend.curve.trail")),
                new Entry(Mark.TANGENT, text("legend.curve.tangent")),
                new Entry(Mark.ARROW, text("legend.curve.arrow")),
                new Entry(Mark.RING, text("legend.curve.ring")),
                new Entry(Mark.DASHED, text("legend.curve.dashed")),
                new Entry(Mark.SLICE_BOTTOM, text(bias ? "legend.curve.bottomBias" : "legend.curve.bottom")));
    }

    // the contour plot

    String sliceLine(String b) {
        return text("plot.contour.sliceLine", b);
    }

    public List<Entry> contourLegend() {
        return List.of(
                new Entry(Mark.ELLIPSE, text("legend.contour.ellipse")),
                new Entry(Mark.CROSS, text("legend.contour.cross")),
                new Entry(Mark.TRAIL, text("legend.contour.trail")),
                new Entry(Mark.POINT, text("legend.contour.point")),
                new Entry(Mark.DASHED, text("legend.contour.dashed")));
    }

    // the fitted line and the cost history

    public List<Entry> fittedLineLegend() {
        return List.of(
                new Entry(Mark.DATA, text("legend.fitted.data")),
                new Entry(Mark.LINE, text("legend.fitted.line")),
                new Entry(Mark.RESIDUAL, text("legend.fitted.residual")));
    }

    public List<Entry> costHistoryLegend() {
        return List.of(
                new Entry(Mark.CURVE, text("legend.history.curve")),
                new Entry(Mark.POINT, text("legend.history.point")));
    }
}
