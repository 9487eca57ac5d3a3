package dev.descentfx.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The built-in lessons' steps run headless reach the numbers their texts state. The expected values
 * here are the lesson's own printouts (W 1.9708, b 0.0664 after 1000 updates) and closed forms of
 * its data x = 1, 2, 3, y = 2, 4, 6, not the run's output.
 */
class LessonRunTest {

    private static Step titled(Lesson l, int index) {
        return l.steps().get(index);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void everyClaimOfTheBuiltInLessonHolds(String language) throws LessonError {
        Lesson lesson = LessonFile.builtIn(language);
        assertEquals(12, LessonRun.check(lesson), "every expect line is a claim, and each holds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void theStepsReachTheLessonsPrintedNumbers(String language) {
        Lesson lesson = LessonFile.builtIn(language);
        List<LessonRun.State> states = LessonRun.states(lesson);
        // the step that trains 1000 epochs: the lesson's notebook prints W: 1.971, b: 0.066 … W 1.9708, b 0.0664
        int full = indexOfEpoch(states, 1000);
        LessonRun.Numbers n = LessonRun.numbers(states.get(full));
        assertEquals(1.9708, n.value(Quantity.W), 5e-5);
        assertEquals(0.0664, n.value(Quantity.B), 5e-5);
        // the first step of the lesson: cost = mean(y²) = 56/3, ∇W = −2·mean(x·y) = −56/3, ∇b = −2·mean(y) = −8
        LessonRun.Numbers first = LessonRun.numbers(states.get(0));
        assertEquals(56.0 / 3, first.value(Quantity.COST), 1e-5);
        assertEquals(-56.0 / 3, first.value(Quantity.GRAD_W), 1e-5);
        assertEquals(-8, first.value(Quantity.GRAD_B), 1e-5);
        assertEquals(0.01 * 56 / 3, first.value(Quantity.NEXT_W), 1e-6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void partTwoIsWAloneByHandAndItsCriticalAlphaIsTheClosedForm(String language) {
        Lesson lesson = LessonFile.builtIn(language);
        List<LessonRun.State> states = LessonRun.states(lesson);
        LessonRun.State last = states.get(states.size() - 1);
        assertEquals(false, last.bias());
        // the last step says both computations agree: the same state by hand reaches the same W
        LessonRun.State byHand = last.with(new Action.Mode(dev.descentfx.training.GradientMode.MANUAL));
        assertEquals(LessonRun.numbers(byHand).value(Quantity.W), LessonRun.numbers(last).value(Quantity.W), 1e-6);
        // cost(W) = (14/3)(W − 2)²: λ = 2·mean(x²) = 28/3, critical α = 2/λ = 3/14; each step at α 0.1 leaves 1 − 0.1·28/3 = 1/15
        LessonRun.Numbers n = LessonRun.numbers(last);
        assertEquals(3.0 / 14, n.criticalAlpha(), 1e-12);
        assertEquals(2 - 2 * Math.pow(1.0 / 15, last.epoch()), n.value(Quantity.W), 1e-6);
    }

    @Test
    void aClaimThatDoesNotHoldIsRefusedNamingTheStepsLine() throws LessonError {
        String text = "title: t\n\n# c\n\n## One\n\nW starts at 0.\n\n```lesson\nstart W=0 b=0\nexpect W 0.5 ±0.001\n```\n";
        Lesson l = LessonFile.parse("wrong.md", text.getBytes(StandardCharsets.UTF_8));
        LessonError e = assertThrows(LessonError.class, () -> LessonRun.check(l));
        assertTrue(e.getMessage().startsWith("wrong.md, line 5: step 'One' claims w 0.5 ±0.001, but the run has 0.0"),
                e.getMessage());
    }

    @Test
    void aTeachersLessonOnOtherDataIsCheckedAgainstItsOwnClosedForm() throws Exception {
        Path file = Path.of(getClass().getResource("/dev/descentfx/lesson/teacher/y-3x-plus-1.md").toURI());
        Lesson l = LessonFile.read(file);
        assertEquals(4, LessonRun.check(l));
        // least squares of (1, 4), (2, 7), (3, 10) is W = 3, b = 1 exactly
        LessonRun.Numbers end = LessonRun.numbers(LessonRun.states(l).get(2));
        assertEquals(3, end.value(Quantity.W), 1e-3);
        assertEquals(1, end.value(Quantity.B), 1e-3);
    }

    private static int indexOfEpoch(List<LessonRun.State> states, int epoch) {
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).epoch() == epoch && states.get(i).bias()) {
                return i;
            }
        }
        throw new AssertionError("no step at epoch " + epoch);
    }
}
