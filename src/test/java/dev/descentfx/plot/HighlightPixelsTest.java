package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.export.PlotImages;
import dev.descentfx.training.Call;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.Moment;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11: a lesson step's highlight shows in the rendered PNG where the thing it points at is,
 * and nowhere else. Each picture is taken twice, pointing at nothing and at the target: every
 * pixel that differs must lie within the band's reach of the target's place, worked out here from
 * the lesson's numbers (x = 1, 2, 3, y = 2, 4, 6: the cost's closed-form slope 2·mean((Wx − y)x), its
 * bottom at W = 2) through the plot's data-to-pixel axes, or for the code read back from the SVG's
 * text; and the highlight's own colour (its outline) must be seen along the target.
 */
class HighlightPixelsTest {
    private static final int WIDTH = 800, HEIGHT = 500;
    private static final float[] X = {1, 2, 3}, Y = {2, 4, 6};

    /** The lesson's cost at (W, b): mean((Wx + b − y)²). */
    private static double cost(double w, double b) {
        double sum = 0;
        for (int i = 0; i < X.length; i++) {
            sum += (w * X[i] + b - Y[i]) * (w * X[i] + b - Y[i]);
        }
        return sum / X.length;
    }

    /** ∂cost/∂W at (W, b): 2·mean((Wx + b − y)x). */
    private static double slope(double w, double b) {
        double sum = 0;
        for (int i = 0; i < X.length; i++) {
            sum += (w * X[i] + b - Y[i]) * X[i];
        }
        return 2 * sum / X.length;
    }

    /** Where the slice at b is least: Σ(y − b)x / Σx². */
    private static double bottom(double b) {
        double up = 0, down = 0;
        for (int i = 0; i < X.length; i++) {
            up += (Y[i] - b) * X[i];
            down += X[i] * X[i];
        }
        return up / down;
    }

    /** The band's reach from the target's centre line: half its width, the outline and anti-aliasing. */
    private static double reach(PlotFrame f) {
        return Halo.width(f.style()) / 2 + 3;
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class)
    void theTangentIsHaloedAlongItsSlopeAndNowhereElse(Theme theme) {
        PlotFrame f = LessonFrames.at(2).withTheme(theme);
        CostCurvePlot plot = new CostCurvePlot();
        Axes a = plot.axes(f, WIDTH, HEIGHT);
        double w = f.record().w(), b = f.record().b(), x = a.px(w), y = a.py(cost(w, b));
        double dx = (a.right - a.left) / a.x.span(), dy = -slope(w, b) * (a.bottom - a.top) / a.y.span();
        double len = Math.hypot(dx, dy);
        Line2D tangent = new Line2D.Double(x - 90 * dx / len, y - 90 * dy / len, x + 90 * dx / len, y + 90 * dy / len);
        onlyNear(plot, f, Highlight.TANGENT, List.of(tangent));
    }

    @Test
    void theUpdateArrowIsHaloedFromWToTheNextW() {
        PlotFrame f = LessonFrames.at(2);
        CostCurvePlot plot = new CostCurvePlot();
        Axes a = plot.axes(f, WIDTH, HEIGHT);
        double w = f.record().w(), next = w - 0.01 * slope(w, f.record().b()), arrowY = a.bottom - 16;
        onlyNear(plot, f, Highlight.UPDATE_ARROW, List.of(new Line2D.Double(a.px(w), arrowY, a.px(next), arrowY)));
    }

    @Test
    void theMinimumIsHaloedAtTheBottomOfTheSlice() {
        PlotFrame f = LessonFrames.at(40);
        CostCurvePlot plot = new CostCurvePlot();
        Axes a = plot.axes(f, WIDTH, HEIGHT);
        double b = f.record().b(), w = bottom(b), x = a.px(w), y = a.py(cost(w, b)) - 4;   // the mark stands 4 px up
        double radius = f.style().pointSize() / 2;   // the band's disc around the mark, the mark a point's size
        // a disc: the band's half-width beyond the mark's radius every way
        onlyNear(plot, f, Highlight.MINIMUM, List.of(new Line2D.Double(x, y, x, y)), radius);
    }

