package dev.descentfx.autograd;

/**
 * The float32 arithmetic behind {@link Tensor}, one plain loop per case. Every operation
 * rounds to float once (Java {@code float} arithmetic, no fused multiply-add, as in torch's
 * elementwise kernels), and sums add up in torch's own order ({@link PyTorchSum}).
 *
 * <p>Each elementwise operation has three loops: same shapes, a one-element right side, a
 * one-element left side. They are written out rather than shared through a lambda so the
 * JIT compiles each to a tight (vectorised) loop; any other broadcast is expanded first.
 */
final class Kernels {
    private Kernels() {
    }

    enum Op { ADD, SUB, MUL, DIV }

    /** {@code a op b} elementwise, broadcast to {@code outShape}. */
    static float[] zip(Op op, float[] a, int[] aShape, float[] b, int[] bShape, int[] outShape) {
        int n = Shapes.numel(outShape);
        if (a.length != n && a.length != 1) {
            return zip(op, Shapes.expand(a, aShape, outShape), outShape, b, bShape, outShape);
        }
        if (b.length != n && b.length != 1) {
            return zip(op, a, aShape, Shapes.expand(b, bShape, outShape), outShape, outShape);
        }
        float[] out = new float[n];
        boolean aFull = a.length == n, bFull = b.length == n;
        zip(op, aFull ? a : null, a[0], bFull ? b : null, b[0], out, n);
        return out;
    }

    /**
     * {@code out[i] = a[i] op b[i]} for i < len, where a null array stands for the single number
     * beside it ({@code sa} or {@code sb}) on every element. The one loop of each case, used for
     * whole tensors and for the chunks of a {@link Deferred} result alike. Every array starts at
     * index 0: with offsets the JIT cannot rule out that out overlaps a shifted input, and does not
     * vectorise the loop.
     */
    static void zip(Op op, float[] a, float sa, float[] b, float sb, float[] out, int len) {
        if (a != null && b != null) {
            switch (op) {
                case ADD -> { for (int i = 0; i < len; i++) out[i] = a[i] + b[i]; }
                case SUB -> { for (int i = 0; i < len; i++) out[i] = a[i] - b[i]; }
                case MUL -> { for (int i = 0; i < len; i++) out[i] = a[i] * b[i]; }
                case DIV -> { for (int i = 0; i < len; i++) out[i] = a[i] / b[i]; }
            }
        } else if (a != null) {
            switch (op) {
                case ADD -> { for (int i = 0; i < len; i++) out[i] = a[i] + sb; }
                case SUB -> { for (int i = 0; i < len; i++) out[i] = a[i] - sb; }
                case MUL -> { for (int i = 0; i < len; i++) out[i] = a[i] * sb; }
                case DIV -> { for (int i = 0; i < len; i++) out[i] = a[i] / sb; }
            }
        } else if (b != null) {
            switch (op) {
                case ADD -> { for (int i = 0; i < len; i++) out[i] = sa + b[i]; }
                case SUB -> { for (int i = 0; i < len; i++) out[i] = sa - b[i]; }
                case MUL -> { for (int i = 0; i < len; i++) out[i] = sa * b[i]; }
                case DIV -> { for (int i = 0; i < len; i++) out[i] = sa / b[i]; }
            }
        } else {
            float v = switch (op) {
                case ADD -> sa + sb;
                case SUB -> sa - sb;
                case MUL -> sa * sb;
                case DIV -> sa / sb;
            };
            java.util.Arrays.fill(out, 0, len, v);
        }
    }

    /** {@code out[i] = −a[i]}. */
    static void neg(float[] a, float[] out, int len) {
        for (int i = 0; i < len; i++) out[i] = -a[i];
    }

    /** {@code out[i] = a[i] ^ exponent}, {@link #pow(float, float)} element by element. */
    static void pow(float[] a, float exponent, float[] out, int len) {
        if (exponent == 2f) {
            for (int i = 0; i < len; i++) out[i] = a[i] * a[i];
        } else {
            for (int i = 0; i < len; i++) out[i] = pow(a[i], exponent);
        }
    }

    static float[] neg(float[] a) {
        float[] out = new float[a.length];
        neg(a, out, a.length);
        return out;
    }

    /** PyTorch's pow with a scalar exponent: the common exponents are plain products, as in torch. */
    static float pow(float x, float exponent) {
        if (exponent == 2f) return x * x;
        if (exponent == 3f) return x * x * x;
        if (exponent == 1f) return x;
        if (exponent == 0f) return 1f;
        if (exponent == 0.5f) return (float) Math.sqrt(x);
        if (exponent == -1f) return 1f / x;
        if (exponent == -2f) return 1f / (x * x);
        return (float) Math.pow(x, exponent);
    }

    static float[] pow(float[] a, float exponent) {
        float[] out = new float[a.length];
        pow(a, exponent, out, a.length);
        return out;
    }

    /** All elements added up in torch's order, one float rounding per addition. */
    static float sum(float[] a) {
        return PyTorchSum.sum(a);
    }

    /** Σ a_i·b_i as torch.sum(a * b) computes it: each product rounds to float, then joins the sum in torch's order. */
    static float dot(float[] a, float[] b) {
        return PyTorchSum.dot(a, b);
    }

    /** Every element equal to {@code value}. */
    static float[] filled(int n, float value) {
        float[] out = new float[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /** (m×k) times (k×n), each entry summed over k left to right in float. */
    static float[] matmul(float[] a, float[] b, int m, int k, int n) {
        float[] out = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float s = 0f;
                for (int p = 0; p < k; p++) s += a[i * k + p] * b[p * n + j];
                out[i * n + j] = s;
            }
        }
        return out;
    }

    static float[] transpose(float[] a, int rows, int cols) {
        float[] out = new float[a.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) out[j * rows + i] = a[i * cols + j];
        }
        return out;
    }
}
