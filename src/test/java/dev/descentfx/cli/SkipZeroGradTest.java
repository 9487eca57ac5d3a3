package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code train --skip-zero-grad}: the lesson without optimizer.zero_grad(), against torch's run. */
class SkipZeroGradTest {

    @Test
    void theJsonIsTorchsRunBitForBit() throws IOException {
        CliRun run = CliRun.of("train", "--skip-zero-grad", "--format", "json", "--print-every", "1", "--epochs", "1000");
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<String> torch;
        try (InputStream in = SkipZeroGradTest.class.getResourceAsStream("/pytorch/lesson-skip-zero-grad.csv")) {
            torch = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("epoch")).toList();
        }
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(torch.size()).hasSize(1001);
        for (int k = 0; k < lines.size(); k++) {
            String[] cells = torch.get(k).split(",");
            String line = lines.get(k);
            assertThat(line).startsWith("{\"epoch\":" + cells[0] + ",");
            String[] names = {"W", "b", "cost", "gradW", "gradB"};
            for (int j = 0; j < names.length; j++) {
                int want = (int) Long.parseLong(cells[j + 1], 16);
                int got = Float.floatToRawIntBits(CliRun.jsonNumber(line, names[j]));
                assertThat(Integer.toHexString(got)).as("%s of record %d", names[j], k).isEqualTo(Integer.toHexString(want));
            }
        }
    }
}
