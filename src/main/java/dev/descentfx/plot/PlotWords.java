package dev.descentfx.plot;

import java.util.List;

/**
 * Every sentence the plots write about their marks, in one place (English for now: a later
 * language bundle replaces this class's strings, not the plots'). Numbers go in through
 * {@link Numbers}, so they follow the one rule.
 */
public final class PlotWords {
    private PlotWords() {
    }

    /** What one mark of a legend looks like, so the legend can draw a small sample of it. */
    public enum Mark { POINT, RING, TRAIL, CURVE, TANGENT, ARROW, DASHED, LINE, CROSS, ELLIPSE, DATA, RESIDUAL, SLICE_BOTTOM }

    /** One line of a legend: a sample of the mark and what it means. */
    public record Entry(Mark mark, String meaning) {
    }

    /** Shown in a corner of every plot while the legend is off. */
    public static final String LEGEND_HINT = "L: what the marks mean";

    // the cost curve

    static String slopeLabel(String gradient) {
        return "slope = ∇W = " + gradient;
    }

    static String bottomOfSlice(double w, double b) {
        return "bottom of this slice: W = " + Numbers.value(w) + " at b = " + Numbers.value(b);
    }

    static String theAnswer(double[] answer) {
        return "the answer is W = " + Numbers.value(answer[0]) + ", b = " + Numbers.value(answer[1]);
    }

    static String bottomOfParabola(double w) {
        return "bottom: the answer W* = " + Numbers.value(w);
    }

    static final String SLICE_BOTTOM_TAG = "slice bottom";

    static List<Entry> costCurveLegend(boolean bias) {
        return List.of(
                new Entry(Mark.CURVE, bias ? "cost(W) with b held at its current value (a slice of the bowl)"
                        : "cost(W): the parabola the run goes down"),
                new Entry(Mark.POINT, "the current W and its cost"),
                new Entry(Mark.TRAIL, bias ? "earlier epochs at their own cost (their b was different)"
                        : "earlier epochs"),
                new Entry(Mark.TANGENT, "tangent: its slope is ∇W; the triangle shows rise over run"),
                new Entry(Mark.ARROW, "the next step −α∇W along W"),
                new Entry(Mark.RING, "where the next step lands, at its real cost"),
                new Entry(Mark.DASHED, "from the point and the ring down to the step arrow"),
                new Entry(Mark.SLICE_BOTTOM, bias ? "bottom of this slice: not the answer while b is off"
                        : "bottom of the parabola: the answer W*"));
    }

    // the contour plot

    static String sliceLine(String b) {
        return "the cost(W) plot is the cut at b = " + b;
    }

    static List<Entry> contourLegend() {
        return List.of(
                new Entry(Mark.ELLIPSE, "cost(W, b) contours: each level is labelled with its cost"),
                new Entry(Mark.CROSS, "the minimum: the answer (W*, b*)"),
                new Entry(Mark.TRAIL, "the path of (W, b), one dot per epoch early on"),
                new Entry(Mark.POINT, "the current (W, b)"),
                new Entry(Mark.DASHED, "the current b: the slice the cost(W) plot draws"));
    }

    // the fitted line and the cost history

    static List<Entry> fittedLineLegend() {
        return List.of(
                new Entry(Mark.DATA, "the training data (x, y)"),
                new Entry(Mark.LINE, "the hypothesis H(x) = Wx + b now"),
                new Entry(Mark.RESIDUAL, "residuals H(x) − y; the numbers are each point's share of ∇W and ∇b"));
    }

    static List<Entry> costHistoryLegend() {
        return List.of(
                new Entry(Mark.CURVE, "the cost of every epoch so far"),
                new Entry(Mark.POINT, "the epoch on screen"));
    }
}
