package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.training.Call;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Moment;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shift+→ runs one call of the lesson's loop, Shift+← goes back one, without a toolkit. The
 * reference for where the calls land is a plain Trainer stepping whole epochs.
 */
class CallStepsTest {
    private final DescentViewModel vm = new DescentViewModel();
    private final List<EpochRecord> lesson = new Trainer(TrainingConfig.lesson()).run(5);   // records 1..5

    @Test
    void fiveCallsLandOnTheRecordOneWholeStepGives() {
        // given the lesson at record 0
        List<Call> seen = new ArrayList<>();
        // when Shift+→ is pressed five times
        for (int i = 0; i < 5; i++) {
            vm.stepCall();
            Moment m = vm.callInsideProperty().get();
            seen.add(m == null ? null : m.call());
            if (i < 4) {
                assertThat(vm.epochProperty().get()).as("the plots stay on record 0 inside the epoch").isZero();
            }
        }
        // then the calls were step, hypothesis, cost, zero_grad, and the fifth, backward, is record 1 itself
        assertThat(seen).containsExactly(Call.STEP, Call.FORWARD, Call.COST, Call.ZERO_GRAD, null);
        assertThat(vm.recordProperty().get()).isEqualTo(lesson.get(0));
        Moment rest = vm.insideFrameProperty().get().moment();
        assertThat(rest.call()).isEqualTo(Call.BACKWARD);
        assertThat(rest.gradW()).containsExactly(lesson.get(0).gradW());
        assertThat(rest.cost()).containsExactly(lesson.get(0).cost());
    }

    @Test
    void insideAnEpochTheCodeSeesTheCallsValuesAsTorchHasThem() {
        vm.stepCall();   // optimizer.step() of epoch 0: W is record 1's, the gradients still epoch 0's
        Moment step = vm.insideFrameProperty().get().moment();
        assertThat(step.call()).isEqualTo(Call.STEP);
        assertThat(step.w()).isEqualTo(lesson.get(0).w());
        assertThat(step.gradW()).containsExactly(new Trainer(TrainingConfig.lesson()).current().gradW());
        vm.stepCall();
        vm.stepCall();
        vm.stepCall();   // optimizer.zero_grad(): torch 2.x sets .grad to None
        assertThat(vm.insideFrameProperty().get().moment().gradW()).isNull();
    }

    @Test
    void backFromARecordGoesIntoTheCallsThatMadeItAndOutAgain() {
        vm.step();
        vm.step();    // record 2
        vm.stepCallBack();
        assertThat(vm.callInsideProperty().get().call()).isEqualTo(Call.ZERO_GRAD);
        assertThat(vm.epochProperty().get()).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            vm.stepCallBack();
        }
        assertThat(vm.callInsideProperty().get().call()).isEqualTo(Call.STEP);
        vm.stepCallBack();   // before that step: record 1, at rest
        assertThat(vm.callInsideProperty().get()).isNull();
        assertThat(vm.recordProperty().get()).isEqualTo(lesson.get(0));
        vm.stepCall();
        vm.step();           // → inside an epoch finishes it
        assertThat(vm.recordProperty().get()).isEqualTo(lesson.get(1));
        assertThat(vm.callInsideProperty().get()).isNull();
    }

    @Test
    void beforeRecordZeroComeTheCallsFromTheStart() {
        for (int i = 0; i < 10; i++) {
            vm.stepCallBack();
        }
        assertThat(vm.callInsideProperty().get().call()).isEqualTo(Call.START);
        assertThat(vm.callInsideProperty().get().gradW()).isNull();   // W.grad is None before any backward()
        for (int i = 0; i < 4; i++) {
            vm.stepCall();
        }
        assertThat(vm.callInsideProperty().get()).isNull();   // START, hypothesis, cost, zero_grad, backward: record 0
        assertThat(vm.recordProperty().get()).isEqualTo(new Trainer(TrainingConfig.lesson()).current());
    }

    @Test
    void withoutZeroGradTheCallsPileTheGradientsUp() {
        vm.setZeroGrad(false);
        for (int i = 0; i < 10; i++) {
            vm.stepCall();
        }
        EpochRecord two = vm.recordProperty().get();
        assertThat(two.epoch()).isEqualTo(2);
        List<EpochRecord> torchWay = new Trainer(TrainingConfig.lesson().withZeroGrad(false)).run(2);
        assertThat(two).isEqualTo(torchWay.get(1));
    }

    @Test
    void aCallThatBlowsUpPausesWithTheReason() {
        vm.setLearningRate(1.0);
        for (int i = 0; i < 300 && vm.divergenceMessageProperty().get().isEmpty(); i++) {
            vm.stepCall();
        }
        assertThat(vm.divergenceMessageProperty().get()).isNotEmpty();
        assertThat(vm.recordProperty().get().isFinite()).isTrue();
    }

    @Test
    void afterBackwardTheGraphFillsInTheGradsInTheOrderBackwardCompletedThem() {
        for (int i = 0; i < 5; i++) {
            vm.stepCall();        // ... zero_grad(), then backward(): record 1
        }
        long t = 1_000_000_000L;
        vm.tick(t);
        dev.descentfx.autograd.Graph graph = vm.insideFrameProperty().get().moment().graph();
        assertThat(vm.backwardShownProperty().get()).isEqualTo(1);
        assertThat(graph.completed()).isEqualTo(1);
        assertThat(graph.node("cost").grad()).containsExactly(1f);      // the root first: d cost / d cost = 1
        assertThat(graph.node("W").grad()).isNull();                    // zero_grad() left it None; backward has not reached it
        vm.tick(t + 4 * CallSteps.REVEAL_NANOS);
        graph = vm.insideFrameProperty().get().moment().graph();
        assertThat(graph.completed()).isEqualTo(5);                     // mean, pow, sub, add, b
        assertThat(graph.node("b").grad()).containsExactly(lesson.get(0).gradB());
        assertThat(graph.node("W").grad()).isNull();
        vm.tick(t + 10 * CallSteps.REVEAL_NANOS);
        assertThat(vm.backwardShownProperty().get()).isEqualTo(-1);
        assertThat(vm.insideFrameProperty().get().moment().graph().node("W").grad()).containsExactly(lesson.get(0).gradW());
    }
}
