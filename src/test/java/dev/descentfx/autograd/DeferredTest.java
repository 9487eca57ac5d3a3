package dev.descentfx.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.descentfx.bench.SameNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deferred results ({@link Deferred}) give the same bits as results written out at once. Here
 * every result of two values or more is deferred, and the independent answers are torch's
 * (the expressions ExpressionsTest checks: broadcasting, powers, division, matmul, reuse) and
 * the epoch written by hand ({@code bench.FusedEpoch}), at sizes around the chunk's length.
 */
class DeferredTest {
    private int before;

    @BeforeEach
    void deferEverything() {
        before = Deferred.deferFrom(2);
    }

    @AfterEach
    void restore() {
        Deferred.deferFrom(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"broadcast-mix", "powers", "matmul-chain", "matvec", "reuse", "long-mean", "scalar-leaf"})
    void torchsExpressionsGiveTheSameBitsDeferred(String name) throws Exception {
        new ExpressionsTest().forwardAndBackwardMatchTorch(name);
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {2, 3, 4, 5, 8, 31, 33, 1023, 1024, 1025, 3000})
    void anEpochDeferredIsTheHandWrittenLoopsEpoch(int n) {
        float[][] data = SameNumbers.data(n);
        assertThatCode(() -> SameNumbers.check(data[0], data[1], 20)).doesNotThrowAnyException();
    }

    @Test
    void aLongChainIsNotWrittenOutUntilRead() {
        Tensor x = Tensor.vector(1f, 2f, 3f, 4f, 5f);
        Tensor d = x.mul(Tensor.scalar(2f)).sub(Tensor.scalar(1f));
        assertThat(d.valuesIfWritten()).isNull();
        assertThat(d.sum().item()).isEqualTo(25f);
        assertThat(d.valuesIfWritten()).isNull();
        assertThat(d.toArray()).containsExactly(1f, 3f, 5f, 7f, 9f);
    }

    @Test
    void changingAnInputInPlaceBeforeTheResultIsReadIsAnErrorNotAWrongNumber() {
        Tensor x = Tensor.vector(1f, 2f, 3f);
        Tensor y = x.mul(Tensor.scalar(2f));
        x.set(10f, 20f, 30f);
        assertThatThrownBy(y::toArray).isInstanceOf(AutogradException.class).hasMessageContaining("changed in place");
    }

    @Test
    void aSingleNumberIsReadWhenTheResultIsMade() {
        Tensor w = Tensor.scalar(2f);
        Tensor y = Tensor.vector(1f, 2f, 3f).mul(w);
        w.set(5f);   // torch computed y already; so does the engine, as far as w is concerned
        assertThat(y.toArray()).containsExactly(2f, 4f, 6f);
    }
}
