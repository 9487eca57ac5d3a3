package dev.descentfx.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.descentfx.bench.SameNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's fast paths (W's gradient as one dot product, the square's backward as a plain
 * loop) must not change a single bit. The independent answer is the epoch written out by hand
 * in float32 ({@code bench.FusedEpoch}) and the lesson's printed result.
 */
class EngineMatchesFusedLoopTest {

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {1, 2, 3, 5, 17, 1000, 20000})
    void anEpochThroughTheEngineGivesTheSameBitsAsTheHandWrittenLoop(int n) {
        float[][] data = SameNumbers.data(n);
        assertThatCode(() -> SameNumbers.check(data[0], data[1], 30)).doesNotThrowAnyException();
    }

    @Test
    void theLessonStillEndsAtItsPrintedWAndB() {
        assertThatCode(SameNumbers::checkLesson).doesNotThrowAnyException();
    }

    @Test
    void aSingleNumberTimesMinusZeroHasGradientMinusZero() {
        // 1 · (−0) = −0 in IEEE float, as torch prints it; a sum starting from +0 would lose the sign
        Tensor w = Tensor.vector(3f).requiresGrad(true);
        Tensor.vector(-0f).mul(w).sum().backward();
        assertThat(Float.floatToRawIntBits(w.grad().item())).isEqualTo(Float.floatToRawIntBits(-0f));
    }
}
