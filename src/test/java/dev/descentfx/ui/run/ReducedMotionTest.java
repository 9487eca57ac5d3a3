package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, reduced motion, through the ViewModel with no toolkit: a step jumps straight to the
 * next record (no slide), Play shows no in-between frames, and the choice is remembered. The first
 * step's W and b are the lesson's closed form, not the trainer's output: x = [1, 2, 3],
 * y = [2, 4, 6], W = b = 0, α = 0.01 give ∇W = (2/3)·Σ(Wx + b − y)x = −56/3 and
 * ∇b = (2/3)·Σ(Wx + b − y) = −8, so W = 0.56/3 and b = 0.08.
 */
class ReducedMotionTest {
    private static final long MS = 1_000_000L;
    private final Preferences node = Preferences.userRoot().node("dev/descentfx/test/motion-" + UUID.randomUUID());
    private final DescentViewModel vm = new DescentViewModel();
    private long clock = 1_000 * MS;

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private void tick(long millis) {
        clock += millis * MS;
        vm.tick(clock);
    }

    @Test
    void withMotionTheFirstFrameAfterAStepIsStillOnTheWay() {
        tick(16);
        vm.step();
        tick(100);
        assertThat(vm.frameProperty().get().w()).isGreaterThan(0).isLessThan(0.56 / 3 - 0.01);
    }

    @Test
    void reducedAStepJumpsStraightToTheNextRecord() {
        vm.presentation().setReducedMotion(true);
        tick(16);
        vm.step();
        assertThat(vm.frameProperty().get().w()).isCloseTo(0.56 / 3, within(1e-6));
        assertThat(vm.frameProperty().get().b()).isCloseTo(0.08, within(1e-6));
        tick(16);
        assertThat(vm.frameProperty().get().w()).isCloseTo(0.56 / 3, within(1e-6));
        vm.stepBack();
        assertThat(vm.frameProperty().get().w()).isZero();   // back jumps too
    }

    @Test
    void reducedPlayShowsOnlyWholeRecords() {
        vm.presentation().setReducedMotion(true);
        vm.setSpeed(2);   // slow enough that every step would slide 0.3 s
        vm.play();
        for (int i = 0; i < 120; i++) {
            tick(16);
            var frame = vm.frameProperty().get();
            assertThat(frame.w()).as("frame %d", i).isEqualTo(frame.record().w());
        }
        assertThat(vm.epochProperty().get()).isGreaterThan(1);
    }

    @Test
    void theChoiceIsRememberedForTheNextStart() {
        vm.presentation().remember(node);
        assertThat(vm.presentation().reducedMotionProperty().get()).isFalse();
        vm.presentation().setReducedMotion(true);
        DescentViewModel next = new DescentViewModel();
        next.presentation().remember(node);
        assertThat(next.presentation().reducedMotionProperty().get()).isTrue();
    }
}
