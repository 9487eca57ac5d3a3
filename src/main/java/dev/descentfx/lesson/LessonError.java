package dev.descentfx.lesson;

/**
 * A lesson file that cannot be used: one message naming the file, the line and what to fix,
 * e.g. {@code lesson-y3x.md, line 14: unknown action 'alpah'; the actions are ...}. The lesson
 * in use stays as it was.
 */
public final class LessonError extends Exception {
    private final String file;
    private final int line;

    public LessonError(String file, int line, String what) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + what);
        this.file = file;
        this.line = line;
    }

    /** The file's name, as the message gives it. */
    public String file() {
        return file;
    }

    /** The line (1-based), or 0 for the file as a whole. */
    public int line() {
        return line;
    }
}
