package dev.descentfx.autograd.optim;

import dev.descentfx.autograd.AutogradException;
import dev.descentfx.autograd.GradMode;
import dev.descentfx.autograd.Tensor;
import java.util.List;

/**
 * PyTorch's {@code optim.Adam(params, lr, betas=(β1, β2), eps, weight_decay, amsgrad)} as its
 * single-tensor implementation ({@code _single_tensor_adam}, {@code foreach=False}, the default on a
 * CPU) computes it, operation for operation in float32. For each parameter p with gradient g:
 * <pre>
 * step += 1                                           (a float32 count)
 * g = g.add(p, alpha=weight_decay)                    (if weight_decay != 0)
 * exp_avg.lerp_(g, 1 - β1)
 * exp_avg_sq.mul_(β2).addcmul_(g, g, value=1 - β2)
 * bias_correction1 = 1 - β1 ** step                   (Python floats, double)
 * bias_correction2 = 1 - β2 ** step
 * step_size = lr / bias_correction1
 * bias_correction2_sqrt = bias_correction2 ** 0.5
 * max_exp_avg_sq = maximum(max_exp_avg_sq, exp_avg_sq)   (amsgrad: its denominator uses the max)
 * denom = (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps)
 * p.addcdiv_(exp_avg, denom, value=-step_size)
 * </pre>
 * The Python doubles (1 − β1, β2, 1 − β2, bias_correction2_sqrt, eps, −step_size) are rounded to
 * float32 where a kernel takes them, as torch does; each kernel rounds as {@link TorchKernels} says.
 *
 * <p>One operation cannot follow torch everywhere: its {@code sqrt} on an x86 CPU is MKL's, within
 * 1 ulp of the nearest float but not always it, and not the same on every CPU. This class takes the
 * nearest float (IEEE's square root, what torch's own vector code and numpy give); with that one
 * substitution torch's runs are matched bit for bit (PyTorchReferenceTest).
 */
public final class Adam implements Optimizer {
    private final List<Tensor> params;
    private final double beta1, beta2, eps, weightDecay;
    private final boolean amsgrad;
    private final float[][] expAvg, expAvgSq, maxExpAvgSq;   // zeros until the first step, as torch's zeros_like
    private final float[] steps;                             // state['step'] per parameter, float32 as torch keeps it
    private double learningRate;                             // a Python float: step_size is computed in double

    /** {@code optim.Adam(params, lr)} with torch's defaults: betas (0.9, 0.999), eps 1e-8, no weight decay, no amsgrad. */
    public Adam(List<Tensor> params, double learningRate) {
        this(params, learningRate, 0.9, 0.999, 1e-8, 0, false);
    }

    public Adam(List<Tensor> params, double learningRate, double beta1, double beta2, double eps, double weightDecay,
                boolean amsgrad) {
        if (!(eps >= 0) || Double.isInfinite(eps)) {
            throw new AutogradException("Invalid epsilon value: " + eps);
        }
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new AutogradException("Invalid beta parameters: (" + beta1 + ", " + beta2 + "), each in [0, 1)");
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new AutogradException("Invalid weight_decay value: " + weightDecay);
        }
        this.params = List.copyOf(params);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.amsgrad = amsgrad;
        int n = this.params.size();
        expAvg = new float[n][];
        expAvgSq = new float[n][];
        maxExpAvgSq = new float[n][];
        steps = new float[n];
        for (int i = 0; i < n; i++) {
            int size = this.params.get(i).numel();
            expAvg[i] = new float[size];
            expAvgSq[i] = new float[size];
            maxExpAvgSq[i] = new float[size];
        }
        setLearningRate(learningRate);
    }

    @Override
    public void setLearningRate(double learningRate) {
        if (!(learningRate >= 0) || Double.isInfinite(learningRate)) {
            throw new AutogradException("Invalid learning rate: " + learningRate + " (use a finite number, 0 or more)");
        }
        this.learningRate = learningRate;
    }

    @Override
    public float learningRate() {
        return (float) learningRate;
    }

    @Override
    public void zeroGrad() {
        params.forEach(Tensor::zeroGrad);
    }

    @Override
    public void step() {
        try (var off = GradMode.noGrad()) {
            for (int i = 0; i < params.size(); i++) {
                Tensor g = params.get(i).grad();
                if (g != null) {
                    update(i, g.toArray());
                }
            }
        }
    }

    /** By hand: the same update with the formula's gradient in g's place (torch: {@code W.grad = gradient}, then step()). */
    @Override
    public void stepByHand(List<Tensor> gradients) {
        try (var off = GradMode.noGrad()) {
            for (int i = 0; i < params.size(); i++) {
                update(i, gradients.get(i).toArray());
            }
        }
    }

    private void update(int i, float[] g) {
        Tensor param = params.get(i);
        float[] p = param.toArray();
        float[] m = expAvg[i], v = expAvgSq[i], vMax = maxExpAvgSq[i];
        steps[i] += 1f;
        double step = steps[i];
        float decay = (float) weightDecay, lerpWeight = (float) (1 - beta1);
        float b2 = (float) beta2, sqValue = (float) (1 - beta2);
        double biasCorrection1 = 1 - Math.pow(beta1, step);
        double biasCorrection2 = 1 - Math.pow(beta2, step);
        double stepSize = learningRate / biasCorrection1;
        float correction2Sqrt = (float) Math.pow(biasCorrection2, 0.5);
        float epsilon = (float) eps, value = (float) -stepSize;
        for (int j = 0; j < p.length; j++) {
            float gj = weightDecay != 0 ? TorchKernels.add(g[j], p[j], decay) : g[j];
            m[j] = TorchKernels.lerp(m[j], gj, lerpWeight);
            v[j] = TorchKernels.addcmul(v[j] * b2, gj, gj, sqValue);
            float second = v[j];
            if (amsgrad) {
                vMax[j] = Float.isNaN(vMax[j]) || Float.isNaN(v[j]) ? Float.NaN : Math.max(vMax[j], v[j]);
                second = vMax[j];
            }
            float denom = TorchKernels.sqrt(second) / correction2Sqrt + epsilon;   // add_(eps): x + 1·eps, exact as fma
            p[j] = TorchKernels.addcdiv(p[j], m[j], denom, value);
        }
        param.set(p);
    }

    /**
     * The state for a checkpoint, as copies: for n parameters exp_avg of each (rows 0 … n−1), exp_avg_sq
     * (n … 2n−1), max_exp_avg_sq (2n … 3n−1), then one row of the n step counts.
     */
    @Override
    public float[][] state() {
        int n = params.size();
        float[][] out = new float[3 * n + 1][];
        for (int i = 0; i < n; i++) {
            out[i] = expAvg[i].clone();
            out[n + i] = expAvgSq[i].clone();
            out[2 * n + i] = maxExpAvgSq[i].clone();
        }
        out[3 * n] = steps.clone();
        return out;
    }

    @Override
    public void loadState(float[][] saved) {
        int n = params.size();
        if (saved.length != 3 * n + 1) {
            throw new AutogradException("an Adam state holds " + (3 * n + 1) + " arrays for " + n
                    + " parameter(s), not " + saved.length + " (a state of another optimizer?)");
        }
        for (int i = 0; i < n; i++) {
            expAvg[i] = saved[i].clone();
            expAvgSq[i] = saved[n + i].clone();
            maxExpAvgSq[i] = saved[2 * n + i].clone();
        }
        System.arraycopy(saved[3 * n], 0, steps, 0, n);
    }
}
