package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.autograd.Graph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The inside of an epoch against real PyTorch, call by call. lesson-phases.csv (written by
 * phases.py with torch 2.13, CPU float32) holds, after every call of the lesson's loop, each
 * tensor's value and .grad — None included — and the graph's intermediate nodes with their
 * retained gradients, and the order torch's backward completed them. Here the same calls run
 * through {@link Trainer#startByCalls} and {@link Trainer#stepByCalls}; every bit must agree.
 */
class PhasesTest {

    @ParameterizedTest
    @ValueSource(strings = {"lesson", "no-bias", "skip-zero-grad", "manual"})
    void everyCallMatchesPyTorchBitForBit(String run) throws IOException {
        TrainingConfig config = switch (run) {
            case "lesson" -> TrainingConfig.lesson();
            case "no-bias" -> TrainingConfig.lesson().withBias(false);
            case "skip-zero-grad" -> TrainingConfig.lesson().withZeroGrad(false);
            default -> TrainingConfig.lesson().withBias(false).withMode(GradientMode.MANUAL).withLearningRate(0.1);
        };
        List<String[]> rows = rows(run);
        int last = rows.stream().mapToInt(r -> Integer.parseInt(r[1])).max().orElseThrow();
        Map<String, Moment> moments = moments(config, last);
        int checked = 0;
        for (String[] row : rows) {
            String at = run + " epoch " + row[1] + " after " + row[2] + ": " + row[3];
            Moment m = moments.get(row[1] + " " + row[2]);
            assertThat(m).as(at).isNotNull();
            if (row[3].equals("backward_order")) {
                assertThat(order(m.graph())).as(at).isEqualTo(row[4]);
            } else if (!(config.mode() == GradientMode.MANUAL && row[3].equals("W.grad"))) {
                assertBits(value(m, row[3]), row[4], at);
            }
            checked++;
        }
        assertThat(checked).as("rows checked for " + run).isGreaterThan(80);
    }

    // Our moments by "epoch phase": epoch 0 from the start, then STEP of k and the calls of k + 1 from record k.
    private static Map<String, Moment> moments(TrainingConfig config, int last) {
        Map<String, Moment> byKey = new HashMap<>();
        List<Moment> all = new ArrayList<>(Trainer.startByCalls(config));
        Trainer trainer = new Trainer(config);
        for (int k = 0; k <= last; k++) {
            List<Moment> calls = trainer.stepByCalls();
            if (k >= last - 2 || k < 5) {
                all.addAll(calls);
            }
        }
        for (Moment m : all) {
            byKey.put(m.epoch() + " " + m.call().name().toLowerCase(Locale.ROOT), m);
        }
        return byKey;
    }

    // A tensor of the reference by its name: the lesson's own, or a graph node by its operation.
    private static float[] value(Moment m, String tensor) {
        switch (tensor) {
            case "W": return m.weights();
            case "b": return new float[] {m.b()};
            case "W.grad", "gradient": return m.gradW();
            case "b.grad": return m.gradB();
            case "hypothesis": return m.hypothesis();
            case "cost": return m.cost();
            default:
                boolean grad = tensor.endsWith(".grad");
                Graph.Node node = byOp(m.graph(), grad ? tensor.substring(0, tensor.length() - 5) : tensor);
                return node == null ? null : grad ? node.grad() : node.value();
        }
    }

    private static Graph.Node byOp(Graph graph, String op) {
        if (graph == null) {
            return null;
        }
        return graph.nodes().stream().filter(n -> n.op().equals(op)).findFirst().orElse(null);
    }

    // "mean pow sub add b mul W": leaves by their name, computed tensors by their operation
    private static String order(Graph graph) {
        List<String> names = new ArrayList<>();
        for (int i : graph.backwardOrder()) {
            Graph.Node n = graph.nodes().get(i);
            names.add(n.isLeaf() ? n.name() : n.op());
        }
        return String.join(" ", names);
    }

    private static void assertBits(float[] actual, String expected, String what) {
        if (expected.equals("none")) {
            assertThat(actual).as(what + " (torch: None)").isNull();
            return;
        }
        String[] hex = expected.split(" ");
        assertThat(actual).as(what).isNotNull().hasSize(hex.length);
        for (int i = 0; i < hex.length; i++) {
            assertThat(String.format("%08x", Float.floatToRawIntBits(actual[i]))).as(what + "[" + i + "] = " + actual[i])
                    .isEqualTo(hex[i]);
        }
    }

    private static List<String[]> rows(String run) throws IOException {
        try (InputStream in = PhasesTest.class.getResourceAsStream("/pytorch/lesson-phases.csv")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith(run + ",")).map(l -> l.split(",", -1)).toList();
        }
    }
}
