package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The run the window shows keeps its whole history: any record is exactly the one a fresh run
 * gives (a plain Trainer stepping from epoch 0 is the reference), a new α from an earlier record
 * carries on as torch does, and the pictures' trace keeps the start and the extremes.
 */
class RunTest {

    @Test
    void afterAMillionEpochsAnyRecordIsTheOneAFreshRunGives() {
        Run run = new Run(TrainingConfig.lesson());
        for (int i = 0; i < 1_000_000; i++) {
            run.extend();
        }
        Random random = new Random(6);
        TreeMap<Integer, EpochRecord> wanted = new TreeMap<>();
        for (int i = 0; i < 300; i++) {
            wanted.put(random.nextInt(1_000_001), null);
        }
        for (int e = 998_500; e <= 1_000_000; e++) {   // stepping back across a checkpoint, one by one
            wanted.put(e, null);
        }
        wanted.put(0, null);
        Trainer fresh = new Trainer(TrainingConfig.lesson());
        for (int e : wanted.keySet()) {
            while (fresh.current().epoch() < e) {
                fresh.step();
            }
            wanted.put(e, fresh.current());
        }
        for (int e : wanted.descendingKeySet()) {
            assertThat(run.record(e)).as("record %d", e).isEqualTo(wanted.get(e));
        }
        for (int e : wanted.keySet()) {       // and forwards again
            assertThat(run.record(e)).as("record %d", e).isEqualTo(wanted.get(e));
        }
        assertThat(run.sizes()[0]).as("checkpoints").isEqualTo(1001);
        assertThat(run.trace(1_000_000).size()).as("traced records").isLessThan(1024 + 10 * 512 * 7);
    }

    /**
     * Adam's state (exp_avg, exp_avg_sq, max_exp_avg_sq, the step count) and SGD's Nesterov buffer go
     * into the checkpoints: records read back through them are torch's (optimizers.py's runs) and a fresh run's.
     */
    @Test
    void anAdamOrNesterovRunReplaysAnyRecordFromItsCheckpoints() throws IOException {
        record Case(String file, OptimizerSettings optimizer, double lr) { }
        for (Case c : List.of(new Case("lesson-adam-amsgrad-wd", new OptimizerSettings.Adam(0.8, 0.99, 1e-8, 0.01, true), 0.1),
                new Case("lesson-sgd-nesterov", new OptimizerSettings.Sgd(0.9, 0, true, 0), 0.01))) {
            TrainingConfig config = TrainingConfig.lesson().withLearningRate(c.lr()).withOptimizer(c.optimizer());
            Run run = new Run(config);
            for (int i = 0; i < 4500; i++) {
                run.extend();
            }
            List<String[]> torch = rows("/pytorch/" + c.file() + ".csv");
            for (int i = torch.size() - 1; i >= 0; i -= 7) {   // backwards: each read goes through a checkpoint
                String[] row = torch.get(i);
                EpochRecord r = run.record(Integer.parseInt(row[0]));
                assertThat(hex(r.w())).as("%s W at %s", c.file(), row[0]).isEqualTo(row[1]);
                assertThat(hex(r.b())).as("%s b at %s", c.file(), row[0]).isEqualTo(row[2]);
                assertThat(hex(r.cost())).as("%s cost at %s", c.file(), row[0]).isEqualTo(row[3]);
            }
            Trainer fresh = new Trainer(config);
            for (int e = 0; e <= 4500; e++) {
                if (e % 613 == 0 || e > 4490) {
                    assertThat(run.record(e)).as("%s record %d", c.file(), e).isEqualTo(fresh.current());
                }
                fresh.step();
            }
        }
    }

