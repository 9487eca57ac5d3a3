package dev.descentfx.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts short labels where they can be read: inside the plot area and clear of the marks (the
 * point, the ring where the step lands, the tangents) and of the labels placed before. Each label comes as
 * wordings from longest to shortest and spots to try in order; the first wording that fits at
 * some spot is drawn, so a narrow picture gets the short form rather than an overlap.
 */
final class LabelPlacer {
    private final PlotStyle style;
    private final Rectangle2D area;
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Line2D> lines = new ArrayList<>();

    LabelPlacer(PlotStyle style, Axes a) {
        this.style = style;
        this.area = new Rectangle2D.Double(a.left + 2, a.top + 2, a.right - a.left - 4, a.bottom - a.top - 4);
    }

    /** Keeps labels off the disc of {@code radius} about (x, y). */
    LabelPlacer avoid(double x, double y, double radius) {
        taken.add(new Rectangle2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
        return this;
    }

    /** Keeps labels from being crossed by the line from (x1, y1) to (x2, y2). */
    LabelPlacer avoid(Line2D line) {
        lines.add(line);
        return this;
    }

    /**
     * Draws the first of {@code wordings} that fits at the first spot where it does, and returns
     * it; null if none fits anywhere. A spot is {x, baseline y} (text centred on x) or
     * {x, baseline y, side}: side +1 starts the text at x, −1 ends it there.
     */
    String place(Graphics2D g, Color color, List<String> wordings, double[]... spots) {
        g.setFont(style.labelFont());
        FontMetrics fm = g.getFontMetrics();
        for (String text : wordings) {
            double w = TextWidths.of(fm, text);
            for (double[] spot : spots) {
                double centre = spot[0] + (spot.length > 2 ? spot[2] * (w / 2 + 3) : 0);
                Rectangle2D box = new Rectangle2D.Double(centre - w / 2 - 3, spot[1] - fm.getAscent(), w + 6,
                        fm.getHeight());
                if (area.contains(box) && taken.stream().noneMatch(box::intersects)
                        && lines.stream().noneMatch(l -> l.intersects(box))) {
                    taken.add(box);
                    Draw.label(g, style, text, centre, spot[1], color);
                    return text;
                }
            }
        }
        return null;
    }
}
