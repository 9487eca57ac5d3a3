package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.export.PlotImages;
import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The numbers written on the plots, read back from their SVG text. */
class PlotNumbersTest {
    private static final Pattern TEXT = Pattern.compile("<text[^>]*?x=['\"]([-0-9.]+)['\"][^>]*?y=['\"]([-0-9.]+)['\"][^>]*>([^<]*)</text>");

    record Text(double x, double y, String text) {
    }

    static List<Text> texts(Plot plot, PlotFrame f, int width, int height) {
        List<Text> out = new ArrayList<>();
        Matcher m = TEXT.matcher(PlotImages.svg(plot, f, width, height));
        while (m.find()) {
            out.add(new Text(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), unescape(m.group(3))));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&#x2212;", "−").replace("&apos;", "'");
    }

    static String allText(Plot plot, PlotFrame f) {
        StringBuilder sb = new StringBuilder();
        texts(plot, f, 800, 500).forEach(t -> sb.append(t.text()).append('\n'));
        return sb.toString();
    }

    // four decimals with a typeset minus: how the titles write a value (the one rule, plot.Numbers)
    private static String four(double v) {
        return String.format(Locale.US, "%.4f", v).replace('-', '−');
    }

    @Test
    void aMarkMidwayBetweenRecordsWritesTheShownRecordsNumbers() {
        EpochRecord from = LessonFrames.LESSON.get(1), to = LessonFrames.LESSON.get(2);
        CostSurface surface = CostSurface.of(Dataset.lesson(), true);
        double w = (from.w() + to.w()) / 2, b = (from.b() + to.b()) / 2;
        PlotFrame midway = new PlotFrame(surface, LessonFrames.LESSON.subList(0, 3), to, w, b,
                (from.gradW() + to.gradW()) / 2, (from.gradB() + to.gradB()) / 2, 0.01, false, null);
        assertThat(four(w)).isNotEqualTo(four(to.w()));
        for (Plot plot : PlotsTest.ALL) {
            String text = allText(plot, midway);
            assertThat(text).as(plot.name()).doesNotContain(four(w)).doesNotContain(four(b));
        }
        assertThat(allText(new ContourPlot(), midway)).contains("W = " + four(to.w()), "b = " + four(to.b()));
        assertThat(allText(new CostCurvePlot(), midway)).contains("W = " + four(to.w()), "∇W = " + four(to.gradW()),
                "at b = " + four(to.b()));
        assertThat(allText(new FittedLinePlot(), midway)).contains("H(x) = " + four(to.w()) + "x + " + four(to.b()));
        assertThat(allText(new CostHistoryPlot(), midway)).contains("epoch 2", "cost = " + four(to.cost()));
    }

    /** Record 0 of the lesson by hand: ∇W = 2·mean(−y·x) = −56/3, so the step is −0.01 × (−18.67) = +0.1867. */
    @Test
    void theArrowIsTheNamedNextStep() {
        assertThat(allText(new CostCurvePlot(), LessonFrames.at(0)))
                .contains("next step: −α∇W = −0.01 × (−18.6667) = +0.1867");
    }

    /** Wherever the step's label goes, it keeps clear of the point, at every size tried. */
    @Test
    void theStepsLabelNeverCoversThePoint() {
        CostCurvePlot plot = new CostCurvePlot();
        Font font = PlotStyle.CLASSROOM.labelFont();
        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics().getFontMetrics(font);
        int labelled = 0;
        for (int record : new int[] {0, 1, 5, 30, 100}) {
            for (int[] size : new int[][] {{800, 500}, {600, 400}, {420, 320}, {320, 260}}) {
                PlotFrame f = LessonFrames.at(record);
                Axes a = plot.axes(f, size[0], size[1]);
                double px = a.px(f.w()), py = a.py(f.surface().cost(f.w(), f.b()));
                double r = PlotStyle.CLASSROOM.pointSize() / 2 + 3;   // the disc and a little air
                for (Text t : texts(plot, f, size[0], size[1])) {
                    if (t.text().contains("step") || t.text().startsWith("+") || t.text().startsWith("−α")) {
                        labelled++;
                        Rectangle2D box = new Rectangle2D.Double(t.x(), t.y() - fm.getAscent(),
                                fm.stringWidth(t.text()), fm.getHeight());
                        assertThat(box.intersects(px - r, py - r, 2 * r, 2 * r))
                                .as("'%s' at record %d, %s", t.text(), record, size[0]).isFalse();
                    }
                }
            }
        }
        assertThat(labelled).isGreaterThanOrEqualTo(15);
    }

