package dev.descentfx.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The torch run of a split that {@code src/test/resources/pytorch/split.py} recorded
 * ({@code split-40.csv}): its data, the test rows it drew, and its records (epoch, then the float32
 * bits of W, b, cost and test cost), for the tests of the trainer and of the command line.
 */
public final class SplitReference {
    public static final int M = 40;

    private SplitReference() {
    }

    /** split.py's data: x = i/4, y = 2x + 1 + ((37i mod 11) − 5)/8, every value exact in float32. */
    public static Dataset forty() {
        float[] x = new float[M], y = new float[M];
        for (int i = 0; i < M; i++) {
            x[i] = i * 0.25f;
            y[i] = 2 * x[i] + 1 + ((i * 37) % 11 - 5) * 0.125f;
        }
        return Dataset.of(x, y);
    }

    public static int[] recordedTestRows() throws IOException {
        String line = csv().lines().filter(l -> l.startsWith("# test rows:")).findFirst().orElseThrow();
        return Arrays.stream(line.substring("# test rows:".length()).trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    }

    public static List<long[]> recorded() throws IOException {
        List<long[]> rows = new ArrayList<>();
        for (String l : csv().lines().toList()) {
            if (l.startsWith("#") || l.startsWith("epoch")) {
                continue;
            }
            String[] cells = l.split(",");
            long[] row = new long[cells.length];
            row[0] = Long.parseLong(cells[0]);
            for (int i = 1; i < cells.length; i++) {
                row[i] = Long.parseLong(cells[i], 16);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String csv() throws IOException {
        try (InputStream in = SplitReference.class.getResourceAsStream("/pytorch/split-40.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
