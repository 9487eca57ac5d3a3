package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.descentfx.export.PlotImages;
import dev.descentfx.training.Call;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Moment;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pictures inside one epoch (code, graph, formula), drawn from the Trainer's moments and
 * checked against torch's numbers in lesson-phases.csv and against closed forms.
 */
class InsideEpochPlotsTest {
    static final List<Plot> INSIDE = List.of(new CodePlot(), new GraphPlot(), new FormulaPlot());
    static final List<TrainingConfig> RUNS = List.of(TrainingConfig.lesson(), TrainingConfig.lesson().withBias(false),
            TrainingConfig.lesson().withMode(GradientMode.MANUAL), TrainingConfig.lesson().withZeroGrad(false));

    /** Epoch 0 call by call (START … BACKWARD), then its STEP, each on the frame of record 0. */
    static List<PlotFrame> firstEpoch(TrainingConfig config) {
        List<Moment> moments = new ArrayList<>(Trainer.startByCalls(config));
        Trainer trainer = new Trainer(config);
        EpochRecord zero = trainer.current();
        moments.add(trainer.stepByCalls().get(0));
        PlotFrame frame = PlotFrame.at(config.data(), List.of(zero), config.learningRate(), false);
        return moments.stream().map(frame::withMoment).toList();
    }

    static PlotFrame after(TrainingConfig config, Call call) {
        return firstEpoch(config).stream().filter(f -> f.moment().call() == call).findFirst().orElseThrow();
    }

