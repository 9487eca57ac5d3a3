package dev.descentfx.plot;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.TrainingConfig;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/** By hand: each plot's draw time at a million points against the lesson's three, into a BufferedImage. */
public final class BigPlotTiming {
    public static void main(String[] args) {
        int[] rows = new int[0];
        Dataset big = MarksTest.band(Integer.getInteger("bench.points", 1_000_000), 1, new float[0][], rows);
        TrainingConfig c = new TrainingConfig(big, new float[1], 0f, true, 0.001, GradientMode.AUTOGRAD, 0);
        List<EpochRecord> h = LessonFrames.run(c, 5);
        List<EpochRecord> lesson = LessonFrames.run(TrainingConfig.lesson(), 5);
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        for (Plot plot : PlotsTest.ALL) {
            for (PlotFrame f : List.of(PlotFrame.at(Dataset.lesson(), lesson, 0.01, false), PlotFrame.at(big, h, 0.001, false))) {
                for (int i = 0; i < 30; i++) {
                    plot.draw(g, 800, 500, f);
                }
                double ms = Double.POSITIVE_INFINITY;
                for (int batch = 0; batch < 5; batch++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < 10; i++) {
                        plot.draw(g, 800, 500, f);
                    }
                    ms = Math.min(ms, (System.nanoTime() - start) / 1e6 / 10);
                }
                System.out.printf(Locale.ROOT, "PLOT %-13s %8d points: %.3f ms per draw%n", plot.name(), f.data().size(), ms);
            }
        }
    }
}
