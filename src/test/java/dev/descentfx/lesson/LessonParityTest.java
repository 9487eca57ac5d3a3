package dev.descentfx.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Korean and the English built-in lessons have the same steps, actions and questions. */
class LessonParityTest {
    private final Lesson en = LessonFile.builtIn("en");
    private final Lesson ko = LessonFile.builtIn("ko");

    @Test
    void sameStepsAndActions() {
        assertEquals(en.steps().size(), ko.steps().size());
        assertTrue(en.steps().size() >= 10 && en.steps().size() <= 15, "10 to 15 steps");
        for (int i = 0; i < en.steps().size(); i++) {
            Step e = en.steps().get(i), k = ko.steps().get(i);
            assertEquals(e.actions().toString().replaceAll("\\[F@\\w+", ""), k.actions().toString().replaceAll("\\[F@\\w+", ""), "step " + i);
            assertEquals(e.code(), k.code(), "step " + i + "'s code cell");
            assertEquals(kind(e.question()), kind(k.question()), "step " + i + "'s question");
            assertNotEquals(e.text(), k.text(), "step " + i + " is written in each language");
            assertTrue(!k.look().isEmpty() && !e.look().isEmpty(), "step " + i + " says what to look at");
        }
    }

    @Test
    void questionsAtThreeOrMoreSteps() {
        assertTrue(en.steps().stream().filter(s -> s.question() != null).count() >= 3);
    }

    private static List<Object> kind(Question q) {
        if (q instanceof Question.Number n) {
            return List.of("number", n.answer(), n.tolerance());
        }
        if (q instanceof Question.Choice c) {
            return List.of("choice", c.options().size(), c.answer());
        }
        return List.of();
    }
}
