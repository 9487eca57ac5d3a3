package dev.descentfx.ui.run;

import dev.descentfx.i18n.Language;
import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.export.PlotImages;
import dev.descentfx.plot.CostCurvePlot;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The written update adds up: a student who works "W − α × ∇W" from the written numbers gets the
 * written result, and that result is the Trainer's next W. One number rule everywhere.
 */
class WrittenSumsTest {
    private static final Pattern UPDATE = Pattern.compile(
            "= (−?[0-9.e−]+) − ([0-9.]+) × \\(?(−?[0-9.e−]+)\\)? = (−?[0-9.e−]+)$");

    @Test
    void theWrittenUpdateReproducesItsResultOverTheLessonAndPartTwo() {
        TrainingConfig partTwo = new TrainingConfig(Dataset.lesson(), new float[] {0}, 0, false, 0.1,
                GradientMode.MANUAL, 0);
        int checked = 0;
        for (TrainingConfig c : List.of(TrainingConfig.lesson(), partTwo, TrainingConfig.lesson().withLearningRate(0.05))) {
            List<EpochRecord> r = run(c, 1000);
            for (int k = 0; k < r.size() - 1; k++) {
                String line = Words.nextStepW(Language.EN, r.get(k), c.learningRate());
                Matcher m = UPDATE.matcher(line);
                assertThat(m.find()).as(line).isTrue();
                BigDecimal sum = decimal(m.group(1)).subtract(decimal(m.group(2)).multiply(decimal(m.group(3))));
                BigDecimal result = decimal(m.group(4));
                assertThat(sum.setScale(result.scale(), RoundingMode.HALF_UP).compareTo(result)).as(line).isZero();
                // and the result is the Trainer's next W, to the digits shown
                assertThat(m.group(4)).as(line).isEqualTo(four(r.get(k + 1).w()));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(3000);
        // the case: part 2's first step, 0 − 0.1 × (−18.6667) = 1.8667 (not "(−18.67) = 1.8667")
        assertThat(Words.nextStepW(Language.EN, run(partTwo, 1).get(0), 0.1)).endsWith("= 0.0000 − 0.1 × (−18.6667) = 1.8667");
    }

    /** ∇W is written the same in the numbers row and in the cost plot's header and tangent label. */
    @Test
    void theSameQuantityIsWrittenTheSameEverywhere() {
        DescentViewModel vm = new DescentViewModel();
        for (int i = 0; i < 120; i++) {
            vm.step();
            if (i % 20 == 0 || i == 119) {
                String svg = PlotImages.svg(new CostCurvePlot(), vm.frameProperty().get(), 900, 560).replace("&#x2212;", "−");
                String gradW = vm.numbers().gradW().get(), w = vm.numbers().w().get();
                assertThat(svg).contains("∇W = " + gradW + "<", "W = " + w + " ");
                assertThat(gradW).isEqualTo(four(vm.recordProperty().get().gradW()));
                assertThat(vm.numbers().cost().get()).doesNotContain("e−0").matches("−?[0-9]+\\.[0-9]{4}|−?[0-9]\\.[0-9]{3}e−?[0-9]+");
            }
        }
    }

    /** Part 2's data: the slider says "zig-zags above 0.107 · grows above 0.214" (3/28 and 3/14). */
    @Test
    void theSliderNamesBothThresholds() {
        DescentViewModel vm = new DescentViewModel();
        vm.setBias(false);
        assertThat(vm.thresholdsProperty().get())
                .isEqualTo("zig-zags above " + String.format(Locale.US, "%.3f", 3.0 / 28) + " · grows above "
                        + String.format(Locale.US, "%.3f", 3.0 / 14));
        assertThat(vm.aboveCriticalProperty().get()).isFalse();
        vm.setLearningRate(0.3);
        assertThat(vm.aboveCriticalProperty().get()).isTrue();
    }

    @Test
    void theLegendKeyPutsTheLegendInTheFrame() {
        DescentViewModel vm = new DescentViewModel();
        assertThat(vm.frameProperty().get().legend()).isFalse();
        vm.toggleLegend();
        assertThat(vm.frameProperty().get().legend()).isTrue();
        vm.step();
        vm.reset();
        assertThat(vm.frameProperty().get().legend()).isTrue();
        vm.toggleLegend();
        assertThat(vm.frameProperty().get().legend()).isFalse();
    }

    private static List<EpochRecord> run(TrainingConfig c, int epochs) {
        Trainer t = new Trainer(c);
        List<EpochRecord> out = new ArrayList<>();
        out.add(t.current());
        out.addAll(t.run(epochs));
        return out;
    }

    private static BigDecimal decimal(String s) {
        return new BigDecimal(s.replace('−', '-'));
    }

    private static String four(double v) {
        String s = String.format(Locale.US, "%.4f", v).replace('-', '−');
        return s.equals("−0.0000") ? "0.0000" : s;
    }
}
