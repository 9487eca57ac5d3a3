package dev.descentfx.autograd;

import static dev.descentfx.autograd.Kernels.Op.ADD;
import static dev.descentfx.autograd.Kernels.Op.DIV;
import static dev.descentfx.autograd.Kernels.Op.MUL;

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

    private final float[] data;
    private final int[] shape;
    private final Tensor[] inputs;      // what this tensor was computed from; none for a leaf
    private final String op;            // "add", "mul", ... or "leaf"
    private boolean requiresGrad;
    private boolean retainsGrad;        // a non-leaf that keeps its gradient after backward() (retain_grad())
    private float[] grad;               // d(the tensor backward() started from) / d(this)
    private Consumer<float[]> backwardStep;  // given this tensor's grad, adds into the inputs' grads

    private Tensor(float[] data, int[] shape, boolean requiresGrad, Tensor[] inputs, String op) {
        this.data = data;
        this.shape = shape;
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
        return new Tensor(values.clone(), shape.clone(), false, NO_INPUTS, "leaf");
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
        Tensor out = result(Kernels.zip(ADD, data, shape, other.data, other.shape, s), s, "add", other);
        out.onBackward(g -> {
            if (requiresGrad) accumulate(Shapes.sumTo(g, s, shape));
            if (other.requiresGrad) other.accumulate(Shapes.sumTo(g, s, other.shape));
        });
        return out;
    }

    public Tensor sub(Tensor other) {
        int[] s = Shapes.broadcast(shape, other.shape, "subtract");
        Tensor out = result(Kernels.zip(Kernels.Op.SUB, data, shape, other.data, other.shape, s), s, "sub", other);
        out.onBackward(g -> {
            if (requiresGrad) accumulate(Shapes.sumTo(g, s, shape));
            if (other.requiresGrad) other.accumulate(Shapes.sumTo(Kernels.neg(g), s, other.shape));
        });
        return out;
    }

    public Tensor mul(Tensor other) {
        int[] s = Shapes.broadcast(shape, other.shape, "multiply");
        Tensor out = result(Kernels.zip(MUL, data, shape, other.data, other.shape, s), s, "mul", other);
        out.onBackward(g -> {   // d(a·b)/da = b, d(a·b)/db = a
            if (requiresGrad) accumulate(productSummedTo(g, s, other, shape));
            if (other.requiresGrad) other.accumulate(productSummedTo(g, s, this, other.shape));
        });
        return out;
    }

    // mul's backward: g·factor, summed back down to the input's shape. When a single number
    // (the lesson's W, in x·W) was broadcast over n > 1 elements, that is one dot product
    // Σ g_i·factor_i, with the same roundings and torch's order of sums, and no n-long array of products.
    // (For n = 1 nothing is summed, and 0 + (−0) would turn a −0 gradient into +0.)
    private static float[] productSummedTo(float[] g, int[] s, Tensor factor, int[] to) {
        if (Shapes.numel(to) == 1 && g.length > 1 && factor.data.length == g.length) {
            return new float[] {Kernels.dot(g, factor.data)};
        }
        return Shapes.sumTo(Kernels.zip(MUL, g, s, factor.data, factor.shape, s), s, to);
    }

    public Tensor div(Tensor other) {
        int[] s = Shapes.broadcast(shape, other.shape, "divide");
        Tensor out = result(Kernels.zip(DIV, data, shape, other.data, other.shape, s), s, "div", other);
        out.onBackward(g -> {   // d(a/b)/da = 1/b, d(a/b)/db = -(a/b)/b, as torch writes them
            if (requiresGrad) accumulate(Shapes.sumTo(Kernels.zip(DIV, g, s, other.data, other.shape, s), s, shape));
            if (other.requiresGrad) {
                float[] q = Kernels.zip(DIV, Kernels.zip(DIV, data, shape, other.data, other.shape, s), s, other.data, other.shape, s);
                other.accumulate(Shapes.sumTo(Kernels.zip(MUL, Kernels.neg(g), s, q, s, s), s, other.shape));
            }
        });
        return out;
    }

    public Tensor neg() {
        Tensor out = result(Kernels.neg(data), shape, "neg");
        out.onBackward(g -> accumulate(Kernels.neg(g)));
        return out;
    }

    /** Each element to a fixed power; {@code pow(2)} squares, as in the lesson's cost. */
    public Tensor pow(double exponent) {
        float e = (float) exponent;
        Tensor out = result(Kernels.pow(data, e), shape, "pow");
        out.onBackward(g -> {   // d(x^e)/dx = e·x^(e−1), times the incoming gradient
            float[] local = new float[g.length];
            if (e == 2f) {          // the square: x^1 is x, so the same numbers in a loop the JIT vectorises
                for (int i = 0; i < g.length; i++) local[i] = g[i] * (2f * data[i]);
            } else if (e != 0f) {
                for (int i = 0; i < g.length; i++) local[i] = g[i] * (e * Kernels.pow(data[i], e - 1f));
            }
            accumulate(local);
        });
        return out;
    }

    // ---- reductions ---------------------------------------------------------------------

    /** The sum of all elements, added in torch's order ({@link PyTorchSum}); shape (). */
    public Tensor sum() {
        Tensor out = result(new float[] {Kernels.sum(data)}, new int[0], "sum");
        out.onBackward(g -> accumulate(Kernels.filled(data.length, g[0])));
        return out;
    }

    /** sum() / n, as torch.mean computes it; shape (). */
    public Tensor mean() {
        int n = data.length;
        Tensor out = result(new float[] {Kernels.sum(data) / n}, new int[0], "mean");
        out.onBackward(g -> accumulate(Kernels.filled(n, g[0] / n)));   // each element gets grad / n
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
        Tensor out = result(Kernels.matmul(data, other.data, m, k, n), s, "matmul", other);
        out.onBackward(g -> {   // dA = g·Bᵀ, dB = Aᵀ·g
            if (requiresGrad) accumulate(Kernels.matmul(g, Kernels.transpose(other.data, k, n), m, n, k));
            if (other.requiresGrad) other.accumulate(Kernels.matmul(Kernels.transpose(data, m, k), g, k, m, n));
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
        if (data.length != 1) {
            throw new AutogradException("backward() starts from a single number such as the cost, but this tensor has shape "
                    + Shapes.show(shape) + "; reduce it first, e.g. with mean() or sum()");
        }
        List<Tensor> order = new ArrayList<>();
        topologicalSort(this, Collections.newSetFromMap(new IdentityHashMap<>()), order);
        for (Tensor t : order) {
            if (!t.isLeaf()) t.grad = null;
        }
        accumulate(new float[] {1f});
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor t = order.get(i);
            if (t.grad != null && t.backwardStep != null) t.backwardStep.accept(t.grad);
        }
        for (Tensor t : order) {
            if (!t.isLeaf() && !t.retainsGrad) t.grad = null;   // like PyTorch, only leaves keep their gradient
        }
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

    private void accumulate(float[] g) {
        if (!requiresGrad) return;
        if (grad == null) {
            grad = isLeaf() ? g.clone() : g;   // a leaf owns its gradient; others may share the array
        } else if (isLeaf()) {
            for (int i = 0; i < grad.length; i++) grad[i] += g[i];
        } else {
            grad = Kernels.zip(ADD, grad, shape, g, shape, shape);   // never write into a shared array
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
        if (values != null && values.length != data.length) {
            throw new AutogradException(values.length + " gradient values do not fit a tensor of shape " + Shapes.show(shape));
        }
        grad = values == null ? null : values.clone();
    }

    /** The gradient after {@link #backward()}, or null if none has reached this leaf. */
    public Tensor grad() {
        return grad == null ? null : new Tensor(grad.clone(), shape, false, NO_INPUTS, "leaf");
    }

    // ---- changing a tensor in place (optimizers) -------------------------------------------

    /**
     * {@code this += alpha · other}, PyTorch's {@code add_(other, alpha=alpha)}. Its CPU kernel
     * computes {@code self + alpha * other} as one fused multiply-add (a single rounding), and
     * so does this: checked bit for bit against torch 2.13 in PyTorchReferenceTest.
     */
    public void addInPlace(Tensor other, float alpha) {
        checkInPlace("addInPlace");
        if (other.data.length != data.length && other.data.length != 1) {
            throw new AutogradException("cannot add a tensor of shape " + Shapes.show(other.shape)
                    + " into one of shape " + Shapes.show(shape) + " in place");
        }
        float[] o = other.data;
        for (int i = 0; i < data.length; i++) data[i] = Math.fma(alpha, o[o.length == 1 ? 0 : i], data[i]);
    }

    /** {@code this *= factor}. */
    public void mulInPlace(float factor) {
        checkInPlace("mulInPlace");
        for (int i = 0; i < data.length; i++) data[i] = data[i] * factor;
    }

    /** Overwrites the values (same count), e.g. to start again from new initial values. */
    public void set(float... values) {
        checkInPlace("set");
        if (values.length != data.length) {
            throw new AutogradException(values.length + " values cannot replace a tensor of shape " + Shapes.show(shape));
        }
        System.arraycopy(values, 0, data, 0, data.length);
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
        if (data.length != 1) {
            throw new AutogradException("item() needs a tensor with exactly one value, but this one has shape "
                    + Shapes.show(shape) + " (" + data.length + " values)");
        }
        return data[0];
    }

    /** A copy of the values in row-major order. */
    public float[] toArray() {
        return data.clone();
    }

    public int[] shape() {
        return shape.clone();
    }

    public int numel() {
        return data.length;
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
        return grad;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("tensor(").append(Shapes.show(shape)).append(" [");
        for (int i = 0; i < data.length; i++) s.append(i == 0 ? "" : ", ").append(data[i]);
        return s.append(requiresGrad ? "], requires_grad)" : "])").toString();
    }

    // Leaves the backward step on a recorded output; an output nothing is recorded for keeps none,
    // so it holds no references to its inputs.
    private void onBackward(Consumer<float[]> step) {
        if (requiresGrad) {
            backwardStep = step;
        }
    }

    // The output of an operation: recorded for backward() only if an input requires grad.
    private Tensor result(float[] values, int[] outShape, String opName, Tensor... others) {
        boolean track = GradMode.isEnabled() && (requiresGrad || others.length > 0 && others[0].requiresGrad);
        Tensor[] from = others.length == 0 ? new Tensor[] {this} : new Tensor[] {this, others[0]};
        return new Tensor(values, outShape, track, track ? from : NO_INPUTS, opName);
    }
}
