package dev.descentfx.training;

import java.util.Arrays;

/**
 * Which examples of a run's data are held out to test the fit: none, a fraction drawn by a seed,
 * or a mask read from a column. Part of {@link TrainingConfig} (the run owns it); the trainer sees
 * only the train rows ({@link TrainingConfig#trainData()}), and the test rows are the run's
 * {@link TestSet}. Both keep the order of the data.
 *
 * <p>A fraction f with seed s is reproducible, here and in any other language: the row numbers
 * 0 … m−1 are shuffled as {@code Collections.shuffle(rows, new java.util.Random(s))} does
 * (Fisher–Yates from the end: for i = m−1 down to 1, swap rows i and {@code random.nextInt(i + 1)};
 * java.util.Random is the 48-bit LCG its javadoc specifies), and the first {@code round(f·m)} of
 * them (half up, at least 1, at most m − 1) are the test rows.
 */
public sealed interface Split {

    /** No split: every example trains. */
    static Split none() {
        return None.NONE;
    }

    /** A fraction {@code 0 < f < 1} of the examples, drawn by {@code seed}, tests. */
    static Split fraction(double testFraction, long seed) {
        return new Fraction(testFraction, seed);
    }

    /** {@code test[i]} says whether example i tests (a column of train/test labels). */
    static Split mask(boolean[] test) {
        return new Mask(test);
    }

    /** Whether any example is held out. */
    default boolean holdsOut() {
        return !(this instanceof None);
    }

    /** Which of {@code m} examples test (none: all false). */
    boolean[] testRows(int m);

    /** Whether the split can be applied to {@code m} examples; otherwise the reason is thrown. */
    default void check(int m) {
        testRows(m);
    }

    /** The train rows and the test rows of {@code data} (test null without a split), each in the data's order. */
    default Parts parts(Dataset data) {
        if (!holdsOut()) {
            return new Parts(data, null);
        }
        boolean[] test = testRows(data.size());
        int nTest = 0;
        for (boolean t : test) {
            nTest += t ? 1 : 0;
        }
        return new Parts(rows(data, test, false, data.size() - nTest), rows(data, test, true, nTest));
    }

    /** The train rows, and the test rows (null when nothing is held out). */
    record Parts(Dataset train, Dataset test) {
    }

    private static Dataset rows(Dataset data, boolean[] test, boolean wanted, int count) {
        float[][] x = new float[count][];
        float[] y = new float[count];
        for (int i = 0, k = 0; i < data.size(); i++) {
            if (test[i] == wanted) {
                float[] row = new float[data.features()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = data.x(i, j);
                }
                x[k] = row;
                y[k++] = data.y(i);
            }
        }
        return new Dataset(data.featureNames(), x, y, data.targetName());
    }

    /** Every example trains. */
    enum None implements Split {
        NONE;

        @Override
        public boolean[] testRows(int m) {
            return new boolean[m];
        }
    }

    /** A fraction of the examples, drawn by a seed (see {@link Split}). */
    record Fraction(double testFraction, long seed) implements Split {
        public Fraction {
            if (!(testFraction > 0 && testFraction < 1)) {
                throw new IllegalArgumentException("the test fraction must be between 0 and 1 (say 0.2), not " + testFraction);
            }
        }

        /** How many of {@code m} examples test: round(f·m), at least 1, at most m − 1. */
        public int testCount(int m) {
            if (m < 2) {
                throw new IllegalArgumentException("a train/test split needs at least 2 examples; the data has " + m);
            }
            return (int) Math.max(1, Math.min(m - 1, Math.round(testFraction * m)));
        }

        @Override
        public boolean[] testRows(int m) {
            int n = testCount(m);
            int[] rows = new int[m];
            for (int i = 0; i < m; i++) {
                rows[i] = i;
            }
            java.util.Random random = new java.util.Random(seed);
            for (int i = m - 1; i > 0; i--) {   // Collections.shuffle's order: from the end, swap i with nextInt(i + 1)
                int j = random.nextInt(i + 1), t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
            boolean[] test = new boolean[m];
            for (int k = 0; k < n; k++) {
                test[rows[k]] = true;
            }
            return test;
        }
    }

    /** A mask: test[i] for each example i (a column of train/test labels). */
    record Mask(boolean[] test) implements Split {
        public Mask {
            test = test.clone();
        }

        @Override
        public boolean[] test() {
            return test.clone();
        }

        @Override
        public boolean[] testRows(int m) {
            if (m != test.length) {
                throw new IllegalArgumentException("the split column has " + test.length + " labels but the data has "
                        + m + " examples; give one label per example");
            }
            int n = 0;
            for (boolean t : test) {
                n += t ? 1 : 0;
            }
            if (n == 0 || n == m) {
                throw new IllegalArgumentException("the split column marks " + (n == 0 ? "no example" : "every example")
                        + " as test; mark some as train and some as test");
            }
            return test.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Mask k && Arrays.equals(test, k.test);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(test);
        }

        @Override
        public String toString() {
            return "Mask[" + test.length + " rows]";
        }
    }
}
