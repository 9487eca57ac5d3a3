package dev.descentfx.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each broken lesson file in the corpus is refused with its one expected message (expected.tsv, written by hand). */
class BadLessonsTest {

    static Stream<Arguments> corpus() throws Exception {
        Path dir = dir();
        return Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\t", 2))
                .map(p -> Arguments.of(p[0], p[1]));
    }

    private static Path dir() throws URISyntaxException {
        return Path.of(BadLessonsTest.class.getResource("/dev/descentfx/lesson/bad/expected.tsv").toURI()).getParent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedWithItsMessage(String file, String message) throws Exception {
        LessonError e = assertThrows(LessonError.class, () -> LessonFile.read(dir().resolve(file)));
        assertEquals(message, e.getMessage());
    }
}
