package dev.descentfx.autograd;

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
        Stream s = new Stream(x.length, 1);
        s.add(x, null, 0, x.length);
        return s.total();
    }

    // Σ x_i, or Σ x_i·y_i when y is given.
    private static float sum(float[] x, float[] y) {
        Stream s = stream(x.length);
        if (s == null) {
            return leftToRight(x, y);
        }
        s.add(x, y, 0, x.length);
        return s.total();
    }

    /** The sum of {@code n} values that will come in order, or null below four values (add those left to right). */
    static Stream stream(int n) {
        return n < ILP ? null : new Stream(n, n < LANES ? 1 : LANES);
    }

    // Fewer than four values: row_sum's accumulators see no whole row, so it is plain left to right.
    static float leftToRight(float[] x, float[] y) {
        float total = 0f;
        for (int i = 0; i < x.length; i++) total += value(x, y, i);
        return total;
    }

    private static float value(float[] x, float[] y, int i) {
        return y == null ? x[i] : x[i] * y[i];
    }

    /**
     * One sum in torch's order whose values arrive a chunk at a time, so that a long run need
     * never be written out whole ({@link Deferred}). Every chunk but the last holds whole rows
     * ({@link #ROW} values). The values are, in order: whole rows of {@code ILP} elements of
     * {@code width} lanes (row_sum, in multi_row_sum's cascade), then the elements after the last
     * whole row, then (with 8 lanes) the values after the last whole vector.
     *
     * <p>The accumulators live in one array: acc[(level·ILP + k)·width + lane].
     */
    static final class Stream {
        /** Values in a whole row of 8-lane vectors; chunks are multiples of it. */
        static final int ROW = ILP * LANES;

        private final int n;
        private final int width;
        private final int rowSize;
        private final int wholeRowValues;       // rows · rowSize
        private final int elementValues;        // whole elements (vectors) · width
        private final int levelPower;
        private final int levelMask;
        private final float[] acc;
        private final float[] rest;             // the values after the last whole row
        private int taken;                      // values added so far
        private int rows;                       // whole rows added so far

        Stream(int n, int width) {
            this.n = n;
            this.width = width;
            this.rowSize = ILP * width;
            int elements = n / width, wholeRows = elements / ILP;
            this.wholeRowValues = wholeRows * rowSize;
            this.elementValues = elements * width;
            this.levelPower = Math.max(4, ceilLog2(wholeRows) / LEVELS);
            this.levelMask = (1 << levelPower) - 1;
            this.acc = new float[LEVELS * rowSize];
            this.rest = new float[n - wholeRowValues];
        }

        /** The next {@code len} values: x[off ..] (times y[off ..] when y is given). */
        void add(float[] x, float[] y, int off, int len) {
            int i = off, end = off + len;
            while (taken < wholeRowValues && i < end) {
                // whole rows up to the next emptying of level 0 (or the end of the chunk)
                int count = Math.min(levelMask + 1 - (rows & levelMask), Math.min(wholeRowValues - taken, end - i) / rowSize);
                if (count == 0) {
                    throw new IllegalStateException("a chunk ended inside a row of the sum");
                }
                if (width == LANES) {
                    addVectorRows(acc, x, y, i, count);
                } else {
                    for (int r = 0; r < count; r++) addRow(acc, x, y, i + r * rowSize, rowSize);
                }
                i += count * rowSize;
                taken += count * rowSize;
                rows += count;
                if ((rows & levelMask) == 0) {
                    cascade();
                }
            }
            for (; i < end; i++, taken++) rest[taken - wholeRowValues] = value(x, y, i);
        }

        // multi_row_sum: every 2^levelPower rows level 0 is emptied into level 1, and so on down
        private void cascade() {
            for (int level = 1; level < LEVELS; level++) {
                for (int s = 0; s < rowSize; s++) {
                    acc[level * rowSize + s] += acc[(level - 1) * rowSize + s];
                    acc[(level - 1) * rowSize + s] = 0f;
                }
                if ((rows & (levelMask << (level * levelPower))) != 0) break;
            }
        }

        /** The sum, once all n values are in. */
        float total() {
            if (taken != n) {
                throw new IllegalStateException(taken + " of " + n + " values were added");
            }
            for (int level = 1; level < LEVELS; level++) {
                for (int s = 0; s < rowSize; s++) acc[s] += acc[level * rowSize + s];
            }
            // row_sum: the elements after the last whole row into accumulator 0, then the four summed in order
            for (int v = 0; v < elementValues - wholeRowValues; v++) acc[v % width] += rest[v];
            for (int k = 1; k < ILP; k++) {
                for (int l = 0; l < width; l++) acc[l] += acc[k * width + l];
            }
            if (width == 1) {
                return acc[0];
            }
            float total = 0f;   // the values after the last whole vector, then the 8 lane totals, in order
            for (int v = elementValues - wholeRowValues; v < rest.length; v++) total += rest[v];
            for (int l = 0; l < LANES; l++) total += acc[l];
            return total;
        }
    }

    // `count` rows of four 8-lane vectors into level 0: the same additions as addRow, one slot per
    // accumulator, with the 32 accumulators held in locals so the JIT keeps them in registers
    // (a 32-step inner loop is too short for it to vectorise; this runs about three times faster).
    private static void addVectorRows(float[] acc, float[] x, float[] y, int from, int count) {
        float a0 = acc[0], a1 = acc[1], a2 = acc[2], a3 = acc[3], a4 = acc[4], a5 = acc[5], a6 = acc[6], a7 = acc[7];
        float a8 = acc[8], a9 = acc[9], a10 = acc[10], a11 = acc[11], a12 = acc[12], a13 = acc[13], a14 = acc[14], a15 = acc[15];
        float a16 = acc[16], a17 = acc[17], a18 = acc[18], a19 = acc[19], a20 = acc[20], a21 = acc[21], a22 = acc[22], a23 = acc[23];
        float a24 = acc[24], a25 = acc[25], a26 = acc[26], a27 = acc[27], a28 = acc[28], a29 = acc[29], a30 = acc[30], a31 = acc[31];
        int end = from + count * 32;
        if (y == null) {
            for (int i = from; i < end; i += 32) {
                a0 += x[i + 0]; a1 += x[i + 1]; a2 += x[i + 2]; a3 += x[i + 3]; a4 += x[i + 4]; a5 += x[i + 5]; a6 += x[i + 6]; a7 += x[i + 7];
                a8 += x[i + 8]; a9 += x[i + 9]; a10 += x[i + 10]; a11 += x[i + 11]; a12 += x[i + 12]; a13 += x[i + 13]; a14 += x[i + 14]; a15 += x[i + 15];
                a16 += x[i + 16]; a17 += x[i + 17]; a18 += x[i + 18]; a19 += x[i + 19]; a20 += x[i + 20]; a21 += x[i + 21]; a22 += x[i + 22]; a23 += x[i + 23];
                a24 += x[i + 24]; a25 += x[i + 25]; a26 += x[i + 26]; a27 += x[i + 27]; a28 += x[i + 28]; a29 += x[i + 29]; a30 += x[i + 30]; a31 += x[i + 31];
            }
        } else {
            for (int i = from; i < end; i += 32) {
                a0 += x[i + 0] * y[i + 0]; a1 += x[i + 1] * y[i + 1]; a2 += x[i + 2] * y[i + 2]; a3 += x[i + 3] * y[i + 3]; a4 += x[i + 4] * y[i + 4]; a5 += x[i + 5] * y[i + 5]; a6 += x[i + 6] * y[i + 6]; a7 += x[i + 7] * y[i + 7];
                a8 += x[i + 8] * y[i + 8]; a9 += x[i + 9] * y[i + 9]; a10 += x[i + 10] * y[i + 10]; a11 += x[i + 11] * y[i + 11]; a12 += x[i + 12] * y[i + 12]; a13 += x[i + 13] * y[i + 13]; a14 += x[i + 14] * y[i + 14]; a15 += x[i + 15] * y[i + 15];
                a16 += x[i + 16] * y[i + 16]; a17 += x[i + 17] * y[i + 17]; a18 += x[i + 18] * y[i + 18]; a19 += x[i + 19] * y[i + 19]; a20 += x[i + 20] * y[i + 20]; a21 += x[i + 21] * y[i + 21]; a22 += x[i + 22] * y[i + 22]; a23 += x[i + 23] * y[i + 23];
                a24 += x[i + 24] * y[i + 24]; a25 += x[i + 25] * y[i + 25]; a26 += x[i + 26] * y[i + 26]; a27 += x[i + 27] * y[i + 27]; a28 += x[i + 28] * y[i + 28]; a29 += x[i + 29] * y[i + 29]; a30 += x[i + 30] * y[i + 30]; a31 += x[i + 31] * y[i + 31];
            }
        }
        acc[0] = a0; acc[1] = a1; acc[2] = a2; acc[3] = a3; acc[4] = a4; acc[5] = a5; acc[6] = a6; acc[7] = a7;
        acc[8] = a8; acc[9] = a9; acc[10] = a10; acc[11] = a11; acc[12] = a12; acc[13] = a13; acc[14] = a14; acc[15] = a15;
        acc[16] = a16; acc[17] = a17; acc[18] = a18; acc[19] = a19; acc[20] = a20; acc[21] = a21; acc[22] = a22; acc[23] = a23;
        acc[24] = a24; acc[25] = a25; acc[26] = a26; acc[27] = a27; acc[28] = a28; acc[29] = a29; acc[30] = a30; acc[31] = a31;
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
