package dev.descentfx.plot;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.TrainingConfig;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * How long one plot takes to draw at 800 × 500 into a BufferedImage once warm (a measurement
 * to run by hand, not a test): {@code java -Djava.awt.headless=true -cp ... dev.descentfx.plot.PlotTiming}.
 */
public final class PlotTiming {
    public static void main(String[] args) {
        List<EpochRecord> lesson = LessonFrames.run(TrainingConfig.lesson(), 1000);
        List<EpochRecord> long_ = LessonFrames.run(TrainingConfig.lesson(), 100_000);
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        for (Plot plot : PlotsTest.ALL) {
            for (var history : List.of(lesson, long_)) {
                PlotFrame f = LessonFrames.at(history, history.size() - 1, plot instanceof CostHistoryPlot);
                for (int i = 0; i < 1500; i++) {
                    plot.draw(g, 800, 500, f);
                }
                // the best of 20 batches of 100: other work on the machine only ever adds time
                double ms = Double.POSITIVE_INFINITY;
                for (int batch = 0; batch < 20; batch++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < 100; i++) {
                        plot.draw(g, 800, 500, f);
                    }
                    ms = Math.min(ms, (System.nanoTime() - start) / 1e6 / 100);
                }
                System.out.printf(Locale.ROOT, "PLOT %-13s %7d records: %.3f ms per draw%n", plot.name(), history.size(), ms);
            }
        }
        g.dispose();
    }
}
