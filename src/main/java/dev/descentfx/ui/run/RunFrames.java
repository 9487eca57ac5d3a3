package dev.descentfx.ui.run;

import dev.descentfx.export.AnimationEpochs;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The run as files take it: the frame of any record as the window draws it at rest (for an
 * animation), every record in order (for the epoch history), and the settings (for the PyTorch
 * script). Read on the JavaFX thread; the frames and records are immutable, so a background task
 * may draw and write them.
 */
public final class RunFrames {
    private final RunHistory run;
    private final Supplier<PlotFrame> shown;

    RunFrames(RunHistory run, Supplier<PlotFrame> shown) {
        this.run = run;
        this.shown = shown;
    }

    /** The last record trained. */
    public int lastEpoch() {
        return run.last().epoch();
    }

    /**
     * The frames of records from, from + every, … and to (the run trained on to {@code to} first, up to
     * where it blows up), each drawn as the window
     * draws that record at rest: the run up to it, with the window's words, theme, cost scale and legend.
     */
    public List<PlotFrame> frames(int from, int to, int every) {
        PlotFrame look = shown.get();
        run.trainTo(to);   // epochs not trained yet are trained first, as Run to would; the epoch on screen stays
        int last = Math.min(to, lastEpoch());
        List<PlotFrame> frames = new ArrayList<>();
        for (int e : AnimationEpochs.of(Math.max(0, from), last, every)) {
            double learningRate = run.settingsAt(e).learningRate();
            frames.add(PlotFrame.at(run.surface(), run.upTo(e), learningRate, look.logCost()).withLegend(look.legend())
                    .withLanguage(look.language()).withTheme(look.theme()).withTest(look.test()));
        }
        return frames;
    }

    /** Every record of the run, 0 to the last, in order, one at a time (a long run is not held in memory at once). */
    public void forEachRecord(Consumer<EpochRecord> each) {
        for (int e = 0; e <= lastEpoch(); e++) {
            each.accept(run.record(e));
        }
    }

    /** The settings in force at the record on screen (the script writes the run with them). */
    public TrainingConfig settings() {
        return run.settings();
    }
}
