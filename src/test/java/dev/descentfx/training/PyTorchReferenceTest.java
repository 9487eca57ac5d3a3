package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine against real PyTorch, bit for bit. The CSVs under src/test/resources/pytorch were
 * written by generate.py beside them with torch 2.13 (CPU, float32): every record of each run
 * as float32 bits. Here the same run goes through {@link Trainer} and every bit must agree.
 */
class PyTorchReferenceTest {
    private static final Pattern CONFIG = Pattern.compile("# config: x=(\\[\\[.*?]]) y=(\\[\\[.*?]]) w0=(\\[.*?]) "
            + "b0=(\\S+) lr=(\\S+) epochs=(\\d+) bias=(True|False) momentum=(\\S+) manual=(True|False)"
            + "(?: zero_grad=(True|False))?(?: lr_changes=(\\d+):(\\S+))?(?: optimizer=(\\w+)\\((\\S+)\\))?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(e[-+]?\\d+)?");

    @ParameterizedTest
    @ValueSource(strings = {"lesson", "lesson-manual", "lesson-no-bias-lr0.1-manual", "lesson-momentum", "random-25",
            "random-25-manual", "random-1000", "two-features", "lesson-diverging-lr1",
            // issue 6: the loop without optimizer.zero_grad(), and a new α mid-run that carries the momentum on
            "lesson-skip-zero-grad", "lesson-no-bias-skip-zero-grad", "lesson-skip-zero-grad-momentum",
            "lesson-momentum-lr-change",
            // issue 10: SGD's options and Adam (optimizers.py), torch's single-tensor implementations
            "lesson-sgd-nesterov", "lesson-sgd-dampening", "lesson-sgd-weight-decay", "lesson-sgd-all",
            "lesson-adam", "lesson-adam-amsgrad-wd", "random-25-adam"})
    void everyRecordMatchesPyTorchBitForBit(String run) throws IOException {
        List<String> lines = read("/pytorch/" + run + ".csv");
        Matcher c = CONFIG.matcher(lines.get(1));
        assertThat(c.matches()).as("config line of %s", run).isTrue();
        float[][] x = rows(c.group(1));
        float[] y = column(rows(c.group(2)));
        List<String> names = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            names.add("x" + (j + 1));
        }
        TrainingConfig config = new TrainingConfig(new Dataset(names, x, y, "y"), numbers(c.group(3)),
                (float) Double.parseDouble(c.group(4)), c.group(7).equals("True"), Double.parseDouble(c.group(5)),
                c.group(9).equals("True") ? GradientMode.MANUAL : GradientMode.AUTOGRAD, Double.parseDouble(c.group(8)),
                !"False".equals(c.group(10)));
        if (c.group(13) != null) {
            config = config.withOptimizer(optimizer(c.group(13), c.group(14)));
        }
        int changeAt = c.group(11) == null ? -1 : Integer.parseInt(c.group(11));

