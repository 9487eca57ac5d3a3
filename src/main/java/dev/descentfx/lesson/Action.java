package dev.descentfx.lesson;

import dev.descentfx.plot.Highlight;
import dev.descentfx.training.Call;
import dev.descentfx.training.GradientMode;

/**
 * What a step does to the window. Applied in order; a step's actions together give its whole
 * state (what a step does not set is left as the step before left it, so "Back to the lesson"
 * re-applies every action from the first step up to this one). The lesson file's syntax for each
 * is documented in the lesson file's documentation.
 */
public sealed interface Action {

    /** The data: x and y values (one feature). */
    record Data(float[] x, float[] y) implements Action { }

    /** With or without the bias b. */
    record Bias(boolean on) implements Action { }

    /** Autograd or the gradient by hand. */
    record Mode(GradientMode mode) implements Action { }

    /** The learning rate α. */
    record LearningRate(double alpha) implements Action { }

    /** Where W and b start. */
    record Initial(float w, float b) implements Action { }

    /** Show epoch n (training up to it). */
    record Epoch(int n) implements Action { }

    /** Where inside the epoch: {@link Call#START} is at rest on the record; other calls open the code panel there. */
    record Phase(Call call) implements Action { }

    /** Which view is shown: the plots or, inside one epoch, the code, the graph or the formulas. */
    record Show(View view) implements Action { }

    /** Point at one thing with a visible highlight. */
    record Point(Highlight target) implements Action { }

    /**
     * A claim the step's text makes about the state it reaches ("after 1000 epochs W is 1.9708"),
     * checked by the tests and by {@code lesson check}: {@code quantity} is within {@code tolerance} of {@code value}.
     */
    record Expect(Quantity quantity, double value, double tolerance) implements Action { }

    /** The views a step can show. */
    enum View { PLOTS, CODE, GRAPH, FORMULA }
}
