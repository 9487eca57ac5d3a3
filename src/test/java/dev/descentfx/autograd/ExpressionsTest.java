package dev.descentfx.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * micrograd's test, against the real thing: long expressions of random tensors were run through
 * torch 2.13 (src/test/resources/pytorch/expressions.py); here the same expressions go through
 * {@link Tensor}, and the result and every leaf's gradient must agree bit for bit.
 */
class ExpressionsTest {
    private static final Tensor ONE = Tensor.scalar(1f);

    private static final Map<String, Function<Tensor[], Tensor>> EXPRESSIONS = Map.of(
            "broadcast-mix", t -> t[0].mul(t[1]).add(t[2]).pow(2).div(t[1].sub(t[2])).mean(),
            "powers", t -> t[0].pow(3).sub(t[1].pow(0.5)).add(t[0].div(t[1]).pow(-1)).add(t[0].neg().pow(2)).sum(),
            "matmul-chain", t -> t[0].matmul(t[1]).mul(t[2]).pow(2).mean(),
            "matvec", t -> t[0].matmul(t[1]).sub(t[2]).pow(2).mean(),
            "reuse", t -> t[0].mul(t[0]).mul(t[0]).add(t[0].div(t[0])).sub(t[0].sum().mul(t[0])).mean(),
            "long-mean", t -> t[0].sub(t[1]).pow(2).mean().add(t[0].mul(t[1]).sum().div(t[0].sum())),
            "scalar-leaf", t -> t[1].mul(t[0]).sub(ONE).pow(2).mean());

    @ParameterizedTest
    @ValueSource(strings = {"broadcast-mix", "powers", "matmul-chain", "matvec", "reuse", "long-mean", "scalar-leaf"})
    void forwardAndBackwardMatchTorch(String name) throws IOException {
        String[] f = line(name).split(";", -1);
        String[] shapes = f[1].split("\\|", -1), values = f[2].split("\\|", -1), grads = f[4].split("\\|", -1);
        Tensor[] leaves = new Tensor[shapes.length];
        for (int i = 0; i < leaves.length; i++) {
            int[] shape = shapes[i].isEmpty() ? new int[0] : Arrays.stream(shapes[i].split(",")).mapToInt(Integer::parseInt).toArray();
            leaves[i] = Tensor.of(floats(values[i]), shape).requiresGrad(true);
        }
        Tensor result = EXPRESSIONS.get(name).apply(leaves);
        result.backward();

        assertThat(hex(result.toArray())).as(name + " result").isEqualTo(f[3]);
        for (int i = 0; i < leaves.length; i++) {
            assertThat(hex(leaves[i].grad().toArray())).as(name + " gradient of leaf " + i).isEqualTo(grads[i]);
        }
    }

    private static String line(String name) throws IOException {
        try (InputStream in = ExpressionsTest.class.getResourceAsStream("/pytorch/expressions.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.stream().filter(l -> l.startsWith(name + ";")).findFirst().orElseThrow();
        }
    }

    private static float[] floats(String hex) {
        String[] parts = hex.split(" ");
        float[] out = new float[parts.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Float.intBitsToFloat((int) Long.parseLong(parts[i], 16));
        }
        return out;
    }

    private static String hex(float[] values) {
        StringBuilder s = new StringBuilder();
        for (float v : values) {
            s.append(s.length() == 0 ? "" : " ").append(String.format("%08x", Float.floatToRawIntBits(v)));
        }
        return s.toString();
    }
}
