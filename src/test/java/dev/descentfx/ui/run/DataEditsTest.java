package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.i18n.Language;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.TrainingConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Editing the points through the ViewModel, no toolkit: add, move, remove, undo and redo, each
 * starting the run again from epoch 0 on the new data, the critical α following, and every other
 * door new data come through (useData, the Make data form, a lesson run) being a step of the same
 * history.
 */
class DataEditsTest {
    private final DescentViewModel vm = new DescentViewModel();
    private final DataEdits data = vm.data();

    /**
     * The critical α from the closed form, computed here on its own: the cost (1/m)Σ(Wx + b − y)² has
     * the Hessian H = (2/m)·XᵀX with X's rows (x, 1); plain gradient descent settles below 2/λmax(H).
     * λmax of the 2×2 [[a, c], [c, d]] is (a + d)/2 + √(((a − d)/2)² + c²).
     */
    private static double criticalAlpha(double[] xs) {
        double sxx = 0, sx = 0;
        for (double x : xs) {
            sxx += x * x;
            sx += x;
        }
        int m = xs.length;
        double a = 2 * sxx / m, c = 2 * sx / m, d = 2.0;
        double lambda = (a + d) / 2 + Math.sqrt((a - d) * (a - d) / 4 + c * c);
        return 2 / lambda;
    }