    @Test
    void theFittedLineIsHaloedAlongWx() {
        PlotFrame f = LessonFrames.at(5);
        FittedLinePlot plot = new FittedLinePlot();
        Axes a = plot.axes(f, WIDTH, HEIGHT);
        double w = f.record().w(), b = f.record().b();
        Line2D line = new Line2D.Double(a.left, a.py(w * a.x.min() + b), a.right, a.py(w * a.x.max() + b));
        onlyNear(plot, f, Highlight.FITTED_LINE, List.of(line));
    }

    @Test
    void theResidualsAreHaloedFromEachPointToTheLine() {
        PlotFrame f = LessonFrames.at(3);
        FittedLinePlot plot = new FittedLinePlot();
        Axes a = plot.axes(f, WIDTH, HEIGHT);
        double w = f.record().w(), b = f.record().b();
        List<Line2D> residuals = new ArrayList<>();
        for (int i = 0; i < X.length; i++) {
            residuals.add(new Line2D.Double(a.px(X[i]), a.py(Y[i]), a.px(X[i]), a.py(w * X[i] + b)));
        }
        onlyNear(plot, f, Highlight.RESIDUALS, residuals);
    }

    @Test
    void theCostCurveIsHaloedThroughEachEpochsCost() {
        PlotFrame f = LessonFrames.at(30);
        CostHistoryPlot plot = new CostHistoryPlot();
        Axes a = plot.axes(f, WIDTH, HEIGHT);
        List<Line2D> pieces = new ArrayList<>();
        List<EpochRecord> h = f.history();
        for (int i = 1; i < h.size(); i++) {   // each epoch's cost from its W, by the closed form
            pieces.add(new Line2D.Double(a.px(h.get(i - 1).epoch()), a.py(cost(h.get(i - 1).w(), h.get(i - 1).b())),
                    a.px(h.get(i).epoch()), a.py(cost(h.get(i).w(), h.get(i).b()))));
        }
        onlyNear(plot, f, Highlight.COST_CURVE, pieces);
    }

    /** The code panel: the band covers the row the SVG writes {@code optimizer.zero_grad()} in, and no other row. */
    @ParameterizedTest
    @EnumSource(value = Highlight.class, names = {"ZERO_GRAD_LINE", "BACKWARD_LINE", "STEP_LINE"})
    void aLineOfCodeIsHaloedOnItsOwnRow(Highlight target) {
        Moment backward = new Trainer(TrainingConfig.lesson()).stepByCalls().stream()
                .filter(m -> m.call() == Call.BACKWARD).findFirst().orElseThrow();
        PlotFrame f = LessonFrames.at(1).withMoment(backward);
        String code = switch (target) {
            case ZERO_GRAD_LINE -> "optimizer.zero_grad()";
            case BACKWARD_LINE -> "cost.backward()";
            default -> "optimizer.step()";
        };
        List<SvgText.Shown> texts = SvgText.shown(PlotImages.svg(new CodePlot(), f, WIDTH, HEIGHT));
        Rectangle2D row = texts.stream().filter(t -> t.text().strip().equals(code)).findFirst().orElseThrow().box();
        BufferedImage before = PlotImages.png(new CodePlot(), f, WIDTH, HEIGHT, 1);
        BufferedImage after = PlotImages.png(new CodePlot(), f.withHighlight(target), WIDTH, HEIGHT, 1);
        double top = Double.MAX_VALUE, bottom = -1;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        assertThat(bottom).as("something changed for %s", target).isGreaterThan(0);
        assertThat(top).as("the band starts just above the row of %s", code).isBetween(row.getMinY() - 12, row.getMinY());
        // below the line: its value's row ("# W.grad = …") when the values are written under the lines
        assertThat(bottom).as("and ends below it").isBetween(row.getMaxY(), row.getMaxY() + 2 * row.getHeight() + 12);
        for (String other : List.of("optimizer.zero_grad()", "cost.backward()", "optimizer.step()",
                "cost = torch.mean((hypothesis - y_train) ** 2)")) {
            if (!other.equals(code)) {
                Rectangle2D o = texts.stream().filter(t -> t.text().strip().equals(other)).findFirst().orElseThrow().box();
                assertThat(o.getCenterY() < top || o.getCenterY() > bottom).as("%s's row is not under the band", other).isTrue();
            }
        }
        int outline = Halo.colour(f.theme()).getRGB() & 0xFFFFFF;
        assertThat(LessonFrames.colourNear(after, row.getMinX() - 30, row.getMinY() - 4, 8, outline))
                .as("the outline's colour above the row").isTrue();
    }

