package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.autograd.Graph;
import dev.descentfx.export.PlotImages;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Moment;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.awt.Graphics2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The code, graph and formula pictures read from the back of a room, read back from their SVG at the
 * sizes the window gives them (measured there: InsideWindowTest prints them) at 1024×768 and
 * 1440×900, at 100 % and at 2× (the plot's own pixels then; where the picture asks for more room
 * the window scrolls, so it is checked at the size it asks for): no text under 16 px, no two texts
 * on one another, and every number in the graph's boxes the float32 value written by the rule.
 */
class InsideReadableTest {
    /** The code's, then the graph's and formula's, width × height: 1024×768 and 1440×900 at 100 % and 200 %. */
    static final int[][] CODE = {{676, 459}, {1092, 591}, {503, 231}, {381, 297}};
    static final int[][] OTHERS = {{676, 489}, {1092, 621}, {503, 258}, {381, 324}};
    static final List<TrainingConfig> RUNS = List.of(TrainingConfig.lesson(), TrainingConfig.lesson().withBias(false),
            TrainingConfig.lesson().withMode(GradientMode.MANUAL), TrainingConfig.lesson().withZeroGrad(false));

    /** Every call of epoch {@code epoch} (0: from the start) on the frame of the run up to it. */
    static List<PlotFrame> epoch(TrainingConfig config, int epoch) {
        Trainer trainer = new Trainer(config);
        List<EpochRecord> history = new ArrayList<>(List.of(trainer.current()));
        List<Moment> moments = new ArrayList<>(epoch == 0 ? Trainer.startByCalls(config) : List.of());
        for (int e = 1; e <= epoch; e++) {
            moments = new ArrayList<>(trainer.stepByCalls());
            history.add(trainer.current());
        }
        PlotFrame frame = PlotFrame.at(config.data(), history, config.learningRate(), false);
        moments.add(new Trainer(config).stepByCalls().get(0));   // and epoch 0's step, on its own record
        List<PlotFrame> frames = new ArrayList<>();
        for (Moment m : moments) {
            frames.add((m.epoch() == 0 && epoch > 0 ? PlotFrame.at(config.data(), history.subList(0, 1),
                    config.learningRate(), false) : frame).withMoment(m));
        }
        return frames;
    }

    private static double[] sizeToCheck(Plot plot, PlotFrame f, int[] size) {
        Graphics2D g = new org.jfree.svg.SVGGraphics2D(size[0], size[1]);   // measured as the SVG will be drawn
        double[] room = plot.roomNeeded(g, size[0], size[1], f);
        g.dispose();
        return room == null ? new double[] {size[0], size[1]} : room;
    }

    @Test
    void noTextUnder16PxAndNoneOnAnotherAtTheWindowsSizes() {
        SoftAssertions soft = new SoftAssertions();
        int checked = 0;
        for (TrainingConfig config : RUNS) {
            for (int epoch : new int[] {0, 5}) {
                for (PlotFrame f : epoch(config, epoch)) {
                    for (Plot plot : InsideEpochPlotsTest.INSIDE) {
                        int[][] sizes = plot instanceof CodePlot ? CODE : OTHERS;
                        for (int k = 0; k < sizes.length; k++) {
                            double[] at = sizeToCheck(plot, f, sizes[k]);
                            if (k < 2 && !(plot instanceof GraphPlot && f.moment().graph() == null)) {
                                soft.assertThat(at).as("%s fits the window's %s at 100 %% (%s)", plot.name(),
                                        sizes[k][0] + "×" + sizes[k][1], f.moment().call()).containsExactly(sizes[k][0], sizes[k][1]);
                            }
                            String where = plot.name() + " " + at[0] + "×" + at[1] + " " + config.bias() + " " + config.mode()
                                    + " zero_grad " + config.zeroGrad() + " epoch " + f.moment().epoch() + " after " + f.moment().call();
                            String svg = PlotImages.svg(plot, f, (int) at[0], (int) at[1]);
                            List<SvgText.Shown> texts = SvgText.shown(svg);
                            soft.assertThat(texts.stream().filter(t -> t.size() < 16).map(t -> t.text() + " " + t.size()))
                                    .as("text under 16 px: " + where).isEmpty();
                            soft.assertThat(SvgText.overlaps(texts)).as("texts on one another: " + where).isEmpty();
                            soft.assertThat(glyphs(svg).stream().filter(em -> em < 16))
                                    .as("formula glyphs under 16 px: " + where).isEmpty();
                            if (plot instanceof FormulaPlot) {
                                soft.assertThat(glyphs(svg)).as("glyphs drawn: " + where).hasSizeGreaterThan(20);
                            }
                            soft.assertThat(svg).as(where).doesNotContain("Too small to read");
                            checked++;
                        }
                    }
                }
            }
        }
        soft.assertAll();
        assertThat(checked).isGreaterThan(400);
    }