    private List<Float> xs() {
        Dataset d = vm.settingsProperty().get().data();
        java.util.ArrayList<Float> v = new java.util.ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            v.add(d.x(i, 0));
        }
        return v;
    }

    private List<Float> ys() {
        Dataset d = vm.settingsProperty().get().data();
        java.util.ArrayList<Float> v = new java.util.ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            v.add(d.y(i));
        }
        return v;
    }

    private void fiveEpochs() {
        for (int i = 0; i < 5; i++) {
            vm.step();
        }
        assertThat(vm.epochProperty().get()).isEqualTo(5);
    }

    @Test
    void anAddedPointRestartsTheRunAtEpochZeroAndTheCriticalRateFollows() {
        // given the lesson (x = 1, 2, 3) five epochs in, α 0.05 changed by the student
        vm.setLearningRate(0.05);
        fiveEpochs();
        assertThat(vm.criticalLearningRateProperty().get()).isCloseTo(criticalAlpha(new double[] {1, 2, 3}), within(1e-9));
        // when a point is added at (5, 1)
        assertThat(data.add(5, 1)).isTrue();
        // then the data have it, the run is at epoch 0 with nothing trained, α is kept
        assertThat(xs()).containsExactly(1f, 2f, 3f, 5f);
        assertThat(ys()).containsExactly(2f, 4f, 6f, 1f);
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.lastEpochProperty().get()).isZero();
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.05);
        assertThat(data.selectedProperty().get()).isEqualTo(3);
        // and the critical α is the new data's: 2/λmax with x = 1, 2, 3, 5 (0.1803 before, smaller now)
        assertThat(vm.criticalLearningRateProperty().get()).isCloseTo(criticalAlpha(new double[] {1, 2, 3, 5}), within(1e-9));
        assertThat(vm.criticalLearningRateProperty().get()).isLessThan(criticalAlpha(new double[] {1, 2, 3}));
        // and record 0 is the four points' at W = b = 0: cost mean(y²) = (4 + 16 + 36 + 1)/4,
        // ∇W = (2/m)Σ(−y)x = −(2/4)(2 + 8 + 18 + 5)
        assertThat((double) vm.recordProperty().get().cost()).isCloseTo(57.0 / 4, within(1e-5));
        assertThat((double) vm.recordProperty().get().gradW()).isCloseTo(-0.5 * 33, within(1e-4));
        assertThat(data.canUndoProperty().get()).isTrue();
        assertThat(data.canRedoProperty().get()).isFalse();
    }

    @Test
    void moveRemoveUndoAndRedoWalkTheHistory() {
        data.move(0, 1.5, 0.5);
        assertThat(xs()).containsExactly(1.5f, 2f, 3f);
        assertThat(ys()).containsExactly(0.5f, 4f, 6f);
        data.remove(1);
        assertThat(xs()).containsExactly(1.5f, 3f);
        fiveEpochs();
        // undo: the removed point is back, from epoch 0
        data.undo();
        assertThat(xs()).containsExactly(1.5f, 2f, 3f);
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.criticalLearningRateProperty().get()).isCloseTo(criticalAlpha(new double[] {1.5, 2, 3}), within(1e-9));
        data.undo();
        assertThat(vm.settingsProperty().get().data()).isEqualTo(Dataset.lesson());
        assertThat(data.canUndoProperty().get()).isFalse();
        assertThat(data.canRedoProperty().get()).isTrue();
        data.undo();   // nothing further back: nothing happens
        assertThat(vm.settingsProperty().get().data()).isEqualTo(Dataset.lesson());
        // redo twice: both edits again
        data.redo();
        assertThat(xs()).containsExactly(1.5f, 2f, 3f);
        data.redo();
        assertThat(xs()).containsExactly(1.5f, 3f);
        assertThat(data.canRedoProperty().get()).isFalse();
        // a new edit after an undo drops what could be redone
        data.undo();
        data.add(4, 4);
        assertThat(data.canRedoProperty().get()).isFalse();
        assertThat(xs()).containsExactly(1.5f, 2f, 3f, 4f);
    }

    @Test
    void aDragRestartsTheRunAsItMovesAndIsOneStep() {
        fiveEpochs();
        assertThat(data.beginDrag(2)).isTrue();
        assertThat(data.draggingProperty().get()).isTrue();
        double[] critical = new double[3];
        for (int k = 0; k < 3; k++) {
            data.dragTo(3 + k, 6 - k);
            assertThat(xs()).containsExactly(1f, 2f, (float) (3 + k));
            assertThat(vm.epochProperty().get()).isZero();   // live: the run follows the point as it moves
            critical[k] = vm.criticalLearningRateProperty().get();
            assertThat(critical[k]).isCloseTo(criticalAlpha(new double[] {1, 2, 3 + k}), within(1e-9));
            vm.step();   // the clock may train a little between two mouse moves
        }
        data.endDrag();
        assertThat(data.draggingProperty().get()).isFalse();
        assertThat(xs()).containsExactly(1f, 2f, 5f);
        assertThat(ys()).containsExactly(2f, 4f, 4f);
        assertThat(data.selectedProperty().get()).isEqualTo(2);   // Delete would take the point just let go
        // one undo takes the whole drag back
        data.undo();
        assertThat(vm.settingsProperty().get().data()).isEqualTo(Dataset.lesson());
        assertThat(data.canUndoProperty().get()).isFalse();
        // a press and release without a move is no step at all
        data.beginDrag(0);
        data.endDrag();
        assertThat(data.canUndoProperty().get()).isFalse();
    }

    @Test
    void theLastPointStaysAndSaysWhy() {
        data.remove(0);
        data.remove(0);
        assertThat(vm.settingsProperty().get().data().size()).isEqualTo(1);
        assertThat(data.remove(0)).isFalse();
        assertThat(vm.settingsProperty().get().data().size()).isEqualTo(1);
        assertThat(data.noteProperty().get()).isEqualTo("The last point stays: the data need at least one.");
        vm.setLanguage(Language.KO);
        assertThat(data.noteProperty().get()).startsWith("마지막 점은");
        data.clearNote();
        assertThat(data.noteProperty().get()).isEmpty();
        // a point that float32 cannot hold is refused too, and nothing changes
        assertThat(data.add(1e300, 0)).isFalse();
        assertThat(vm.settingsProperty().get().data().size()).isEqualTo(1);
    }

    @Test
    void deleteTakesThePointUnderTheMouseElseTheSelectedOne() {
        data.move(1, 2, 5);             // selected: example 1
        data.point(0);                  // the mouse over example 0
        assertThat(data.removeSelected()).isTrue();
        assertThat(xs()).containsExactly(2f, 3f);
        data.add(7, 7);                 // selected: the new one, the mouse over none
        data.point(-1);
        assertThat(data.removeSelected()).isTrue();
        assertThat(xs()).containsExactly(2f, 3f);
        assertThat(data.removeSelected()).isFalse();   // nothing selected now
    }

    @Test
    void importedOrMadeDataAreAStepTooAndUndoBringsTheOldDataBack() {
        Dataset imported = Dataset.of(new float[] {10, 20}, new float[] {1, 2});
        data.add(4, 8);
        Dataset edited = vm.settingsProperty().get().data();
        // an import (or a split) comes in through useData
        vm.useData(imported);
        assertThat(vm.settingsProperty().get().data()).isEqualTo(imported);
        data.undo();
        assertThat(vm.settingsProperty().get().data()).isEqualTo(edited);
        assertThat(vm.epochProperty().get()).isZero();
        data.redo();
        assertThat(vm.settingsProperty().get().data()).isEqualTo(imported);
        // the Make data form starts a whole run: its data are a step as well (its α stays when undone)
        DataForm form = vm.presets().dataForm();
        form.pointsProperty().set("5");
        form.noiseProperty().set("0");
        assertThat(form.generate()).isTrue();
        assertThat(vm.settingsProperty().get().data().size()).isEqualTo(5);
        data.undo();
        assertThat(vm.settingsProperty().get().data()).isEqualTo(imported);
        // a lesson run on its own data, and a reset or a new start W on the same data: only the first is a step
        data.redo();
        vm.reset();
        vm.setInitialW(2);
        data.undo();
        assertThat(vm.settingsProperty().get().data()).isEqualTo(imported);
        assertThat(vm.initialWProperty().get()).isEqualTo(2);   // undo brings back the data, not the other settings
    }

    @Test
    void dataWithSeveralFeaturesAreNotEditedAndSayWhy() {
        Dataset two = new Dataset(List.of("x1", "x2"), new float[][] {{1, 2}, {3, 4}, {5, 7}}, new float[] {1, 2, 3}, "y");
        vm.start(TrainingConfig.lesson().withData(two));
        assertThat(data.editableProperty().get()).isFalse();
        assertThat(data.whyNotEditableProperty().get()).isEqualTo("Points can be edited when the data have one feature; these have 2.");
        assertThat(data.add(1, 1)).isFalse();
        assertThat(data.remove(0)).isFalse();
        assertThat(data.beginDrag(0)).isFalse();
        assertThat(data.noteProperty().get()).isEqualTo(data.whyNotEditableProperty().get());
        assertThat(vm.settingsProperty().get().data()).isEqualTo(two);
        data.undo();   // the start on them was a step: the lesson's data come back, editable again
        assertThat(data.editableProperty().get()).isTrue();
        assertThat(data.whyNotEditableProperty().get()).isEmpty();
    }

    @Test
    void theHistoryKeepsAHundredStepsAndLessOfLargeData() {
        for (int k = 1; k <= DataEdits.MAX_STEPS + 1; k++) {
            data.add(k, k);
        }
        int undone = 0;
        while (data.canUndoProperty().get()) {
            data.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(DataEdits.MAX_STEPS);
        assertThat(vm.settingsProperty().get().data().size()).isEqualTo(4);   // the lesson's 3 and the first point added
        // three sets of 2.1 million points: the steps back may hold 4 million examples, so only the last one is kept
        vm.useData(Dataset.lesson());
        for (int k = 0; k < 3; k++) {
            float[] xs = new float[2_100_000];
            java.util.Arrays.fill(xs, k);
            vm.useData(Dataset.of(xs, xs));
        }
        data.undo();
        assertThat(vm.settingsProperty().get().data().x(0, 0)).isEqualTo(1f);
        assertThat(data.canUndoProperty().get()).isFalse();
    }
}
