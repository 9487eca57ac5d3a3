package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.export.PlotImages;
import dev.descentfx.training.EpochRecord;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The four plots of the run read from the back of a room, checked in their SVG (what the file and
 * the window show): at the sizes the 1024×768 window gives them at 100 % (measured there:
 * ReadableWindowTest prints them), at 4× those sizes, and at the size one plot gets at 250 %:
 * no text under 16 px, at least four labelled ticks on every axis 200 px long or more, and no
 * tick label touching another or an axis name.
 */
class ReadablePlotsTest {
    /** Width × height of each plot in the 1024×768 window at 100 %. */
    static final int[][] WINDOW = {{334, 489}, {334, 489}, {311, 290}, {311, 248}};
    /** One plot filling the main area at 250 % on 1024×768, in the plot's own pixels. */
    static final int[] PRESENTING = {400, 240};
    private static final Pattern TEXT = Pattern.compile("(<g transform='matrix\\(([^)]*)\\)'>)?<text x='([-0-9.E]+)' y='([-0-9.E]+)'"
            + " style='[^']*font-size: ([0-9.]+)px;[^']*'[^>]*>([^<]*)</text>");
    private static final Pattern TICK = Pattern.compile("−?[0-9.]+(e−?[0-9]+)?|10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** A text of the SVG and the box it covers on the page. */
    record Shown(String text, double size, boolean turned, Rectangle2D box) {
    }

    static List<Shown> shown(String svg) {
        List<Shown> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            String text = m.group(6).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'");
            double x = Double.parseDouble(m.group(3)), y = Double.parseDouble(m.group(4)), size = Double.parseDouble(m.group(5));
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) size);
            double w = font.getStringBounds(text, FRC).getWidth();
            var lm = font.getLineMetrics(text, FRC);
            Rectangle2D local = new Rectangle2D.Double(x, y - lm.getAscent(), w, lm.getAscent() + lm.getDescent());
            Rectangle2D box = local;
            boolean turned = m.group(2) != null && !m.group(2).startsWith("1.0,0.0,0.0,1.0");
            if (m.group(2) != null) {
                String[] k = m.group(2).split(",");
                var t = new java.awt.geom.AffineTransform(Double.parseDouble(k[0]), Double.parseDouble(k[1]),
                        Double.parseDouble(k[2]), Double.parseDouble(k[3]), Double.parseDouble(k[4]), Double.parseDouble(k[5]));
                box = t.createTransformedShape(local).getBounds2D();
            }
            out.add(new Shown(text, size, turned, box));
        }
        return out;
    }

    interface WithAxes extends Plot {
        Axes axes(PlotFrame f, double width, double height);
    }

    private static List<Object[]> plots() {
        CostCurvePlot curve = new CostCurvePlot();
        FittedLinePlot line = new FittedLinePlot();
        ContourPlot contour = new ContourPlot();
        CostHistoryPlot history = new CostHistoryPlot();
        List<Object[]> all = new ArrayList<>();
        all.add(new Object[] {curve, (AxesOf) curve::axes, WINDOW[0]});
        all.add(new Object[] {line, (AxesOf) line::axes, WINDOW[1]});
        all.add(new Object[] {contour, (AxesOf) contour::axes, WINDOW[2]});
        all.add(new Object[] {history, (AxesOf) history::axes, WINDOW[3]});
        return all;
    }

    interface AxesOf {
        Axes of(PlotFrame f, double width, double height);
    }

    private static List<PlotFrame> frames() {
        List<EpochRecord> h = LessonFrames.LESSON;
        return List.of(LessonFrames.at(h, 0, false), LessonFrames.at(h, 0, true), LessonFrames.at(h, 3, false),
                LessonFrames.at(h, 30, true), LessonFrames.at(h, 100, false), LessonFrames.at(h, 100, true));
    }

    @Test
    void everyPlotIsReadableAtTheWindowsSizesAt4xAndPresenting() {
        int checkedAxes = 0;
        for (Object[] p : plots()) {
            Plot plot = (Plot) p[0];
            int[] window = (int[]) p[2];
            for (int[] size : List.of(window, new int[] {4 * window[0], 4 * window[1]}, PRESENTING)) {
                for (PlotFrame f : frames()) {
                    String where = plot.name() + " " + size[0] + "×" + size[1] + " epoch " + f.record().epoch()
                            + (f.logCost() ? " log" : "");
                    Axes a = ((AxesOf) p[1]).of(f, size[0], size[1]);
                    List<Shown> texts = shown(PlotImages.svg(plot, f, size[0], size[1]));
                    assertThat(texts.stream().mapToDouble(Shown::size).min().orElseThrow())
                            .as("smallest text of " + where).isGreaterThanOrEqualTo(16);
                    List<Shown> across = new ArrayList<>(), up = new ArrayList<>(), names = new ArrayList<>();
                    for (Shown t : texts) {
                        double cx = t.box().getCenterX(), cy = t.box().getCenterY();
                        if (t.turned()) {
                            names.add(t);
                        } else if (TICK.matcher(t.text()).matches() && cy > a.bottom && cy < a.bottom + 30
                                && cx > a.left - 30 && cx < a.right + 30) {
                            across.add(t);
                        } else if (TICK.matcher(t.text()).matches() && t.box().getMaxX() <= a.left + 1
                                && cy > a.top - 12 && cy < a.bottom + 12) {
                            up.add(t);
                        } else if (cy > a.bottom + 30 && cy < a.bottom + Axes.BOTTOM) {
                            names.add(t);   // the x axis's name
                        }
                    }
                    if (a.right - a.left >= 200) {
                        assertThat(across).as("labelled ticks across " + where).hasSizeGreaterThanOrEqualTo(4);
                        checkedAxes++;
                    }
                    if (a.bottom - a.top >= 200) {
                        assertThat(up).as("labelled ticks up " + where).hasSizeGreaterThanOrEqualTo(4);
                        checkedAxes++;
                    }
                    assertThat(names).as("the axis names of " + where).hasSize(2);
                    if (plot instanceof CostCurvePlot || plot instanceof CostHistoryPlot) {
                        assertThat(up).as("a cost is never negative: " + where).noneMatch(t -> t.text().startsWith("−"));
                    }
                    List<Shown> ticks = new ArrayList<>(across);
                    ticks.addAll(up);
                    for (int i = 0; i < ticks.size(); i++) {
                        for (Shown other : ticks.subList(i + 1, ticks.size())) {
                            assertThat(ticks.get(i).box().intersects(other.box()))
                                    .as("'%s' and '%s' in %s", ticks.get(i).text(), other.text(), where).isFalse();
                        }
                        for (Shown name : names) {
                            assertThat(ticks.get(i).box().intersects(name.box()))
                                    .as("'%s' and the axis name '%s' in %s", ticks.get(i).text(), name.text(), where).isFalse();
                        }
                    }
                }
            }
        }
        assertThat(checkedAxes).isGreaterThan(40);
    }

    @Test
    void theLogAxisWritesEveryDecadeOneWay() {
        for (int i : new int[] {0, 30, 100}) {
            Axes a = new CostHistoryPlot().axes(LessonFrames.at(LessonFrames.LESSON, i, true), 311, 400);
            assertThat(a.yTickLabels()).hasSizeGreaterThanOrEqualTo(4).allMatch(s -> s.matches("10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+"));
        }
    }
}
