package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run's settings live in one object; every setting the window shows is read from it. */
class SettingsTest {
    private final DescentViewModel vm = new DescentViewModel();

    @Test
    void everySettingIsReadFromTheOneSettingsObject() {
        // given the lesson's settings
        TrainingConfig lesson = vm.settingsProperty().get();
        assertThat(lesson.learningRate()).isEqualTo(0.01);
        // when each setting changes through its command
        vm.setLearningRate(0.05);
        vm.setInitialW(1.5);
        vm.setInitialB(-0.5);
        vm.setMode(GradientMode.MANUAL);
        vm.setBias(false);
        vm.setZeroGrad(false);
        // then the one object holds them all, and each binding reads the same
        TrainingConfig s = vm.settingsProperty().get();
        assertThat(s.learningRate()).isEqualTo(0.05);
        assertThat(s.initialW()).containsExactly(1.5f);
        assertThat(s.initialB()).isEqualTo(-0.5f);
        assertThat(s.mode()).isEqualTo(GradientMode.MANUAL);
        assertThat(s.bias()).isFalse();
        assertThat(s.zeroGrad()).isFalse();
        assertThat(vm.learningRateProperty().get()).isEqualTo(0.05);
        assertThat(vm.initialWProperty().get()).isEqualTo(1.5);
        assertThat(vm.initialBProperty().get()).isEqualTo(-0.5);
        assertThat(vm.modeProperty().get()).isEqualTo(GradientMode.MANUAL);
        assertThat(vm.biasProperty().get()).isFalse();
        assertThat(vm.zeroGradProperty().get()).isFalse();
        // and the data did not change with them
        assertThat(s.data()).isSameAs(lesson.data());
    }

    @Test
    void aSettingThatDoesNotChangeAnythingLeavesTheRunAlone() {
        vm.step();
        vm.step();
        List<TrainingConfig> seen = new ArrayList<>();
        vm.settingsProperty().addListener((obs, old, now) -> seen.add(now));
        vm.setLearningRate(0.01);
        vm.setInitialW(0);
        vm.setBias(true);
        vm.setMode(GradientMode.AUTOGRAD);
        vm.setZeroGrad(true);
        vm.setLearningRate(Double.NaN);
        vm.setInitialB(Double.POSITIVE_INFINITY);
        assertThat(seen).isEmpty();
        assertThat(vm.epochProperty().get()).isEqualTo(2);
    }

    @Test
    void aNewLearningRateCarriesOnAndTheNextStepIsWrittenWithIt() {
        // given three steps at the lesson's α
        for (int i = 0; i < 3; i++) {
            vm.step();
        }
        EpochRecord three = vm.recordProperty().get();
        // when α becomes 0.1
        vm.setLearningRate(0.1);
        // then the run stays at record 3, and the written next step uses the new α with record 3's numbers
        assertThat(vm.recordProperty().get()).isEqualTo(three);
        assertThat(vm.numbers().updateW().get()).contains(" 0.1 \u00d7 ");
        // and the step it takes is W − 0.1·∇W from there, with ∇W from the closed form 2·mean((Wx + b − y)·x)
        vm.step();
        double w = three.w(), b = three.b(), gradW = 0;
        for (int x = 1; x <= 3; x++) {
            gradW += 2.0 / 3 * (w * x + b - 2 * x) * x;
        }
        assertThat(vm.epochProperty().get()).isEqualTo(4);
        assertThat((double) vm.recordProperty().get().w()).isCloseTo(w - 0.1 * gradW, within(1e-5));
        assertThat(vm.recordProperty().get().learningRate()).isEqualTo(0.1f);
    }

    @Test
    void zeroGradIsASettingThatCarriesOnLikeTheLearningRate() {
        // given five steps, then one back
        for (int i = 0; i < 5; i++) {
            vm.step();
        }
        vm.stepBack();
        EpochRecord four = vm.recordProperty().get();
        assertThat(vm.zeroGradProperty().get()).isTrue();   // the lesson's loop calls zero_grad()
        // when zero_grad() leaves the loop
        vm.setZeroGrad(false);
        // then the run stays at W and b of record 4, forgets the step ahead, and the settings say so;
        // epoch 4's calls ran again without zero_grad, so W.grad is record 3's gradient plus epoch 4's own
        assertThat(vm.zeroGradProperty().get()).isFalse();
        assertThat(vm.settingsProperty().get().zeroGrad()).isFalse();
        assertThat(vm.recordProperty().get().weights()).isEqualTo(four.weights());
        assertThat(vm.recordProperty().get().b()).isEqualTo(four.b());
        java.util.List<EpochRecord> fresh = new dev.descentfx.training.Trainer(dev.descentfx.training.TrainingConfig.lesson()).run(4);
        assertThat(vm.recordProperty().get().gradW()).isEqualTo(fresh.get(2).gradW() + fresh.get(3).gradW());
        assertThat(vm.lastEpochProperty().get()).isEqualTo(4);
        assertThat(vm.settingsProperty().get().learningRate()).isEqualTo(0.01);
        // and the next step trains on from record 4
        vm.step();
        assertThat(vm.epochProperty().get()).isEqualTo(5);
    }

    @Test
    void theCriticalRateFollowsTheBiasSetting() {
        // with the bias: 2/λmax of 2·[[14/3, 2], [2, 1]]; without it 1/mean(x²) = 3/14
        double lambda = (14.0 / 3 + 1 + Math.sqrt(Math.pow(14.0 / 3 - 1, 2) + 16)) ;
        assertThat(vm.criticalLearningRateProperty().get()).isCloseTo(2 / lambda, within(1e-9));
        vm.setBias(false);
        assertThat(vm.criticalLearningRateProperty().get()).isCloseTo(3.0 / 14, within(1e-9));
    }

    @Test
    void theWarningNeverSaysAnAlphaIsAboveTheSameNumber() {
        // given α just above the critical rate of the lesson with bias (0.18026…)
        double critical = vm.criticalLearningRateProperty().get();
        vm.setLearningRate(0.1803);
        // then the warning writes both with enough digits that α's is the larger, as a student reads them
        String warning = vm.criticalWarningProperty().get();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("α = ([0-9.]+) .*?([0-9]+\\.[0-9]+)").matcher(warning);
        assertThat(m.find()).as(warning).isTrue();
        assertThat(new java.math.BigDecimal(m.group(1))).isGreaterThan(new java.math.BigDecimal(m.group(2)));
        assertThat(Double.parseDouble(m.group(2))).isCloseTo(critical, within(1e-3));
    }
}
