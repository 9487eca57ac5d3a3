package dev.descentfx.lesson;

import java.util.List;

/**
 * A guided lesson: steps in the course's order, each with its text, its code cell, what to look
 * at and the actions that put the window in the state the text talks about. Read from a lesson
 * file ({@code LessonFile}); pure data, no JavaFX.
 *
 * @param title  the lesson's title
 * @param source where it was read from (a file name or a resource), for messages
 * @param steps  the steps, at least one, in order
 */
public record Lesson(String title, String source, List<Step> steps) {

    public Lesson {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one step");
        }
    }
}
