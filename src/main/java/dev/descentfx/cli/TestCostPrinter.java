package dev.descentfx.cli;

import dev.descentfx.training.TestSet;
import dev.descentfx.training.TrainingConfig;
import java.io.PrintWriter;

/**
 * {@code train}'s printers for a run that holds examples out: each record's line with its test
 * cost beside the cost, {@code torch.mean((x_test * W + b - y_test) ** 2)} at the record's W and b
 * ({@link TestSet#cost}): {@code … Cost: 0.253106 Test cost: 0.605775}, {@code "testCost":…} in
 * JSON, a {@code test_cost} column in CSV.
 */
public final class TestCostPrinter {
    private TestCostPrinter() {
    }

    /** A printer of {@code format} that adds each record's test cost. */
    public static RecordPrinter on(RecordPrinter.Format format, PrintWriter out, int epochs, TrainingConfig config, TestSet test) {
        int features = config.data().features();
        boolean bias = config.bias();
        return switch (format) {
            case PYTORCH, NOTEBOOK -> r -> out.println(RecordPrinter.pytorchLine(r.epoch(), epochs, r.weights(), bias, r.b(),
                    r.cost()) + " Test cost: " + PythonFormat.fixed(test.cost(r), 6));
            case JSON -> r -> {
                String json = RecordPrinter.jsonLine(r);
                out.println(json.substring(0, json.length() - 1) + ",\"testCost\":" + RecordPrinter.number(test.cost(r)) + "}");
            };
            case CSV -> new RecordPrinter.Csv(out, features, bias, test);
        };
    }
}