    /**
     * Without zero_grad W.grad piles up: record k holds the sum of the slopes at records 0..k. The
     * cost curve then labels the true slope (the direct derivative written here) and W.grad apart.
     */
    @Test
    void aPiledUpGradientIsDrawnBesideTheTrueSlope() {
        PlotFrame f = piledUp(6);
        EpochRecord r = f.record();
        double truth = 0;   // (2/m) Σ (W·xᵢ + b − yᵢ)·xᵢ over x = 1, 2, 3 and y = 2, 4, 6
        for (int x = 1; x <= 3; x++) {
            truth += 2.0 / 3 * (r.w() * x + r.b() - 2 * x) * x;
        }
        String text = allText(new CostCurvePlot(), f);
        assertThat(number(text, "true slope ")).isCloseTo(truth, within(Math.abs(truth) * 1e-3));
        assertThat(number(text, "W.grad ")).isCloseTo(r.gradW(), within(Math.abs(r.gradW()) * 1e-3));
        assertThat(text).contains("(piled up)", "−α·W.grad");
        assertThat(Math.abs(r.gradW() - truth)).isGreaterThan(10);   // the case is worth a picture
        // with zero_grad, W.grad is the slope: one tangent, no second label
        assertThat(allText(new CostCurvePlot(), LessonFrames.at(6))).doesNotContain("piled up", "true slope");
        // and the dashed line is there in the picture: warning-coloured pixels only in the piled-up case
        int warning = PlotStyle.CLASSROOM.warning().getRGB() & 0xFFFFFF;
        assertThat(LessonFrames.count(LessonFrames.picture(new CostCurvePlot(), f, 800, 500), warning, 10))
                .isGreaterThan(LessonFrames.count(LessonFrames.picture(new CostCurvePlot(), LessonFrames.at(6), 800, 500),
                        warning, 10) + 100);
    }

    @Test
    void theFittedLineWritesEachPointsShareAndTheirSum() {
        String text = allText(new FittedLinePlot(), LessonFrames.at(0));
        // at W = b = 0 the residuals are −2, −4, −6: shares 2·r·x/3 and 2·r/3, summing to −56/3 and −8. Four
        // decimals, as ∇W is written: −1.3333 − 5.3333 − 12.0000 = −18.6666 is not the −18.6667 beside it, so
        // the ∇W shares get a fifth (−18.66666 rounds to −18.6667); −1.3333 − 2.6667 − 4.0000 is −8.0000
        assertThat(text.split("\n")).contains("−1.33333", "−5.33333", "−12.00000", "−1.3333", "−2.6667", "−4.0000");
        assertThat(text).contains("Σ = ∇W = −18.6667", "Σ = ∇b = −8.0000");
    }

    private static double number(String text, String before) {
        Matcher m = Pattern.compile(Pattern.quote(before) + "(−?[0-9.]+)").matcher(text);
        assertThat(m.find()).as("'%s' in %s", before, text).isTrue();
        return Double.parseDouble(m.group(1).replace('−', '-'));
    }

    /** A run that skips zero_grad, in double: W.grad after k epochs is the sum of the k + 1 slopes so far. */
    static PlotFrame piledUp(int epochs) {
        CostSurface s = CostSurface.of(Dataset.lesson(), true);
        List<EpochRecord> h = new ArrayList<>();
        double w = 0, b = 0, gradW = 0, gradB = 0;
        for (int k = 0; k <= epochs; k++) {
            for (int x = 1; x <= 3; x++) {
                gradW += 2.0 / 3 * (w * x + b - 2 * x) * x;
                gradB += 2.0 / 3 * (w * x + b - 2 * x);
            }
            h.add(new EpochRecord(k, new float[] {(float) w}, (float) b, (float) s.cost(w, b), new float[] {(float) gradW},
                    (float) gradB, 0.01f, true, GradientMode.AUTOGRAD));
            w -= 0.01 * gradW;
            b -= 0.01 * gradB;
        }
        return PlotFrame.at(s, h, 0.01, false);
    }
}
