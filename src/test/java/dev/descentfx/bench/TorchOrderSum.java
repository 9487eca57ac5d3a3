package dev.descentfx.bench;

/**
 * torch.sum's order of additions, fed one value at a time in index order, so a single pass can
 * keep several sums going at once (the fused loop keeps three). A second, independent writing
 * of the order {@code autograd.PyTorchSum} follows, checked against it and against torch.
 *
 * <p>From 8 values on, value i goes to lane i % 8 of vector i / 8. Whole rows of four vectors
 * go to four accumulators, emptied down a cascade of four levels every 16 rows; the vectors
 * left after the last whole row, then the values after the last whole vector, join at the end.
 * Below 8 values the same is done with single values instead of vectors.
 */
final class TorchOrderSum {
    private static final int ILP = 4, LEVELS = 4, CASCADE_ROWS = 16;

    private final int width;          // 8 lanes, or 1 below 8 values
    private final int rowEnd;         // values before this index belong to whole rows
    private final int vectorEnd;      // values from rowEnd up to here are leftover vectors
    private final float[][][] acc = new float[LEVELS][ILP][];
    private final float[] leftovers;  // after the whole rows: leftover vectors, then the tail
    private int index;

    TorchOrderSum(int n) {
        width = n >= 8 ? 8 : 1;
        int elements = n / width;
        rowEnd = elements / ILP * ILP * width;
        vectorEnd = elements * width;
        for (float[][] level : acc) {
            for (int k = 0; k < ILP; k++) level[k] = new float[width];
        }
        leftovers = new float[n - rowEnd];
        // rows > 2^19 would change the cascade's step; the benchmark stays far below that
        if (rowEnd / (ILP * width) > (1 << 19)) throw new IllegalArgumentException("too long for this sketch: " + n);
    }

    void add(float value) {
        int i = index++;
        if (i < rowEnd) {
            int element = i / width;
            acc[0][element % ILP][i % width] += value;
            if ((i + 1) % (ILP * width * CASCADE_ROWS) == 0) cascade((i + 1) / (ILP * width));
        } else {
            leftovers[i - rowEnd] = value;
        }
    }

    private void cascade(int rowsDone) {
        for (int j = 1; j < LEVELS; j++) {
            for (int k = 0; k < ILP; k++) {
                for (int l = 0; l < width; l++) {
                    acc[j][k][l] += acc[j - 1][k][l];
                    acc[j - 1][k][l] = 0f;
                }
            }
            if ((rowsDone & ((CASCADE_ROWS - 1) << (j * 4))) != 0) return;
        }
    }

    float total() {
        float[][] p = acc[0];
        for (int j = 1; j < LEVELS; j++) {
            for (int k = 0; k < ILP; k++) {
                for (int l = 0; l < width; l++) p[k][l] += acc[j][k][l];
            }
        }
        int leftoverVectors = vectorEnd - rowEnd;
        for (int i = 0; i < leftoverVectors; i++) p[0][i % width] += leftovers[i];
        for (int k = 1; k < ILP; k++) {
            for (int l = 0; l < width; l++) p[0][l] += p[k][l];
        }
        if (width == 1) return p[0][0];
        float total = 0f;
        for (int i = leftoverVectors; i < leftovers.length; i++) total += leftovers[i];
        for (int l = 0; l < width; l++) total += p[0][l];
        return total;
    }
}
