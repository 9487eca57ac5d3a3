package dev.descentfx.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Why DescentFX's matmul rounds every product and adds them one by one (no fused multiply-add):
 * the course's own lab-04 notebook (4_1_multivariable_linear_regression, {@code x_train.matmul(W) + b},
 * lr 1e-5, 20 epochs; torch 1.x) printed the 21 lines below. Its loop, replayed here in float32
 * with torch 1.x's other roundings (the mean of five values added left to right, and
 * {@code p.add_(-lr, grad)} rounding the product before the sum), reproduces every line when the
 * matmul's products are rounded one by one, and misses most of them when the matmul fuses its
 * multiply-adds, as MKL's AVX2/AVX-512 kernels do on Intel machines by default.
 */
class CourseLab04Test {
    private static final List<String> PRINTED = List.of(
            "Epoch    0/20 hypothesis: tensor([0., 0., 0., 0., 0.]) Cost: 29661.800781",
            "Epoch    1/20 hypothesis: tensor([67.2578, 80.8397, 79.6523, 86.7394, 61.6605]) Cost: 9298.520508",
            "Epoch    2/20 hypothesis: tensor([104.9128, 126.0990, 124.2466, 135.3015,  96.1821]) Cost: 2915.713135",
            "Epoch    3/20 hypothesis: tensor([125.9942, 151.4381, 149.2133, 162.4896, 115.5097]) Cost: 915.040527",
            "Epoch    4/20 hypothesis: tensor([137.7968, 165.6247, 163.1911, 177.7112, 126.3307]) Cost: 287.936005",
            "Epoch    5/20 hypothesis: tensor([144.4044, 173.5674, 171.0168, 186.2332, 132.3891]) Cost: 91.371017",
            "Epoch    6/20 hypothesis: tensor([148.1035, 178.0144, 175.3980, 191.0042, 135.7812]) Cost: 29.758139",
            "Epoch    7/20 hypothesis: tensor([150.1744, 180.5042, 177.8508, 193.6753, 137.6805]) Cost: 10.445305",
            "Epoch    8/20 hypothesis: tensor([151.3336, 181.8983, 179.2240, 195.1707, 138.7440]) Cost: 4.391228",
            "Epoch    9/20 hypothesis: tensor([151.9824, 182.6789, 179.9928, 196.0079, 139.3396]) Cost: 2.493135",
            "Epoch   10/20 hypothesis: tensor([152.3454, 183.1161, 180.4231, 196.4765, 139.6732]) Cost: 1.897688",
            "Epoch   11/20 hypothesis: tensor([152.5485, 183.3610, 180.6640, 196.7389, 139.8602]) Cost: 1.710541",
            "Epoch   12/20 hypothesis: tensor([152.6620, 183.4982, 180.7988, 196.8857, 139.9651]) Cost: 1.651413",
            "Epoch   13/20 hypothesis: tensor([152.7253, 183.5752, 180.8742, 196.9678, 140.0240]) Cost: 1.632387",
            "Epoch   14/20 hypothesis: tensor([152.7606, 183.6184, 180.9164, 197.0138, 140.0571]) Cost: 1.625923",
            "Epoch   15/20 hypothesis: tensor([152.7802, 183.6427, 180.9399, 197.0395, 140.0759]) Cost: 1.623412",
            "Epoch   16/20 hypothesis: tensor([152.7909, 183.6565, 180.9530, 197.0538, 140.0865]) Cost: 1.622141",
            "Epoch   17/20 hypothesis: tensor([152.7968, 183.6643, 180.9603, 197.0618, 140.0927]) Cost: 1.621253",
            "Epoch   18/20 hypothesis: tensor([152.7999, 183.6688, 180.9644, 197.0662, 140.0963]) Cost: 1.620500",
            "Epoch   19/20 hypothesis: tensor([152.8014, 183.6715, 180.9666, 197.0686, 140.0985]) Cost: 1.619770",
            "Epoch   20/20 hypothesis: tensor([152.8020, 183.6731, 180.9677, 197.0699, 140.1000]) Cost: 1.619033");
    private static final float[][] X = {{73, 80, 75}, {93, 88, 93}, {89, 91, 90}, {96, 98, 100}, {73, 66, 70}};
    private static final float[] Y = {152, 185, 180, 196, 142};

    @Test
    void productsRoundedOneByOneReproduceEveryPrintedLine() {
        assertThat(replay(false)).containsExactlyElementsOf(PRINTED);
    }

    @Test
    void fusedMultiplyAddsInTheMatmulDoNot() {
        List<String> fused = replay(true);
        long same = 0;
        for (int i = 0; i < PRINTED.size(); i++) {
            same += fused.get(i).equals(PRINTED.get(i)) ? 1 : 0;
        }
        assertThat(same).as("lines the fused matmul reproduces").isLessThan(10);
    }

    // The notebook's loop, in float32, with torch 1.x's order of operations; fma: matmul as fused multiply-adds
    private static List<String> replay(boolean fma) {
        float[] w = new float[3];
        float b = 0f, lr = 1e-5f;
        List<String> lines = new ArrayList<>();
        for (int epoch = 0; epoch <= 20; epoch++) {
            float[] h = new float[5], d = new float[5];
            float sumSquares = 0f;
            for (int i = 0; i < 5; i++) {
                float s = 0f;
                for (int j = 0; j < 3; j++) s = fma ? Math.fma(X[i][j], w[j], s) : s + X[i][j] * w[j];
                h[i] = s + b;
                d[i] = h[i] - Y[i];
                sumSquares += d[i] * d[i];
            }
            float cost = sumSquares / 5;
            float[] g = new float[5];
            float gradB = 0f;
            for (int i = 0; i < 5; i++) {
                g[i] = (1f / 5) * (2f * d[i]);
                gradB += g[i];
            }
            for (int j = 0; j < 3; j++) {   // W.grad = xᵀ · g
                float s = 0f;
                for (int i = 0; i < 5; i++) s = fma ? Math.fma(X[i][j], g[i], s) : s + X[i][j] * g[i];
                w[j] = w[j] + -lr * s;
            }
            b = b + -lr * gradB;
            lines.add(line(epoch, h, cost));
        }
        return lines;
    }

    private static String line(int epoch, float[] h, float cost) {
        boolean zeros = true;
        int width = 0;   // torch right-aligns a tensor's values to the widest
        for (float v : h) {
            zeros &= v == 0f;
            width = Math.max(width, String.format(Locale.ROOT, "%.4f", v).length());
        }
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < h.length; i++) {
            t.append(i == 0 ? "" : ", ").append(zeros ? "0." : String.format(Locale.ROOT, "%" + width + ".4f", h[i]));
        }
        return String.format(Locale.ROOT, "Epoch %4d/20 hypothesis: tensor([%s]) Cost: %.6f", epoch, t, cost);
    }
}
