package dev.descentfx.training.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.training.generate.DataRecipe.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Made data against independent answers: the normal equations worked in double here, Anscombe's published line. */
class DataRecipeTest {

    /** The least-squares line through {@code d} from the normal equations, in double: {slope, intercept}. */
    private static double[] leastSquares(Dataset d) {
        int m = d.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < m; i++) {
            double x = d.x(i, 0), y = d.y(i);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
        return new double[] {slope, (sy - slope * sx) / m};
    }

    @Test
    void theSameSeedMakesTheSameDataAndAnotherSeedOther() {
        Dataset a = DataRecipe.line(2, -1, 0.5, 50, 42).data();
        Dataset b = DataRecipe.line(2, -1, 0.5, 50, 42).data();
        Dataset c = DataRecipe.line(2, -1, 0.5, 50, 43).data();
        assertThat(a).isEqualTo(b);
        assertThat(a.y()).isEqualTo(b.y());
        assertThat(c.y()).isNotEqualTo(a.y());
        assertThat(a.size()).isEqualTo(50);
    }

    @Test
    void aLineWithLittleNoiseIsFittedNearItsSlopeAndIntercept() {
        // σ = 0.05 over x in [0, 4], 200 points: the fit's standard error is about 0.003 in the slope
        double[] fit = leastSquares(DataRecipe.line(2.5, -1.5, 0.05, 200, 7).data());
        assertThat(fit[0]).isCloseTo(2.5, within(0.02));
        assertThat(fit[1]).isCloseTo(-1.5, within(0.05));
        // and without noise every point is on the line, as float32 holds it
        Dataset exact = DataRecipe.line(2.5, -1.5, 0, 20, 1).data();
        for (int i = 0; i < exact.size(); i++) {
            assertThat(exact.y(i)).isCloseTo((float) (2.5 * exact.x(i, 0) - 1.5), within(1e-5f));
            assertThat(exact.x(i, 0)).isBetween(0f, 4f);
        }
    }

    @Test
    void outliersAreOneInTenAboveTheLine() {
        Dataset d = new DataRecipe(Kind.OUTLIERS, 1, 0, 0, 40, 3).data();
        long above = 0;
        for (int i = 0; i < d.size(); i++) {
            double rise = d.y(i) - d.x(i, 0);
            assertThat(rise).satisfiesAnyOf(r -> assertThat(r).isCloseTo(0, within(1e-5)),
                    r -> assertThat(r).isCloseTo(10, within(1e-5)));
            above += rise > 5 ? 1 : 0;
        }
        assertThat(above).isEqualTo(4);
    }

    @Test
    void aLineThroughTheOriginTrainsWAlone() {
        DataRecipe recipe = new DataRecipe(Kind.THROUGH_ORIGIN, 1.5, 7, 0.1, 100, 5);
        TrainingConfig c = recipe.config();
        assertThat(c.bias()).isFalse();
        // Σxy / Σx² in double: the intercept given is not drawn
        Dataset d = c.data();
        double sxy = 0, sxx = 0;
        for (int i = 0; i < d.size(); i++) {
            sxy += d.x(i, 0) * d.y(i);
            sxx += d.x(i, 0) * (double) d.x(i, 0);
        }
        assertThat(sxy / sxx).isCloseTo(1.5, within(0.02));
    }

    @Test
    void aBadlyScaledXHasATinyCriticalAlphaAndTheLessonsAlphaBlowsUp() {
        DataRecipe recipe = new DataRecipe(Kind.BADLY_SCALED, 2, 1, 10, 30, 11);
        TrainingConfig c = recipe.config();
        // x from 1000 to 3000: λmax ≥ 2·mean(x²) ≥ 2·10⁶, so the critical α = 2/λmax is at most 10⁻⁶
        double meanSquare = 0;
        for (int i = 0; i < c.data().size(); i++) {
            meanSquare += c.data().x(i, 0) * (double) c.data().x(i, 0) / c.data().size();
        }
        double critical = CostSurface.of(c).criticalLearningRate();
        assertThat(meanSquare).isGreaterThan(1e6);
        assertThat(critical).isLessThan(1e-6).isLessThanOrEqualTo(1 / meanSquare);
        // at the lesson's α the run grows without end within a few dozen epochs
        assertThat(c.learningRate()).isEqualTo(0.01);
        List<EpochRecord> records = new Trainer(c).run(40);
        assertThat(records.get(records.size() - 1).isFinite()).isFalse();
    }

    @Test
    void anscombesFourSetsShareThePublishedLine() {
        // Anscombe (1973): every set is fitted by y = 3.00 + 0.500·x
        for (Kind k : new Kind[] {Kind.ANSCOMBE_1, Kind.ANSCOMBE_2, Kind.ANSCOMBE_3, Kind.ANSCOMBE_4}) {
            Dataset d = new DataRecipe(k, 0, 0, 0, 0, 0).data();
            double[] fit = leastSquares(d);
            assertThat(d.size()).as(k.name()).isEqualTo(11);
            assertThat(fit[0]).as(k.name()).isCloseTo(0.500, within(0.001));
            assertThat(fit[1]).as(k.name()).isCloseTo(3.00, within(0.005));
        }
    }

    @Test
    void theRunsAlphaDoesNotZigZagAndItsRunToEpochReachesTheBottom() {
        DataRecipe recipe = DataRecipe.line(-1, 2, 0.3, 60, 9);
        TrainingConfig c = recipe.config();
        Dataset d = c.data();
        // 1/λmax of the Hessian 2·[[mean x², mean x], [mean x, 1]] in closed form
        double mxx = 0, mx = 0;
        for (int i = 0; i < d.size(); i++) {
            mxx += d.x(i, 0) * (double) d.x(i, 0) / d.size();
            mx += d.x(i, 0) / (double) d.size();
        }
        double lambdaMax = (mxx + 1) + Math.sqrt((mxx - 1) * (mxx - 1) + 4 * mx * mx);
        assertThat(c.learningRate()).isLessThanOrEqualTo(0.5 / lambdaMax).isGreaterThan(0.1 / lambdaMax);
        // trained to its Run-to epoch, W and b are within a thousandth of the way from (0, 0) to the fit
        double[] fit = leastSquares(d);
        List<EpochRecord> records = new Trainer(c).run(recipe.epochs());
        EpochRecord last = records.get(records.size() - 1);
        double start = Math.hypot(fit[0], fit[1]);
        assertThat(Math.hypot(last.w() - fit[0], last.b() - fit[1])).isLessThan(2e-3 * start);
    }

    @Test
    void numbersOutOfRangeAreRefusedWithWhatWasWrong() {
        assertThatThrownBy(() -> DataRecipe.line(1, 0, -1, 10, 1)).hasMessageContaining("σ");
        assertThatThrownBy(() -> DataRecipe.line(1, 0, 0, 1, 1)).hasMessageContaining("points");
        assertThatThrownBy(() -> DataRecipe.line(Double.NaN, 0, 0, 10, 1)).hasMessageContaining("slope");
    }
}
