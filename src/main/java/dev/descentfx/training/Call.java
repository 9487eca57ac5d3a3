package dev.descentfx.training;

import java.util.List;

/**
 * The calls of one epoch of the lesson's loop, in the order they run, and the moment before the
 * first. With autograd:
 * <pre>
 * hypothesis = x_train * W + b                    FORWARD
 * cost = torch.mean((hypothesis - y_train) ** 2)  COST
 * optimizer.zero_grad()                           ZERO_GRAD
 * cost.backward()                                 BACKWARD
 * optimizer.step()                                STEP
 * </pre>
 * By hand (the lesson's part 2) there is no zero_grad and no backward: the gradient is a formula,
 * {@code gradient = 2 * torch.mean((W * x_train - y_train) * x_train)} (GRADIENT), and the step
 * is {@code W -= lr * gradient}.
 *
 * <p>Record k is the state after epoch k's BACKWARD (or GRADIENT): W and b after k updates, the
 * cost there and the gradients there. Its STEP is the next step.
 */
public enum Call {
    /** Nothing has run yet: W and b hold their initial values and have no gradient. */
    START,
    FORWARD,
    COST,
    ZERO_GRAD,
    BACKWARD,
    GRADIENT,
    STEP;

    private static final List<Call> AUTOGRAD = List.of(FORWARD, COST, ZERO_GRAD, BACKWARD, STEP);
    private static final List<Call> BY_HAND = List.of(FORWARD, COST, GRADIENT, STEP);

    /** The calls of one epoch in {@code mode}, in order, ending with the step. */
    public static List<Call> epoch(GradientMode mode) {
        return mode == GradientMode.AUTOGRAD ? AUTOGRAD : BY_HAND;
    }

    /** The call after which the epoch's record is complete (its cost and gradients are known). */
    public static Call recordAfter(GradientMode mode) {
        return mode == GradientMode.AUTOGRAD ? BACKWARD : GRADIENT;
    }
}
