package dev.descentfx.lesson;

import java.util.List;

/**
 * A predict-then-reveal question: the student answers first, then steps and sees the answer
 * explained with the real numbers. No answer is ever required to go on.
 */
public sealed interface Question {

    /** The question as asked. */
    String prompt();

    /** The explanation shown at the reveal (Markdown, with the same placeholders as a step's text). */
    String explanation();

    /** A number, e.g. the next W: right when within {@code tolerance} of {@code answer}'s value in the run. */
    record Number(String prompt, Quantity answer, double tolerance, String explanation) implements Question { }

    /** A choice, e.g. "will the cost go up or down?": {@code answer} indexes {@code options}. */
    record Choice(String prompt, List<String> options, int answer, String explanation) implements Question {
        public Choice {
            options = List.copyOf(options);
        }
    }
}
