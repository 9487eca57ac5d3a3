package dev.descentfx.session;

/**
 * A session file that cannot be opened, with the one line that says why: which file, what is
 * wrong and where (the field, the line and column). Nothing was changed when it is thrown.
 */
public final class SessionProblem extends Exception {
    public SessionProblem(String message) {
        super(message);
    }

    public SessionProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