    @Test
    void everyNumberInTheGraphsBoxesIsTheFloatWrittenByTheRule() {
        for (TrainingConfig config : List.of(TrainingConfig.lesson(), TrainingConfig.lesson().withBias(false))) {
            for (int epoch : new int[] {0, 1, 5}) {
                for (PlotFrame f : epoch(config, epoch)) {
                    Graph graph = f.moment().graph();
                    if (graph == null) {
                        continue;
                    }
                    for (int[] size : new int[][] {OTHERS[0], OTHERS[1]}) {
                        List<String> written = new ArrayList<>();
                        for (SvgText.Shown t : SvgText.shown(PlotImages.svg(new GraphPlot(), f, size[0], size[1]))) {
                            if (t.text().matches("−?[0-9]+\\.[0-9]+(e−?[0-9]+)?")) {
                                written.add(t.text());
                            }
                        }
                        List<String> expected = new ArrayList<>();
                        for (Graph.Node n : graph.nodes()) {
                            boolean data = n.isLeaf() && !n.requiresGrad();   // x_train, y_train: written as typed, 1 2 3
                            for (float v : data ? new float[0] : n.value()) {
                                expected.add(InsideEpochPlotsTest.plot(v));
                            }
                            for (float v : n.grad() == null ? new float[0] : n.grad()) {
                                expected.add(InsideEpochPlotsTest.plot(v));
                            }
                        }
                        assertThat(written).as("the numbers of epoch %d after %s at %s", f.moment().epoch(), f.moment().call(),
                                size[0] + "×" + size[1]).containsExactlyInAnyOrderElementsOf(expected);
                    }
                }
            }
        }
        // the lesson's W after one step, as issue 13 has it
        assertThat(InsideEpochPlotsTest.plot(0.35270002f)).isEqualTo("0.3527");
    }

    @Test
    void theSharesUnderTheFittedLineAreWrittenAsTheirSumIs() {
        for (int epoch : new int[] {0, 5}) {
            PlotFrame f = LessonFrames.at(epoch);
            EpochRecord r = f.record();
            List<String> texts = SvgText.shown(PlotImages.svg(new FittedLinePlot(), f, 334, 489)).stream()
                    .map(SvgText.Shown::text).toList();
            // each point's share 2(W·x + b − y)·x/3 and 2(W·x + b − y)/3, worked out here from the record's W and b
            BigDecimal w = new BigDecimal(r.w()), b = new BigDecimal(r.b());
            List<BigDecimal> sharesW = new ArrayList<>(), sharesB = new ArrayList<>();
            for (int x = 1; x <= 3; x++) {
                BigDecimal residual = w.multiply(BigDecimal.valueOf(x)).add(b).subtract(BigDecimal.valueOf(2 * x));
                sharesB.add(residual.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(3), 20, RoundingMode.HALF_EVEN));
                sharesW.add(residual.multiply(BigDecimal.valueOf(2 * x)).divide(BigDecimal.valueOf(3), 20, RoundingMode.HALF_EVEN));
            }
            String gradW = InsideEpochPlotsTest.plot(r.gradW()), gradB = InsideEpochPlotsTest.plot(r.gradB());
            assertThat(texts).as("epoch %d", epoch).anyMatch(t -> t.contains("∇W = " + gradW) && t.contains("∇b = " + gradB));
            assertThat(texts).as("∇W's shares at epoch %d", epoch).containsSequence(addingUpTo(sharesW, gradW));
            assertThat(texts).as("∇b's shares at epoch %d", epoch).containsSequence(addingUpTo(sharesB, gradB));
            List<SvgText.Shown> shown = SvgText.shown(PlotImages.svg(new FittedLinePlot(), f, 334, 489));
            assertThat(SvgText.overlaps(shown)).as("epoch %d", epoch).isEmpty();
        }
        // epoch 0: −4/3 − 16/3 − 12 at four places is −18.6666, not ∇W's −18.6667: a fifth place
        assertThat(addingUpTo(List.of(new BigDecimal("-1.333333333"), new BigDecimal("-5.333333333"), new BigDecimal("-12")),
                "−18.6667")).containsExactly("−1.33333", "−5.33333", "−12.00000");
    }

    // the shares at four places, or as many more (up to 8) as it takes for their sum to round to the total
    private static List<String> addingUpTo(List<BigDecimal> shares, String total) {
        BigDecimal t = new BigDecimal(total.replace('−', '-'));
        for (int places = 4; ; places++) {
            BigDecimal sum = BigDecimal.ZERO;
            List<String> out = new ArrayList<>();
            for (BigDecimal s : shares) {
                BigDecimal rounded = s.setScale(places, RoundingMode.HALF_UP);
                sum = sum.add(rounded);
                out.add(rounded.toPlainString().replace('-', '−'));
            }
            if (places == 8 || sum.setScale(4, RoundingMode.HALF_UP).compareTo(t) == 0) {
                return out;
            }
        }
    }

    static List<Double> glyphs(String svg) {
        return SvgText.glyphs(svg);
    }
}
