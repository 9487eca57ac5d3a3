package dev.descentfx.plot;

import dev.descentfx.i18n.Language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.autograd.Graph;
import dev.descentfx.export.PlotImages;
import dev.descentfx.training.Call;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Moment;
import dev.descentfx.training.Trainer;
import dev.descentfx.training.TrainingConfig;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The graph as the window shows it, 676 × 489 at 1024 × 768 and 1092 × 621 at 1440 × 900 (measured in
 * the window: InsideWindowTest prints them): text a classroom reads, every box inside the picture, none
 * on another, no arrow through a box.
 */
class GraphLayoutTest {
    static final List<TrainingConfig> GRAPHS = List.of(TrainingConfig.lesson(), TrainingConfig.lesson().withBias(false),
            TrainingConfig.lesson().withZeroGrad(false), twentyPoints());

    @Test
    void at676By489TheTextIsAtLeast16PxInRowsAndNothingOverlaps() {
        for (TrainingConfig config : GRAPHS.subList(0, 3)) {   // the lesson's three points
            for (Moment m : epochOne(config)) {
                GraphLayout layout = layout(m.graph(), 676, 489);
                String what = config.bias() + " " + config.data().size() + " points after " + m.call();
                assertThat(layout.font().getSize2D()).as(what).isGreaterThanOrEqualTo(16);
                assertThat(layout.shown()).as(what + ": three values a box").isEqualTo(3);
                boolean costToo = m.graph().nodes().size() > 5;   // after forward() the graph ends at hypothesis
                if (costToo) {
                    assertThat(layout.rows()).as(what + ": rows, not one squeezed row").isGreaterThan(1);
                }
                fitsAndKeepsApart(layout, 676, 489, what);
            }
        }
    }

    @Test
    void twentyPointsAskForMoreRoomAndGetTheirTextThere() {
        Moment backward = backward(twentyPoints());
        PlotFrame frame = LessonFrames.at(1).withMoment(backward);
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        double[] room = new GraphPlot().roomNeeded(g, 676, 489, frame);
        g.dispose();
        assertThat(room).as("wider numbers than the lesson's need more than 676 × 489").isNotNull();
        GraphLayout layout = layout(backward.graph(), room[0], room[1]);
        assertThat(layout.font().getSize2D()).isGreaterThanOrEqualTo(16);
        fitsAndKeepsApart(layout, room[0], room[1], "20 points at " + room[0] + " × " + room[1]);
        // in the window's 676 × 489 it is said, or drawn with fewer values per vector, never drawn small
        String small = PlotImages.svg(new GraphPlot(), frame, 676, 489);
        if (!small.contains("Too small to read")) {
            assertThat(SvgText.shown(small)).as("not drawn small").allSatisfy(t -> assertThat(t.size()).isGreaterThanOrEqualTo(16));
            assertThat(small).contains("… of 20");
        }
    }

    @Test
    void at1092By621TheTextGrowsAndNothingOverlaps() {
        for (TrainingConfig config : GRAPHS.subList(0, 3)) {
            Moment backward = backward(config);
            GraphLayout layout = layout(backward.graph(), 1092, 621);
            assertThat(layout.font().getSize2D()).isGreaterThan(layout(backward.graph(), 676, 489).font().getSize2D());
            fitsAndKeepsApart(layout, 1092, 621, config.bias() + " " + config.data().size() + " points");
        }
    }

    @Test
    void aWideExportKeepsMicrogradsOneRow() {
        for (TrainingConfig config : List.of(TrainingConfig.lesson(), TrainingConfig.lesson().withBias(false))) {
            GraphLayout layout = layout(backward(config).graph(), 1600, 450);
            assertThat(layout.rows()).isEqualTo(1);
            assertThat(layout.font().getSize2D()).isGreaterThanOrEqualTo(16);
            fitsAndKeepsApart(layout, 1600, 450, "1600 × 450, bias " + config.bias());
        }
    }

    @Test
    void theSvgWritesEveryValueAtLeast16PxAt676By489() {
        // read back from the picture itself: each number in a box, and its font size
        Moment backward = backward(TrainingConfig.lesson());
        PlotFrame frame = LessonFrames.at(1).withMoment(backward);
        String svg = PlotImages.svg(new GraphPlot(), frame, 676, 489);
        Matcher text = Pattern.compile("font-size: ([0-9.]+)px[^>]*>([^<]*)<").matcher(svg);
        int numbers = 0;
        while (text.find()) {
            if (text.group(2).matches("[−-]?[0-9]+\\.[0-9]{4}|None|[1-7]")) {
                numbers++;
                assertThat(Double.parseDouble(text.group(1))).as(text.group(2)).isGreaterThanOrEqualTo(16);
            }
        }
        // data and grad of the nine tensors: x_train 1 2 3 None, y_train 2 4 6 None, W and b 1 + 1 each,
        // mul add sub pow 3 + 3 each, mean 1 + 1; and the seven visit numbers 1–7 after backward()
        assertThat(numbers).isEqualTo(8 + 4 + 24 + 2 + 7);
    }