    @Test
    void everyPictureDrawsEveryMomentOfTheFirstEpochInsideItsRectangle() {
        for (TrainingConfig config : RUNS) {
            for (PlotFrame f : firstEpoch(config)) {
                for (Plot plot : INSIDE) {
                    // a 600 × 400 picture at (50, 40) of a larger image: nothing may land outside it
                    BufferedImage image = new BufferedImage(700, 480, BufferedImage.TYPE_INT_ARGB);
                    var g = image.createGraphics();
                    g.translate(50, 40);
                    assertThatCode(() -> plot.draw(g, 600, 400, f)).as("%s after %s", plot.name(), f.moment().call())
                            .doesNotThrowAnyException();
                    g.dispose();
                    int inside = 0;
                    for (int y = 0; y < image.getHeight(); y++) {
                        for (int x = 0; x < image.getWidth(); x++) {
                            boolean in = x >= 50 && x < 650 && y >= 40 && y < 440;
                            int alpha = image.getRGB(x, y) >>> 24;
                            assertThat(in || alpha == 0).as("%s after %s: pixel (%d, %d) outside", plot.name(),
                                    f.moment().call(), x, y).isTrue();
                            inside += in && (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
                        }
                    }
                    assertThat(inside).as("%s after %s draws something", plot.name(), f.moment().call()).isGreaterThan(500);
                }
            }
        }
    }

    @Test
    void withoutAMomentEachPictureSaysSoAndOddSizesNeverThrow() {
        PlotFrame none = LessonFrames.at(3);
        for (Plot plot : INSIDE) {
            assertThat(PlotImages.svg(plot, none, 600, 400)).contains("no call to show");
            for (double[] size : new double[][] {{0, 0}, {Double.NaN, 10}, {1, 1}, {40, 30}, {200, 90}}) {
                BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
                var g = image.createGraphics();
                assertThatCode(() -> plot.draw(g, size[0], size[1], after(TrainingConfig.lesson(), Call.BACKWARD)))
                        .as("%s at %s × %s", plot.name(), size[0], size[1]).doesNotThrowAnyException();
                g.dispose();
            }
        }
    }

    @Test
    void theCodeShowsTorchsValuesAfterEachCall() throws IOException {
        TrainingConfig lesson = TrainingConfig.lesson();
        String cost = svg(new CodePlot(), after(lesson, Call.COST));
        assertThat(cost).contains("cost = " + python(torch("lesson", 0, "cost", "cost")[0], 6));   // 18.666666

        String zeroGrad = svg(new CodePlot(), after(lesson, Call.ZERO_GRAD));
        assertThat(torch("lesson", 0, "zero_grad", "W.grad")).isNull();
        assertThat(zeroGrad).contains("W.grad = None, b.grad = None");

        String backward = svg(new CodePlot(), after(lesson, Call.BACKWARD));
        float gradW = torch("lesson", 0, "backward", "W.grad")[0], gradB = torch("lesson", 0, "backward", "b.grad")[0];
        // torch prints 4 decimals, and whole numbers as "-8."
        assertThat(python(gradW, 4)).isEqualTo("-18.6667");
        assertThat(gradB).isEqualTo(-8f);
        assertThat(backward).contains("W.grad = tensor([" + python(gradW, 4) + "]), b.grad = tensor([-8.])");
        assertThat(backward).contains("hypothesis = [0.000, 0.000, 0.000]").contains("epoch = 0");

        String step = svg(new CodePlot(), after(lesson, Call.STEP));
        assertThat(step).contains("W = tensor([" + python(torch("lesson", 0, "step", "W")[0], 4) + "])")
                .contains("b = tensor([" + python(torch("lesson", 0, "step", "b")[0], 4) + "])");

        // epoch 1's hypothesis, three decimals as the code panel writes a list
        Trainer trainer = new Trainer(lesson);
        Moment forward = trainer.stepByCalls().get(1);
        float[] h = torch("lesson", 1, "forward", "hypothesis");
        String one = svg(new CodePlot(), LessonFrames.at(1).withMoment(forward));
        assertThat(one).contains("hypothesis = [" + python(h[0], 3) + ", " + python(h[1], 3) + ", " + python(h[2], 3) + "]");
    }

    @Test
    void theCodeFollowsTheSettings() {
        String noBias = svg(new CodePlot(), after(TrainingConfig.lesson().withBias(false), Call.BACKWARD));
        assertThat(noBias).contains("optim.SGD([W], lr=0.01)").contains("hypothesis = x_train * W<")
                .contains("W.grad = tensor([-18.6667])<");
        String byHand = svg(new CodePlot(), after(TrainingConfig.lesson().withMode(GradientMode.MANUAL).withBias(false),
                Call.GRADIENT));
        assertThat(byHand).contains("gradient = 2 * torch.mean((W * x_train - y_train) * x_train)")
                .contains("W -= lr * gradient").contains("gradient = tensor(-18.6667)").doesNotContain("optimizer");
        String skip = svg(new CodePlot(), after(TrainingConfig.lesson().withZeroGrad(false), Call.BACKWARD));
        assertThat(skip).contains("left out: gradients pile up");
    }

    @Test
    void theGraphCarriesEveryNodesValueAndGradAsTorchHasThem() throws IOException {
        String svg = svg(new GraphPlot(), after(TrainingConfig.lesson(), Call.BACKWARD));
        for (String node : List.of("W", "b", "mul", "add", "sub", "pow", "mean")) {
            for (float v : torch("lesson", 0, "backward", node)) {
                assertThat(svg).as("%s value %s", node, v).contains(">" + plot(v) + "<");
            }
        }
        for (String node : List.of("W", "b", "mul", "add", "sub", "pow", "mean")) {
            for (float v : torch("lesson", 0, "backward", node + (node.length() == 1 ? ".grad" : ".grad"))) {
                assertThat(svg).as("%s grad %s", node, v).contains(">" + plot(v) + "<");
            }
        }
        assertThat(svg).contains(">x_train<").contains(">y_train<").contains(">hypothesis<").contains(">cost<");
        // before backward the new nodes have no grad yet
        assertThat(svg(new GraphPlot(), after(TrainingConfig.lesson(), Call.COST))).contains(">None<");
        assertThat(svg(new GraphPlot(), after(TrainingConfig.lesson().withMode(GradientMode.MANUAL), Call.GRADIENT)))
                .contains("By hand there is no graph");
    }

    @Test
    void theFormulasNumbersAreTheClosedForms() {
        // at W = b = 0 on x = 1, 2, 3 and y = 2x: cost = (4 + 16 + 36)/3, ∂cost/∂W = −(2/3)·Σxy = −(2/3)·28,
        // ∂cost/∂b = −(2/3)·Σy = −8, and the step W := 0 − 0.01·∂cost/∂W
        double cost = 56 / 3.0, gradW = -2 / 3.0 * 28, gradB = -2 / 3.0 * 12;
        String svg = svg(new FormulaPlot(), after(TrainingConfig.lesson(), Call.BACKWARD));
        // rounded terms sum to "≈" the result; whole ones to "="; the update adds up as written
        assertThat(svg).contains(String.format("≈ %.4f</title>", cost))
                .contains(String.format("≈ −%.4f</title>", -gradW))
                .contains(String.format("= −%d.0000</title>", Math.round(-gradB)))
                .contains(String.format("0 − 0.01 × (−%.4f) = %.4f</title>", -gradW, 0 - 0.01 * gradW))
                .contains("∂cost/∂W = 2/m Σ(W x_i + b − y_i) x_i");
        String noBias = svg(new FormulaPlot(), after(TrainingConfig.lesson().withBias(false), Call.BACKWARD));
        assertThat(noBias).contains("cost(W) = 1/m Σ(W x_i − y_i)²").doesNotContain("∂b");
    }

    @Test
    void largeDataKeepsTheSumsAndShowsTheResult() {
        float[] x = new float[20], y = new float[20];
        double sxy = 0;
        for (int i = 0; i < 20; i++) {
            x[i] = i + 1;
            y[i] = 3 * (i + 1) + 0.5f;
            sxy += x[i] * y[i];
        }
        TrainingConfig config = new TrainingConfig(dev.descentfx.training.Dataset.of(x, y), new float[1], 0f, true, 0.001,
                GradientMode.AUTOGRAD, 0);
        String svg = svg(new FormulaPlot(), after(config, Call.BACKWARD));
        assertThat(svg).contains("2/20 Σ(0.0000 x_i + 0.0000 − y_i) · x_i ≈ " + String.format("%.4f", -2 / 20.0 * sxy).replace('-', '−'));
        // (at 1024 × 768's size the set-up folds into one comment to keep the code at 16 px)
        assertThat(PlotImages.svg(new CodePlot(), after(config, Call.FORWARD), 1092, 591)).contains("# 20 rows");
        assertThat(PlotImages.svg(new CodePlot(), after(config, Call.FORWARD), 676, 459))
                .contains("# … 5 lines: x_train, y_train, W, b, optimizer");
    }

    // at the size the 1440×900 window gives the pictures: every line and formula there whole (smaller
    // panels fold, wrap or leave out some to keep 16 px text: InsideReadableTest)
    private static String svg(Plot plot, PlotFrame f) {
        return PlotImages.svg(plot, f, 1092, 621);
    }

    /** Python's '{:.Nf}' of a float32: its exact value, rounded half to even. */
    private static String python(float v, int digits) {
        return new BigDecimal(v).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * A float32 as the one number rule writes it, worked out here from its exact value: four decimals
     * rounded half up (four significant digits in e-notation below 0.001 and from 100 000), a typeset minus.
     */
    static String plot(float v) {
        BigDecimal exact = new BigDecimal(v);
        double a = Math.abs(v);
        String s;
        if (a != 0 && (a < 1e-3 || a >= 1e5)) {
            BigDecimal r = exact.round(new java.math.MathContext(4, RoundingMode.HALF_UP));
            int exponent = r.precision() - r.scale() - 1;
            s = r.movePointLeft(exponent).setScale(3, RoundingMode.HALF_UP).toPlainString() + "e" + exponent;
        } else {
            s = exact.setScale(4, RoundingMode.HALF_UP).toPlainString();
        }
        s = s.replace('-', '−');
        return s.equals("−0.0000") ? "0.0000" : s;
    }

    /** The tensor's values in lesson-phases.csv after {@code phase} of {@code epoch}, or null for None. */
    static float[] torch(String run, int epoch, String phase, String tensor) throws IOException {
        try (InputStream in = InsideEpochPlotsTest.class.getResourceAsStream("/pytorch/lesson-phases.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] cells = line.split(",");
                if (cells.length == 5 && cells[0].equals(run) && cells[1].equals(Integer.toString(epoch))
                        && cells[2].equals(phase) && cells[3].equals(tensor)) {
                    if (cells[4].equals("none")) {
                        return null;
                    }
                    String[] hex = cells[4].trim().split(" ");
                    float[] values = new float[hex.length];
                    for (int i = 0; i < hex.length; i++) {
                        values[i] = Float.intBitsToFloat((int) Long.parseLong(hex[i], 16));
                    }
                    return values;
                }
            }
        }
        throw new AssertionError("no " + tensor + " after " + phase + " of epoch " + epoch + " in run " + run);
    }
}
