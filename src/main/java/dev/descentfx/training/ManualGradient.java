package dev.descentfx.training;

import dev.descentfx.autograd.Tensor;

/**
 * The lesson's gradient by hand, part 8: {@code gradient = 2 * torch.mean((W * x_train - y_train) * x_train)},
 * with the bias {@code (W x + b − y)} as the residual and {@code 2 * mean(residual)} for b.
 * Written with tensor operations that record nothing, so it rounds exactly as that torch line does.
 */
final class ManualGradient {
    private final LinearModel model;
    private final Tensor[] featureColumns;   // x[:, j:j+1] for each feature j

    ManualGradient(LinearModel model, Dataset data) {
        this.model = model;
        this.featureColumns = new Tensor[data.features()];
        for (int j = 0; j < featureColumns.length; j++) {
            float[] column = new float[data.size()];
            for (int i = 0; i < column.length; i++) {
                column[i] = data.x(i, j);
            }
            featureColumns[j] = Tensor.column(column);
        }
    }

    /** {@code hypothesis − y}. */
    Tensor residual(Tensor hypothesis) {
        return hypothesis.sub(model.y);
    }

    /** {@code mean(residual²)}: the cost, as the autograd forward computes it. */
    static float cost(Tensor residual) {
        return residual.pow(2).mean().item();
    }

    /** {@code 2 * mean(residual · x_j)}: ∂cost/∂W_j. */
    float gradW(Tensor residual, int j) {
        return Tensor.scalar(2f).mul(residual.mul(featureColumns[j]).mean()).item();
    }

    /** {@code 2 * mean(residual)}: ∂cost/∂b. */
    static float gradB(Tensor residual) {
        return Tensor.scalar(2f).mul(residual.mean()).item();
    }
}
