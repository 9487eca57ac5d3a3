package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.i18n.Language;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.generate.DataRecipe.Kind;
import org.junit.jupiter.api.Test;

/** The Make data form with no toolkit: what is typed, what is wrong with it, and the run it starts. */
class DataFormTest {
    private final DescentViewModel vm = new DescentViewModel();
    private final DataForm form = vm.presets().dataForm();

    @Test
    void aLineTypedInStartsARunOnItsDataAtEpochZero() {
        // given the lesson three epochs in
        vm.step();
        vm.step();
        vm.step();
        // when a line of 30 points, slope −1.5, intercept 4, σ 0 is made
        form.slopeProperty().set("\u22121.5");   // the minus sign the window writes works too
        form.interceptProperty().set("4");
        form.noiseProperty().set("0");
        form.pointsProperty().set("30");
        form.seedProperty().set("7");
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.generate()).isTrue();
        // then the run is at epoch 0 on those 30 points, each on y = −1.5x + 4
        assertThat(vm.epochProperty().get()).isZero();
        assertThat(vm.lastEpochProperty().get()).isZero();
        Dataset d = vm.settingsProperty().get().data();
        assertThat(d.size()).isEqualTo(30);
        for (int i = 0; i < d.size(); i++) {
            assertThat((double) d.y(i)).isCloseTo(-1.5 * d.x(i, 0) + 4, within(1e-5));
        }
        // the cost's bottom is that line, no lesson preset is checked, and Run to is the recipe's
        assertThat(vm.frameProperty().get().surface().minimum()[0]).isCloseTo(-1.5, within(1e-5));
        assertThat(vm.frameProperty().get().surface().minimum()[1]).isCloseTo(4, within(1e-4));
        assertThat(vm.presets().currentProperty().get()).isNull();
        assertThat(vm.targetProperty().get()).isEqualTo(form.recipeProperty().get().epochs());
    }

    @Test
    void somethingTypedWrongIsNamedAndChangesNothing() {
        vm.step();
        var before = vm.settingsProperty().get();
        form.noiseProperty().set("lots");
        assertThat(form.problemProperty().get()).isEqualTo("Noise \u03c3: \"lots\" is not a number. Type one like 2, \u22120.5 or 0.01.");
        assertThat(form.recipeProperty().get()).isNull();
        assertThat(form.generate()).isFalse();
        assertThat(vm.settingsProperty().get()).isSameAs(before);
        assertThat(vm.epochProperty().get()).isEqualTo(1);

        form.noiseProperty().set("-1");
        assertThat(form.problemProperty().get()).startsWith("Noise \u03c3 is how far the points scatter");
        form.noiseProperty().set("0.2");
        form.pointsProperty().set("1");
        assertThat(form.problemProperty().get()).contains("Points n", "\"1\"", "2 to 10000");
        form.pointsProperty().set("1,000");
        form.seedProperty().set("4.5");
        assertThat(form.problemProperty().get()).startsWith("Seed: \"4.5\" is not a whole number");
        form.seedProperty().set("42");
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.recipeProperty().get().n()).isEqualTo(1000);
        // and in Korean
        form.slopeProperty().set("2x");
        vm.setLanguage(Language.KO);
        assertThat(form.problemProperty().get()).startsWith("가중치 W: \"2x\"");
    }

    @Test
    void anscombesSetTrainsOnItsElevenPointsWhateverIsTypedForALine() {
        form.kindProperty().set(Kind.ANSCOMBE_3);
        form.slopeProperty().set("not used");
        assertThat(form.drawnProperty().get()).isFalse();
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.generate()).isTrue();
        assertThat(vm.settingsProperty().get().data().size()).isEqualTo(11);
        // Anscombe (1973): y = 3.00 + 0.500x
        assertThat(vm.frameProperty().get().surface().minimum()[0]).isCloseTo(0.5, within(0.001));
        assertThat(vm.frameProperty().get().surface().minimum()[1]).isCloseTo(3.0, within(0.005));
        assertThat(vm.biasProperty().get()).isTrue();
    }

    @Test
    void throughTheOriginThereIsNoInterceptToType() {
        form.kindProperty().set(Kind.THROUGH_ORIGIN);
        form.interceptProperty().set("?");
        assertThat(form.hasInterceptProperty().get()).isFalse();
        assertThat(form.problemProperty().get()).isEmpty();
        form.generate();
        assertThat(vm.biasProperty().get()).isFalse();
        assertThat(vm.modeProperty().get()).isEqualTo(dev.descentfx.training.GradientMode.MANUAL);
    }

    @Test
    void everyKindIsNamedInBothLanguages() {
        assertThat(form.name(Kind.BADLY_SCALED).get()).isEqualTo("A badly scaled x (x from 1000 to 3000)");
        vm.setLanguage(Language.KO);
        for (Kind k : Kind.values()) {
            assertThat(form.name(k).get()).as(k.name()).isNotBlank().doesNotContain("line", "set");
        }
        assertThat(form.name(Kind.LINE).get()).isEqualTo("잡음이 있는 직선");
    }
}
