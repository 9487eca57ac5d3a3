package dev.descentfx.bench;

import dev.descentfx.data.CsvFile;
import dev.descentfx.data.CsvTable;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast and how lean {@code --data} reads a large CSV file, beside numpy's {@code loadtxt} on
 * the same file in the same run. Writes 1,000,000 rows of three random float32 values (as
 * Python's repr of their double writes them, about 57 MB) to a temporary folder; checks that
 * every value read is {@code (float) Double.parseDouble} of its text; then, five times over, a
 * fresh {@code java -Xmx250m} reads the file (the time beyond the JVM's start: {@link CsvFile}
 * and the columns) and a fresh python3 runs numpy's loadtxt; and three times
 * {@code train --data FILE --epochs 1} under -Xmx250m, beside the same command on a 3-row file.
 * Not a test: it prints figures (see the README).
 *
 * <pre>./mvnw -B -q -Pbench verify -Dbench.main=dev.descentfx.bench.CsvLoadBenchmark</pre>
 */
public final class CsvLoadBenchmark {
    private static final int ROWS = 1_000_000;
    private static final int RUNS = 5;
    private static final String HEAP = "-Xmx250m";
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(-?[0-9.]+)");

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("csv-bench");
        Path file = dir.resolve("random-1000000x3.csv");
        Path tiny = Files.writeString(dir.resolve("lesson.csv"), "x,y\n1,2\n2,4\n3,6\n");
        try {
            generate(file);
            System.out.printf("CSV rows=%d columns=3 mb=%.1f%n", ROWS, Files.size(file) / 1e6);
            System.out.printf("SAME values=%d (each is (float) Double.parseDouble of its text)%n", checkValues(file));

            String python = System.getenv().getOrDefault("BENCH_PYTHON", "python3");
            boolean numpy = run(List.of(python, "-c", "import numpy")).exit == 0;
            List<Double> load = new ArrayList<>(), loadtxt = new ArrayList<>(), heap = new ArrayList<>(),
                    rss = new ArrayList<>(), numpyRss = new ArrayList<>();
            for (int r = 0; r < RUNS; r++) {
                Result java = java("load", file);
                load.add(java.get("s"));
                heap.add(java.get("heap_peak_mb"));
                rss.add(java.get("rss_peak_mb"));
                if (numpy) {
                    Result np = run(List.of(python, "-c", NUMPY, file.toString()));
                    loadtxt.add(np.get("s"));
                    numpyRss.add(np.get("rss_peak_mb"));
                }
            }
            System.out.println("LOAD java " + HEAP + " " + spread(load) + " (fresh JVM per run: CsvFile.read + the float32 columns)");
            if (numpy) {
                String version = run(List.of(python, "-c", "import numpy; print('version=' + numpy.__version__)")).out.strip();
                System.out.println("LOAD numpy loadtxt(dtype=float32) " + spread(loadtxt) + " (numpy " + version.substring(8) + ")");
                System.out.printf("RATIO java/numpy median=%.2f (target: at most 1.5)%n", median(load) / median(loadtxt));
            } else {
                System.out.println("LOAD numpy: not run (no python3 with numpy on the PATH; or set BENCH_PYTHON)");
            }
            System.out.printf("MEMORY java heap_peak_mb=%.0f rss_peak_mb=%.0f (max of %d runs, under %s)%s%n", max(heap),
                    max(rss), RUNS, HEAP, numpy ? String.format(" numpy rss_peak_mb=%.0f", max(numpyRss)) : "");

            List<Double> train = new ArrayList<>(), lesson = new ArrayList<>(), trainHeap = new ArrayList<>(),
                    trainRss = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                Result big = java("train", file);
                if (big.get("exit") != 0) {
                    throw new AssertionError("train failed: " + big.out);
                }
                train.add(big.get("s") + big.get("jvm_start_s"));
                trainHeap.add(big.get("heap_peak_mb"));
                trainRss.add(big.get("rss_peak_mb"));
                Result small = java("train", tiny);
                lesson.add(small.get("s") + small.get("jvm_start_s"));
            }
            System.out.printf("TRAIN --epochs 1 on the file %s, on the lesson's 3 rows %s (JVM start included)%n",
                    spread(train), spread(lesson));
            System.out.printf("MEMORY train heap_peak_mb=%.0f rss_peak_mb=%.0f (max of 3 runs, under %s)%n", max(trainHeap),
                    max(trainRss), HEAP);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static final String NUMPY = String.join("\n",
            "import sys, time, resource, numpy",
            "t = time.perf_counter()",
            "a = numpy.loadtxt(sys.argv[1], delimiter=',', skiprows=1, dtype=numpy.float32)",
            "s = time.perf_counter() - t",
            "print('s=%.4f rows=%d rss_peak_mb=%.1f' % (s, a.shape[0], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3))");

    /** Three columns of random float32 values, each written as its double's shortest repr (as numpy prints them). */
    private static void generate(Path file) throws IOException {
        Random random = new Random(8);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("a,b,y\n");
            for (int i = 0; i < ROWS; i++) {
                for (int j = 0; j < 3; j++) {
                    out.write(Double.toString((float) (random.nextGaussian() * 10)));
                    out.write(j < 2 ? ',' : '\n');
                }
            }
        }
    }

    /** Every value the reader gives against (float) Double.parseDouble of the text, split here by String.split. */
    private static long checkValues(Path file) throws IOException {
        CsvTable table = CsvFile.read(file);
        float[][] columns = table.columns(table.names());
        long checked = 0;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            in.readLine();
            String line;
            for (int i = 0; (line = in.readLine()) != null; i++) {
                String[] cells = line.split(",");
                for (int j = 0; j < cells.length; j++, checked++) {
                    if (Float.floatToRawIntBits(columns[j][i]) != Float.floatToRawIntBits((float) Double.parseDouble(cells[j]))) {
                        throw new AssertionError("row " + (i + 1) + " column " + (j + 1) + ": " + cells[j] + " read as " + columns[j][i]);
                    }
                }
            }
        }
        return checked;
    }

    private static Result java(String mode, Path file) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Result result = run(List.of(javaBin, HEAP, "-cp", System.getProperty("java.class.path"),
                CsvLoadOnce.class.getName(), mode, file.toString()));
        if (result.exit != 0) {
            throw new AssertionError("java " + HEAP + " " + mode + " failed (exit " + result.exit + "): " + result.out);
        }
        return result;
    }

    private record Result(int exit, String out) {
        double get(String name) {
            Matcher m = FIELD.matcher(out);
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    return Double.parseDouble(m.group(2));
                }
            }
            throw new AssertionError("no " + name + " in: " + out);
        }
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }

    private static String spread(List<Double> values) {
        return String.format("median_s=%.3f min_s=%.3f max_s=%.3f", median(values),
                values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN), max(values));
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

}
