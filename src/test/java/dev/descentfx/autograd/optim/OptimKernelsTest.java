package dev.descentfx.autograd.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each float32 step of SGD and Adam against torch's own kernels, bit for bit: optim-kernels.csv was
 * written by src/test/resources/pytorch/optim_kernels.py with torch 2.13 (CPU) on random inputs, for
 * 1-element tensors (torch's scalar loop, the lesson's W and b) and 40-element ones (its vector loop).
 */
class OptimKernelsTest {

    @Test
    void everyKernelRoundsAsTorchDoes() throws IOException {
        int checked = 0;
        for (String line : rows()) {
            String[] f = line.split("\\|", -1);
            if (f[0].equals("bias") || f[0].equals("sqrt")) {
                continue;
            }
            String[] s = f[1].split(" ");
            float[] a = bits(f[2]), b = bits(f[3]), out = bits(f[4]);
            for (int j = 0; j < a.length; j++) {
                float expected = out[j], actual = switch (f[0]) {
                    case "lerp" -> TorchKernels.lerp(a[j], b[j], (float) Double.parseDouble(s[0]));
                    case "mul_addcmul" -> TorchKernels.addcmul(a[j] * (float) Double.parseDouble(s[0]), b[j], b[j],
                            (float) Double.parseDouble(s[1]));
                    case "div_add" -> a[j] / (float) Double.parseDouble(s[0]) + (float) Double.parseDouble(s[1]);
                    case "addcdiv" -> TorchKernels.addcdiv(a[j], b[j], Math.abs(b[j]) + 0.5f, (float) Double.parseDouble(s[0]));
                    case "add_alpha" -> TorchKernels.add(a[j], b[j], (float) Double.parseDouble(s[0]));
                    case "mul_add_alpha" -> TorchKernels.add(a[j] * (float) Double.parseDouble(s[0]), b[j],
                            (float) Double.parseDouble(s[1]));
                    case "maximum" -> Math.max(Math.abs(a[j]), Math.abs(b[j]));
                    default -> throw new AssertionError("unknown op " + f[0]);
                };
                assertThat(Float.floatToIntBits(actual)).as("%s(%s) on %s, %s: %s vs torch's %s", f[0], f[1], a[j], b[j],
                        actual, expected).isEqualTo(Float.floatToIntBits(expected));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(4000);
    }

    /**
     * Python's 1 - β ** step is the double Java's Math.pow gives; its ** 0.5 (C's pow) is, rounded to
     * the float32 the kernel divides by, Java's too (as doubles they can differ in the last bit: glibc
     * gives (1 − 2⁻⁵³) ** 0.5 as 1.0, not the nearest double).
     */
    @Test
    void biasCorrectionsAreTheDoublesPythonComputes() throws IOException {
        int checked = 0;
        for (String line : rows()) {
            String[] f = line.split("\\|", -1);
            if (f[0].equals("bias")) {
                String[] s = f[1].split(" ");
                double beta = Double.parseDouble(s[0]), step = Double.parseDouble(s[1]);
                double correction = 1 - Math.pow(beta, step);
                assertThat(correction).as("1 - %s ** %s", beta, step).isEqualTo(Double.parseDouble(f[2]));
                assertThat((float) Math.pow(correction, 0.5)).as("(1 - %s ** %s) ** 0.5", beta, step)
                        .isEqualTo((float) Double.parseDouble(f[3]));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }

    /**
     * What the one substitution is: torch's sqrt (MKL's on x86) is within 1 ulp of the nearest float,
     * which {@link TorchKernels#sqrt} gives, but on these inputs not always equal to it.
     */
    @Test
    void torchsSqrtIsWithinOneUlpOfTheNearestFloat() throws IOException {
        int differ = 0, checked = 0;
        for (String line : rows()) {
            String[] f = line.split("\\|", -1);
            if (f[0].equals("sqrt")) {
                float[] a = bits(f[2]), out = bits(f[4]);
                for (int j = 0; j < a.length; j++) {
                    float ours = TorchKernels.sqrt(a[j]);
                    assertThat(Math.abs(ours - out[j])).as("sqrt(%s)", a[j]).isLessThanOrEqualTo(Math.ulp(ours));
                    assertThat(Math.abs(ours - Math.sqrt(a[j]))).isLessThanOrEqualTo(Math.ulp(ours) / 2);
                    differ += ours == out[j] ? 0 : 1;
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(differ).as("torch's sqrt differs from the nearest float somewhere").isPositive();
    }

    private static List<String> rows() throws IOException {
        try (InputStream in = OptimKernelsTest.class.getResourceAsStream("/pytorch/optim-kernels.csv")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("op|")).toList();
        }
    }

    private static float[] bits(String hex) {
        if (hex.isEmpty()) {
            return new float[0];
        }
        String[] h = hex.split(" ");
        float[] out = new float[h.length];
        for (int i = 0; i < h.length; i++) {
            out[i] = Float.intBitsToFloat((int) Long.parseLong(h[i], 16));
        }
        return out;
    }
}
