package dev.descentfx.training;

import dev.descentfx.autograd.Tensor;
import java.util.List;

/**
 * The lesson's hypothesis {@code H(x) = xW + b} and its mean squared error cost, as tensors.
 * One feature uses the lesson's own shapes (x (m, 1), W (1)); several use {@code x.matmul(W)}.
 */
final class LinearModel {
    final Tensor x;
    final Tensor y;
    final Tensor W;
    final Tensor b;   // null without a bias

    LinearModel(Dataset data, float[] initialW, float initialB, boolean bias, boolean requiresGrad) {
        int m = data.size(), k = data.features();
        x = Tensor.of(data.xFlat(), m, k);
        y = Tensor.of(data.y(), m, 1);
        W = (k == 1 ? Tensor.of(initialW, 1) : Tensor.of(initialW, k, 1)).requiresGrad(requiresGrad);
        b = bias ? Tensor.of(new float[] {initialB}, 1).requiresGrad(requiresGrad) : null;
    }

    /**
     * {@code hypothesis = x_train * W + b}. Every computed tensor keeps its gradient after
     * backward() (torch's {@code retain_grad()}), so the picture of the graph can show it; no
     * number changes.
     */
    Tensor hypothesis() {
        Tensor xW = (W.numel() == 1 ? x.mul(W) : x.matmul(W)).retainGrad();
        return b == null ? xW : xW.add(b).retainGrad();
    }

    /** {@code cost = torch.mean((hypothesis - y_train) ** 2)}. */
    Tensor cost(Tensor hypothesis) {
        return hypothesis.sub(y).retainGrad().pow(2).retainGrad().mean().retainGrad();
    }

    /** Autograd records the graph (W and b require grad); by hand nothing is recorded. */
    void setRequiresGrad(boolean on) {
        for (Tensor p : parameters()) {
            if (!on) {
                p.zeroGrad();
            }
            p.requiresGrad(on);
        }
    }

    List<Tensor> parameters() {
        return b == null ? List.of(W) : List.of(W, b);
    }

    float bias() {
        return b == null ? 0f : b.item();
    }
}
