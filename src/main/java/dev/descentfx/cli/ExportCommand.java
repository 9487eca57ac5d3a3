package dev.descentfx.cli;

import dev.descentfx.export.AnimationEpochs;
import dev.descentfx.export.PlotImages;
import dev.descentfx.plot.CodePlot;
import dev.descentfx.plot.ContourPlot;
import dev.descentfx.plot.CostCurvePlot;
import dev.descentfx.plot.CostHistoryPlot;
import dev.descentfx.plot.FittedLinePlot;
import dev.descentfx.plot.FormulaPlot;
import dev.descentfx.plot.GraphPlot;
import dev.descentfx.plot.Plot;
import dev.descentfx.i18n.Language;
import dev.descentfx.plot.PlotFrame;
import dev.descentfx.plot.Theme;
import dev.descentfx.session.Session;
import dev.descentfx.session.SessionReplay;
import dev.descentfx.training.Call;
import dev.descentfx.training.CostSurface;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Moment;
import dev.descentfx.training.Run;
import dev.descentfx.training.TestSet;
import dev.descentfx.training.TrainingConfig;
import java.awt.AWTError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code descentfx export}: trains a run and draws one of the window's plots at one epoch into a
 * PNG or SVG file, with no screen. The picture is the window's own: the same {@link Plot#draw}
 * of the same {@link PlotFrame} (the run's trace up to record N, at rest on it, as the window draws it). The code, graph and formula
 * pictures show one call inside epoch N ({@code --phase}).
 */
@Command(name = "export", sortOptions = false,
        description = "Draw a plot of a run at one epoch into a PNG or SVG file, with no window.",
        footer = {"", "Example: descentfx export --plot fitted-line --epoch 10 --out fit.png --scale 2"})
public final class ExportCommand implements Callable<Integer> {

    /**
     * The window's plots, in its order; {@code --plot} takes their names. Made only when the
     * command runs: a plot's fonts and colours start AWT, which must first hear it is headless.
     */
    static List<Plot> allPlots() {
        return List.of(new CostCurvePlot(), new FittedLinePlot(), new ContourPlot(), new CostHistoryPlot());
    }

    /** The pictures of one call inside an epoch; {@code --phase} picks the call. Not part of {@code all}. */
    static List<Plot> insidePlots() {
        return List.of(new CodePlot(), new GraphPlot(), new FormulaPlot());
    }

    /** Exit code when drawing itself fails (AWT was told there is a display and there is none). */
    public static final int CANNOT_DRAW = 1;
    /** Exit code when a picture could not be written (no right to write there, a full disk). */
    public static final int CANNOT_WRITE = 1;

    /** The smallest --size whose plots can still be read (their labels and ticks fit). */
    static final int MIN_WIDTH = 320;
    static final int MIN_HEIGHT = 200;
    private static final Pattern SIZE = Pattern.compile("([0-9]{1,5})x([0-9]{1,5})");
    private static final int LARGEST_SIDE = 8_000;     // in pixels: 8000 × 8000 ARGB is 256 MB

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Mixin
    SessionOption session;

    /** The saved session --session runs (its epoch on screen is the default --epoch), or null. */
    private Session saved;
    /** The run's settings at epoch 0, once read. */
    private TrainingConfig runConfig;

    @Option(names = "--plot", required = true, paramLabel = "PLOT",
            description = "cost-curve, fitted-line, contour, cost-history, or all (then --out is a folder); "
                    + "code, graph or formula draw one call inside an epoch (see --phase).")
    String plot;

    @Option(names = "--epoch", paramLabel = "N",
            description = "The record to show, 0 to --epochs (default: the last); the plots draw the run up to N.")
    Integer epoch;

    @Option(names = "--phase", paramLabel = "CALL",
            description = "With --plot code, graph or formula: the call just run in epoch N, forward, cost, zero_grad, "
                    + "backward or step (by hand: forward, cost, gradient or step; epoch 0 also start). "
                    + "Default: backward (gradient by hand), where the record is taken.")
    String phase;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "FILE.png or FILE.svg (the extension picks the format); with --plot all, a folder.")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", description = "Layout size (default: ${DEFAULT-VALUE}).")
    String size = "800x500";

    @Option(names = "--scale", paramLabel = "S",
            description = "PNG pixels per layout unit: 1, 2 or 4 (default: ${DEFAULT-VALUE}).")
    int scale = 1;

    @Option(names = "--svg", description = "With --plot all: write SVG files instead of PNG.")
    boolean svg;

    @Option(names = "--log-cost", description = "Draw the cost against epoch on a log axis.")
    boolean logCost;

    @Option(names = "--from", paramLabel = "A", description = "With --out FILE.gif: the first epoch of the animation (default: 0).")
    Integer from;

    @Option(names = "--to", paramLabel = "B", description = "With --out FILE.gif: the last epoch (default: --epochs).")
    Integer to;

    @Option(names = "--every", paramLabel = "K", description = "With --out FILE.gif: a frame every K epochs, and B (default: 1).")
    Integer every;

    @Option(names = "--fps", paramLabel = "F", description = "With --out FILE.gif: frames per second (default: 10).")
    Double fps;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "The pictures' words: en (English) or ko (Korean, 한국어); default: the system locale's.")
    String lang;

    @Option(names = "--theme", paramLabel = "THEME", description = "The pictures' colours and lines, as the window's "
            + "theme: ${COMPLETION-CANDIDATES} (projector: high contrast, thick lines; default: ${DEFAULT-VALUE}).")
    Theme theme = Theme.LIGHT;

    @Override
    public Integer call() {
        // Java2D draws into images without a display, as long as AWT is told before it starts.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // Every check comes before training and drawing, so bad input never leaves a file behind.
        List<Plot> plots = plots();
        int[] wh = size();
        if (scale != 1 && scale != 2 && scale != 4) {
            throw bad("--scale must be 1, 2 or 4, not " + scale);
        }
        if (wh[0] * scale > LARGEST_SIDE || wh[1] * scale > LARGEST_SIDE) {
            throw bad("--size " + size + " at --scale " + scale + " is " + wh[0] * scale + "×" + wh[1] * scale
                    + " pixels; keep each side within " + LARGEST_SIDE);
        }
        saved = session.read(run);
        if (saved != null) {
            // the session's picture: up to its Run-to epoch or as far as it was trained, its words, colours and cost scale
            run.useSession(saved.settings(), Math.max(saved.runTo(), saved.trainedTo()));
            if (!spec.commandLine().getParseResult().hasMatchedOption("--theme")) {
                theme = saved.view().theme();
            }
            logCost |= saved.view().logCost();
        }
        TrainingConfig config = run.config();
        runConfig = config;   // --data is read once
        if (config.data().features() != 1) {
            throw bad("the plots draw one feature, but the data has " + config.data().features() + " ("
                    + String.join(", ", config.data().featureNames()) + "); pick one with --features");
        }
        if (lang != null && !lang.equalsIgnoreCase("en") && !lang.equalsIgnoreCase("ko")) {
            throw bad("--lang must be en or ko, not " + lang);
        }
        Language language = lang != null ? Language.of(lang) : saved != null ? saved.view().language() : Language.system();
        if (extension(out).equals("gif")) {
            return gif(plots, wh, config, language);
        }
        if (from != null || to != null || every != null || fps != null) {
            throw bad("--from, --to, --every and --fps make an animation: give --out a .gif file");
        }
        int shown = epoch != null ? epoch : saved != null ? saved.epoch() : run.epochs();
        if (shown < 0 || shown > run.epochs()) {
            throw bad("--epoch must be between 0 and --epochs (" + run.epochs() + "), not " + shown);
        }
        boolean inside = insidePlots().stream().anyMatch(p -> p.name().equals(plot));
        if (phase != null && !inside) {
            throw bad("--phase is for --plot code, graph or formula (a call inside an epoch), not " + plot);
        }
        Call call = inside ? call(config, shown) : null;
        boolean all = plots.size() > 1;
        List<Path> files = all ? folderFiles(plots) : List.of(singleFile());

        List<EpochRecord> history;
        EpochRecord blewUp = null;
        Moment moment = null;
        if (inside) {
            EpochMoments.Shown at = moments(shown, call);
            history = at.history();
            moment = at.moment();
        } else {
            // the window's run and trace: the same records drawn, and it keeps the last finite state on
            // screen, dropping the one that blew up; so does export
            Run trained = trained(shown);
            history = trained.trace(trained.last().epoch());
            if (trained.last().epoch() < shown) {
                blewUp = trained.extend();
            }
        }
        EpochRecord last = history.get(history.size() - 1);
        // At rest on record N, with the run's α for the step arrow: what the window shows there.
        PlotFrame frame = PlotFrame.at(CostSurface.of(config), history, settingsAt(last.epoch()).learningRate(), logCost).withMoment(moment)
                .withLanguage(language).withTheme(theme).withTest(TestSet.of(config));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(RecordPrinter.pytorchLine(last.epoch(), run.epochs(), last.weights(), last.bias(), last.b(),
                last.cost()));
        try {
            for (int i = 0; i < plots.size(); i++) {
                write(plots.get(i), frame, wh, files.get(i));
                stdout.println("wrote " + files.get(i) + " (" + plots.get(i).name() + ", " + pixels(files.get(i), wh) + ")");
            }
        } catch (IOException e) {
            // one line naming the file and why; SafeFile left nothing behind
            stdout.flush();
            spec.commandLine().getErr().println("descentfx export: " + e.getMessage());
            return CANNOT_WRITE;
        } catch (AWTError e) {
            // Only when headless was turned off by hand (-Djava.awt.headless=false) and no display answers.
            stdout.flush();
            spec.commandLine().getErr().println("descentfx export: cannot draw: " + String.valueOf(e.getMessage()).replaceAll("\\.$", "")
                    + "; leave out -Djava.awt.headless=false, export needs no display");
            return CANNOT_DRAW;
        }
        stdout.flush();
        if (blewUp != null || !last.isFinite()) {
            int where = blewUp != null ? blewUp.epoch() : last.epoch();
            spec.commandLine().getErr().println(TrainCommand.divergence(where, settingsAt(where)).replace(" train:", " export:")
                    + "; the picture shows epoch " + last.epoch() + (blewUp != null ? ", the last before it" : ""));
            return TrainCommand.DIVERGED;
        }
        return 0;
    }

    private int gif(List<Plot> plots, int[] wh, TrainingConfig config, Language language) {
        boolean inside = insidePlots().stream().anyMatch(p -> p.name().equals(plot));
        if (plots.size() != 1 || inside || epoch != null || phase != null || svg) {
            throw bad("an animation shows one of " + allPlots().stream().map(Plot::name).collect(Collectors.joining(", "))
                    + " from --from to --to (not --plot all, --epoch, --phase or --svg)");
        }
        int a = from == null ? 0 : from, b = to == null ? run.epochs() : to, k = every == null ? 1 : every;
        if (a < 0 || b > run.epochs() || a > b) {
            throw bad("--from and --to must satisfy 0 ≤ A ≤ B ≤ --epochs (" + run.epochs() + "), not " + a + " and " + b);
        }
        if (k < 1) {
            throw bad("--every must be 1 or more, not " + k);
        }
        double f = fps == null ? 10 : fps;
        if (!(f > 0 && f <= 50)) {
            throw bad("--fps must be above 0 and at most 50, not " + f);
        }
        GifExport gif = new GifExport(plots.get(0), a, b, k, f, wh[0], wh[1], scale, logCost, language, theme);
        if (gif.frames() > AnimationEpochs.MAX_FRAMES) {
            throw bad("--from " + a + " --to " + b + " --every " + k + " makes " + gif.frames() + " frames; keep it within "
                    + AnimationEpochs.MAX_FRAMES + " (a larger --every, or a shorter stretch)");
        }
        Path file = singleFile();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            GifExport.Written written = gif.write(trained(b), config, file);
            int drawn = written.lastEpoch();
            stdout.println("wrote " + file + " (" + plots.get(0).name() + ", " + written.frames() + " frames of "
                    + wh[0] * scale + "×" + wh[1] * scale + " pixels at " + f + " per second)");
            stdout.flush();
            if (drawn < b) {
                spec.commandLine().getErr().println(TrainCommand.divergence(drawn + 1, settingsAt(drawn)).replace(" train:", " export:")
                        + "; the animation ends at epoch " + drawn + ", the last before it");
                return TrainCommand.DIVERGED;
            }
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("descentfx export: " + e.getMessage());
            return CANNOT_WRITE;
        }
    }

    private Call call(TrainingConfig config, int shown) {
        try {
            return EpochMoments.call(phase, config.mode(), shown);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    /** The run trained up to record {@code to}: a saved session's with its changes, else the options' run. */
    private Run trained(int to) {
        return saved != null ? SessionReplay.run(saved, to) : EpochMoments.trained(runConfig, to);
    }

    /** The settings in force at record {@code e} (a session's may change on the way). */
    private TrainingConfig settingsAt(int e) {
        return saved != null ? saved.settingsAt(e) : runConfig;
    }

    private EpochMoments.Shown moments(int shown, Call call) {
        try {
            return EpochMoments.at(this::trained, shown, call);
        } catch (IllegalStateException e) {
            throw bad("--epoch " + shown + ": " + e.getMessage());
        }
    }

    private List<Plot> plots() {
        List<Plot> all = new ArrayList<>(allPlots());
        if (plot.equals("all")) {
            return allPlots();
        }
        all.addAll(insidePlots());
        return all.stream().filter(p -> p.name().equals(plot)).findFirst().map(List::of)
                .orElseThrow(() -> bad("--plot '" + plot + "' is not a plot; choose one of "
                        + all.stream().map(Plot::name).collect(Collectors.joining(", ")) + " or all"));
    }

    private int[] size() {
        Matcher m = SIZE.matcher(size);
        if (!m.matches()) {
            throw bad("--size must be WIDTHxHEIGHT in whole units, like 800x500, not '" + size + "'");
        }
        int w = Integer.parseInt(m.group(1)), h = Integer.parseInt(m.group(2));
        if (w < MIN_WIDTH || h < MIN_HEIGHT) {   // below this the axis labels overlap and the plot cannot be read
            throw bad("--size " + size + " is too small to read; give at least " + MIN_WIDTH + "x" + MIN_HEIGHT
                    + " (use --scale for more pixels)");
        }
        return new int[] {w, h};
    }

    private Path singleFile() {
        if (Files.isDirectory(out)) {
            throw bad("--out " + out + " is a folder; name a .png or .svg file (a folder is for --plot all)");
        }
        String format = extension(out);
        if (!format.equals("png") && !format.equals("svg") && !format.equals("gif")) {
            throw bad("--out " + out + ": name a .png, .svg or .gif file; the extension picks the format");
        }
        if (svg && !format.equals("svg")) {
            throw bad("--svg is for --plot all; for one plot the extension of --out picks the format");
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw bad("--out " + out + ": the folder " + folder + " does not exist; create it first");
        }
        return out;
    }

    /** With --plot all, {@code <out>/<plot-name>.png} (or .svg) for every plot; the folder is made if missing. */
    private List<Path> folderFiles(List<Plot> plots) {
        String format = svg ? "svg" : "png";
        if (format.equals(extension(out)) || (!svg && extension(out).equals("svg"))) {
            throw bad("--plot all writes " + plots.size() + " files into a folder: give --out a folder, not " + out);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw bad("--out " + out + " is a file; --plot all needs a folder to write " + plots.size() + " files into");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw bad("--out " + out + ": cannot create this folder (" + e.getMessage() + "); check the path and your rights");
        }
        return plots.stream().map(p -> out.resolve(p.name() + "." + format)).toList();
    }

    private void write(Plot plot, PlotFrame frame, int[] wh, Path file) throws IOException {
        if (extension(file).equals("svg")) {
            PlotImages.writeSvg(plot, frame, wh[0], wh[1], file);
        } else {
            PlotImages.writePng(plot, frame, wh[0], wh[1], scale, file);
        }
    }

    private String pixels(Path file, int[] wh) {
        return extension(file).equals("svg") ? wh[0] + "×" + wh[1] + " SVG"
                : wh[0] * scale + "×" + wh[1] * scale + " pixels";
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private ParameterException bad(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