    @Test
    void aPlotWithoutTheTargetIsLeftAsItWas() {
        PlotFrame f = LessonFrames.at(3);
        for (Highlight elsewhere : List.of(Highlight.RESIDUALS, Highlight.ZERO_GRAD_LINE, Highlight.CRITICAL_ALPHA)) {
            assertThat(LessonFrames.differingPixels(PlotImages.png(new CostCurvePlot(), f, WIDTH, HEIGHT, 1),
                    PlotImages.png(new CostCurvePlot(), f.withHighlight(elsewhere), WIDTH, HEIGHT, 1)))
                    .as("cost(W) pointing at %s", elsewhere).isZero();
        }
        assertThat(LessonFrames.differingPixels(PlotImages.png(new FittedLinePlot(), f, WIDTH, HEIGHT, 1),
                PlotImages.png(new FittedLinePlot(), f.withHighlight(Highlight.TANGENT), WIDTH, HEIGHT, 1))).isZero();
    }

    /**
     * Every pixel that changes when {@code f} points at {@code target} is within the band's reach of
     * one of {@code pieces}; many pixels change; and the outline's own colour is seen beside the pieces.
     */
    private static void onlyNear(Plot plot, PlotFrame f, Highlight target, List<Line2D> pieces) {
        onlyNear(plot, f, target, pieces, 0);
    }

    private static void onlyNear(Plot plot, PlotFrame f, Highlight target, List<Line2D> pieces, double radius) {
        BufferedImage before = PlotImages.png(plot, f, WIDTH, HEIGHT, 1);
        BufferedImage after = PlotImages.png(plot, f.withHighlight(target), WIDTH, HEIGHT, 1);
        double reach = reach(f) + radius;
        BiPredicate<Integer, Integer> near = (x, y) -> pieces.stream()
                .anyMatch(p -> p.ptSegDist(x + 0.5, y + 0.5) <= reach);
        int changed = 0;
        List<String> astray = new ArrayList<>();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (before.getRGB(x, y) != after.getRGB(x, y)) {
                    changed++;
                    if (!near.test(x, y) && astray.size() < 5) {
                        astray.add("(" + x + ", " + y + ")");
                    }
                }
            }
        }
        assertThat(astray).as("%s: pixels changed away from the target", target).isEmpty();
        double length = pieces.stream().mapToDouble(p -> p.getP1().distance(p.getP2())).sum();
        assertThat(changed).as("%s: the band covers much of the target", target)
                .isGreaterThan((int) (0.4 * Math.min(length + 2 * radius, WIDTH) * Halo.width(f.style())));
        int outline = Halo.colour(f.theme()).getRGB() & 0xFFFFFF;
        Line2D longest = pieces.stream().max((p, q) -> Double.compare(p.getP1().distance(p.getP2()),
                q.getP1().distance(q.getP2()))).orElseThrow();
        Point2D mid = new Point2D.Double((longest.getX1() + longest.getX2()) / 2, (longest.getY1() + longest.getY2()) / 2);
        assertThat(LessonFrames.colourNear(after, mid.getX(), mid.getY(), (int) Math.ceil(reach), outline))
                .as("%s: the outline's colour next to the middle of the target", target).isTrue();
    }
}
