package dev.descentfx.plot;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;

/**
 * The mapping from data to pixels for one plot, and its grid, ticks and axis labels. The plot
 * area leaves room for a title above, tick labels and the x label below, and the y label on
 * the left. Tests use {@link #px} and {@link #py} to find where a value is drawn.
 *
 * <p>On a log axis {@code y} holds exponents (log10 of cost); values at or below
 * {@code logFloor} (cost 0, say) are drawn at the floor.
 */
public final class Axes {
    static final double LEFT = 78, RIGHT = 22, TOP = 44, BOTTOM = 60;
    /** Below this width the numbers beside a title go on a second header line (see {@link Draw#title}). */
    static final double NARROW = 560, SECOND_LINE = 26;
    private static final double MAX_PIXELS = 1e6;   // keeps Java2D away from absurd coordinates

    public final double left, top, right, bottom;
    public final Range x, y;
    public final boolean logY;
    private final double logFloor;

    private Axes(double width, double height, Range x, Range y, boolean logY, double logFloor) {
        this.left = LEFT;
        this.top = top(width);
        this.right = Math.max(LEFT, width - RIGHT);
        this.bottom = Math.max(top, height - BOTTOM);
        this.x = x;
        this.y = y;
        this.logY = logY;
        this.logFloor = logFloor;
    }

    /** Where the plotting area starts: lower in a narrow picture, whose header has two lines. */
    static double top(double width) {
        return width < NARROW ? TOP + SECOND_LINE : TOP;
    }

    /** Linear axes over x and y in a width × height picture. */
    public static Axes linear(double width, double height, Range x, Range y) {
        return new Axes(width, height, x, y, false, 0);
    }

    /**
     * A linear x axis and a log y axis covering whole decades from the smallest positive
     * finite value to the largest; values ≤ 0 are drawn at the bottom.
     */
    public static Axes logY(double width, double height, Range x, double smallestPositive, double largest) {
        double lo = smallestPositive > 0 && Double.isFinite(smallestPositive) ? smallestPositive : 1e-3;
        double hi = largest > 0 && Double.isFinite(largest) ? Math.max(largest, lo) : Math.max(1, lo);
        int loExp = (int) Math.max(-300, Math.floor(Math.log10(lo)));
        int hiExp = (int) Math.min(300, Math.ceil(Math.log10(hi)));
        if (hiExp <= loExp) {
            hiExp = loExp + 1;
        }
        return new Axes(width, height, x, new Range(loExp, hiExp), true, Math.pow(10, loExp));
    }

    /** True when the plot area is big enough to draw into. */
    public boolean usable() {
        return right - left >= 10 && bottom - top >= 10;
    }

    public double px(double vx) {
        return clampPixels(left + (vx - x.min()) / x.span() * (right - left));
    }

    public double py(double vy) {
        double v = logY ? Math.log10(Math.max(vy, logFloor)) : vy;
        return clampPixels(bottom - (v - y.min()) / y.span() * (bottom - top));
    }

    /** The data x at pixel column {@code pixel}. */
    public double xAt(double pixel) {
        return x.min() + (pixel - left) / (right - left) * x.span();
    }

    private static double clampPixels(double p) {
        return Double.isNaN(p) ? -MAX_PIXELS : Math.max(-MAX_PIXELS, Math.min(MAX_PIXELS, p));
    }

    /** Restricts drawing to the plot area (the caller restores the clip). */
    public void clip(Graphics2D g) {
        g.clipRect((int) Math.floor(left), (int) Math.floor(top), (int) Math.ceil(right - left) + 1,
                (int) Math.ceil(bottom - top) + 1);
    }

    /** Grid lines, the two axis lines, tick labels, and the axis names. */
    public void draw(Graphics2D g, PlotStyle s, String xLabel, String yLabel) {
        Line2D.Double line = new Line2D.Double();
        g.setFont(s.tickFont());
        FontMetrics fm = g.getFontMetrics();
        // x ticks
        double xStep = Ticks.niceStep(x.span(), (int) Math.max(2, (right - left) / 90));
        double xFirst = Math.ceil(x.min() / xStep) * xStep;
        for (int i = 0; i < 100 && xFirst + i * xStep <= x.max() + xStep * 1e-9; i++) {
            double t = xFirst + i * xStep;
            double p = px(t);
            g.setPaint(s.grid());
            g.setStroke(s.gridStroke());
            line.setLine(p, top, p, bottom);
            g.draw(line);
            String label = Ticks.tick(t, xStep);
            g.setPaint(s.mutedText());
            g.drawString(label, (float) (p - TextWidths.of(fm, label) / 2.0), (float) (bottom + 6 + fm.getAscent()));
        }
        // y ticks
        double yStep = logY ? Math.max(1, Math.ceil(y.span() / Math.max(2, (bottom - top) / 40)))
                : Ticks.niceStep(y.span(), (int) Math.max(2, (bottom - top) / 55));
        double yFirst = Math.ceil(y.min() / yStep) * yStep;
        for (int i = 0; i < 100 && yFirst + i * yStep <= y.max() + yStep * 1e-9; i++) {
            double t = yFirst + i * yStep;
            double p = logY ? bottom - (t - y.min()) / y.span() * (bottom - top) : py(t);
            g.setPaint(s.grid());
            g.setStroke(s.gridStroke());
            line.setLine(left, p, right, p);
            g.draw(line);
            String label = logY ? Ticks.decade((int) Math.round(t)) : Ticks.tick(t, yStep);
            g.setPaint(s.mutedText());
            g.drawString(label, (float) (left - 8 - TextWidths.of(fm, label)), (float) (p + fm.getAscent() / 2.0 - 2));
        }
        // the axis lines
        g.setPaint(s.axis());
        g.setStroke(s.thinStroke());
        line.setLine(left, bottom, right, bottom);
        g.draw(line);
        line.setLine(left, top, left, bottom);
        g.draw(line);
        // the axis names
        g.setFont(s.labelFont());
        g.setPaint(s.text());
        fm = g.getFontMetrics();
        g.drawString(xLabel, (float) ((left + right) / 2 - TextWidths.of(fm, xLabel) / 2.0),
                (float) (bottom + 30 + fm.getAscent()));
        AffineTransform saved = g.getTransform();
        g.translate(18 + fm.getAscent() / 2.0, (top + bottom) / 2);
        g.rotate(-Math.PI / 2);
        g.drawString(yLabel, (float) (-TextWidths.of(fm, yLabel) / 2.0), (float) (fm.getAscent() / 2.0 - 2));
        g.setTransform(saved);
    }
}
