package dev.descentfx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code descentfx lesson check FILE}: exit 0 with a summary, or 2 with the one message naming file and line. */
class LessonCheckTest {

    @Test
    void aGoodLessonPasses() throws Exception {
        Path file = Path.of(getClass().getResource("/dev/descentfx/lesson/teacher/y-3x-plus-1.md").toURI());
        CliRun r = CliRun.of("lesson", "check", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(file + ": good: 3 steps, 4 claims hold", r.lastLine());
    }

    @Test
    void aBrokenLessonIsOneLineAndExitTwo() throws Exception {
        Path file = Path.of(getClass().getResource("/dev/descentfx/lesson/bad/unknown-action.md").toURI());
        CliRun r = CliRun.of("lesson", "check", file.toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("unknown-action.md, line 8: unknown action 'alpah'"), r.err());
    }

    @Test
    void aFalseClaimIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("false.md");
        Files.writeString(file, "title: t\n\n# c\n\n## One\n\nThe cost is 1.\n\n```lesson\nexpect COST 1 ±0.01\n```\n");
        CliRun r = CliRun.of("lesson", "check", file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("false.md, line 5: step 'One' claims cost 1.0 ±0.01, but the run has 18.66"), r.err());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        CliRun r = CliRun.of("lesson", "check", dir.resolve("none.md").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("none.md"), r.err());
    }
}
