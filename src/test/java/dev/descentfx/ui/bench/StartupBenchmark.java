package dev.descentfx.ui.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the real program as a user starts it: a new process each run, timed from just before
 * it is launched (this process's wall clock) to the app's first painted frame, which the app itself
 * prints when {@code -Ddescentfx.startupProbe=true} (see {@code StartupProbe}); then the first five
 * seconds of Play at top speed, frame by frame. Not a unit test: {@code ./mvnw -q -Pstartbench verify}
 * (after {@code ./mvnw -Pcds package}, for the runs with the archive), under xvfb-run.
 *
 * <p>It runs, each {@code bench.runs} times (default 5) after one run not counted (which fills the
 * file cache and shows the start screen of the first start; the counted runs are later starts):
 * <ul>
 * <li>{@code jar}: {@code java -jar target/descentfx.jar} (the JDK's own class-data archive only);</li>
 * <li>{@code launcher}: {@code target/descentfx}, the script that adds the app's archive
 * {@code target/descentfx.jsa} (skipped with a note when the archive has not been made);</li>
 * <li>{@code app-image}: {@code target/installer/DescentFX/bin/DescentFX}, when {@code -Pinstaller} made it.</li>
 * </ul>
 * Each prints {@code STARTUP name run=i first_frame_ms=… cpu_ms=… play_worst_ms=… play_p99_ms=…} and
 * a summary line with the median, minimum and maximum over the runs. {@code cpu_ms} is the CPU time
 * all the app's threads used up to the first frame: a busy machine stretches it less than the wall clock.
 * The probe options reach the JVM through {@code JAVA_TOOL_OPTIONS}, so every way of starting takes them
 * alike; {@code -Dprism.order=sw} as under Xvfb there is no OpenGL.
 */
public final class StartupBenchmark {
    private static final Pattern FIRST = Pattern.compile("^STARTUP first_frame epoch_ms=(\\d+)(?: cpu_ms=(\\d+))?");
    private static final Pattern PLAY = Pattern.compile("^PLAY n=(\\d+) median_ms=([\\d.]+) p99_ms=([\\d.]+) worst_ms=([\\d.]+)");
    private static final double PLAY_SECONDS = 5;

    private StartupBenchmark() {
    }

    /** One start: the first frame after launch, the CPU by then, and Play's frames. */
    record Start(long firstFrameMs, long cpuMs, int frames, double playP99Ms, double playWorstMs) {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("bench.target", "target")).toAbsolutePath();
        int runs = Integer.getInteger("bench.runs", 5);
        Map<String, List<String>> ways = new LinkedHashMap<>();
        ways.put("jar", List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                target.resolve("descentfx.jar").toString()));
        Path launcher = target.resolve("descentfx");
        if (Files.isRegularFile(target.resolve("descentfx.jsa")) && Files.isExecutable(launcher)) {
            ways.put("launcher", List.of(launcher.toString()));
        } else {
            System.out.println("NOTE no " + target.resolve("descentfx.jsa") + " (or no launcher): make it with ./mvnw -Pcds package;"
                    + " the launcher's runs are skipped");
        }
        Path image = target.resolve("installer/DescentFX/bin/DescentFX");
        if (Files.isExecutable(image)) {
            ways.put("app-image", List.of(image.toString()));
        }
        System.out.printf(Locale.ROOT, "MACHINE cores=%d java=%s load=%s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAverage());
        for (Map.Entry<String, List<String>> way : ways.entrySet()) {
            Path prefs = Files.createTempDirectory("descentfx-startbench");
            start(way.getValue(), prefs);   // not counted: the file cache, and the first start's screen
            List<Start> starts = new ArrayList<>();
            for (int i = 1; i <= runs; i++) {
                Start s = start(way.getValue(), prefs);
                starts.add(s);
                System.out.printf(Locale.ROOT, "STARTUP %s run=%d first_frame_ms=%d cpu_ms=%d play_frames=%d play_p99_ms=%.1f play_worst_ms=%.1f%n",
                        way.getKey(), i, s.firstFrameMs(), s.cpuMs(), s.frames(), s.playP99Ms(), s.playWorstMs());
            }
            System.out.println(summary(way.getKey(), starts));
        }
        System.out.printf(Locale.ROOT, "MACHINE load_after=%s%n", loadAverage());
    }

    private static Start start(List<String> command, Path prefs) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + prefs, "-Ddescentfx.startupProbe=true",
                "-Ddescentfx.startupProbe.play=" + PLAY_SECONDS, "-Ddescentfx.startupProbe.exit=true"));
        long launched = System.currentTimeMillis();
        Process p = pb.start();
        long first = -1;
        long cpu = -1;
        Matcher play = null;
        List<String> output = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.add(line);
                Matcher f = FIRST.matcher(line);
                if (f.find()) {
                    first = Long.parseLong(f.group(1)) - launched;
                    cpu = f.group(2) == null ? -1 : Long.parseLong(f.group(2));
                }
                Matcher m = PLAY.matcher(line);
                if (m.find()) {
                    play = m;
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (first < 0 || play == null) {
            throw new IllegalStateException("the app printed no first frame or no PLAY line: " + command + "\n"
                    + String.join("\n", output.subList(Math.max(0, output.size() - 20), output.size())));
        }
        return new Start(first, cpu, Integer.parseInt(play.group(1)), Double.parseDouble(play.group(3)),
                Double.parseDouble(play.group(4)));
    }

    private static String summary(String name, List<Start> starts) {
        List<Long> first = sorted(starts.stream().map(Start::firstFrameMs).toList());
        List<Long> cpu = sorted(starts.stream().map(Start::cpuMs).toList());
        List<Double> worst = sorted(starts.stream().map(Start::playWorstMs).toList());
        List<Double> p99 = sorted(starts.stream().map(Start::playP99Ms).toList());
        return String.format(Locale.ROOT, "SUMMARY %s runs=%d first_frame_ms median=%d min=%d max=%d | cpu_ms median=%d"
                        + " | first %.0f s of Play at top speed: worst_ms median=%.1f max=%.1f, p99_ms median=%.1f max=%.1f",
                name, starts.size(), median(first), first.get(0), first.get(first.size() - 1), median(cpu), PLAY_SECONDS,
                median(worst), worst.get(worst.size() - 1), median(p99), p99.get(p99.size() - 1));
    }

    private static <T extends Comparable<T>> List<T> sorted(List<T> values) {
        List<T> s = new ArrayList<>(values);
        Collections.sort(s);
        return s;
    }

    private static <T> T median(List<T> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
