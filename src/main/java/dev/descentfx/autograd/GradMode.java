package dev.descentfx.autograd;

/**
 * Whether operations are being recorded for {@link Tensor#backward()}: PyTorch's
 * {@code torch.no_grad()}. Like PyTorch's, the switch is per thread.
 *
 * <pre>{@code
 * try (var ignored = GradMode.noGrad()) {
 *     W.addInPlace(W.grad(), -learningRate);   // an update, not part of the next graph
 * }
 * }</pre>
 */
public final class GradMode {
    private static final ThreadLocal<int[]> NO_GRAD_DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private GradMode() {
    }

    /** True unless the current thread is inside a {@link #noGrad()} block. */
    public static boolean isEnabled() {
        return NO_GRAD_DEPTH.get()[0] == 0;
    }

    /** Stops recording until the returned scope is closed; scopes nest. */
    public static Scope noGrad() {
        NO_GRAD_DEPTH.get()[0]++;
        return new Scope();
    }

    /** A no-grad block; close it (try-with-resources) to record again. */
    public static final class Scope implements AutoCloseable {
        private boolean closed;

        private Scope() {
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                NO_GRAD_DEPTH.get()[0]--;
            }
        }
    }
}
