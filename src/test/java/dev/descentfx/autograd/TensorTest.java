package dev.descentfx.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.descentfx.autograd.optim.SGD;
import java.util.List;
import org.junit.jupiter.api.Test;

class TensorTest {

    // The lesson's first step, worked out by hand: cost = mean((0·x − y)²) = (4 + 16 + 36)/3,
    // ∂cost/∂W = 2·mean((Wx − y)·x) = −56/3, ∂cost/∂b = 2·mean(Wx − y) = −8.
    @Test
    void lessonCostAndGradientsAtZero() {
        Tensor x = Tensor.column(1, 2, 3), y = Tensor.column(2, 4, 6);
        Tensor W = Tensor.zeros(1).requiresGrad(true), b = Tensor.zeros(1).requiresGrad(true);
        Tensor hypothesis = x.mul(W).add(b);
        Tensor cost = hypothesis.sub(y).pow(2).mean();

        cost.backward();

        assertThat(hypothesis.shape()).containsExactly(3, 1);
        assertThat(cost.item()).isEqualTo(56f / 3f);
        assertThat(W.grad().item()).isCloseTo(-56f / 3f, org.assertj.core.data.Offset.offset(2e-6f));
        assertThat(b.grad().item()).isEqualTo(-8f);
    }

    @Test
    void gradientsAccumulateUntilZeroGrad() {
        Tensor x = Tensor.column(1, 2, 3), y = Tensor.column(2, 4, 6);
        Tensor W = Tensor.vector(0.5f).requiresGrad(true);
        x.mul(W).sub(y).pow(2).mean().backward();
        float once = W.grad().item();

        x.mul(W).sub(y).pow(2).mean().backward();
        assertThat(W.grad().item()).isEqualTo(once + once);

        W.zeroGrad();
        assertThat(W.grad()).isNull();
        x.mul(W).sub(y).pow(2).mean().backward();
        assertThat(W.grad().item()).isEqualTo(once);
    }

    @Test
    void aTensorUsedTwiceGetsBothContributions() {
        Tensor a = Tensor.vector(3f).requiresGrad(true);
        a.mul(a).sum().backward();           // d(a²)/da = 2a
        assertThat(a.grad().item()).isEqualTo(6f);
    }

    @Test
    void broadcastingFollowsPyTorch() {
        Tensor column = Tensor.column(1, 2, 3);             // (3, 1)
        Tensor row = Tensor.vector(10, 20);                 // (2)
        Tensor sum = column.add(row);                       // (3, 2)
        assertThat(sum.shape()).containsExactly(3, 2);
        assertThat(sum.toArray()).containsExactly(11, 21, 12, 22, 13, 23);
        assertThat(Tensor.scalar(2f).mul(Tensor.vector(1, 2)).toArray()).containsExactly(2, 4);
    }

    @Test
    void shapesThatDoNotBroadcastNameBothShapes() {
        assertThatThrownBy(() -> Tensor.column(1, 2, 3).add(Tensor.column(1, 2)))
                .isInstanceOf(AutogradException.class)
                .hasMessageContaining("(3, 1)").hasMessageContaining("(2, 1)").hasMessageContaining("broadcast");
        assertThatThrownBy(() -> Tensor.vector(1, 2, 3).mul(Tensor.vector(1, 2)))
                .hasMessageContaining("(3)").hasMessageContaining("(2)");
    }

    @Test
    void backwardNeedsAScalar() {
        Tensor W = Tensor.vector(1, 2).requiresGrad(true);
        assertThatThrownBy(() -> W.mul(W).backward())
                .isInstanceOf(AutogradException.class)
                .hasMessageContaining("(2)").hasMessageContaining("mean()");
    }

    @Test
    void backwardNeedsSomethingThatRequiresGrad() {
        assertThatThrownBy(() -> Tensor.vector(1f).mul(Tensor.vector(2f)).backward())
                .isInstanceOf(AutogradException.class).hasMessageContaining("requiresGrad");
    }

    @Test
    void leafThatRequiresGradCannotChangeInPlaceWhileRecording() {
        Tensor W = Tensor.vector(1f).requiresGrad(true);
        assertThatThrownBy(() -> W.addInPlace(Tensor.vector(1f), -0.1f))
                .isInstanceOf(AutogradException.class).hasMessageContaining("noGrad");
        try (var off = GradMode.noGrad()) {
            W.addInPlace(Tensor.vector(1f), -0.5f);
        }
        assertThat(W.item()).isEqualTo(0.5f);
    }

    @Test
    void nothingIsRecordedInsideNoGrad() {
        Tensor W = Tensor.vector(1f).requiresGrad(true);
        Tensor out;
        try (var off = GradMode.noGrad()) {
            out = W.mul(W);
        }
        assertThat(out.requiresGrad()).isFalse();
        assertThat(GradMode.isEnabled()).isTrue();
    }

    @Test
    void itemNeedsOneValue() {
        assertThatThrownBy(() -> Tensor.vector(1, 2).item()).hasMessageContaining("(2)");
    }

    @Test
    void matmulShapesAndErrors() {
        Tensor a = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertThat(a.matmul(Tensor.vector(1, 1, 1)).toArray()).containsExactly(6, 15);
        assertThat(a.matmul(Tensor.of(new float[] {1, 0, 0, 1, 0, 0}, 3, 2)).shape()).containsExactly(2, 2);
        assertThatThrownBy(() -> a.matmul(Tensor.vector(1, 1)))
                .hasMessageContaining("(2, 3)").hasMessageContaining("(2)");
    }

    /**
     * PyTorch's SGD step {@code p.add_(grad, alpha=-lr)} rounds once (a fused multiply-add):
     * the answer is the exact p + (−lr)·grad, computed in BigDecimal, rounded to float once.
     * The lesson's W and ∇W after one step (0x3e3f258d, 0xc184d5e7) tell the two apart: rounding
     * the product first lands one float off what torch prints at epoch 2.
     */
    @Test
    void sgdStepRoundsPPlusMinusLearningRateTimesGradOnce() {
        Tensor W = Tensor.vector(Float.intBitsToFloat(0x3e3f258d)).requiresGrad(true);
        SGD optimizer = new SGD(List.of(W), 0.01);
        W.mul(Tensor.vector(Float.intBitsToFloat(0xc184d5e7))).sum().backward();   // W.grad is that ∇W exactly
        float p = W.item(), grad = W.grad().item();
        float exact = new java.math.BigDecimal(p).add(new java.math.BigDecimal(-0.01f).multiply(new java.math.BigDecimal(grad)))
                .floatValue();
        assertThat(exact).as("this case tells one rounding from two").isNotEqualTo(p + (-0.01f) * grad);

        optimizer.step();

        assertThat(W.item()).isEqualTo(exact);
        optimizer.zeroGrad();
        assertThat(W.grad()).isNull();
    }

    @Test
    void sgdRejectsANegativeLearningRate() {
        assertThatThrownBy(() -> new SGD(List.of(Tensor.vector(0f)), -0.01))
                .hasMessageContaining("-0.01");
    }
}
