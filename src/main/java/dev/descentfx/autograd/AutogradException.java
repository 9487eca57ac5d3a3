package dev.descentfx.autograd;

/** A mistake in how tensors were used, with a message that says what to change. */
public final class AutogradException extends RuntimeException {
    public AutogradException(String message) {
        super(message);
    }
}
