package dev.descentfx.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PyTorchSum} against torch.sum itself (src/test/resources/pytorch/sums.csv, from generate.py). */
class PyTorchSumTest {

    @Test
    void sumsLikeTorchForEveryLength() throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/pytorch/sums.csv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(2).toList();
        }
        assertThat(lines).hasSizeGreaterThan(90);
        for (String line : lines) {
            String[] f = line.split(",");
            String[] hex = f[2].split(" ");
            float[] x = new float[hex.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = bits(hex[i]);
            }
            assertThat(Float.floatToIntBits(PyTorchSum.sum(x))).as("sum of %s values", f[0])
                    .isEqualTo(Float.floatToIntBits(bits(f[1])));
        }
    }

    @Test
    void upToFourValuesItIsLeftToRight() {
        float a = 1e8f, b = 1f, c = -1e8f, d = 1f;
        assertThat(PyTorchSum.sum(new float[] {a, b, c, d})).isEqualTo(((a + b) + c) + d);
    }

    private static float bits(String hex) {
        return Float.intBitsToFloat((int) Long.parseLong(hex, 16));
    }
}
