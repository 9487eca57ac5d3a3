package dev.descentfx.plot;

/**
 * The thing a plot can point at with a visible highlight, so that a lesson step can say "look
 * here": the tangent on the parabola, the {@code zero_grad} line of the code panel, the residuals
 * on the fitted-line chart, the critical α mark. {@link #NONE} points at nothing.
 */
public enum Highlight {
    NONE,
    /** The tangent at W on the cost(W) parabola: its slope is W.grad. */
    TANGENT,
    /** The arrow from W to the next W on the parabola: W := W − α∇W. */
    UPDATE_ARROW,
    /** The bottom of the parabola: the W (and b) where the cost is least. */
    MINIMUM,
    /** The residuals (hypothesis − y) drawn between each point and the fitted line. */
    RESIDUALS,
    /** The fitted line H(x) = Wx + b. */
    FITTED_LINE,
    /** The cost-per-epoch curve. */
    COST_CURVE,
    /** The critical α mark: at or above it the steps grow instead of shrink. */
    CRITICAL_ALPHA,
    /** The code panel's {@code optimizer.zero_grad()} line. */
    ZERO_GRAD_LINE,
    /** The code panel's {@code cost.backward()} line. */
    BACKWARD_LINE,
    /** The code panel's {@code optimizer.step()} (or {@code W -= lr * gradient}) line. */
    STEP_LINE,
    /** The code panel's gradient-by-hand line: {@code gradient = 2 * torch.mean((W * x_train - y_train) * x_train)}. */
    GRADIENT_LINE
}
