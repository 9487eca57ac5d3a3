package dev.descentfx.bench;

/**
 * torch.sum's order of additions, kept open so that one pass over the data can feed several
 * sums at once (the fused loop feeds three). It is a second, independent writing of the order
 * {@code autograd.PyTorchSum} follows; tests check the two agree, and PyTorchSum against torch.
 *
 * <p>The values come in rows of {@link #rowSize()}: four vectors of 8 lanes (four single values
 * below 8 values in all). A row's value at slot s goes to accumulator s; every 16 rows the
 * accumulators are emptied down a cascade of four levels. Values after the last whole row
 * come in through {@link #addLeftover}: first whole vectors, then single values.
 */
final class TorchOrderSum {
    private static final int ILP = 4, LEVELS = 4, CASCADE_ROWS = 16;

    private final int width;          // lanes per vector: 8, or 1 below 8 values
    private final int wholeRows;
    private final int leftoverVectorValues;
    private final float[][] acc;      // [level][slot], slot = k·width + lane
    private final float[] leftovers;
    private int rowsDone;
    private int leftoverCount;

    TorchOrderSum(int n) {
        width = n >= 8 ? 8 : 1;
        int elements = n / width;
        wholeRows = elements / ILP;
        leftoverVectorValues = (elements - wholeRows * ILP) * width;
        acc = new float[LEVELS][ILP * width];
        leftovers = new float[n - wholeRows * ILP * width];
        if (wholeRows > (1 << 19)) {   // the cascade's step grows beyond that; the benchmark stays far below
            throw new IllegalArgumentException("more rows than this sketch follows: " + n + " values");
        }
    }

    int rowSize() {
        return ILP * width;
    }

    int wholeRows() {
        return wholeRows;
    }

    void addToRow(int slot, float value) {
        acc[0][slot] += value;
    }

    void endRow() {
        rowsDone++;
        if (rowsDone % CASCADE_ROWS != 0) return;
        for (int j = 1; j < LEVELS; j++) {
            for (int s = 0; s < acc[j].length; s++) {
                acc[j][s] += acc[j - 1][s];
                acc[j - 1][s] = 0f;
            }
            if ((rowsDone & ((CASCADE_ROWS - 1) << (j * 4))) != 0) return;
        }
    }

    void addLeftover(float value) {
        leftovers[leftoverCount++] = value;
    }

    float total() {
        float[] p = acc[0];
        for (int j = 1; j < LEVELS; j++) {
            for (int s = 0; s < p.length; s++) p[s] += acc[j][s];
        }
        for (int i = 0; i < leftoverVectorValues; i++) p[i % width] += leftovers[i];
        for (int k = 1; k < ILP; k++) {
            for (int l = 0; l < width; l++) p[l] += p[k * width + l];
        }
        if (width == 1) return p[0];
        float total = 0f;
        for (int i = leftoverVectorValues; i < leftovers.length; i++) total += leftovers[i];
        for (int l = 0; l < width; l++) total += p[l];
        return total;
    }
}
