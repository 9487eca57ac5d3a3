package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.export.PlotImages;
import dev.descentfx.i18n.Language;
import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.TrainingConfig;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Past twelve points the strip under the fitted line cannot write every share: it says how many there are
 * and writes the largest few, with their point's x.
 */
class LargestSharesTest {
    private static final float[][] OUTLIERS = {{3.9f, -30}, {0.2f, 25}};

    @Test
    void theLargestSharesAreThoseASortOfEveryShareFinds() {
        int[] rows = new int[OUTLIERS.length];
        Dataset d = MarksTest.band(50_000, 9, OUTLIERS, rows);
        CostSurface surface = CostSurface.of(d, true);
        double w = 1.25, b = 0.5;
        int[][] top = LargestShares.of(surface, w, b, 3);
        // every share worked out here in BigDecimal from the data, then sorted by size
        BigDecimal m = BigDecimal.valueOf(d.size()), bw = new BigDecimal(w), bb = new BigDecimal(b);
        BigDecimal[] sw = new BigDecimal[d.size()], sb = new BigDecimal[d.size()];
        for (int i = 0; i < d.size(); i++) {
            BigDecimal x = new BigDecimal(d.x(i, 0)), r = bw.multiply(x).add(bb).subtract(new BigDecimal(d.y(i)));
            sb[i] = r.multiply(BigDecimal.valueOf(2)).divide(m, 30, java.math.RoundingMode.HALF_EVEN);
            sw[i] = sb[i].multiply(x);
        }
        assertThat(top[0]).containsExactly(largest(sw, 3));
        assertThat(top[1]).containsExactly(largest(sb, 3));
        assertThat(top[0][0]).isEqualTo(rows[0]);   // the outlier at x = 3.9 pulls hardest on ∇W
    }

    private static int[] largest(BigDecimal[] shares, int k) {
        return IntStream.range(0, shares.length).boxed()
                .sorted(Comparator.comparing((Integer i) -> shares[i].abs()).reversed().thenComparing(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void theStripSaysHowManySharesThereAreAndWritesTheLargest() {
        int[] rows = new int[OUTLIERS.length];
        Dataset d = MarksTest.band(20_000, 4, OUTLIERS, rows);
        TrainingConfig c = new TrainingConfig(d, new float[1], 0f, true, 0.05, GradientMode.AUTOGRAD, 0);
        List<EpochRecord> history = LessonFrames.run(c, 20);
        for (Language language : Language.values()) {
            PlotFrame f = PlotFrame.at(d, history, 0.05, false).withLanguage(language);
            EpochRecord r = f.record();
            List<SvgText.Shown> shown = SvgText.shown(PlotImages.svg(new FittedLinePlot(), f, 1000, 600));
            List<String> texts = shown.stream().map(SvgText.Shown::text).toList();
            assertThat(texts).anyMatch(t -> t.contains("∇W = " + Numbers.value(r.gradW())) && t.contains("∇b = " + Numbers.value(r.gradB())));
            String lead = language.text("plot.shares.largest", 3, "20,000");
            assertThat(texts).as(language.toString()).contains(lead);
            // the outlier at x = 3.9: its share 2(W·x + b − y)·x/m, written by the one rule
            double x = d.x(rows[0], 0), share = 2 * ((double) r.w() * x + r.b() - d.y(rows[0])) * x / d.size();
            assertThat(texts).anyMatch(t -> t.startsWith(Numbers.signed(share) + " (x = 3.9000)"));
            assertThat(SvgText.overlaps(shown)).isEmpty();
            // a narrow picture (a window's column at 1024 px) still writes the largest share, whole, inside it
            List<SvgText.Shown> narrow = SvgText.shown(PlotImages.svg(new FittedLinePlot(), f, 330, 500));
            assertThat(narrow).anyMatch(t -> t.text().startsWith(Numbers.signed(share) + " (x = 3.9000)"));
            assertThat(narrow).allMatch(t -> t.box().getMaxX() <= 330, "every text inside the picture");
            assertThat(SvgText.overlaps(narrow)).isEmpty();
        }
    }
}
