package dev.descentfx.plot;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Frames of real runs of the lesson, made by the Trainer, and a way to take their picture. */
final class LessonFrames {
    static final List<EpochRecord> LESSON = run(TrainingConfig.lesson(), 100);

    private LessonFrames() {
    }

    static List<EpochRecord> run(TrainingConfig config, int epochs) {
        Trainer trainer = new Trainer(config);
        List<EpochRecord> records = new ArrayList<>();
        records.add(trainer.current());
        records.addAll(trainer.run(epochs));
        return records;
    }

    /** The lesson at rest on {@code record}. */
    static PlotFrame at(int record) {
        return at(LESSON, record, false);
    }

    static PlotFrame at(List<EpochRecord> history, int record, boolean logCost) {
        return PlotFrame.at(Dataset.lesson(), history.subList(0, record + 1), 0.01, logCost);
    }

    static BufferedImage picture(Plot plot, PlotFrame frame, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        plot.draw(g, width, height, frame);
        g.dispose();
        return image;
    }

    /** Pixels whose colour is within {@code tolerance} (per channel) of {@code rgb}. */
    static int count(BufferedImage image, int rgb, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (near(image.getRGB(x, y), rgb, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean near(int argb, int rgb, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((argb >> shift) & 0xFF) - ((rgb >> shift) & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** True if some pixel within {@code radius} of (x, y) has colour {@code rgb}. */
    static boolean colourNear(BufferedImage image, double x, double y, int radius, int rgb) {
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int px = (int) Math.round(x) + dx, py = (int) Math.round(y) + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()
                        && near(image.getRGB(px, py), rgb, 12)) {
                    return true;
                }
            }
        }
        return false;
    }

    static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
