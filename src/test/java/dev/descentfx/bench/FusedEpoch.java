package dev.descentfx.bench;

/**
 * One epoch of the lesson's model written by hand as a single pass over the data: the
 * yardstick the engine is measured against.
 *
 * <p>It rounds exactly where the engine rounds, so the two give bit-identical numbers:
 * <ul>
 *   <li>forward: {@code h = x·W} then {@code + b}, {@code d = h − y}, {@code cost = (Σ d·d) / n};</li>
 *   <li>backward: the mean hands each square {@code 1/n}; the square hands on
 *       {@code (1/n)·(2·d)} (PyTorch's {@code grad · (2 · d¹)}); b's gradient is the sum of
 *       those, W's the sum of those times x; every sum adds in torch's order ({@link TorchOrderSum});</li>
 *   <li>SGD: {@code W + (−lr)·gradW}, {@code b + (−lr)·gradB}, each one fused multiply-add as in torch.</li>
 * </ul>
 * Java float arithmetic never fuses a multiply into an add unless asked, so each line rounds once.
 */
public final class FusedEpoch {
    private final float[] x;
    private final float[] y;
    private final float learningRate;
    float w;
    float b;
    float cost;     // at the W and b the epoch started from
    float gradW;
    float gradB;

    public FusedEpoch(float[] x, float[] y, float w, float b, float learningRate) {
        this.x = x;
        this.y = y;
        this.w = w;
        this.b = b;
        this.learningRate = learningRate;
    }

    /** Cost and gradients at the current W and b, then one SGD update; returns the cost. */
    public float epoch() {
        int n = x.length;
        float gradSquare = 1f / n;           // mean's backward: d cost / d (d_i²)
        TorchOrderSum sumSquares = new TorchOrderSum(n), sumGradB = new TorchOrderSum(n);
        TorchOrderSum sumGradW = new TorchOrderSum(n);
        for (int i = 0; i < n; i++) {
            float hypothesis = x[i] * w + b;
            float d = hypothesis - y[i];
            sumSquares.add(d * d);
            float gradD = gradSquare * (2f * d);
            sumGradB.add(gradD);
            sumGradW.add(gradD * x[i]);
        }
        cost = sumSquares.total() / n;
        gradW = n == 1 ? gradSquare * (2f * (x[0] * w + b - y[0])) * x[0] : sumGradW.total();
        gradB = n == 1 ? gradSquare * (2f * (x[0] * w + b - y[0])) : sumGradB.total();
        w = Math.fma(-learningRate, gradW, w);    // torch's add_(grad, alpha=-lr): one rounding
        b = Math.fma(-learningRate, gradB, b);
        return cost;
    }
}
