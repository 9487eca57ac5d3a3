package dev.descentfx.autograd.optim;

/**
 * The float32 arithmetic of torch's in-place optimizer operations on the CPU, one element at a
 * time, each rounding exactly as torch 2.13's kernels do (found and checked against torch, bit
 * for bit, on 1-element tensors and on 40-element ones, in OptimKernelsTest). A Python number
 * handed to one of these operations (a weight, a value, an alpha) is first rounded to float32,
 * as torch's CPU kernels do with their scalar argument; the callers do that rounding.
 *
 * <p>Where torch's kernel is written {@code a + s * b} its CPU build contracts it into one fused
 * multiply-add ({@link Math#fma}); {@code addcdiv} has a division in the way and rounds each step.
 */
final class TorchKernels {
    private TorchKernels() {
    }

    /** {@code self.add_(other, alpha=alpha)} and {@code self.add(other, alpha=alpha)}: self + alpha·other, one rounding. */
    static float add(float self, float other, float alpha) {
        return Math.fma(alpha, other, self);
    }

    /**
     * {@code self.lerp_(end, weight)}: torch's lerp takes the side of the smaller weight for accuracy,
     * {@code self + w·(end − self)} when |w| < 0.5, else {@code end − (1 − w)·(end − self)}, each a fused multiply-add.
     */
    static float lerp(float self, float end, float weight) {
        float diff = end - self;
        return Math.abs(weight) < 0.5f ? Math.fma(weight, diff, self) : Math.fma(weight - 1f, diff, end);
    }

    /** {@code self.addcmul_(t1, t2, value=value)}: self + (value·t1)·t2, the last product fused with the sum. */
    static float addcmul(float self, float t1, float t2, float value) {
        return Math.fma(value * t1, t2, self);
    }

    /** {@code self.addcdiv_(t1, t2, value=value)}: self + (value·t1)/t2, each step rounded. */
    static float addcdiv(float self, float t1, float t2, float value) {
        return self + value * t1 / t2;
    }

    /**
     * The nearest float to √x (IEEE 754's square root). torch's {@code Tensor.sqrt()} on an x86 CPU
     * calls MKL's vector library in its high-accuracy mode instead, which is within 1 ulp of this but
     * not always the nearest float, and which rounds differently on different CPUs (AVX-512 and the
     * plain build disagree): no float arithmetic can follow it on every machine. Adam's denominator is
     * the only place this shows (see Adam).
     */
    static float sqrt(float x) {
        return (float) Math.sqrt(x);
    }
}
