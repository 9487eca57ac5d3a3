package dev.descentfx.autograd;

import java.util.Arrays;

/**
 * Adds up floats in the order PyTorch's CPU sum kernel does (ATen's {@code cascade_sum} in
 * SumKernel.cpp), so that a mean over more than four values rounds exactly as torch's does.
 * Up to four values this is simply left to right; beyond that torch keeps several partial sums:
 *
 * <ul>
 *   <li>{@code row_sum}: four accumulators take every fourth element (instruction-level
 *       parallelism), the leftovers go into the first, then the four are added in order;</li>
 *   <li>{@code multi_row_sum}: those accumulators form a cascade of four levels, each level
 *       emptied into the next every 16 rows, which keeps long sums accurate;</li>
 *   <li>from 8 values on, the same is done on vectors of 8 lanes (AVX2's width; torch uses this
 *       kernel on AVX-512 machines too), then the tail and the 8 lane totals are added in order.</li>
 * </ul>
 *
 * Checked against torch 2.13 on every length from 1 to 200 and several up to 32,768 (beyond
 * that torch may split the sum across threads; set {@code torch.set_num_threads(1)} to compare).
 */
final class PyTorchSum {
    static final int LANES = 8;
    private static final int ILP = 4;
    private static final int LEVELS = 4;

    private PyTorchSum() {
    }

    /** The sum of a contiguous run of values, as torch.sum computes it. */
    static float sum(float[] x) {
        return sum(x, null);
    }

    /**
     * {@code torch.sum(a * b)} without the array of products: each product rounds to float
     * exactly as the elementwise multiply would, then joins the sum in torch's order.
     */
    static float dot(float[] a, float[] b) {
        return sum(a, b);
    }

    /** The sum of values that are not next to each other in memory (one lane of a strided reduction). */
    static float stridedSum(float[] x) {
        return rowSum(x, null, x.length, 1)[0];
    }

    // Σ x_i, or Σ x_i·y_i when y is given.
    private static float sum(float[] x, float[] y) {
        int n = x.length;
        if (n < LANES) {
            return rowSum(x, y, n, 1)[0];
        }
        int vectors = n / LANES;
        float[] lanes = rowSum(x, y, vectors, LANES);
        float total = 0f;
        for (int i = vectors * LANES; i < n; i++) total += y == null ? x[i] : x[i] * y[i];
        for (float lane : lanes) total += lane;
        return total;
    }

    // row_sum over `count` elements of `width` lanes each, the i-th at x[i·width ..].
    private static float[] rowSum(float[] x, float[] y, int count, int width) {
        int rows = count / ILP;
        float[][] partial = multiRowSum(x, y, rows, width);
        for (int e = rows * ILP; e < count; e++) addInto(partial[0], x, y, e * width);
        for (int k = 1; k < ILP; k++) addInto(partial[0], partial[k], null, 0);
        return partial[0];
    }

    // multi_row_sum: rows of ILP elements into a cascade of LEVELS levels of ILP accumulators.
    private static float[][] multiRowSum(float[] x, float[] y, int rows, int width) {
        int levelPower = Math.max(4, ceilLog2(rows) / LEVELS);
        int levelStep = 1 << levelPower, levelMask = levelStep - 1;
        float[][][] acc = new float[LEVELS][ILP][width];
        int i = 0;
        while (i + levelStep <= rows) {
            for (int j = 0; j < levelStep; j++, i++) {
                for (int k = 0; k < ILP; k++) addInto(acc[0][k], x, y, (i * ILP + k) * width);
            }
            for (int j = 1; j < LEVELS; j++) {
                for (int k = 0; k < ILP; k++) {
                    addInto(acc[j][k], acc[j - 1][k], null, 0);
                    Arrays.fill(acc[j - 1][k], 0f);
                }
                if ((i & (levelMask << (j * levelPower))) != 0) break;
            }
        }
        for (; i < rows; i++) {
            for (int k = 0; k < ILP; k++) addInto(acc[0][k], x, y, (i * ILP + k) * width);
        }
        for (int j = 1; j < LEVELS; j++) {
            for (int k = 0; k < ILP; k++) addInto(acc[0][k], acc[j][k], null, 0);
        }
        return acc[0];
    }

    // acc[l] += x[from + l] (times y[from + l] when y is given), lane by lane.
    private static void addInto(float[] acc, float[] x, float[] y, int from) {
        if (y == null) {
            for (int l = 0; l < acc.length; l++) acc[l] += x[from + l];
        } else {
            for (int l = 0; l < acc.length; l++) acc[l] += x[from + l] * y[from + l];
        }
    }

    // c10's CeilLog2: 1 for x ≤ 2.
    private static int ceilLog2(long x) {
        return x <= 2 ? 1 : 64 - Long.numberOfLeadingZeros(x - 1);
    }
}
