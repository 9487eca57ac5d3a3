package dev.descentfx.export;

import dev.descentfx.plot.ContourPlot;
import dev.descentfx.plot.CostCurvePlot;
import dev.descentfx.plot.CostHistoryPlot;
import dev.descentfx.plot.FittedLinePlot;
import dev.descentfx.plot.Plot;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every plot of the lesson's run at record 0 and record 10 (and a few other cases) as
 * PNGs, to look at: {@code java ... dev.descentfx.export.LessonPictures [folder]}, /tmp/plots by default.
 */
public final class LessonPictures {
    public static final List<Plot> PLOTS = List.of(new CostCurvePlot(), new FittedLinePlot(), new ContourPlot(),
            new CostHistoryPlot());

    /** Records 0..epochs of a run of {@code config}. */
    public static List<EpochRecord> run(TrainingConfig config, int epochs) {
        Trainer trainer = new Trainer(config);
        List<EpochRecord> records = new ArrayList<>();
        records.add(trainer.current());
        records.addAll(trainer.run(epochs));
        return records;
    }

    public static PlotFrame frame(List<EpochRecord> history, int record, boolean logCost) {
        return PlotFrame.at(Dataset.lesson(), history.subList(0, record + 1),
                history.get(record).learningRate(), logCost);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/plots");
        Files.createDirectories(dir);
        List<EpochRecord> lesson = run(TrainingConfig.lesson(), 1000);
        List<EpochRecord> noBias = run(TrainingConfig.lesson().withBias(false), 100);
        List<EpochRecord> blowUp = run(TrainingConfig.lesson().withLearningRate(0.2), 300);
        for (Plot plot : PLOTS) {
            for (int record : new int[] {0, 10, 1000}) {
                PlotImages.writePng(plot, frame(lesson, record, false), 600, 400, 1,
                        dir.resolve(plot.name() + "-" + record + ".png"));
            }
            PlotImages.writePng(plot, frame(lesson, 1000, true), 600, 400, 1, dir.resolve(plot.name() + "-1000-log.png"));
            PlotImages.writePng(plot, frame(noBias, 10, false), 600, 400, 1, dir.resolve(plot.name() + "-nobias-10.png"));
            PlotImages.writePng(plot, frame(blowUp, 300, true), 600, 400, 1, dir.resolve(plot.name() + "-blowup.png"));
        }
        System.out.println("wrote " + 6 * PLOTS.size() + " pictures to " + dir);
    }
}
