package dev.descentfx.autograd;

import java.util.ArrayList;
import java.util.List;

/**
 * An elementwise result that is not written out yet: {@code a op b} (or {@code −a}, {@code a^e},
 * or one number everywhere) over n values, each operand either another tensor of n values or a
 * single number. A long chain such as the lesson's {@code (x·W + b − y)²} then costs no n-long
 * array per step: a sum over it ({@link #sum()}) computes the chain {@link #CHUNK} values at a
 * time, each chunk through every step in turn while it sits in the cache, and feeds torch's order
 * of additions ({@link PyTorchSum.Stream}) as it goes. Every value is computed by the same loop,
 * with the same single rounding, as the whole-array operation ({@link Kernels}), so the numbers are
 * those of torch's separate operations, bit for bit; only when and where they are computed differs.
 *
 * <p>Results of at least {@link #from()} values are deferred; shorter ones are computed at once.
 * A tensor's values are written out when something reads them ({@link Tensor#toArray()}, a
 * picture of the graph, matmul). A single-number operand is read when the result is made, as torch
 * reads it; a tensor operand changed in place afterwards makes reading the result an error, not a
 * silent wrong number (its version is kept, as torch keeps one for backward()).
 */
final class Deferred {
    /** Values computed at a time: whole rows of torch's sum, small enough for the first-level cache. */
    static final int CHUNK = 32 * PyTorchSum.Stream.ROW;
    private static final int DEFAULT_FROM = 1 << 14;
    private static int from = DEFAULT_FROM;

    enum Op { ZIP, NEG, POW, FILL }

    private final Op op;
    private final Kernels.Op zipOp;      // for ZIP
    private final int n;
    private final Tensor a, b;           // tensor operands, or null where the operand is a number
    private final int aVersion, bVersion;
    private final float sa, sb;          // the numbers: operands of one value, FILL's value, POW's exponent (sb)

    private Deferred(Op op, Kernels.Op zipOp, int n, Tensor a, float sa, Tensor b, float sb) {
        this.op = op;
        this.zipOp = zipOp;
        this.n = n;
        this.a = a;
        this.b = b;
        this.sa = sa;
        this.sb = sb;
        this.aVersion = a == null ? 0 : a.version();
        this.bVersion = b == null ? 0 : b.version();
    }

    /** The length from which results are deferred (16,384 values). */
    static int from() {
        return from;
    }

    /** For tests: defer from another length (1 defers everything of two values or more); returns the old one. */
    static int deferFrom(int length) {
        int old = from;
        from = Math.max(2, length);
        return old;
    }

    static boolean worthIt(int n) {
        return n >= from;
    }

    /** {@code a op b} over n values; each operand has n values or one. */
    static Deferred zip(Kernels.Op op, Tensor a, Tensor b, int n) {
        return new Deferred(Op.ZIP, op, n, full(a), number(a), full(b), number(b));
    }

    static Deferred neg(Tensor a) {
        return new Deferred(Op.NEG, null, a.numel(), full(a), number(a), null, 0f);
    }

    static Deferred pow(Tensor a, float exponent) {
        return new Deferred(Op.POW, null, a.numel(), full(a), number(a), null, exponent);
    }

    /** n copies of one value (the gradient sum() and mean() hand back). */
    static Deferred fill(int n, float value) {
        return new Deferred(Op.FILL, null, n, null, value, null, 0f);
    }

    // An operand that is one number everywhere is read now, as a number; others stay tensors.
    private static Tensor full(Tensor t) {
        return t.numel() == 1 || t.fillValue() != null ? null : t;
    }

    private static float number(Tensor t) {
        Float fill = t.fillValue();
        return fill != null ? fill : t.numel() == 1 ? t.values()[0] : 0f;
    }

    int size() {
        return n;
    }

    /** FILL's value, or null. */
    Float fillValue() {
        return op == Op.FILL ? sa : null;
    }

    /** All n values, written out. */
    float[] materialize() {
        checkVersions();
        float[] out = new float[n];
        List<float[]> scratch = new ArrayList<>();
        for (int start = 0; start < n; start += CHUNK) {
            fill(start, Math.min(CHUNK, n - start), out, start, scratch, 0);
        }
        return out;
    }

    /** The sum of the n values in torch's order ({@link PyTorchSum}), never holding more than a chunk of them. */
    float sum() {
        PyTorchSum.Stream stream = PyTorchSum.stream(n);
        if (stream == null) {
            return PyTorchSum.leftToRight(materialize(), null);
        }
        checkVersions();
        float[] chunk = new float[Math.min(CHUNK, n)];
        List<float[]> scratch = new ArrayList<>();
        for (int start = 0; start < n; start += CHUNK) {
            int len = Math.min(CHUNK, n - start);
            fill(start, len, chunk, 0, scratch, 0);
            stream.add(chunk, null, 0, len);
        }
        return stream.total();
    }

    // Values [start, start + len) into out[o ..]. Operand a's chunk is computed into scratch[level],
    // b's into scratch[level + 1]; their own operands use the levels after those.
    private void fill(int start, int len, float[] out, int o, List<float[]> scratch, int level) {
        float[] av = null, bv = null;
        int ao = 0, bo = 0;
        if (a != null) {
            av = a.valuesIfWritten();
            ao = start;
            if (av == null) {
                av = buffer(scratch, level, len);
                ao = 0;
                a.deferred().fill(start, len, av, 0, scratch, level + 2);
            }
        }
        if (b != null) {
            bv = b.valuesIfWritten();
            bo = start;
            if (bv == null) {
                bv = buffer(scratch, level + 1, len);
                bo = 0;
                b.deferred().fill(start, len, bv, 0, scratch, level + 2);
            }
        }
        switch (op) {
            case ZIP -> Kernels.zip(zipOp, av, ao, sa, bv, bo, sb, out, o, len);
            case NEG -> {
                if (av == null) java.util.Arrays.fill(out, o, o + len, -sa);
                else Kernels.neg(av, ao, out, o, len);
            }
            case POW -> {
                if (av == null) java.util.Arrays.fill(out, o, o + len, Kernels.pow(sa, sb));
                else Kernels.pow(av, ao, sb, out, o, len);
            }
            case FILL -> java.util.Arrays.fill(out, o, o + len, sa);
        }
    }

    private static float[] buffer(List<float[]> scratch, int level, int len) {
        while (scratch.size() <= level) {
            scratch.add(null);
        }
        float[] buf = scratch.get(level);
        if (buf == null || buf.length < len) {
            buf = new float[len];   // the first chunk is the longest
            scratch.set(level, buf);
        }
        return buf;
    }

    private void checkVersions() {
        check(a, aVersion);
        check(b, bVersion);
    }

    private static void check(Tensor t, int version) {
        if (t == null) return;
        if (t.version() != version) {
            throw new AutogradException("a tensor of shape " + Shapes.show(t.shape()) + " was changed in place after a "
                    + "result was computed from it; compute the result again after the change");
        }
        Deferred d = t.deferred();
        if (d != null) d.checkVersions();
    }
}
