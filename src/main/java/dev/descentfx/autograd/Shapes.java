package dev.descentfx.autograd;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Shapes of 0, 1 or 2 dimensions and PyTorch's broadcasting rules: line the shapes up from
 * the right; two sizes fit when they are equal or one of them is 1.
 */
final class Shapes {
    private Shapes() {
    }

    static int numel(int[] shape) {
        int n = 1;
        for (int size : shape) {
            n *= size;
        }
        return n;
    }

    /** "(3, 1)", "(3)" or "()" for a scalar. */
    static String show(int[] shape) {
        return Arrays.stream(shape).mapToObj(Integer::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    /** The shape of {@code a op b}, or an error naming both shapes. */
    static int[] broadcast(int[] a, int[] b, String op) {
        int rank = Math.max(a.length, b.length);
        int[] out = new int[rank];
        for (int d = 1; d <= rank; d++) {
            int sa = d <= a.length ? a[a.length - d] : 1;
            int sb = d <= b.length ? b[b.length - d] : 1;
            if (sa != sb && sa != 1 && sb != 1) {
                throw new AutogradException("cannot " + op + " tensors of shapes " + show(a) + " and " + show(b)
                        + ": sizes " + sa + " and " + sb + " differ in dimension " + (rank - d)
                        + " and neither is 1, so they do not broadcast");
            }
            out[rank - d] = Math.max(sa, sb);
        }
        return out;
    }

    /** Rows of the shape seen as a matrix: () and (n) are one row. */
    static int rows(int[] shape) {
        return shape.length == 2 ? shape[0] : 1;
    }

    /** Columns of the shape seen as a matrix: () is one column. */
    static int cols(int[] shape) {
        return shape.length == 0 ? 1 : shape[shape.length - 1];
    }

    /** Copies {@code data} of shape {@code from} out to the larger shape {@code to} (a broadcast). */
    static float[] expand(float[] data, int[] from, int[] to) {
        int fr = rows(from), fc = cols(from), tr = rows(to), tc = cols(to);
        float[] out = new float[tr * tc];
        for (int i = 0; i < tr; i++) {
            for (int j = 0; j < tc; j++) {
                out[i * tc + j] = data[(fr == 1 ? 0 : i) * fc + (fc == 1 ? 0 : j)];
            }
        }
        return out;
    }

    /**
     * The reverse of {@link #expand}: adds a gradient of shape {@code from} back down to the
     * shape {@code to} that was broadcast (PyTorch's sum_to). Each output's values are summed
     * in torch's order: a whole tensor or a row as one contiguous run, a column as a strided one.
     */
    static float[] sumTo(float[] grad, int[] from, int[] to) {
        int n = numel(to);
        if (n == grad.length) {
            return grad;
        }
        if (n == 1) {
            return new float[] {Kernels.sum(grad)};
        }
        int fr = rows(from), fc = cols(from), tc = cols(to);
        boolean sumRows = rows(to) == 1 && fr > 1, sumCols = tc == 1 && fc > 1;
        float[] out = new float[n];
        if (sumRows) {          // (m, k) -> (k): each column is a strided run
            for (int j = 0; j < fc; j++) {
                float[] column = new float[fr];
                for (int i = 0; i < fr; i++) column[i] = grad[i * fc + j];
                out[j] = PyTorchSum.stridedSum(column);
            }
        } else if (sumCols) {   // (m, k) -> (m, 1): each row is a contiguous run
            for (int i = 0; i < fr; i++) {
                out[i] = Kernels.sum(java.util.Arrays.copyOfRange(grad, i * fc, (i + 1) * fc));
            }
        }
        return out;
    }
}
