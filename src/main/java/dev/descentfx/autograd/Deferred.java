package dev.descentfx.autograd;

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

    enum Op { ZIP, NEG, POW, FILL, SUM }

    private final Op op;
    private final Kernels.Op zipOp;      // for ZIP
    private final int n;
    private final Tensor a, b;           // tensor operands, or null where the operand is a number
    private final int aVersion, bVersion;
    private final float sa, sb;          // the numbers: operands of one value, FILL's value, POW's exponent (sb)
    private float[] chunk;               // the last chunk of values computed, [chunkStart, chunkStart + chunkLength)
    private int chunkStart = -1, chunkLength;
    private final float[][] copies = new float[2][];   // a written operand's chunk, copied

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

    /**
     * The one value Σ t in torch's order, for a deferred t: a gradient summed down to a single
     * number (b's, and W's through mul), left to compute until backward() has found them all, so
     * that one pass over the data computes them together ({@link #writeSums}).
     */
    static Deferred sum(Tensor t) {
        return new Deferred(Op.SUM, null, 1, t, 0f, null, 0f);
    }

    boolean isSum() {
        return op == Op.SUM;
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
        if (op == Op.SUM) {
            return new float[] {a.deferred() != null ? a.deferred().sum() : Kernels.sum(a.values())};
        }
        checkVersions();
        float[] out = new float[n];
        for (int start = 0; start < n; start += CHUNK) {
            int len = Math.min(CHUNK, n - start);
            System.arraycopy(chunk(start, len), 0, out, start, len);
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
        for (int start = 0; start < n; start += CHUNK) {
            int len = Math.min(CHUNK, n - start);
            stream.add(chunk(start, len), null, 0, len);
        }
        return stream.total();
    }

    /**
     * Writes the values of pending sums ({@link #sum(Tensor)}) into their tensors: those over the
     * same number of values in one pass, a chunk of each in turn, so the data are read once for all
     * and a chunk they share (the lesson's gradient, in b's sum and in W's) is computed once.
     */
    static void writeSums(List<Tensor> pending) {
        while (!pending.isEmpty()) {
            int n = pending.get(0).deferred().a.numel();
            List<Tensor> together = pending.stream().filter(t -> t.deferred().a.numel() == n).toList();
            pending = pending.stream().filter(t -> t.deferred().a.numel() != n).toList();
            List<Deferred> operands = together.stream().map(t -> t.deferred().a.deferred()).toList();
            if (n < 4 || operands.contains(null)) {
                together.forEach(Tensor::values);
                continue;
            }
            operands.forEach(Deferred::checkVersions);
            PyTorchSum.Stream[] streams = new PyTorchSum.Stream[operands.size()];
            for (int k = 0; k < streams.length; k++) streams[k] = PyTorchSum.stream(n);
            for (int start = 0; start < n; start += CHUNK) {
                int len = Math.min(CHUNK, n - start);
                for (int k = 0; k < streams.length; k++) streams[k].add(operands.get(k).chunk(start, len), null, 0, len);
            }
            for (int k = 0; k < streams.length; k++) together.get(k).write(new float[] {streams[k].total()});
        }
    }

    /*
     * Values [start, start + len), in this node's own buffer, which keeps the last chunk computed:
     * asked again for the same chunk (a node two others are computed from), it is not computed
     * again. A written operand's chunk is copied to a buffer first, so that every loop runs over
     * arrays from index 0 (see Kernels.zip).
     */
    private float[] chunk(int start, int len) {
        if (chunkStart == start && chunkLength == len) {
            return chunk;
        }
        float[] av = a == null ? null : operand(a, start, len, 0);
        float[] bv = b == null ? null : operand(b, start, len, 1);
        if (chunk == null || chunk.length < len) {
            chunk = new float[len];   // the first chunk is the longest
        }
        switch (op) {
            case ZIP -> Kernels.zip(zipOp, av, sa, bv, sb, chunk, len);
            case NEG -> {
                if (av == null) java.util.Arrays.fill(chunk, 0, len, -sa);
                else Kernels.neg(av, chunk, len);
            }
            case POW -> {
                if (av == null) java.util.Arrays.fill(chunk, 0, len, Kernels.pow(sa, sb));
                else Kernels.pow(av, sb, chunk, len);
            }
            case FILL -> java.util.Arrays.fill(chunk, 0, len, sa);
            case SUM -> throw new IllegalStateException("a sum is one value, not a run of values");
        }
        chunkStart = start;
        chunkLength = len;
        return chunk;
    }

    private float[] operand(Tensor t, int start, int len, int side) {
        float[] written = t.valuesIfWritten();
        if (written == null) {
            return t.deferred().chunk(start, len);
        }
        if (copies[side] == null || copies[side].length < len) {
            copies[side] = new float[len];
        }
        System.arraycopy(written, start, copies[side], 0, len);
        return copies[side];
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
