package dev.descentfx.autograd;

/**
 * The arithmetic behind {@link Tensor}'s operations and their backward steps, on untracked
 * tensors: each result is written out at once when it is short, and {@link Deferred} when it is
 * long (the same numbers either way). Gradients flow through backward() as such tensors, so the
 * lesson's gradient {@code (1/n)·(2·d)} over a million points is never written out either: b's
 * gradient and W's are sums over it, computed a chunk at a time.
 */
final class Ops {
    private static final int[] SCALAR = {};

    private Ops() {
    }

    /** {@code a op b}, broadcast to {@code s}. */
    static Tensor zip(Kernels.Op op, Tensor a, Tensor b, int[] s) {
        int n = Shapes.numel(s);
        if (Deferred.worthIt(n)) {
            return Tensor.deferred(Deferred.zip(op, spread(a, s, n), spread(b, s, n), n), s);
        }
        return Tensor.written(Kernels.zip(op, a.values(), a.shapeView(), b.values(), b.shapeView(), s), s);
    }

    // An operand of neither n values nor one is broadcast out to n values first, as Kernels.zip does.
    private static Tensor spread(Tensor t, int[] s, int n) {
        int m = t.numel();
        return m == n || m == 1 ? t : Tensor.written(Shapes.expand(t.values(), t.shapeView(), s), s);
    }

    static Tensor neg(Tensor a) {
        return Deferred.worthIt(a.numel()) ? Tensor.deferred(Deferred.neg(a), a.shapeView())
                : Tensor.written(Kernels.neg(a.values()), a.shapeView());
    }

    static Tensor pow(Tensor a, float exponent) {
        return Deferred.worthIt(a.numel()) ? Tensor.deferred(Deferred.pow(a, exponent), a.shapeView())
                : Tensor.written(Kernels.pow(a.values(), exponent), a.shapeView());
    }

    /** pow(2)'s backward, {@code g·(2·x)}: torch's {@code grad * (2 * self)}, each product rounded. */
    static Tensor squareBackward(Tensor g, Tensor x) {
        int n = x.numel();
        if (Deferred.worthIt(n)) {
            return zip(Kernels.Op.MUL, g, zip(Kernels.Op.MUL, number(2f, SCALAR), x, x.shapeView()), x.shapeView());
        }
        float[] gv = g.values(), xv = x.values(), out = new float[n];
        for (int i = 0; i < n; i++) out[i] = gv[i] * (2f * xv[i]);
        return Tensor.written(out, x.shapeView());
    }

    /** {@code value} everywhere in {@code shape}. */
    static Tensor filled(int[] shape, float value) {
        int n = Shapes.numel(shape);
        return Deferred.worthIt(n) ? Tensor.deferred(Deferred.fill(n, value), shape)
                : Tensor.written(Kernels.filled(n, value), shape);
    }

    static Tensor number(float value, int[] shape) {
        return Tensor.written(new float[] {value}, shape);
    }

    /** All the values added in torch's order (computed now; a gradient's sum waits, see {@link #sumTo}). */
    static float sum(Tensor t) {
        float[] v = t.valuesIfWritten();
        return v != null ? Kernels.sum(v) : t.deferred().sum();
    }

    /**
     * A gradient of shape {@code from} added back down to the shape {@code to} that was broadcast
     * (PyTorch's sum_to): itself when nothing was broadcast, one torch-ordered sum down to one value.
     */
    static Tensor sumTo(Tensor g, int[] from, int[] to) {
        int n = Shapes.numel(to);
        if (n == g.numel()) {
            return g;
        }
        if (n == 1) {
            return g.deferred() != null ? Tensor.deferred(Deferred.sum(g), to) : number(sum(g), to);
        }
        return Tensor.written(Shapes.sumTo(g.values(), from, to), to);
    }

    /**
     * mul's backward: {@code g·factor} summed down to the input's shape. When a single number (the
     * lesson's W, in x·W) was broadcast over n > 1 elements, that is one dot product Σ g_i·factor_i,
     * with the same roundings and torch's order of sums, and no n-long array of products. (For
     * n = 1 nothing is summed, and 0 + (−0) would turn a −0 gradient into +0.)
     */
    static Tensor productSummedTo(Tensor g, int[] s, Tensor factor, int[] to) {
        if (Shapes.numel(to) == 1 && g.numel() > 1 && factor.numel() == g.numel()) {
            float[] gv = g.valuesIfWritten(), fv = factor.valuesIfWritten();
            return gv != null && fv != null ? number(Kernels.dot(gv, fv), to)
                    : Tensor.deferred(Deferred.sum(zip(Kernels.Op.MUL, g, factor, s)), to);
        }
        return sumTo(zip(Kernels.Op.MUL, g, factor, s), s, to);
    }
}
