package dev.descentfx.cli;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.TestSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes epoch records as they arrive, one line each, in one of three formats. Nothing is
 * collected: a run of a million epochs needs no more memory than a run of ten.
 */
public interface RecordPrinter {

    void print(EpochRecord record);

    /** The formats {@code train --format} offers. */
    enum Format {
        /** The lesson's line for record k: {@code Epoch  100/1000 W: 1.745, b: 0.579 Cost: 0.048171}. */
        PYTORCH,
        /**
         * The course notebook's own printout, digit for digit: its loop prints after
         * {@code optimizer.step()}, so the line for epoch k shows W and b after k + 1 updates
         * and the cost before the last of them ({@code Epoch  100/1000 W: 1.746, b: 0.578 Cost: 0.048171}).
         */
        NOTEBOOK,
        /** One JSON object per line, every number the float32 value's shortest decimal. */
        JSON,
        /** A header row, then one row per record, numbers as in JSON. */
        CSV;

        public RecordPrinter on(PrintWriter out, int epochs, int features, boolean bias) {
            return switch (this) {
                case PYTORCH, NOTEBOOK -> r -> out.println(pytorchLine(r.epoch(), epochs, r.weights(), bias, r.b(), r.cost()));
                case JSON -> r -> out.println(jsonLine(r));
                case CSV -> new Csv(out, features, bias);
            };
        }
    }

    /**
     * {@code 'Epoch {:4d}/{} W: {:.3f}, b: {:.3f} Cost: {:.6f}'.format(...)}, as Python prints it.
     * Without a bias the {@code b: …,} part is left out; several features print as a list.
     */
    static String pytorchLine(int epoch, int epochs, float[] w, boolean bias, float b, float cost) {
        StringBuilder line = new StringBuilder(String.format("Epoch %4d/%d W: ", epoch, epochs));
        if (w.length == 1) {
            line.append(PythonFormat.fixed(w[0], 3));
        } else {
            StringJoiner list = new StringJoiner(", ", "[", "]");
            for (float wj : w) {
                list.add(PythonFormat.fixed(wj, 3));
            }
            line.append(list);
        }
        if (bias) {
            line.append(", b: ").append(PythonFormat.fixed(b, 3));
        }
        return line.append(" Cost: ").append(PythonFormat.fixed(cost, 6)).toString();
    }

    /** {@code {"epoch":k,"W":…,"b":…,"cost":…,"gradW":…,"gradB":…}}; b and gradB only with a bias. */
    static String jsonLine(EpochRecord r) {
        StringBuilder json = new StringBuilder("{\"epoch\":").append(r.epoch());
        json.append(",\"W\":").append(jsonNumbers(r.weights()));
        if (r.bias()) {
            json.append(",\"b\":").append(number(r.b()));
        }
        json.append(",\"cost\":").append(number(r.cost()));
        json.append(",\"gradW\":").append(jsonNumbers(r.gradWeights()));
        if (r.bias()) {
            json.append(",\"gradB\":").append(number(r.gradB()));
        }
        return json.append('}').toString();
    }

    /** A float32 as JSON: its shortest decimal, or {@code null} when infinite or NaN. */
    static String number(float value) {
        return Float.isFinite(value) ? PythonFormat.shortest(value) : "null";
    }

    private static String jsonNumbers(float[] values) {
        if (values.length == 1) {
            return number(values[0]);
        }
        StringJoiner array = new StringJoiner(",", "[", "]");
        for (float v : values) {
            array.add(number(v));
        }
        return array.toString();
    }

    /**
     * Columns {@code epoch,W,b,cost,gradW,gradB}; with k features {@code W1..Wk} and {@code gradW1..gradWk};
     * with held-out examples a last column {@code test_cost}.
     */
    final class Csv implements RecordPrinter {
        private final CSVPrinter csv;
        private final TestSet test;   // null: no test_cost column

        Csv(PrintWriter out, int features, boolean bias) {
            this(out, features, bias, null);
        }

        Csv(PrintWriter out, int features, boolean bias, TestSet test) {
            this.test = test;
            List<String> header = new ArrayList<>(List.of("epoch"));
            header.addAll(numbered("W", features));
            if (bias) {
                header.add("b");
            }
            header.add("cost");
            header.addAll(numbered("gradW", features));
            if (bias) {
                header.add("gradB");
            }
            if (test != null) {
                header.add("test_cost");
            }
            try {
                csv = CSVFormat.DEFAULT.builder().setRecordSeparator(System.lineSeparator())
                        .setHeader(header.toArray(String[]::new)).get().print(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void print(EpochRecord r) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(r.epoch()));
            addAll(row, r.weights());
            if (r.bias()) {
                row.add(cell(r.b()));
            }
            row.add(cell(r.cost()));
            addAll(row, r.gradWeights());
            if (r.bias()) {
                row.add(cell(r.gradB()));
            }
            if (test != null) {
                row.add(cell(test.cost(r)));
            }
            try {
                csv.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // An infinite or NaN value leaves its cell empty, as JSON writes null.
        private static String cell(float value) {
            return Float.isFinite(value) ? PythonFormat.shortest(value) : "";
        }

        private static void addAll(List<String> row, float[] values) {
            for (float v : values) {
                row.add(cell(v));
            }
        }

        private static List<String> numbered(String name, int count) {
            if (count == 1) {
                return List.of(name);
            }
            List<String> names = new ArrayList<>();
            for (int j = 1; j <= count; j++) {
                names.add(name + j);
            }
            return names;
        }
    }
}
