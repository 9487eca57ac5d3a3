package dev.descentfx.training;

import java.util.Arrays;
import java.util.List;

/**
 * Training data: m examples, each with one or more features x and a target y. The lesson's
 * is {@link #lesson()}: x = 1, 2, 3 and y = 2, 4, 6.
 *
 * @param featureNames a name per feature column (for messages, CSV headers and plots)
 * @param x            m rows of k feature values
 * @param y            m targets
 */
public record Dataset(List<String> featureNames, float[][] x, float[] y, String targetName) {

    public Dataset {
        featureNames = List.copyOf(featureNames);
        if (y.length == 0) {
            throw new IllegalArgumentException("the dataset is empty: give at least one (x, y) example");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length
                    + ": each x needs exactly one y");
        }
        if (featureNames.isEmpty()) {
            throw new IllegalArgumentException("the dataset needs at least one feature column");
        }
        float[][] rows = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != featureNames.size()) {
                throw new IllegalArgumentException("example " + (i + 1) + " has " + x[i].length + " feature values, expected "
                        + featureNames.size());
            }
            for (int j = 0; j < x[i].length; j++) {
                requireFinite(x[i][j], featureNames.get(j), i);
            }
            requireFinite(y[i], targetName, i);
            rows[i] = x[i].clone();
        }
        x = rows;
        y = y.clone();
    }

    private static void requireFinite(float v, String column, int row) {
        if (!Float.isFinite(v)) {
            throw new IllegalArgumentException(column + " of example " + (row + 1) + " is " + v + ": use finite numbers");
        }
    }

    /** One feature named x, target named y. */
    public static Dataset of(float[] x, float[] y) {
        float[][] rows = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = new float[] {x[i]};
        }
        return new Dataset(List.of("x"), rows, y, "y");
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
        return x[i][j];
    }

    public float y(int i) {
        return y[i];
    }

    /** x as m·k values, row by row (the layout of a (m, k) tensor). */
    public float[] xFlat() {
        float[] flat = new float[size() * features()];
        for (int i = 0; i < size(); i++) {
            System.arraycopy(x[i], 0, flat, i * features(), features());
        }
        return flat;
    }

    @Override
    public float[][] x() {
        return Arrays.stream(x).map(float[]::clone).toArray(float[][]::new);
    }

    @Override
    public float[] y() {
        return y.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && featureNames.equals(d.featureNames) && Arrays.deepEquals(x, d.x)
                && Arrays.equals(y, d.y) && targetName.equals(d.targetName);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Dataset[" + size() + " examples, features " + featureNames + ", target " + targetName + "]";
    }
}
