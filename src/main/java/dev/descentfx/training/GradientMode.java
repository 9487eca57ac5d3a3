package dev.descentfx.training;

/** How the gradient of the cost is found. Both give the same numbers up to float rounding. */
public enum GradientMode {
    /** The lesson's loop: hypothesis, cost, {@code zero_grad()}, {@code backward()}, {@code step()}. */
    AUTOGRAD,
    /** The lesson's hand formula: {@code gradient = 2 * mean((Wx + b − y) · x)}, then {@code W -= lr * gradient}. */
    MANUAL
}
