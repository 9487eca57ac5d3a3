package dev.descentfx.training;

import java.util.Arrays;
import java.util.List;

/**
 * Training data: m examples, each with one or more features x and a target y. The lesson's
 * is {@link #lesson()}: x = 1, 2, 3 and y = 2, 4, 6. Immutable; the values are kept a column per
 * feature (a million rows of one feature: 4 MB, where a {@code float[]} per row took 32 MB).
 */
public final class Dataset {
    private final List<String> featureNames;
    private final float[][] columns;   // columns[j][i]: feature j of example i
    private final float[] y;
    private final String targetName;

    /**
     * @param featureNames a name per feature column (for messages, CSV headers and plots)
     * @param x            m rows of k feature values
     * @param y            m targets
     */
    public Dataset(List<String> featureNames, float[][] x, float[] y, String targetName) {
        this(featureNames, y, targetName, columnsOf(featureNames, x, y));
    }

    /** The same data given a column per feature ({@code columns[j][i]}: feature j of example i), copied. */
    public static Dataset ofColumns(List<String> featureNames, float[][] columns, float[] y, String targetName) {
        if (columns.length != featureNames.size()) {
            throw new IllegalArgumentException("give one column per feature: " + featureNames.size() + " feature(s), "
                    + columns.length + " column(s)");
        }
        float[][] copy = new float[columns.length][];
        for (int j = 0; j < columns.length; j++) {
            if (columns[j].length != y.length) {
                throw new IllegalArgumentException("x has " + columns[j].length + " values but y has " + y.length
                        + ": each x needs exactly one y");
            }
            copy[j] = columns[j].clone();
        }
        return new Dataset(featureNames, y, targetName, copy);
    }

    private Dataset(List<String> featureNames, float[] y, String targetName, float[][] columns) {
        this.featureNames = List.copyOf(featureNames);
        this.targetName = targetName;
        if (y.length == 0) {
            throw new IllegalArgumentException("the dataset is empty: give at least one (x, y) example");
        }
        if (featureNames.isEmpty()) {
            throw new IllegalArgumentException("the dataset needs at least one feature column");
        }
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                requireFinite(columns[j][i], featureNames.get(j), i);
            }
            requireFinite(y[i], targetName, i);
        }
        this.columns = columns;
        this.y = y.clone();
    }

    /** Rows into fresh columns, each row checked for its length. */
    private static float[][] columnsOf(List<String> featureNames, float[][] x, float[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length
                    + ": each x needs exactly one y");
        }
        int k = featureNames.size();
        float[][] columns = new float[k][x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != k) {
                throw new IllegalArgumentException("example " + (i + 1) + " has " + x[i].length + " feature values, expected "
                        + k);
            }
            for (int j = 0; j < k; j++) {
                columns[j][i] = x[i][j];
            }
        }
        return columns;
    }

    private static void requireFinite(float v, String column, int row) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException(column + " of example " + (row + 1) + " is " + v + ": use finite numbers");
        }
    }

    /** One feature named x, target named y. */
    public static Dataset of(float[] x, float[] y) {
        return ofColumns(List.of("x"), new float[][] {x}, y, "y");
    }

    public List<String> featureNames() {
        return featureNames;
    }

    public String targetName() {
        return targetName;
    }

    /** The lesson's data: {@code x_train = [[1], [2], [3]]}, {@code y_train = [[2], [4], [6]]}. */
    public static Dataset lesson() {
        return of(new float[] {1, 2, 3}, new float[] {2, 4, 6});
    }

    public int size() {
        return y.length;
    }

    public int features() {
        return featureNames.size();
    }

    /** The j-th feature of example i. */
    public float x(int i, int j) {
        return columns[j][i];
    }

    public float y(int i) {
        return y[i];
    }

    /** x as m·k values, row by row (the layout of a (m, k) tensor). */
    public float[] xFlat() {
        int k = features();
        if (k == 1) {
            return columns[0].clone();
        }
        float[] flat = new float[size() * k];
        for (int i = 0; i < size(); i++) {
            for (int j = 0; j < k; j++) {
                flat[i * k + j] = columns[j][i];
            }
        }
        return flat;
    }

    /** m rows of k feature values (a fresh copy). */
    public float[][] x() {
        float[][] rows = new float[size()][features()];
        for (int i = 0; i < size(); i++) {
            for (int j = 0; j < features(); j++) {
                rows[i][j] = columns[j][i];
            }
        }
        return rows;
    }

    public float[] y() {
        return y.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && featureNames.equals(d.featureNames) && Arrays.deepEquals(columns, d.columns)
                && Arrays.equals(y, d.y) && targetName.equals(d.targetName);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(columns) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Dataset[" + size() + " examples, features " + featureNames + ", target " + targetName + "]";
    }
}