    @Test
    void moreDataShowsTheFirstValuesInThreeRows() {
        assertThat(GraphPlot.shown(new float[] {1, 2, 3}, 3, true, PlotWords.of(Language.EN))).containsExactly("1", "2", "3");
        assertThat(GraphPlot.shown(new float[20], 3, false, PlotWords.of(Language.EN)))
                .containsExactly("0.0000", "0.0000", "… of 20");
        assertThat(GraphPlot.shown(new float[20], 3, false, PlotWords.of(Language.KO)))
                .containsExactly("0.0000", "0.0000", "… 총 20개");
    }

    /** Every box and badge inside the picture, above the legend; no two boxes meet; no arrow crosses a box. */
    private static void fitsAndKeepsApart(GraphLayout layout, double width, double height, String what) {
        Rectangle2D picture = new Rectangle2D.Double(0, GraphLayout.top(width) - 12, width, height - 24
                - GraphLayout.top(width) + 12);   // under the title, over the legend's baseline
        List<Rectangle2D.Double> boxes = layout.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D.Double box = boxes.get(i);
            assertThat(picture.contains(box)).as("%s: box %d %s inside", what, i, box).isTrue();
            assertThat(picture.contains(GraphLayout.badge(box, layout.line()).getBounds2D()))
                    .as("%s: badge %d inside", what, i).isTrue();
            for (int j = 0; j < boxes.size(); j++) {
                Rectangle2D inner = inset(boxes.get(j));
                if (j != i) {
                    assertThat(box.intersects(boxes.get(j))).as("%s: boxes %d and %d", what, i, j).isFalse();
                    assertThat(GraphLayout.badge(box, layout.line()).intersects(inner))
                            .as("%s: badge of %d on box %d", what, i, j).isFalse();
                }
            }
        }
        for (List<Point2D.Double> arrow : layout.arrows()) {
            for (int k = 0; k + 1 < arrow.size(); k++) {
                Line2D.Double segment = new Line2D.Double(arrow.get(k), arrow.get(k + 1));
                for (Rectangle2D.Double box : boxes) {
                    assertThat(segment.intersects(inset(box))).as("%s: arrow %s through %s", what, arrow, box).isFalse();
                }
            }
        }
    }

    private static Rectangle2D inset(Rectangle2D.Double box) {
        return new Rectangle2D.Double(box.x + 1, box.y + 1, box.width - 2, box.height - 2);
    }

    /** The layout GraphPlot draws: measured in a Graphics2D set up as every plot sets it up. */
    static GraphLayout layout(Graph graph, double width, double height) {
        BufferedImage image = new BufferedImage((int) width, (int) height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try (Draw.Saved saved = Draw.begin(g, width, height, PlotStyle.CLASSROOM)) {
            GraphLayout layout = GraphLayout.of(g, graph, PlotStyle.CLASSROOM.labelFont(), width, height, PlotWords.of(Language.EN));
            assertThat(layout).isNotNull();
            return layout;
        } finally {
            g.dispose();
        }
    }

    /** Epoch 1's calls that have a graph, and backward() half-way through. */
    static List<Moment> epochOne(TrainingConfig config) {
        List<Moment> moments = new ArrayList<>();
        for (Moment m : new Trainer(config).stepByCalls()) {
            if (m.graph() != null) {
                moments.add(m);
            }
        }
        Moment backward = backward(config);
        Graph half = backward.graph().partway(3, null);
        moments.add(new Moment(backward.epoch(), Call.BACKWARD, backward.settings(), backward.weights(), backward.b(),
                backward.gradW(), backward.gradB(), backward.hypothesis(), backward.cost(), half));
        return moments;
    }

    static Moment backward(TrainingConfig config) {
        return new Trainer(config).stepByCalls().stream().filter(m -> m.call() == Call.BACKWARD).findFirst().orElseThrow();
    }

    private static TrainingConfig twentyPoints() {
        float[] x = new float[20], y = new float[20];
        for (int i = 0; i < 20; i++) {
            x[i] = i + 1;
            y[i] = 3 * (i + 1) + 0.5f;
        }
        return new TrainingConfig(Dataset.of(x, y), new float[1], 0f, true, 0.001, GradientMode.AUTOGRAD, 0);
    }
}
