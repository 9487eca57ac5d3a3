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
 *       those, W's the sum of those times x; every sum runs left to right from 0 in float;</li>
 *   <li>SGD: {@code W + (−lr)·gradW}, {@code b + (−lr)·gradB}.</li>
 * </ul>
 * Java float arithmetic never fuses a multiply into an add, so each line rounds once.
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
        float sumSquares = 0f, sumGradB = 0f, sumGradW = 0f;
        for (int i = 0; i < n; i++) {
            float hypothesis = x[i] * w + b;
            float d = hypothesis - y[i];
            sumSquares += d * d;
            float gradD = gradSquare * (2f * d);
            sumGradB += gradD;
            sumGradW += gradD * x[i];
        }
        cost = sumSquares / n;
        gradW = sumGradW;
        gradB = sumGradB;
        w = w + -learningRate * gradW;
        b = b + -learningRate * gradB;
        return cost;
    }
}
