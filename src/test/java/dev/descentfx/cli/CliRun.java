package dev.descentfx.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One in-process run of {@code descentfx ...}: exit code, stdout and stderr (no System.exit). */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = DescentFxCommand.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public List<String> outLines() {
        return out.lines().toList();
    }

    public List<String> errLines() {
        return err.lines().toList();
    }

    public String lastLine() {
        List<String> lines = outLines();
        return lines.get(lines.size() - 1);
    }

    /** The float after {@code "name":} in a JSON line (a scalar, not an array). */
    static float jsonNumber(String line, String name) {
        var m = java.util.regex.Pattern.compile("\"" + name + "\":(-?[0-9.e+-]+)").matcher(line);
        if (!m.find()) {
            throw new AssertionError("no number " + name + " in " + line);
        }
        return Float.parseFloat(m.group(1));
    }
}
