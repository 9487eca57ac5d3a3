package dev.descentfx.training.generate;

import dev.descentfx.training.Dataset;

/**
 * Anscombe's quartet (F. J. Anscombe, "Graphs in Statistical Analysis", The American
 * Statistician 27, 1973): four sets of eleven points with the same least-squares line,
 * y = 3.00 + 0.500·x, and nearly the same cost at its bottom, though one is a line with noise,
 * one a curve, one a line with an outlier, and one a single far point that decides the slope.
 * Gradient descent finds the same line on all four: the picture, not the numbers, tells them apart.
 */
public final class Anscombe {
    private static final float[] X = {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
    private static final float[][] XS = {X, X, X, {8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8}};
    private static final float[][] YS = {
            {8.04f, 6.95f, 7.58f, 8.81f, 8.33f, 9.96f, 7.24f, 4.26f, 10.84f, 4.82f, 5.68f},
            {9.14f, 8.14f, 8.74f, 8.77f, 9.26f, 8.10f, 6.13f, 3.10f, 9.13f, 7.26f, 4.74f},
            {7.46f, 6.77f, 12.74f, 7.11f, 7.81f, 8.84f, 6.08f, 5.39f, 8.15f, 6.42f, 5.73f},
            {6.58f, 5.76f, 7.71f, 8.84f, 8.47f, 7.04f, 5.25f, 12.50f, 5.56f, 7.91f, 6.89f}};

    private Anscombe() {
    }

    /** Set {@code number}, 1 to 4 (I to IV). */
    public static Dataset set(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("Anscombe's quartet has sets 1 to 4, not " + number);
        }
        return Dataset.of(XS[number - 1], YS[number - 1]);
    }
}
