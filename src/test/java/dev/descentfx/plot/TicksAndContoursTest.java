package dev.descentfx.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.descentfx.training.TrainingConfig;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import org.junit.jupiter.api.Test;

class TicksAndContoursTest {

    @Test
    void ticksAreNiceNumbers() {
        assertThat(Ticks.niceStep(10, 5)).isEqualTo(2);
        assertThat(Ticks.niceStep(2.6, 6)).isCloseTo(0.5, within(1e-12));
        assertThat(Ticks.niceStep(3e26, 4)).isCloseTo(1e26, within(1e12));
        assertThat(Ticks.tick(0.5, 0.5)).isEqualTo("0.5");
        assertThat(Ticks.tick(-0.25, 0.05)).isEqualTo("−0.25");
        assertThat(Ticks.tick(1e-17, 0.5)).isEqualTo("0");
        assertThat(Ticks.tick(5e25, 5e25)).isEqualTo("5e25");
        assertThat(Ticks.decade(-6)).isEqualTo("10⁻⁶");
        assertThat(Ticks.decade(-2)).isEqualTo("10⁻²");
        assertThat(Ticks.decade(3)).isEqualTo("10³");
    }

    @Test
    void valuesAreWrittenForPeopleByTheOneRule() {
        assertThat(Numbers.value(0.18666)).isEqualTo("0.1867");
        assertThat(Numbers.value(-18.666666)).isEqualTo("−18.6667");
        assertThat(Numbers.value(-1e-9 * 0)).isEqualTo("0.0000");
        assertThat(Numbers.value(Double.NaN)).isEqualTo("NaN");
        assertThat(Numbers.value(Double.NEGATIVE_INFINITY)).isEqualTo("−∞");
        assertThat(Numbers.value(0.18666, -1)).isEqualTo("0.187");   // a place shorter, for the graph's small boxes
        assertThat(Numbers.decimal(Numbers.value(-0.0004))).isEqualByComparingTo("-0.0004");
        assertThat(Numbers.decimal(Numbers.value(3.4e38))).isEqualByComparingTo("3.4e38");
    }

    @Test
    void rangesIgnoreNonFiniteValuesAndClampHugeOnes() {
        Range r = new Range.Builder().add(Double.NaN).add(1).add(Double.POSITIVE_INFINITY).add(3).build(0, 1);
        assertThat(r).isEqualTo(new Range(1, 3));
        assertThat(new Range.Builder().add(1e300).add(-1e300).build(0, 1)).isEqualTo(new Range(-Range.LIMIT, Range.LIMIT));
        assertThat(new Range.Builder().add(Double.NaN).build(-1, 3)).isEqualTo(new Range(-1, 3));
        assertThat(new Range.Builder().add(2).build(0, 1).span()).isPositive();
    }

    /** Every point of a traced contour has the level's cost, by the direct sum over the data. */
    @Test
    void contourLinesHaveTheirLevelsCost() {
        for (boolean bias : new boolean[] {true, false}) {
            PlotFrame f = LessonFrames.at(LessonFrames.run(TrainingConfig.lesson().withBias(bias), 3), 3, false);
            for (double level : new double[] {0.01, 1, 18}) {
                Shape line = CostBowl.contour(f.surface(), level, 10);
                assertThat(line).isNotNull();
                double[] p = new double[6];
                int points = 0;
                for (PathIterator it = line.getPathIterator(null, 1e-4); !it.isDone(); it.next()) {
                    if (it.currentSegment(p) != PathIterator.SEG_CLOSE) {
                        double cost = directCost(p[0], bias ? p[1] : 0);
                        assertThat(cost).isCloseTo(level, within(level * 1e-3));
                        points++;
                    }
                }
                assertThat(points).isGreaterThan(3);
            }
        }
    }

    // cost(W, b) = mean((Wx + b − y)²) over the lesson's x = 1, 2, 3 and y = 2, 4, 6, written out
    private static double directCost(double w, double b) {
        double r1 = w + b - 2, r2 = 2 * w + b - 4, r3 = 3 * w + b - 6;
        return (r1 * r1 + r2 * r2 + r3 * r3) / 3;
    }
}
