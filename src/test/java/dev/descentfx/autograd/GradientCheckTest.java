package dev.descentfx.autograd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every backward formula against central differences, (L(a + h) − L(a − h)) / 2h, over random
 * shapes that broadcast and random values. L = mean(op(A, B) · R) with a fixed random R, so the
 * check covers broadcasting's sum-back of gradients too.
 */
class GradientCheckTest {

    record Case(int[] aShape, int[] bShape, long seed) {
    }

    private static final List<int[][]> BROADCASTING_PAIRS = List.of(
            new int[][] {{}, {}}, new int[][] {{3}, {3}}, new int[][] {{4}, {}}, new int[][] {{}, {2}},
            new int[][] {{3, 1}, {1}}, new int[][] {{3, 2}, {2}}, new int[][] {{3, 1}, {1, 4}},
            new int[][] {{2, 3}, {2, 3}}, new int[][] {{1}, {5, 1}}, new int[][] {{4, 2}, {4, 1}});

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.of(BROADCASTING_PAIRS), Arbitraries.longs())
                .as((pair, seed) -> new Case(pair[0], pair[1], seed));
    }

    @Property(tries = 60)
    void add(@ForAll("cases") Case c) {
        check(c, Tensor::add);
    }

    @Property(tries = 60)
    void sub(@ForAll("cases") Case c) {
        check(c, Tensor::sub);
    }

    @Property(tries = 60)
    void mul(@ForAll("cases") Case c) {
        check(c, Tensor::mul);
    }

    @Property(tries = 60)
    void div(@ForAll("cases") Case c) {
        check(c, Tensor::div);
    }

    @Property(tries = 60)
    void powAndNeg(@ForAll("cases") Case c) {
        check(c, (a, b) -> a.pow(2).sub(b.neg().pow(3)).add(a.pow(0.5)));
    }

    @Property(tries = 60)
    void matmul(@ForAll("matmulShapes") int[][] shapes, @ForAll long seed) {
        check(new Case(shapes[0], shapes[1], seed), Tensor::matmul);
    }

    @Provide
    Arbitrary<int[][]> matmulShapes() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 2)).as((m, k, n, kind) ->
                switch (kind) {
                    case 0 -> new int[][] {{m, k}, {k, n}};
                    case 1 -> new int[][] {{m, k}, {k}};
                    default -> new int[][] {{k}, {k, n}};
                });
    }

    private static void check(Case c, BinaryOperator<Tensor> op) {
        Random random = new Random(c.seed());
        // Values in [0.5, 2) keep division and square roots well away from their poles.
        float[] a = values(random, Shapes.numel(c.aShape()));
        float[] b = values(random, Shapes.numel(c.bShape()));
        int[] outShape = op.apply(Tensor.of(a, c.aShape()), Tensor.of(b, c.bShape())).shape();
        Tensor r = Tensor.of(values(random, Shapes.numel(outShape)), outShape);

        Tensor A = Tensor.of(a, c.aShape()).requiresGrad(true), B = Tensor.of(b, c.bShape()).requiresGrad(true);
        op.apply(A, B).mul(r).mean().backward();

        assertMatchesCentralDifferences(A.grad().toArray(), a, x -> loss(op, x, c.aShape(), b, c.bShape(), r));
        assertMatchesCentralDifferences(B.grad().toArray(), b, x -> loss(op, a, c.aShape(), x, c.bShape(), r));
    }

    private static double loss(BinaryOperator<Tensor> op, float[] a, int[] aShape, float[] b, int[] bShape, Tensor r) {
        return op.apply(Tensor.of(a, aShape), Tensor.of(b, bShape)).mul(r).mean().item();
    }

    private static void assertMatchesCentralDifferences(float[] grad, float[] at, java.util.function.ToDoubleFunction<float[]> loss) {
        float h = 1e-2f;
        for (int i = 0; i < at.length; i++) {
            float[] plus = at.clone(), minus = at.clone();
            plus[i] += h;
            minus[i] -= h;
            double numeric = (loss.applyAsDouble(plus) - loss.applyAsDouble(minus)) / (plus[i] - minus[i]);
            assertThat((double) grad[i]).as("gradient %d", i)
                    .isCloseTo(numeric, org.assertj.core.data.Offset.offset(3e-3 + 3e-3 * Math.abs(numeric)));
        }
    }

    private static float[] values(Random random, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = 0.5f + 1.5f * random.nextFloat();
        }
        return v;
    }
}
