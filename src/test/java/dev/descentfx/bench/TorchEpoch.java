package dev.descentfx.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's epoch in real PyTorch, beside the engine's: {@code torch_epoch.py} (in the test
 * resources) runs the lesson's loop with {@code torch.set_num_threads(1)} on the very data of
 * {@link SameNumbers#data}, written to a temporary folder as float32. Before its timings it reports
 * W, b and the cost after a few epochs, and they must be the engine's bits. The python is
 * {@code BENCH_PYTHON}, else {@code python3}; without torch there it says so and times nothing.
 */
final class TorchEpoch {
    private static final Pattern CHECK = Pattern.compile("CHECK n=(\\d+) epochs=(\\d+) W=(\\w+) b=(\\w+) cost=(\\w+)");
    private static final Pattern TORCH = Pattern.compile("TORCH n=(\\d+) torch_us=([0-9.e+-]+)");

    private TorchEpoch() {
    }

    static String python() {
        return System.getenv().getOrDefault("BENCH_PYTHON", "python3");
    }

    /** torch's median µs per epoch for each size, or an empty map (having said why) when torch is not there. */
    static Map<Integer, Double> run(int... sizes) throws IOException, InterruptedException {
        Map<Integer, Double> micros = new TreeMap<>();
        if (exec(List.of(python(), "-c", "import torch, numpy")).exit != 0) {
            System.out.println("TORCH not found: " + python() + " cannot import torch and numpy (set BENCH_PYTHON to a python that can)");
            return micros;
        }
        Path dir = Files.createTempDirectory("torch-epoch");
        try {
            Path script = dir.resolve("torch_epoch.py");
            try (InputStream in = TorchEpoch.class.getResourceAsStream("torch_epoch.py")) {
                Files.write(script, in.readAllBytes());
            }
            List<String> command = new ArrayList<>(List.of(python(), script.toString(), dir.toString()));
            for (int n : sizes) {
                float[][] data = SameNumbers.data(n);
                ByteBuffer bytes = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
                bytes.asFloatBuffer().put(data[0]).put(data[1]);
                Files.write(dir.resolve("data-" + n + ".bin"), bytes.array());
                command.add(Integer.toString(n));
            }
            Result r = exec(command);
            if (r.exit != 0) {
                throw new IllegalStateException("torch_epoch.py failed (exit " + r.exit + "):\n" + r.out);
            }
            r.out.lines().filter(l -> l.startsWith("TORCHVERSION")).forEach(l -> System.out.println("TORCH version " + l.substring(13)));
            for (Matcher m = CHECK.matcher(r.out); m.find(); ) {
                sameAsEngine(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), m.group(4), m.group(5));
            }
            for (Matcher m = TORCH.matcher(r.out); m.find(); ) {
                micros.put(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)));
            }
            return micros;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    // torch's W, b and cost after `epochs` epochs against the engine's, bit for bit
    private static void sameAsEngine(int n, int epochs, String w, String b, String cost) {
        float[][] data = SameNumbers.data(n);
        EngineEpoch engine = new EngineEpoch(data[0], data[1], SameNumbers.START_W, SameNumbers.START_B, SameNumbers.LEARNING_RATE);
        for (int i = 0; i < epochs; i++) {
            engine.epoch();
        }
        String mine = "W=" + hex(engine.W.item()) + " b=" + hex(engine.b.item()) + " cost=" + hex(engine.cost);
        String torch = "W=" + w + " b=" + b + " cost=" + cost;
        if (!mine.equals(torch)) {
            throw new IllegalStateException("n=" + n + ", after " + epochs + " epochs: torch has " + torch + ", the engine " + mine);
        }
        System.out.println("TORCH n=" + n + " same_bits_after_" + epochs + "_epochs=yes (" + torch + ")");
    }

    private static String hex(float v) {
        return String.format("%08x", Float.floatToRawIntBits(v));
    }

    private record Result(int exit, String out) {
    }

    private static Result exec(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().put("MKL_NUM_THREADS", "1");
        Process p;
        try {
            p = pb.start();
        } catch (IOException notThere) {
            return new Result(127, notThere.getMessage());
        }
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }
}
