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
        int rowSize = sumSquares.rowSize(), rows = sumSquares.wholeRows();
        for (int r = 0; r < rows; r++) {
            for (int slot = 0; slot < rowSize; slot++) {
                int i = r * rowSize + slot;
                float d = (x[i] * w + b) - y[i];             // hypothesis − y
                float gradD = gradSquare * (2f * d);
                sumSquares.addToRow(slot, d * d);
                sumGradB.addToRow(slot, gradD);
                sumGradW.addToRow(slot, gradD * x[i]);
            }
            sumSquares.endRow();
            sumGradB.endRow();
            sumGradW.endRow();
        }
        for (int i = rows * rowSize; i < n; i++) {
            float d = (x[i] * w + b) - y[i];
            float gradD = gradSquare * (2f * d);
            sumSquares.addLeftover(d * d);
            sumGradB.addLeftover(gradD);
            sumGradW.addLeftover(gradD * x[i]);
        }
        cost = sumSquares.total() / n;
        gradW = n == 1 ? gradSquare * (2f * (x[0] * w + b - y[0])) * x[0] : sumGradW.total();
        gradB = n == 1 ? gradSquare * (2f * (x[0] * w + b - y[0])) : sumGradB.total();
        w = Math.fma(-learningRate, gradW, w);    // torch's add_(grad, alpha=-lr): one rounding
        b = Math.fma(-learningRate, gradB, b);
        return cost;
    }
}
