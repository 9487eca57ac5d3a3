package dev.descentfx.cli;

import dev.descentfx.export.AnimationEpochs;
import dev.descentfx.export.GifWriter;
import dev.descentfx.export.PlotImages;
import dev.descentfx.export.SafeFile;
import dev.descentfx.i18n.Language;
import dev.descentfx.plot.Plot;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.plot.Theme;
import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Run;
import dev.descentfx.training.TestSet;
import dev.descentfx.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code export --out run.gif}: one frame per chosen epoch, A, A + K, … up to B, each drawn by
 * the same plotting code as the window at that record (the run up to it, as the window shows it).
 * Frames are drawn and written one at a time.
 */
record GifExport(Plot plot, int from, int to, int every, double fps, int width, int height, int scale,
                 boolean logCost, Language language, Theme theme) {

    /** The epochs that get a frame: from, from + every, … and to itself. */
    int frames() {
        return AnimationEpochs.count(from, to, every);
    }

    /** What was written: the number of frames and the last epoch drawn. */
    record Written(int frames, int lastEpoch) {
    }

    /** Trains to {@code to} (or to where the run blows up) and writes the GIF. */
    Written write(TrainingConfig config, Path file) throws IOException {
        return write(EpochMoments.trained(config, to), config, file);
    }

    /** Writes the GIF of {@code run} (trained to {@code to}, or to where it blew up), each frame with the α in force there. */
    Written write(Run run, TrainingConfig config, Path file) throws IOException {
        int last = Math.min(to, run.last().epoch());   // a run that blew up ends at its last finite record
        int[] drawn = {from, 0};
        CostSurface surface = CostSurface.of(config);   // the bowl of the train rows, once for every frame
        TestSet test = TestSet.of(config);
        SafeFile.write(file, out -> {
            try (GifWriter gif = new GifWriter(out, fps)) {
                for (int e : AnimationEpochs.of(from, last, every)) {
                    PlotFrame frame = PlotFrame.at(surface, run.trace(e), run.settings(e).learningRate(), logCost)
                            .withLanguage(language).withTheme(theme).withTest(test);
                    gif.add(PlotImages.png(plot, frame, width, height, scale));
                    drawn[0] = e;
                    drawn[1]++;
                }
            }
        });
        return new Written(drawn[1], drawn[0]);
    }
}
