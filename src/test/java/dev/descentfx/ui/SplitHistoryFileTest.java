package dev.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.cli.CliRun;
import dev.descentfx.training.Dataset;
import dev.descentfx.ui.run.DescentViewModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's Epoch history (.csv) of a split run is what {@code train --format csv} writes for it, test_cost column too. */
class SplitHistoryFileTest {
    @Test
    void theHistoryOfASplitRunIsTrainsCsvWithItsTestCost() throws IOException {
        float[] x = new float[12], y = new float[12];
        List<String> xs = new ArrayList<>(), ys = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            x[i] = i * 0.5f;
            y[i] = 3 * x[i] - 1 + (i % 4 - 1.5f) * 0.25f;
            xs.add(Float.toString(x[i]));
            ys.add(Float.toString(y[i]));
        }
        DescentViewModel vm = new DescentViewModel();
        vm.useData(Dataset.of(x, y));
        assertThat(vm.split().byFraction(0.25, 9)).isEmpty();
        for (int i = 0; i < 6; i++) {
            vm.step();
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        RunFiles.history(vm, file);
        CliRun train = CliRun.of("train", "--x", String.join(",", xs), "--y", String.join(",", ys), "--test-fraction", "0.25",
                "--seed", "9", "--epochs", "6", "--print-every", "1", "--format", "csv");
        assertThat(train.exitCode()).isZero();
        assertThat(file.toString(StandardCharsets.UTF_8)).isEqualTo(train.out());
        assertThat(train.outLines().get(0)).endsWith(",test_cost");
        assertThat(train.outLines()).hasSize(8);
    }
}
