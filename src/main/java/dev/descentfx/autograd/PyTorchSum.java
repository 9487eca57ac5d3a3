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
        int n = x.length;
        if (n < LANES) {
            return rowSum(x, n, 1)[0];
        }
        int vectors = n / LANES;
        float[] lanes = rowSum(x, vectors, LANES);
        float total = 0f;
        for (int i = vectors * LANES; i < n; i++) total += x[i];
        for (float lane : lanes) total += lane;
        return total;
    }

    /** The sum of values that are not next to each other in memory (one lane of a strided reduction). */
    static float stridedSum(float[] x) {
        return rowSum(x, x.length, 1)[0];
    }

    // row_sum over `count` elements of `width` lanes each, the i-th at x[i·width ..].
    private static float[] rowSum(float[] x, int count, int width) {
        int rows = count / ILP;
        float[][] partial = multiRowSum(x, rows, width);
        for (int e = rows * ILP; e < count; e++) addInto(partial[0], x, e * width);
        for (int k = 1; k < ILP; k++) addInto(partial[0], partial[k], 0);
        return partial[0];
    }

    // multi_row_sum: rows of ILP elements into a cascade of LEVELS levels of ILP accumulators.
    private static float[][] multiRowSum(float[] x, int rows, int width) {
        int levelPower = Math.max(4, ceilLog2(rows) / LEVELS);
        int levelStep = 1 << levelPower, levelMask = levelStep - 1;
        float[][][] acc = new float[LEVELS][ILP][width];
        int i = 0;
        while (i + levelStep <= rows) {
            for (int j = 0; j < levelStep; j++, i++) {
                for (int k = 0; k < ILP; k++) addInto(acc[0][k], x, (i * ILP + k) * width);
            }
            for (int j = 1; j < LEVELS; j++) {
                for (int k = 0; k < ILP; k++) {
                    addInto(acc[j][k], acc[j - 1][k], 0);
                    Arrays.fill(acc[j - 1][k], 0f);
                }
                if ((i & (levelMask << (j * levelPower))) != 0) break;
            }
        }
        for (; i < rows; i++) {
            for (int k = 0; k < ILP; k++) addInto(acc[0][k], x, (i * ILP + k) * width);
        }
        for (int j = 1; j < LEVELS; j++) {
            for (int k = 0; k < ILP; k++) addInto(acc[0][k], acc[j][k], 0);
        }
        return acc[0];
    }

    private static void addInto(float[] acc, float[] x, int from) {
        for (int l = 0; l < acc.length; l++) acc[l] += x[from + l];
    }

    // c10's CeilLog2: 1 for x ≤ 2.
    private static int ceilLog2(long x) {
        return x <= 2 ? 1 : 64 - Long.numberOfLeadingZeros(x - 1);
    }
}
