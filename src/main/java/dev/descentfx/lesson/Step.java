package dev.descentfx.lesson;

import java.util.List;

/**
 * One step of a lesson.
 *
 * @param chapter  the chapter it belongs to (e.g. "Part 1: H(x) = Wx + b"), shown above the title
 * @param title    a few words
 * @param text     the explanation, Markdown (paragraphs, *emphasis*, `code`); may name the run's
 *                 numbers with placeholders the guide fills in (the lesson file's documentation lists them)
 * @param code     the code cell it is about (Python, as in the lesson), or "" for none
 * @param look     what to look at, one sentence
 * @param actions  what the step does to the window, in order
 * @param question a predict-then-reveal question, or null
 * @param line     the line of the lesson file where the step begins (for messages)
 */
public record Step(String chapter, String title, String text, String code, String look, List<Action> actions,
                   Question question, int line) {

    public Step {
        actions = List.copyOf(actions);
    }
}