        Trainer trainer = new Trainer(config);
        for (String line : lines.subList(3, lines.size())) {
            String[] f = line.split(",");
            EpochRecord r = trainer.current();
            assertThat(r.epoch()).isEqualTo(Integer.parseInt(f[0]));
            String at = run + " epoch " + r.epoch();
            assertBits(r.weights(), f[1], at + " W");
            assertBits(new float[] {r.b()}, f[2], at + " b");
            assertBits(new float[] {r.cost()}, f[3], at + " cost");
            assertBits(r.gradWeights(), f[4], at + " gradW");
            assertBits(new float[] {r.gradB()}, f[5], at + " gradB");
            if (r.epoch() == changeAt) {   // torch: param_groups[0]['lr'] = ..., then optimizer.step()
                trainer.setLearningRate(Double.parseDouble(c.group(12)));
            }
            trainer.step();
        }
    }

    /**
     * Adam against torch as it is, its sqrt MKL's: the records part from torch's by an ulp at the first
     * sqrt that is not the nearest float (on the machine these were recorded on, an AVX-512 one: epoch 1
     * of the lesson's run; never in the amsgrad run) and W and b stay within {@code 1e-6} of torch's for
     * 1000 epochs.
     */
    @ParameterizedTest
    @ValueSource(strings = {"lesson-adam-mkl-sqrt", "lesson-adam-amsgrad-wd-mkl-sqrt", "random-25-adam-mkl-sqrt"})
    void adamStaysWithinAFewUlpsOfTorchsOwnSqrt(String run) throws IOException {
        List<String> lines = read("/pytorch/" + run + ".csv");
        Matcher c = CONFIG.matcher(lines.get(1));
        assertThat(c.matches()).isTrue();
        float[][] x = rows(c.group(1));
        List<String> names = new ArrayList<>();
        names.add("x1");
        TrainingConfig config = new TrainingConfig(new Dataset(names, x, column(rows(c.group(2))), "y"), numbers(c.group(3)),
                (float) Double.parseDouble(c.group(4)), true, Double.parseDouble(c.group(5)), GradientMode.AUTOGRAD, 0)
                .withOptimizer(optimizer(c.group(13), c.group(14)));
        Trainer trainer = new Trainer(config);
        double worst = 0;
        int firstDifference = -1;
        for (String line : lines.subList(3, lines.size())) {
            String[] f = line.split(",");
            EpochRecord r = trainer.current();
            float[] ours = {r.weights()[0], r.b(), r.cost()};
            float[] torch = {hex(f[1]), hex(f[2]), hex(f[3])};
            for (int i = 0; i < 3; i++) {
                if (Float.floatToIntBits(ours[i]) != Float.floatToIntBits(torch[i]) && firstDifference < 0) {
                    firstDifference = r.epoch();
                }
                worst = Math.max(worst, i < 2 ? Math.abs((double) ours[i] - torch[i]) : 0);
            }
            trainer.step();
        }
        System.out.printf("%s: first difference at epoch %d, W and b at most %.3g apart%n", run, firstDifference, worst);
        assertThat(worst).as("W and b apart").isLessThanOrEqualTo(1e-6);
    }

    private static float hex(String h) {
        return Float.intBitsToFloat((int) Long.parseLong(h, 16));
    }

    // optimizers.py's "adam(beta1=0.9,beta2=0.999,eps=1e-08,weight_decay=0.0,amsgrad=False)" or "sgd(momentum=…)"
    static OptimizerSettings optimizer(String kind, String settings) {
        java.util.Map<String, String> v = new java.util.HashMap<>();
        for (String kv : settings.split(",")) {
            v.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        if (kind.equals("adam")) {
            return new OptimizerSettings.Adam(Double.parseDouble(v.get("beta1")), Double.parseDouble(v.get("beta2")),
                    Double.parseDouble(v.get("eps")), Double.parseDouble(v.get("weight_decay")), v.get("amsgrad").equals("True"));
        }
        return new OptimizerSettings.Sgd(Double.parseDouble(v.get("momentum")), Double.parseDouble(v.get("dampening")),
                v.get("nesterov").equals("True"), Double.parseDouble(v.get("weight_decay")));
    }

    private static void assertBits(float[] actual, String expectedHex, String what) {
        String[] hex = expectedHex.split(" ");
        assertThat(actual).as(what).hasSize(hex.length);
        for (int i = 0; i < hex.length; i++) {
            float expected = Float.intBitsToFloat((int) Long.parseLong(hex[i], 16));
            if (Float.isNaN(expected)) {
                assertThat(actual[i]).as(what).isNaN();
            } else {
                assertThat(Integer.toHexString(Float.floatToIntBits(actual[i]))).as(what + " (value " + expected + ")")
                        .isEqualTo(Integer.toHexString(Float.floatToIntBits(expected)));
            }
        }
    }

    private static float[][] rows(String nested) {
        String[] parts = nested.substring(2, nested.length() - 2).split("], \\[");
        float[][] out = new float[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            out[i] = numbers(parts[i]);
        }
        return out;
    }

    private static float[] column(float[][] rows) {
        float[] out = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i][0];
        }
        return out;
    }

    private static float[] numbers(String text) {
        Matcher m = NUMBER.matcher(text);
        List<Float> values = new ArrayList<>();
        while (m.find()) {
            values.add((float) Double.parseDouble(m.group()));   // Python wrote doubles; torch rounds them to float
        }
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    private static List<String> read(String resource) throws IOException {
        try (InputStream in = PyTorchReferenceTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
