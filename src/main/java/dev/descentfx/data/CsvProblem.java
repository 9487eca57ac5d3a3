package dev.descentfx.data;

/**
 * Why a CSV file cannot be read, as one sentence for a student: what is wrong and where (the
 * file, and the line and column when there is one), and what to do about it.
 */
public final class CsvProblem extends IllegalArgumentException {

    CsvProblem(String message) {
        super(message);
    }
}
