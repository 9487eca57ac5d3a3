package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The bowl's maths against answers found another way: the cost as the direct sum over the data,
 * the gradients as central differences of that sum, the minimum from the normal equations solved
 * here, and the critical α from the closed forms of the lesson's 2×2 Hessian.
 */
class CostSurfaceTest {

    // cost(W, b) = (1/m) Σ (W·xᵢ + b − yᵢ)², summed directly in double
    static double directCost(Dataset d, boolean bias, double w, double b) {
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            double r = w * d.x(i, 0) + (bias ? b : 0) - d.y(i);
            sum += r * r;
        }
        return sum / d.size();
    }

    // the least-squares line from the normal equations [[Σx², Σx], [Σx, m]]·(W, b) = (Σxy, Σy), by Cramer's rule
    static double[] normalEquations(Dataset d, boolean bias) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0, m = d.size();
        for (int i = 0; i < d.size(); i++) {
            double x = d.x(i, 0), y = d.y(i);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        if (!bias) {
            return new double[] {sxy / sxx, 0};
        }
        double det = sxx * m - sx * sx;
        return new double[] {(sxy * m - sx * sy) / det, (sxx * sy - sx * sxy) / det};
    }

    static Dataset random(long seed, int m) {
        Random random = new Random(seed);
        float[] x = new float[m], y = new float[m];
        for (int i = 0; i < m; i++) {
            x[i] = -3 + 6 * random.nextFloat();
            y[i] = -3 + 6 * random.nextFloat();
        }
        return Dataset.of(x, y);
    }

    /** Cost, gradients, shares, the minimum and the slice minimum on random data, with and without a bias. */
    @Property(tries = 200)
    void agreesWithTheDirectSumOnRandomData(@ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int m,
                                             @ForAll boolean bias, @ForAll @DoubleRange(min = -5, max = 5) double w,
                                             @ForAll @DoubleRange(min = -5, max = 5) double b) {
        checkEverything(random(seed, m), bias, w, b);
    }

    @Test
    void agreesWithTheDirectSumOnTheLesson() {
        for (boolean bias : new boolean[] {true, false}) {
            for (double[] p : new double[][] {{0, 0}, {0.187, 0.08}, {2, 0}, {-3, 4}, {1.9708, 0.0664}}) {
                checkEverything(Dataset.lesson(), bias, p[0], p[1]);
            }
        }
        CostSurface lesson = CostSurface.of(Dataset.lesson(), true);
        assertThat(lesson.cost(0, 0)).isCloseTo(56.0 / 3, offset(1e-12));    // (4 + 16 + 36) / 3
        assertThat(lesson.gradW(0, 0)).isCloseTo(-56.0 / 3, offset(1e-12));   // 2·mean(−y·x)
        assertThat(lesson.gradB(0, 0)).isCloseTo(-8, offset(1e-12));          // 2·mean(−y)
        assertThat(lesson.minimum()).containsExactly(new double[] {2, 0}, offset(1e-12));
        assertThat(lesson.leastCost()).isCloseTo(0, offset(1e-12));
    }

    private static void checkEverything(Dataset d, boolean bias, double w, double b) {
        CostSurface s = CostSurface.of(d, bias);
        double scale = 1 + directCost(d, bias, w, b);
        assertThat(s.cost(w, b)).isCloseTo(directCost(d, bias, w, b), offset(1e-9 * scale));
        // central differences of a quadratic are exact but for rounding
        double h = 1e-4;
        double dW = (directCost(d, bias, w + h, b) - directCost(d, bias, w - h, b)) / (2 * h);
        double dB = (directCost(d, bias, w, b + h) - directCost(d, bias, w, b - h)) / (2 * h);
        assertThat(s.gradW(w, b)).isCloseTo(dW, offset(1e-6 * scale));
        assertThat(s.gradB(w, b)).isCloseTo(bias ? dB : 0, offset(1e-6 * scale));
        // each point's share, and their sums: the closed-form gradients
        double[] wShares = s.gradWShares(w, b), bShares = s.gradBShares(w, b);
        assertThat(wShares).hasSize(d.size());
        double sumW = 0, sumB = 0;
        for (int i = 0; i < d.size(); i++) {
            double r = w * d.x(i, 0) + (bias ? b : 0) - d.y(i);
            assertThat(wShares[i]).isCloseTo(2 * r * d.x(i, 0) / d.size(), offset(1e-12 * scale));
            sumW += wShares[i];
            sumB += bShares[i];
        }
        assertThat(sumW).isCloseTo(s.gradW(w, b), offset(1e-9 * scale));
        assertThat(sumB).isCloseTo(s.gradB(w, b), offset(1e-9 * scale));
        // the minimum solves the normal equations, and the least cost is the cost there
        double[] expected = normalEquations(d, bias), min = s.minimum();
        assertThat(min[0]).isCloseTo(expected[0], offset(1e-6 * (1 + Math.abs(expected[0]))));
        assertThat(min[1]).isCloseTo(expected[1], offset(1e-6 * (1 + Math.abs(expected[1]))));
        assertThat(s.leastCost()).isCloseTo(directCost(d, bias, expected[0], expected[1]), offset(1e-9 * scale));
        // the slice minimum: where ∂cost/∂W (by central differences) is 0 at this b
        double slice = s.sliceMinimum(b);
        double flat = (directCost(d, bias, slice + h, b) - directCost(d, bias, slice - h, b)) / (2 * h);
        assertThat(flat).isCloseTo(0, offset(1e-6 * scale));
    }

    /** The lesson's shares at W = b = 0, by hand: residuals −2, −4, −6 over m = 3. */
    @Test
    void theLessonsSharesAtZeroAreTheHandComputedOnes() {
        CostSurface s = CostSurface.of(Dataset.lesson(), true);
        assertThat(s.gradWShares(0, 0)).containsExactly(new double[] {-4.0 / 3, -16.0 / 3, -12}, offset(1e-12));
        assertThat(s.gradBShares(0, 0)).containsExactly(new double[] {-4.0 / 3, -8.0 / 3, -4}, offset(1e-12));
        assertThat(CostSurface.of(Dataset.lesson(), false).gradBShares(0, 0)).containsExactly(0, 0, 0);
    }

    @Test
    void wAloneIsCriticalAtOneOverMeanXSquared() {
        assertThat(CostSurface.of(Dataset.lesson(), false).criticalLearningRate(0)).isCloseTo(3.0 / 14, offset(1e-12));
    }

    /** 2/λmax of 2·[[14/3, 2], [2, 1]]: λ of the 2×2 from its trace and determinant; momentum μ multiplies by 1 + μ. */
    @Test
    void withBiasTheCriticalRateIsTwoOverTheLargestEigenvalueOfTheHessian() {
        double a = 2 * 14.0 / 3, c = 2 * 2.0, d = 2 * 1.0;
        double lambdaMax = (a + d) / 2 + Math.sqrt((a - d) * (a - d) / 4 + c * c);
        CostSurface s = CostSurface.of(Dataset.lesson(), true);
        assertThat(s.criticalLearningRate(0)).isCloseTo(2 / lambdaMax, offset(1e-12));
        assertThat(s.criticalLearningRate()).isCloseTo(2 / lambdaMax, offset(1e-12));
        assertThat(s.criticalLearningRate(0.9)).isCloseTo(2 * 1.9 / lambdaMax, offset(1e-12));
        // the principal axes are half the Hessian's: the same 2×2 without the factor 2
        assertThat(s.principalAxes()[0]).isCloseTo(lambdaMax / 2, offset(1e-12));
        assertThat(s.principalAxes()[1]).isCloseTo((a + d) / 2 / 2 - Math.sqrt((a - d) * (a - d) / 4 + c * c) / 2,
                offset(1e-12));
    }

    @Test
    void justBelowTheCriticalRateSettlesAndJustAboveGrows() {
        for (boolean bias : new boolean[] {true, false}) {
            double critical = CostSurface.of(Dataset.lesson(), bias).criticalLearningRate(0);
            assertThat(costAfter(critical * 0.95, bias, 2000)).as("bias %s", bias).isLessThan(1e-3f);
            assertThat(costAfter(critical * 1.05, bias, 2000)).as("bias %s", bias).isGreaterThan(1e3f);
        }
    }

    private static float costAfter(double rate, boolean bias, int epochs) {
        Trainer trainer = new Trainer(TrainingConfig.lesson().withBias(bias).withLearningRate(rate));
        trainer.run(epochs);
        return trainer.current().cost();
    }

    /** x all equal: with a bias every W has a b that fits as well, so there is no single minimum. */
    @Test
    void allXEqualHasNoSingleMinimumWithABias() {
        for (float c : new float[] {1.5f, 0.1f, -7.3f}) {
            Dataset d = Dataset.of(new float[] {c, c, c}, new float[] {1, 2, 4});
            CostSurface s = CostSurface.of(d, true);
            assertThat(s.minimum()[0]).as("x = %s", c).isNaN();
            assertThat(s.minimum()[1]).isNaN();
            double mean = 7.0 / 3;   // the best any line can do is the mean of y
            assertThat(s.leastCost()).isCloseTo(((1 - mean) * (1 - mean) + (2 - mean) * (2 - mean)
                    + (4 - mean) * (4 - mean)) / 3, offset(1e-9));
            checkCostAndGradients(d, true, 0.7, -0.4);
            // Hessian 2·[[c², c], [c, 1]] has eigenvalues 2(c² + 1) and 0
            assertThat(s.criticalLearningRate(0)).isCloseTo(2 / (2 * ((double) c * c + 1)), offset(1e-9));
            // without a bias x = c is an ordinary parabola: W* = Σxy / Σx²
            assertThat(CostSurface.of(d, false).minimum()[0]).isCloseTo(7.0 * c / (3.0 * c * c), offset(1e-6));
        }
    }

    /** x all zero: W does nothing, cost(W) is flat, and W alone is never critical. */
    @Test
    void allXZeroMakesWIrrelevant() {
        Dataset d = Dataset.of(new float[] {0, 0, 0}, new float[] {1, 2, 4});
        CostSurface alone = CostSurface.of(d, false), withBias = CostSurface.of(d, true);
        assertThat(alone.cost(5, 0)).isCloseTo(21.0 / 3, offset(1e-12));
        assertThat(alone.gradW(5, 0)).isZero();
        assertThat(alone.minimum()[0]).isNaN();
        assertThat(alone.sliceMinimum(0)).isNaN();
        assertThat(alone.criticalLearningRate(0)).isInfinite();
        assertThat(withBias.criticalLearningRate(0)).isCloseTo(1, offset(1e-12));   // Hessian [[0, 0], [0, 2]]
        assertThat(withBias.sliceMinimum(1)).isNaN();
        checkCostAndGradients(d, true, 3, 0.5);
        checkCostAndGradients(d, false, 3, 0.5);
    }

    private static void checkCostAndGradients(Dataset d, boolean bias, double w, double b) {
        CostSurface s = CostSurface.of(d, bias);
        double h = 1e-4;
        assertThat(s.cost(w, b)).isCloseTo(directCost(d, bias, w, b), offset(1e-9));
        assertThat(s.gradW(w, b)).isCloseTo(
                (directCost(d, bias, w + h, b) - directCost(d, bias, w - h, b)) / (2 * h), offset(1e-6));
        assertThat(s.gradB(w, b)).isCloseTo(
                bias ? (directCost(d, bias, w, b + h) - directCost(d, bias, w, b - h)) / (2 * h) : 0, offset(1e-6));
    }
}
