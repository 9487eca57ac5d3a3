package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.training.GradientMode;
import dev.descentfx.training.LessonPreset;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lesson's runs in one click, with no toolkit: each preset's first steps against the lesson's
 * formula worked by hand, the lesson's printout, and a preset chosen mid-run starting again at 0.
 */
class PresetsTest {
    private static final long MS = 1_000_000L;
    /** A node of its own under the user's preferences, removed after the test: never the developer's stored ones. */
    private final Preferences node = Preferences.userRoot().node("dev/descentfx/test/presets-" + UUID.randomUUID());
    private final DescentViewModel vm = new DescentViewModel();
    private final Presets presets = vm.presets();
    private long clock = 1_000 * MS;

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    /** Frames of 1/60 s until the Run-to epoch is reached or a minute of clock time has passed. */
    private void runToTarget() {
        vm.runToTarget();
        for (int i = 0; i < 3600 && vm.runningProperty().get(); i++) {
            clock += DescentViewModel.FRAME_NANOS;
            vm.tick(clock);
        }
    }

    /**
     * One step of the lesson's part 2 by hand in float32, as torch computes it: the products, their
     * mean, {@code gradient = 2 * mean}, then {@code W -= lr * gradient} (lr as a float32).
     */
    private static float handStep(float w, float[] x, float[] y) {
        float sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (w * x[i] - y[i]) * x[i];
        }
        float gradient = 2 * (sum / x.length);
        return w - 0.1f * gradient;
    }

    @Test
    void opensOnPartOneAndTheMenuChecksIt() {
        assertThat(presets.currentProperty().get()).isEqualTo(LessonPreset.PART_1);
        // a setting of one's own is no preset any more
        vm.setLearningRate(0.02);
        assertThat(presets.currentProperty().get()).isNull();
    }

    @Test
    void partTwosFirstStepIsTheHandFormulasWithAlphaPointOne() {
        // when part 2 is chosen and one step taken
        presets.choose(LessonPreset.PART_2);
        vm.step();
        // then W = 0 − 0.1 · 2 · mean((0·x − y)·x) = 0.1 · 56/3 = 1.8667, b stays out
        float hand = handStep(0f, new float[] {1, 2, 3}, new float[] {2, 4, 6});
        assertThat((double) hand).isCloseTo(0.1 * 56 / 3, within(1e-6));
        assertThat(vm.recordProperty().get().w()).isCloseTo(hand, within(Math.ulp(hand)));
        assertThat(vm.numbers().w().get()).isEqualTo("1.8667");
        assertThat(vm.biasProperty().get()).isFalse();
        assertThat(vm.modeProperty().get()).isEqualTo(GradientMode.MANUAL);
        assertThat(presets.currentProperty().get()).isEqualTo(LessonPreset.PART_2);
    }

    @Test
    void yEqualsXStepsToPointNineThreeAndSettlesOnWEqualsOne() {
        presets.choose(LessonPreset.Y_EQUALS_X);
        // the cost's bottom: Σxy / Σx² = (1 + 4 + 9) / (1 + 4 + 9) = 1, not the lesson's 2
        assertThat(vm.frameProperty().get().surface().minimum()[0]).isCloseTo(1.0, within(1e-12));
        vm.step();
        // W = 0 − 0.1 · 2 · mean((0·x − x)·x) = 0.1 · 28/3 = 0.9333
        float hand = handStep(0f, new float[] {1, 2, 3}, new float[] {1, 2, 3});
        assertThat((double) hand).isCloseTo(0.1 * 28 / 3, within(1e-6));
        assertThat(vm.recordProperty().get().w()).isCloseTo(hand, within(Math.ulp(hand)));
        assertThat(vm.numbers().w().get()).isEqualTo("0.9333");
        // and its Run-to epoch: each step leaves 1 − 0.2 · 14/3 = 1/15 of the way, so W = 1 after ten
        runToTarget();
        assertThat(vm.epochProperty().get()).isEqualTo(10);
        assertThat(vm.recordProperty().get().w()).isCloseTo(1f, within(1e-6f));
        // the critical α is the W-only one of this data: 1/mean(x²) = 3/14
        assertThat(vm.criticalLearningRateProperty().get()).isCloseTo(3.0 / 14, within(1e-9));
    }

    @Test
    void partOneChosenAfterAnotherRunReachesTheLessonsPrintout() {
        presets.choose(LessonPreset.Y_EQUALS_X);
        vm.step();
        presets.choose(LessonPreset.PART_1);
        assertThat(vm.targetProperty().get()).isEqualTo(1000);
        runToTarget();
        // the note: after 1000 updates W = 1.9708, b = 0.0664
        assertThat(vm.epochProperty().get()).isEqualTo(1000);
        assertThat(vm.recordProperty().get().w()).isCloseTo(1.9708f, within(5e-5f));
        assertThat(vm.recordProperty().get().b()).isCloseTo(0.0664f, within(5e-5f));
    }

    @Test
    void aPresetChosenWhilePlayingStartsAgainAtEpochZeroWithItsSettings() {
        // given the lesson playing, a few epochs in
        vm.setSpeed(1000);
        vm.play();
        for (int i = 0; i < 10; i++) {
            clock += DescentViewModel.FRAME_NANOS;
            vm.tick(clock);
        }
        assertThat(vm.epochProperty().get()).isPositive();
        // when part 2 is chosen
        presets.choose(LessonPreset.PART_2);
        // then the run is at epoch 0, paused, with part 2's settings and only record 0 trained
        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.lastEpochProperty().get()).isZero();
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.1);
        assertThat(vm.biasProperty().get()).isFalse();
        assertThat(vm.initialWProperty().get()).isZero();
        assertThat(vm.modeProperty().get()).isEqualTo(GradientMode.MANUAL);
        assertThat(vm.targetProperty().get()).isEqualTo(10);
        // the cost at W = 0 without a bias: mean(4, 16, 36) = 56/3
        assertThat(vm.numbers().cost().get()).isEqualTo("18.6667");
        // and the next frames do not move it
        clock += 100 * MS;
        vm.tick(clock);
        assertThat(vm.epochProperty().get()).isZero();
    }

    @Test
    void aPresetChosenAtEpochFiveHundredForgetsTheRunAndItsOwnSettings() {
        // given the lesson at epoch 500, with α and W of one's own
        vm.setInitialW(1.5);
        vm.runToEpoch(500);
        for (int i = 0; i < 3600 && vm.runningProperty().get(); i++) {
            clock += DescentViewModel.FRAME_NANOS;
            vm.tick(clock);
        }
        vm.setLearningRate(0.05);
        assertThat(vm.epochProperty().get()).isEqualTo(500);
        // when y = x is chosen
        presets.choose(LessonPreset.Y_EQUALS_X);
        // then epoch 0 of y = x: W = 0, α = 0.1, no bias, the data's cost mean(1, 4, 9) = 14/3
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.lastEpochProperty().get()).isZero();
        assertThat(vm.initialWProperty().get()).isZero();
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.1);
        assertThat(vm.settingsProperty().get().data().y()).containsExactly(1f, 2f, 3f);
        assertThat(vm.numbers().cost().get()).isEqualTo("4.6667");
        assertThat(presets.currentProperty().get()).isEqualTo(LessonPreset.Y_EQUALS_X);
    }

    @Test
    void eachPresetIsNamedInBothLanguagesInTheCoursesWords() {
        assertThat(presets.name(LessonPreset.PART_1).get()).isEqualTo("Part 1: H(x) = Wx + b, α 0.01");
        assertThat(presets.detail(LessonPreset.PART_2).get()).contains("x = 1, 2, 3", "y = 2, 4, 6", "to epoch 10");
        vm.setLanguage(dev.descentfx.i18n.Language.KO);
        assertThat(presets.name(LessonPreset.PART_1).get()).isEqualTo("1부: H(x) = Wx + b, 학습률 0.01");
        assertThat(presets.name(LessonPreset.PART_2).get()).isEqualTo("2부: W만, 기울기 직접 계산, 학습률 0.1");
        assertThat(presets.detail(LessonPreset.Y_EQUALS_X).get()).contains("y = 1, 2, 3", "에포크 10");
    }

    @Test
    void theFirstStartOffersThePresetsOnceAndNotAgain() {
        // given a node that has never seen the app: the screen is up
        assertThat(presets.chooserVisibleProperty().get()).as("not before the node is known").isFalse();
        presets.remember(node);
        assertThat(presets.chooserVisibleProperty().get()).isTrue();
        // a choice closes it
        presets.choose(LessonPreset.PART_2);
        assertThat(presets.chooserVisibleProperty().get()).isFalse();

        // when the window starts again with the same node, it does not show
        Presets next = new DescentViewModel().presets();
        next.remember(node);
        assertThat(next.chooserVisibleProperty().get()).isFalse();
        // and the menu brings it back; "just start" closes it and leaves the run as it is
        next.showChooser();
        assertThat(next.chooserVisibleProperty().get()).isTrue();
        next.closeChooser();
        assertThat(next.chooserVisibleProperty().get()).isFalse();
        assertThat(next.currentProperty().get()).isEqualTo(LessonPreset.PART_1);
    }
}