    /** torch: 10 updates at α 0.01 with momentum 0.9, then param_groups' lr = 0.02, carrying on. */
    @Test
    void aNewRateFromAnEarlierRecordCarriesOnAsTorchDoes() throws IOException {
        Run run = new Run(TrainingConfig.lesson().withMomentum(0.9));
        for (int i = 0; i < 30; i++) {
            run.extend();                 // at α 0.01 up to record 30 ...
        }
        run.carryOn(10, run.settings(10).withLearningRate(0.02));   // ... then back to record 10 for a new α
        assertThat(run.last().epoch()).isEqualTo(10);
        while (run.last().epoch() < 200) {
            run.extend();
        }
        List<String[]> torch = rows("/pytorch/lesson-momentum-lr-change.csv");
        for (String[] row : torch) {
            EpochRecord r = run.record(Integer.parseInt(row[0]));
            assertThat(hex(r.w())).as("W at %s", row[0]).isEqualTo(row[1]);
            assertThat(hex(r.b())).as("b at %s", row[0]).isEqualTo(row[2]);
            assertThat(hex(r.cost())).as("cost at %s", row[0]).isEqualTo(row[3]);
        }
        assertThat(run.record(11).w()).isEqualTo(2.3027804f);   // the "carrying on gives 2.3028"
        assertThat(run.settings(5).learningRate()).isEqualTo(0.01);
        assertThat(run.settings(10).learningRate()).isEqualTo(0.02);
    }

    @Test
    void theCallsToARecordEndOnThatRecordAlsoWhereTheModeChanged() {
        Run run = new Run(TrainingConfig.lesson());
        for (int i = 0; i < 40; i++) {
            run.extend();
        }
        run.carryOn(20, run.settings(20).withMode(GradientMode.MANUAL));
        for (int i = 0; i < 10; i++) {
            run.extend();
        }
        for (int e : new int[] {0, 1, 19, 20, 21, 30}) {
            List<Moment> calls = run.callsTo(e);
            Moment end = calls.get(calls.size() - 1);
            EpochRecord r = run.record(e);
            assertThat(end.epoch()).isEqualTo(e);
            assertThat(end.weights()).as("W at %d", e).isEqualTo(r.weights());
            assertThat(end.cost()).as("cost at %d", e).containsExactly(r.cost());
            assertThat(end.gradW()).as("∇W at %d", e).isEqualTo(r.gradWeights());
            assertThat(calls.get(0).call()).isEqualTo(e == 0 ? Call.START : Call.STEP);
        }
        assertThat(run.callsTo(21).get(1).mode()).isEqualTo(GradientMode.MANUAL);
        assertThat(run.callsTo(20).get(1).mode()).isEqualTo(GradientMode.MANUAL);   // record 20's calls ran again by hand
        assertThat(run.callsTo(19).get(1).mode()).isEqualTo(GradientMode.AUTOGRAD);
    }

    @Test
    void aBlowUpIsReportedAndTheRunStaysOnItsLastFiniteRecord() {
        Run run = new Run(TrainingConfig.lesson().withLearningRate(1.0));
        EpochRecord r;
        do {
            r = run.extend();
        } while (r.isFinite());
        assertThat(r.epoch()).isEqualTo(run.last().epoch() + 1);
        assertThat(run.last().isFinite()).isTrue();
        assertThat(run.record(run.last().epoch() - 3)).isEqualTo(new Trainer(TrainingConfig.lesson().withLearningRate(1.0))
                .run(run.last().epoch() - 3).get(run.last().epoch() - 4));
    }

    @Test
    void theTraceKeepsEveryEarlyEpochAndEachBucketsExtremes() {
        // α just under the critical rate: W overshoots and turns back every epoch, slowly settling
        TrainingConfig config = TrainingConfig.lesson().withLearningRate(0.99 * CostSurface.of(Dataset.lesson(), true)
                .criticalLearningRate());
        Run run = new Run(config);
        for (int i = 0; i < 20_000; i++) {
            run.extend();
        }
        List<EpochRecord> trace = run.trace(20_000);
        for (int e = 0; e < 1024; e++) {
            assertThat(trace.get(e).epoch()).isEqualTo(e);
        }
        assertThat(trace).isSortedAccordingTo(java.util.Comparator.comparingInt(EpochRecord::epoch));
        // the largest W in epochs 10,000..10,999 of a fresh run is in the trace
        Trainer fresh = new Trainer(config);
        fresh.run(9_999);
        EpochRecord highest = fresh.step();
        for (int e = 10_001; e < 11_000; e++) {
            EpochRecord r = fresh.step();
            if (r.w() > highest.w()) {
                highest = r;
            }
        }
        assertThat(trace).contains(highest);
        assertThat(trace.size()).isLessThan(1024 + 5 * 512 * 7);
    }

    private static String hex(float v) {
        return String.format("%08x", Float.floatToRawIntBits(v));
    }

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = RunTest.class.getResourceAsStream(resource)) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(3).map(l -> l.split(",")).toList();
        }
    }
}
