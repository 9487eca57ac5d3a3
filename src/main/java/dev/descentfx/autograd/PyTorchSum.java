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
 * Checked against torch 2.13 for every length from 1 to 79 and several up to 5,000
 * (PyTorchSumTest). Beyond 32,768 values torch may split a sum across threads; set
 * {@code torch.set_num_threads(1)} to compare.
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
            return n < ILP ? leftToRight(x, y) : rowSum(x, y, n, 1)[0];
        }
        int vectors = n / LANES;
        float[] lanes = rowSum(x, y, vectors, LANES);
        float total = 0f;
        for (int i = vectors * LANES; i < n; i++) total += value(x, y, i);
        for (int l = 0; l < LANES; l++) total += lanes[l];
        return total;
    }

    // Fewer than four values: row_sum's accumulators see no whole row, so it is plain left to right.
    private static float leftToRight(float[] x, float[] y) {
        float total = 0f;
        for (int i = 0; i < x.length; i++) total += value(x, y, i);
        return total;
    }

    private static float value(float[] x, float[] y, int i) {
        return y == null ? x[i] : x[i] * y[i];
    }

    /*
     * row_sum over `count` elements of `width` lanes each, the e-th at x[e·width ..]. The
     * accumulators live in one array: acc[(level·ILP + k)·width + lane]. Returns level 0's
     * first accumulator, which ends up holding the total of each lane.
     */
    private static float[] rowSum(float[] x, float[] y, int count, int width) {
        int rowSize = ILP * width;
        int rows = count / ILP;
        float[] acc = new float[LEVELS * rowSize];
        // multi_row_sum: whole rows into level 0, emptied down the cascade every levelStep rows
        int levelPower = Math.max(4, ceilLog2(rows) / LEVELS);
        int levelStep = 1 << levelPower, levelMask = levelStep - 1;
        int i = 0;
        while (i + levelStep <= rows) {
            for (int j = 0; j < levelStep; j++, i++) addRow(acc, x, y, i * rowSize, rowSize);
            for (int level = 1; level < LEVELS; level++) {
                for (int s = 0; s < rowSize; s++) {
                    acc[level * rowSize + s] += acc[(level - 1) * rowSize + s];
                    acc[(level - 1) * rowSize + s] = 0f;
                }
                if ((i & (levelMask << (level * levelPower))) != 0) break;
            }
        }
        for (; i < rows; i++) addRow(acc, x, y, i * rowSize, rowSize);
        for (int level = 1; level < LEVELS; level++) {
            for (int s = 0; s < rowSize; s++) acc[s] += acc[level * rowSize + s];
        }
        // then row_sum: the elements after the last whole row into accumulator 0, and the four summed in order
        for (int e = rows * ILP; e < count; e++) {
            for (int l = 0; l < width; l++) acc[l] += value(x, y, e * width + l);
        }
        for (int k = 1; k < ILP; k++) {
            for (int l = 0; l < width; l++) acc[l] += acc[k * width + l];
        }
        return acc;
    }

    // acc[s] += x[from + s] (times y[from + s] when y is given) for one row.
    private static void addRow(float[] acc, float[] x, float[] y, int from, int rowSize) {
        if (y == null) {
            for (int s = 0; s < rowSize; s++) acc[s] += x[from + s];
        } else {
            for (int s = 0; s < rowSize; s++) acc[s] += x[from + s] * y[from + s];
        }
    }

    // c10's CeilLog2: 1 for x ≤ 2.
    private static int ceilLog2(long x) {
        return x <= 2 ? 1 : 64 - Long.numberOfLeadingZeros(x - 1);
    }
}
