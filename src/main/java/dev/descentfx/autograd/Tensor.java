package dev.descentfx.autograd;

import static dev.descentfx.autograd.Kernels.Op.ADD;
import static dev.descentfx.autograd.Kernels.Op.DIV;
import static dev.descentfx.autograd.Kernels.Op.MUL;
import static dev.descentfx.autograd.Kernels.Op.SUB;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A tensor of float32 values that remembers how it was computed, so that {@link #backward()}
 * can fill in the gradient of every tensor that led to it — micrograd's {@code Value}, grown
 * to arrays of shape {@code ()}, {@code (n)} or {@code (m, k)}.
 *
 * <p>Each operation computes its result, then leaves behind a small backward step that hands
 * the result's gradient to its inputs. The steps follow PyTorch's own derivative formulas,
 * in the same order of operations, so gradients round exactly as torch.FloatTensor's do.
 *
 * <pre>{@code
 * Tensor W = Tensor.zeros(1).requiresGrad(true);
 * Tensor cost = x.mul(W).sub(y).pow(2).mean();
 * cost.backward();            // W.grad() is now d cost / d W
 * }</pre>
 */
public final class Tensor {
    private static final Tensor[] NO_INPUTS = {};
    private static final int[] SCALAR = {};    // the shape () (shapes held inside are never changed)

    private float[] data;               // the values; null while they are deferred
    private Deferred deferred;          // how to compute them, until something reads them (long elementwise results)
    private final int[] shape;
    private final int numel;
    private Tensor[] inputs;            // what this tensor was computed from; none for a leaf
    private String op;                  // "add", "mul", ... or "leaf"
    private boolean requiresGrad;
    private boolean retainsGrad;        // a non-leaf that keeps its gradient after backward() (retain_grad())
    private Tensor grad;                // d(the tensor backward() started from) / d(this); a leaf's is written out and its own
    private Consumer<Tensor> backwardStep;  // given this tensor's grad, adds into the inputs' grads
    private int version;                // counts in-place changes, as torch's version counter does

    private Tensor(float[] data, Deferred deferred, int[] shape, boolean requiresGrad, Tensor[] inputs, String op) {
        this.data = data;
        this.deferred = deferred;
        this.shape = shape;
        this.numel = data != null ? data.length : deferred.size();
        this.requiresGrad = requiresGrad;
        this.inputs = inputs;
        this.op = op;
    }

    // ---- making tensors -------------------------------------------------------------------

    /** A tensor of the given shape holding {@code values} in row-major order (copied). */
    public static Tensor of(float[] values, int... shape) {
        if (shape.length > 2) {
            throw new AutogradException("tensors here have at most 2 dimensions, not " + Shapes.show(shape));
        }
        if (Shapes.numel(shape) != values.length) {
            throw new AutogradException(values.length + " values do not fill a tensor of shape " + Shapes.show(shape)
                    + ", which holds " + Shapes.numel(shape));
        }
        return new Tensor(values.clone(), null, shape.clone(), false, NO_INPUTS, "leaf");
    }

    // untracked results of Ops: values written out, or deferred
    static Tensor written(float[] values, int[] shape) {
        return new Tensor(values, null, shape, false, NO_INPUTS, "leaf");
    }

    static Tensor deferred(Deferred values, int[] shape) {
        return new Tensor(null, values, shape, false, NO_INPUTS, "leaf");
    }

    /** A vector, shape (n): {@code torch.tensor([1., 2., 3.])}. */
    public static Tensor vector(float... values) {
        return of(values, values.length);
    }

    /** A column, shape (n, 1): the lesson's {@code torch.FloatTensor([[1], [2], [3]])}. */
    public static Tensor column(float... values) {
        return of(values, values.length, 1);
    }

    /** A single number, shape (). */
    public static Tensor scalar(float value) {
        return of(new float[] {value});
    }

    /** All zeros: {@code torch.zeros(shape)}. */
    public static Tensor zeros(int... shape) {
        return of(new float[Shapes.numel(shape)], shape);
    }

    /** Marks a leaf as a parameter to learn (PyTorch's {@code requires_grad=True}); returns this. */
    public Tensor requiresGrad(boolean on) {
        if (!isLeaf()) {
            throw new AutogradException("requiresGrad can only be set on a leaf tensor (one made directly, not by '"
                    + op + "'); set it on the tensors this one was computed from");
        }
        requiresGrad = on;
        return this;
    }

    // ---- arithmetic (PyTorch broadcasting) --------------------------------------------------

    public Tensor add(Tensor other) {
        int[] s = Shapes.broadcast(shape, other.shape, "add");
        Tensor out = result(Ops.zip(ADD, this, other, s), "add", other);
        out.onBackward(g -> {
            if (requiresGrad) accumulate(Ops.sumTo(g, s, shape));
            if (other.requiresGrad) other.accumulate(Ops.sumTo(g, s, other.shape));
        });
        return out;
    }

    public Tensor sub(Tensor other) {
        int[] s = Shapes.broadcast(shape, other.shape, "subtract");
        Tensor out = result(Ops.zip(SUB, this, other, s), "sub", other);
        out.onBackward(g -> {
            if (requiresGrad) accumulate(Ops.sumTo(g, s, shape));
            if (other.requiresGrad) other.accumulate(Ops.sumTo(Ops.neg(g), s, other.shape));
        });
        return out;
    }

    public Tensor mul(Tensor other) {
        int[] s = Shapes.broadcast(shape, other.shape, "multiply");
        Tensor out = result(Ops.zip(MUL, this, other, s), "mul", other);
        out.onBackward(g -> {   // d(a·b)/da = b, d(a·b)/db = a
            if (requiresGrad) accumulate(Ops.productSummedTo(g, s, other, shape));
            if (other.requiresGrad) other.accumulate(Ops.productSummedTo(g, s, this, other.shape));
        });
        return out;
    }

    public Tensor div(Tensor other) {
        int[] s = Shapes.broadcast(shape, other.shape, "divide");
        Tensor out = result(Ops.zip(DIV, this, other, s), "div", other);
        out.onBackward(g -> {   // d(a/b)/da = 1/b, d(a/b)/db = -(a/b)/b, as torch writes them
            if (requiresGrad) accumulate(Ops.sumTo(Ops.zip(DIV, g, other, s), s, shape));
            if (other.requiresGrad) {
                Tensor q = Ops.zip(DIV, Ops.zip(DIV, this, other, s), other, s);
                other.accumulate(Ops.sumTo(Ops.zip(MUL, Ops.neg(g), q, s), s, other.shape));
            }
        });
        return out;
    }

    public Tensor neg() {
        Tensor out = result(Ops.neg(this), "neg");
        out.onBackward(g -> accumulate(Ops.neg(g)));
        return out;
    }

    /** Each element to a fixed power; {@code pow(2)} squares, as in the lesson's cost. */
    public Tensor pow(double exponent) {
        float e = (float) exponent;
        Tensor out = result(Ops.pow(this, e), "pow");
        out.onBackward(g -> {   // d(x^e)/dx = e·x^(e−1), times the incoming gradient: g·(e·x^(e−1))
            if (e == 2f) {          // the square: x^1 is x
                accumulate(Ops.squareBackward(g, this));
            } else if (e != 0f) {
                accumulate(Ops.zip(MUL, g, Ops.zip(MUL, Ops.number(e, SCALAR), Ops.pow(this, e - 1f), shape), shape));
            } else {
                accumulate(Ops.filled(shape, 0f));
            }
        });
        return out;
    }

    // ---- reductions ---------------------------------------------------------------------

    /** The sum of all elements, added in torch's order ({@link PyTorchSum}); shape (). */
    public Tensor sum() {
        Tensor out = result(Ops.number(Ops.sum(this), SCALAR), "sum");
        out.onBackward(g -> accumulate(Ops.filled(shape, g.item())));
        return out;
    }

    /** sum() / n, as torch.mean computes it; shape (). */
    public Tensor mean() {
        int n = numel;
        Tensor out = result(Ops.number(Ops.sum(this) / n, SCALAR), "mean");
        out.onBackward(g -> accumulate(Ops.filled(shape, g.item() / n)));   // each element gets grad / n
        return out;
    }

    /** Matrix product: (m,k)@(k,n), (m,k)@(k), (k)@(k,n) or (k)@(k); sums over k left to right. */
    public Tensor matmul(Tensor other) {
        int m = shape.length == 2 ? shape[0] : 1, k = Shapes.cols(shape);
        int k2 = other.shape.length == 2 ? other.shape[0] : Shapes.cols(other.shape);
        int n = other.shape.length == 2 ? other.shape[1] : 1;
        if (shape.length == 0 || other.shape.length == 0 || k != k2) {
            throw new AutogradException("cannot matmul tensors of shapes " + Shapes.show(shape) + " and "
                    + Shapes.show(other.shape) + ": the first needs as many columns (" + (shape.length == 0 ? "none" : k)
                    + ") as the second has rows (" + (other.shape.length == 0 ? "none" : k2) + ")");
        }
        List<Integer> dims = new ArrayList<>();
        if (shape.length == 2) dims.add(m);
        if (other.shape.length == 2) dims.add(n);
        int[] s = dims.stream().mapToInt(Integer::intValue).toArray();
        Tensor out = result(written(Kernels.matmul(values(), other.values(), m, k, n), s), "matmul", other);
        out.onBackward(g -> {   // dA = g·Bᵀ, dB = Aᵀ·g
            if (requiresGrad) accumulate(written(Kernels.matmul(g.values(), Kernels.transpose(other.values(), k, n), m, n, k), shape));
            if (other.requiresGrad) other.accumulate(written(Kernels.matmul(Kernels.transpose(values(), m, k), g.values(), k, m, n), other.shape));
        });
        return out;
    }

    // ---- backward -----------------------------------------------------------------------

    /**
     * Computes d(this)/d(t) for every tensor t that led here and requires grad, and ADDS it
     * to t's gradient, exactly as PyTorch does: call {@link #zeroGrad()} (or the optimizer's)
     * between steps, or the gradients of successive calls pile up.
     */
    public void backward() {
        if (!requiresGrad) {
            throw new AutogradException("backward() was called on a tensor that does not require grad: "
                    + "nothing it was computed from has requiresGrad(true), or it was computed inside noGrad()");
        }
        if (numel != 1) {
            throw new AutogradException("backward() starts from a single number such as the cost, but this tensor has shape "
                    + Shapes.show(shape) + "; reduce it first, e.g. with mean() or sum()");
        }
        List<Tensor> order = new ArrayList<>();
        topologicalSort(this, Collections.newSetFromMap(new IdentityHashMap<>()), order);
        for (Tensor t : order) {
            if (!t.isLeaf()) t.grad = null;
        }
        accumulate(written(new float[] {1f}, shape));
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor t = order.get(i);
            if (t.grad != null && t.backwardStep != null) t.backwardStep.accept(t.grad);
        }
        List<Tensor> pendingSums = null;      // leaves' gradients summed down to one value: all in one pass
        for (Tensor t : order) {
            if (!t.isLeaf() && !t.retainsGrad) t.grad = null;   // like PyTorch, only leaves keep their gradient
            if (t.isLeaf() && t.grad != null && t.grad.deferred != null) {
                if (pendingSums == null) pendingSums = new ArrayList<>();
                pendingSums.add(t.grad);
            }
        }
        if (pendingSums != null) Deferred.writeSums(pendingSums);
    }

    /**
     * Keeps this computed tensor's gradient after {@link #backward()}, as PyTorch's
     * {@code retain_grad()} does, so that a picture of the graph can show it. Changes no number.
     */
    public Tensor retainGrad() {
        retainsGrad = true;
        return this;
    }

    private static void topologicalSort(Tensor t, Set<Tensor> visited, List<Tensor> order) {
        if (visited.add(t)) {
            for (Tensor input : t.inputs) topologicalSort(input, visited, order);
            order.add(t);
        }
    }

    private void accumulate(Tensor g) {
        if (!requiresGrad) return;
        if (isLeaf()) {             // a leaf owns its gradient, written out (or a sum still to compute), and adds into it
            if (grad == null && g.deferred != null && g.deferred.isSum()) {
                grad = g;
                return;
            }
            float[] v = g.values();
            if (grad == null) {
                grad = written(v.clone(), shape);
            } else {
                float[] own = grad.values();
                for (int i = 0; i < numel; i++) own[i] += v[i];
            }
        } else {                    // others may share their gradient with the next tensor down: never write into it
            grad = grad == null ? g : Ops.zip(ADD, grad, g, shape);
        }
    }

    /** Forgets the gradient, as PyTorch's {@code zero_grad()} does (it sets {@code .grad} to None). */
    public void zeroGrad() {
        grad = null;
    }

    /**
     * Sets the gradient ({@code W.grad = ...} in PyTorch; null is None), e.g. to resume a run from
     * a checkpoint exactly as it was. Only for a leaf that requires grad.
     */
    public void setGrad(float[] values) {
        if (!isLeaf() || !requiresGrad) {
            throw new AutogradException("setGrad needs a leaf tensor that requires grad");
        }
        if (values != null && values.length != numel) {
            throw new AutogradException(values.length + " gradient values do not fit a tensor of shape " + Shapes.show(shape));
        }
        grad = values == null ? null : written(values.clone(), shape);
    }

    /** The gradient after {@link #backward()}, or null if none has reached this leaf. */
    public Tensor grad() {
        return grad == null ? null : written(grad.values().clone(), shape);
    }

    // ---- changing a tensor in place (optimizers) -------------------------------------------

    /**
     * {@code this += alpha · other}, PyTorch's {@code add_(other, alpha=alpha)}. Its CPU kernel
     * computes {@code self + alpha * other} as one fused multiply-add (a single rounding), and
     * so does this: checked bit for bit against torch 2.13 in PyTorchReferenceTest.
     */
    public void addInPlace(Tensor other, float alpha) {
        checkInPlace("addInPlace");
        if (other.numel != numel && other.numel != 1) {
            throw new AutogradException("cannot add a tensor of shape " + Shapes.show(other.shape)
                    + " into one of shape " + Shapes.show(shape) + " in place");
        }
        float[] d = values(), o = other.values();
        for (int i = 0; i < d.length; i++) d[i] = Math.fma(alpha, o[o.length == 1 ? 0 : i], d[i]);
        version++;
    }

    /** {@code this *= factor}. */
    public void mulInPlace(float factor) {
        checkInPlace("mulInPlace");
        float[] d = values();
        for (int i = 0; i < d.length; i++) d[i] = d[i] * factor;
        version++;
    }

    /** Overwrites the values (same count), e.g. to start again from new initial values. */
    public void set(float... values) {
        checkInPlace("set");
        if (values.length != numel) {
            throw new AutogradException(values.length + " values cannot replace a tensor of shape " + Shapes.show(shape));
        }
        System.arraycopy(values, 0, values(), 0, numel);
        version++;
    }

    private void checkInPlace(String what) {
        if (!isLeaf() && requiresGrad) {
            throw new AutogradException(what + " cannot change a tensor made by '" + op
                    + "': backward() still needs its value; change the leaf tensors instead");
        }
        if (isLeaf() && requiresGrad && GradMode.isEnabled()) {
            throw new AutogradException(what + " cannot change a leaf tensor that requires grad while gradients are "
                    + "being recorded; do parameter updates inside try (var off = GradMode.noGrad()) { ... }, "
                    + "as PyTorch does with torch.no_grad()");
        }
    }

    // ---- reading ------------------------------------------------------------------------

    /** The one value of a one-element tensor, like PyTorch's {@code item()}. */
    public float item() {
        if (numel != 1) {
            throw new AutogradException("item() needs a tensor with exactly one value, but this one has shape "
                    + Shapes.show(shape) + " (" + numel + " values)");
        }
        return values()[0];
    }

    /** A copy of the values in row-major order. */
    public float[] toArray() {
        return values().clone();
    }

    public int[] shape() {
        return shape.clone();
    }

    public int numel() {
        return numel;
    }

    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Made directly rather than computed by an operation that is being recorded. */
    public boolean isLeaf() {
        return inputs.length == 0;
    }

    // for Graph: what this tensor was computed from, by which operation, and the arrays as they are now
    Tensor[] inputs() {
        return inputs;
    }

    String op() {
        return op;
    }

    float[] gradValues() {
        return grad == null ? null : grad.values();
    }

    // for Ops and Deferred: the values (written out now if they were deferred), the shape itself, ...
    float[] values() {
        if (data == null) {
            data = deferred.materialize();
            deferred = null;
        }
        return data;
    }

    int[] shapeView() {
        return shape;
    }

    // ... the values if they are written out (else null), how they are computed while they are not,
    float[] valuesIfWritten() {
        return data;
    }

    Deferred deferred() {
        return deferred;
    }

    // ... the one value of a deferred fill (or null), and the count of in-place changes so far
    Float fillValue() {
        return deferred == null ? null : deferred.fillValue();
    }

    int version() {
        return version;
    }

    // for Deferred.writeSums: the values of a pending sum, found
    void write(float[] values) {
        data = values;
        deferred = null;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("tensor(").append(Shapes.show(shape)).append(" [");
        float[] v = values();
        for (int i = 0; i < v.length; i++) s.append(i == 0 ? "" : ", ").append(v[i]);
        return s.append(requiresGrad ? "], requires_grad)" : "])").toString();
    }

    // Leaves the backward step on a recorded output; an output nothing is recorded for keeps none,
    // so it holds no references to its inputs.
    private void onBackward(Consumer<Tensor> step) {
        if (requiresGrad) {
            backwardStep = step;
        }
    }

    // The output of an operation: recorded for backward() only if an input requires grad.
    // (computed is the fresh, untracked tensor Ops made for it, which becomes the output itself.)
    private Tensor result(Tensor computed, String opName, Tensor... others) {
        boolean track = GradMode.isEnabled() && (requiresGrad || others.length > 0 && others[0].requiresGrad);
        computed.requiresGrad = track;
        computed.inputs = !track ? NO_INPUTS : others.length == 0 ? new Tensor[] {this} : new Tensor[] {this, others[0]};
        computed.op = opName;
        return computed;
    }
}
