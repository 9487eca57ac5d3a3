package dev.descentfx.cli;

import dev.descentfx.lesson.Lesson;
import dev.descentfx.lesson.LessonError;
import dev.descentfx.lesson.LessonFile;
import dev.descentfx.lesson.LessonRun;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code descentfx lesson check FILE}: a lesson file read, its steps run headless, and every claim it makes tested. */
@Command(name = "lesson", description = "Work with guided-lesson files.", subcommands = LessonCommand.Check.class)
public final class LessonCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name what to do: 'lesson check FILE'");
    }

    @Command(name = "check", description = "Check a lesson file: its syntax, and that every 'expect' holds in the run its steps make.",
            footer = {"", "Exit code 0 when the lesson is good, 2 with one line naming the file, the line and what to fix."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The lesson file (Markdown, see the README's 'The guided lesson').")
        Path file;

        @Override
        public Integer call() {
            try {
                Lesson lesson = LessonFile.read(file);
                int claims = LessonRun.check(lesson);
                spec.commandLine().getOut().println(file + ": good: " + lesson.steps().size() + " steps, "
                        + claims + " claims hold");
                return 0;
            } catch (LessonError e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }
}
