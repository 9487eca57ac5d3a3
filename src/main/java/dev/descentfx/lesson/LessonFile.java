package dev.descentfx.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lesson file (its syntax: {@code FORMAT.md} beside this class): Markdown with a
 * {@code title:} line, {@code # } chapters and one {@code ## } heading per step; a step's text,
 * one fenced {@code python} code cell and one fenced {@code lesson} block of actions. Anything
 * wrong is one {@link LessonError} naming the file, the line and what to fix. Sizes are bounded,
 * so a hostile file cannot take the memory or the time.
 */
public final class LessonFile {
    /** The built-in lessons, one per language: {@code lesson_en.md}, {@code lesson_ko.md}. */
    public static final String BUILT_IN = "/dev/descentfx/lesson/lesson_%s.md";
    static final int MAX_BYTES = 512 * 1024;
    static final int MAX_STEPS = 100;
    static final int MAX_LINE = 4000;
    static final int MAX_ACTIONS = 40;

    private LessonFile() {
    }

    /** The built-in lesson in {@code languageCode} ("en" or "ko"). */
    public static Lesson builtIn(String languageCode) {
        String name = String.format(BUILT_IN, languageCode);
        try (InputStream in = LessonFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no built-in lesson " + name);
            }
            return parse(name.substring(name.lastIndexOf('/') + 1), in.readNBytes(MAX_BYTES + 1));
        } catch (IOException | LessonError e) {
            throw new IllegalStateException("the built-in lesson " + name + " is broken: " + e.getMessage(), e);
        }
    }

    /** Reads {@code file}; its name (not its whole path) is in every message. */
    public static Lesson read(Path file) throws LessonError {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new LessonError(name, 0, "the file is " + Files.size(file) + " bytes; a lesson file is at most "
                        + MAX_BYTES + " bytes");
            }
            return parse(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new LessonError(name, 0, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads a lesson from {@code bytes} (UTF-8); {@code name} is the file named in messages. */
    public static Lesson parse(String name, byte[] bytes) throws LessonError {
        if (bytes.length > MAX_BYTES) {
            throw new LessonError(name, 0, "the file is more than " + MAX_BYTES + " bytes; a lesson file is at most that");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LessonError(name, 0, "is not UTF-8 text; save it as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Reader(name, text.split("\r\n|\n|\r", -1)).lesson();
    }

    /** One pass over the lines. */
    private static final class Reader {
        private final String name;
        private final String[] lines;
        private String title;
        private String chapter = "";
        private final List<Step> steps = new ArrayList<>();
        private StepLines step;   // the step being read, or null before the first heading

        Reader(String name, String[] lines) {
            this.name = name;
            this.lines = lines;
        }

        Lesson lesson() throws LessonError {
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                int n = i + 1;
                if (line.length() > MAX_LINE) {
                    throw error(n, "the line is " + line.length() + " characters long; at most " + MAX_LINE);
                }
                if (line.startsWith("```")) {
                    i = fence(i);
                } else if (line.startsWith("## ")) {
                    endStep();
                    if (steps.size() >= MAX_STEPS) {
                        throw error(n, "more than " + MAX_STEPS + " steps; a lesson has at most " + MAX_STEPS);
                    }
                    String heading = line.substring(3).strip();
                    if (heading.isEmpty()) {
                        throw error(n, "a step's heading '## ' needs a title after it");
                    }
                    step = new StepLines(chapter, heading, n);
                } else if (line.startsWith("# ")) {
                    endStep();
                    chapter = line.substring(2).strip();
                } else if (line.startsWith("#") && line.matches("#{3,}\\s.*")) {
                    throw error(n, "only '# ' (a chapter) and '## ' (a step) headings are allowed; write the rest as text");
                } else if (step == null) {
                    if (line.startsWith("title:")) {
                        title = line.substring(6).strip();
                    } else if (!line.isBlank() && chapter.isEmpty()) {
                        throw error(n, "a lesson file begins with 'title: ...' and then '# ' chapters and '## ' steps");
                    }
                } else {
                    step.text.append(line).append('\n');
                }
            }
            endStep();
            if (title == null || title.isEmpty()) {
                throw error(1, "the lesson has no title; begin the file with a line 'title: ...'");
            }
            if (steps.isEmpty()) {
                throw error(lines.length, "the lesson has no step; each step begins with a heading '## Its title'");
            }
            return new Lesson(title, name, steps);
        }

        /** A fenced block opening at line index {@code i}; returns the index of its closing fence. */
        private int fence(int i) throws LessonError {
            String kind = lines[i].substring(3).strip();
            int close = i + 1;
            while (close < lines.length && !lines[close].startsWith("```")) {
                close++;
            }
            if (close >= lines.length) {
                throw error(i + 1, "the block opened here with ``` is never closed; end it with a line ```");
            }
            if (step == null) {
                throw error(i + 1, "a block before the first step; put it under a '## ' step heading");
            }
            switch (kind) {
                case "python" -> {
                    if (step.code != null) {
                        throw error(i + 1, "a second python code cell in step '" + step.title + "'; a step has one");
                    }
                    step.code = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, close));
                }
                case "lesson" -> {
                    if (step.actionsLine > 0) {
                        throw error(i + 1, "a second lesson block in step '" + step.title + "'; a step has one");
                    }
                    step.actionsLine = i + 1;
                    for (int k = i + 1; k < close; k++) {
                        step.action(k + 1, lines[k].strip());
                    }
                }
                default -> {
                    for (int k = i; k <= close; k++) {
                        step.text.append(lines[k]).append('\n');
                    }
                }
            }
            return close;
        }

        private void endStep() throws LessonError {
            if (step != null) {
                steps.add(step.step());
                step = null;
            }
        }

        private LessonError error(int line, String what) {
            return new LessonError(name, line, what);
        }

        /** The parts of one step as they are read. */
        private final class StepLines {
            final String chapter;
            final String title;
            final int line;
            final StringBuilder text = new StringBuilder();
            String code;
            int actionsLine;
            String look = "";
            final List<Action> actions = new ArrayList<>();
            Asked ask;
            String explain;
            int explainLine;

            StepLines(String chapter, String title, int line) {
                this.chapter = chapter;
                this.title = title;
                this.line = line;
            }

            void action(int n, String a) throws LessonError {
                if (a.isEmpty() || a.startsWith("//")) {
                    return;
                }
                try {
                    if (a.startsWith("look:")) {
                        look = a.substring(5).strip();
                    } else if (a.startsWith("explain:")) {
                        explain = a.substring(8).strip();
                        explainLine = n;
                    } else {
                        int space = a.indexOf(' ');
                        String word = space < 0 ? a : a.substring(0, space);
                        String rest = space < 0 ? "" : a.substring(space + 1).strip();
                        if (word.equals("ask")) {
                            if (ask != null) {
                                throw ActionLine.bad("a second question in this step; a step asks at most one");
                            }
                            ask = Asked.parse(rest, n);
                        } else {
                            if (actions.size() >= MAX_ACTIONS) {
                                throw ActionLine.bad("more than " + MAX_ACTIONS + " actions in one step");
                            }
                            actions.add(ActionLine.parse(word, rest));
                        }
                    }
                } catch (IllegalArgumentException e) {
                    throw error(n, e.getMessage());
                }
            }

            Step step() throws LessonError {
                if (actionsLine == 0) {
                    throw error(line, "step '" + title + "' has no ```lesson block; give it one (it may say only 'look: ...')");
                }
                if (explain != null && ask == null) {
                    throw error(explainLine, "an 'explain:' without a question; add an 'ask' line or remove it");
                }
                Question q = null;
                if (ask != null) {
                    if (explain == null || explain.isEmpty()) {
                        throw error(ask.line(), "the question has no explanation; add a line 'explain: ...' with the answer");
                    }
                    q = ask.question(explain);
                }
                String body = text.toString().strip();
                if (body.isEmpty()) {
                    throw error(line, "step '" + title + "' has no text; write a few sentences under its heading");
                }
                return new Step(chapter, title, body, code == null ? "" : code, look, actions, q, line);
            }
        }
    }
}
