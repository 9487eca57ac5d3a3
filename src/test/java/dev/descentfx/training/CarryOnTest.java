package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run carries on: calls one at a time land on the record a whole step gives; a checkpoint
 * resumes bit for bit; a new gradient mode continues from the same W and b as a fresh run
 * started there would. The references are other paths through the code (a whole step, a fresh
 * Trainer), never the path under test; the torch runs with a new α mid-run and without
 * zero_grad are in PyTorchReferenceTest.
 */
class CarryOnTest {
    private static final TrainingConfig BUSY = TrainingConfig.lesson().withMomentum(0.9).withZeroGrad(false)
            .withLearningRate(0.002);

    @Test
    void theCallsOfAnEpochLandOnTheRecordAWholeStepGives() {
        for (TrainingConfig config : List.of(TrainingConfig.lesson(), BUSY,
                TrainingConfig.lesson().withBias(false).withMode(GradientMode.MANUAL).withLearningRate(0.1))) {
            Trainer byCalls = new Trainer(config), whole = new Trainer(config);
            List<Moment> first = Trainer.startByCalls(config);
            assertThat(first.get(0).call()).isEqualTo(Call.START);
            assertThat(first.get(first.size() - 1).call()).isEqualTo(Call.recordAfter(config.mode()));
            for (int k = 0; k < 50; k++) {
                List<Moment> calls = byCalls.stepByCalls();
                EpochRecord expected = whole.step();
                assertThat(calls).extracting(Moment::call).containsExactlyElementsOf(
                        List.of(Call.STEP, Call.FORWARD, Call.COST, config.mode() == GradientMode.AUTOGRAD
                                ? Call.ZERO_GRAD : Call.GRADIENT, Call.BACKWARD).subList(0,
                                config.mode() == GradientMode.AUTOGRAD ? 5 : 4));
                assertThat(byCalls.current()).isEqualTo(expected);
                Moment last = calls.get(calls.size() - 1);
                assertThat(last.weights()).isEqualTo(expected.weights());
                assertThat(last.cost()).containsExactly(expected.cost());
                assertThat(last.gradW()).isEqualTo(expected.gradWeights());
            }
        }
    }

    @Test
    void aCheckpointResumesBitForBit() {
        Trainer run = new Trainer(BUSY);
        run.run(37);
        run.setLearningRate(0.003);     // a change just before the checkpoint is part of it
        Checkpoint c = run.checkpoint();
        List<EpochRecord> expected = run.run(200);
        Trainer resumed = Trainer.resume(c);
        assertThat(resumed.current().epoch()).isEqualTo(37);
        assertThat(resumed.run(200)).isEqualTo(expected);
    }

    @Test
    void switchingToTheHandFormulaContinuesLikeAFreshRunFromThere() {
        Trainer run = new Trainer(TrainingConfig.lesson());
        EpochRecord at = run.run(25).get(24);
        run.setMode(GradientMode.MANUAL);
        Trainer fresh = new Trainer(TrainingConfig.lesson().withMode(GradientMode.MANUAL)
                .withInitial(at.weights(), at.b()));
        assertThat(run.current().weights()).isEqualTo(fresh.current().weights());
        assertThat(run.current().gradWeights()).isEqualTo(fresh.current().gradWeights());
        assertThat(run.current().cost()).isEqualTo(fresh.current().cost());
        for (int k = 0; k < 30; k++) {
            EpochRecord a = run.step(), b = fresh.step();
            assertThat(a.weights()).isEqualTo(b.weights());
            assertThat(a.b()).isEqualTo(b.b());
            assertThat(a.epoch()).isEqualTo(b.epoch() + 25);   // the trainer numbers its own epochs
        }
    }

    @Test
    void forgettingZeroGradMidRunPilesThisEpochsGradientOntoTheLastOne() {
        List<EpochRecord> fresh = new Trainer(TrainingConfig.lesson()).run(3);   // records 1, 2, 3
        Trainer run = new Trainer(TrainingConfig.lesson());
        run.run(3);
        run.setZeroGrad(false);
        // epoch 3's calls ran again without zero_grad: W.grad = record 2's gradient + epoch 3's own, added in float32
        assertThat(run.current().gradW()).isEqualTo(fresh.get(1).gradW() + fresh.get(2).gradW());
        assertThat(run.current().gradB()).isEqualTo(fresh.get(1).gradB() + fresh.get(2).gradB());
        assertThat(run.current().weights()).isEqualTo(fresh.get(2).weights());
    }
}
