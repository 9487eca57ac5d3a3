package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.i18n.Language;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.TrainingConfig;
import org.junit.jupiter.api.Test;

/** Switching the language changes the words only: the run, the epoch on screen and the settings stay. */
class LanguageSwitchTest {
    private final DescentViewModel vm = new DescentViewModel();
    private long clock = 1_000_000_000L;

    private void runFramesUntilStill() {
        for (int i = 0; i < 7200 && vm.runningProperty().get(); i++) {
            clock += DescentViewModel.FRAME_NANOS;
            vm.tick(clock);
        }
    }

    @Test
    void switchingToKoreanAndBackKeepsTheRun() {
        // given a run trained to epoch 120 with α 0.05 by hand, shown at epoch 80
        vm.setLearningRate(0.05);
        vm.setMode(GradientMode.MANUAL);
        vm.runToEpoch(120);
        runFramesUntilStill();
        vm.showEpoch(80);
        EpochRecord shown = vm.recordProperty().get();
        TrainingConfig settings = vm.settingsProperty().get();
        int last = vm.lastEpochProperty().get();
        String w = vm.numbers().w().get();
        assertThat(vm.numbers().updateW().get()).startsWith("next step: W := W");

        // when the window switches to Korean
        vm.setLanguage(Language.KO);

        // then the same record, run and settings, and the words are Korean
        assertThat(vm.recordProperty().get()).isSameAs(shown);
        assertThat(vm.epochProperty().get()).isEqualTo(80);
        assertThat(vm.lastEpochProperty().get()).isEqualTo(last);
        assertThat(vm.settingsProperty().get()).isEqualTo(settings);
        assertThat(vm.numbers().w().get()).isEqualTo(w);
        assertThat(vm.numbers().updateW().get()).startsWith("다음 스텝: W := W");
        assertThat(vm.numbers().formula().get()).startsWith("∇ 직접 계산: ∇W = 2·mean(");
        assertThat(vm.thresholdsProperty().get()).contains("지그재그", "발산");
        PlotFrame frame = vm.frameProperty().get();
        assertThat(frame.language()).isEqualTo(Language.KO);
        assertThat(frame.record()).isSameAs(shown);
        assertThat(vm.text("toolbar.play").get()).isEqualTo("재생");

        // and back to English: the same again
        vm.setLanguage(Language.EN);
        assertThat(vm.recordProperty().get()).isSameAs(shown);
        assertThat(vm.numbers().updateW().get()).startsWith("next step: W := W");
        assertThat(vm.frameProperty().get().language()).isEqualTo(Language.EN);
    }

    @Test
    void theWarningsFollowTheLanguage() {
        vm.setLearningRate(0.3);   // above the lesson's critical 0.214
        assertThat(vm.criticalWarningProperty().get()).contains("is above the critical");
        vm.setLanguage(Language.KO);
        assertThat(vm.criticalWarningProperty().get()).contains("임계 학습률").contains("0.3");
    }
}
