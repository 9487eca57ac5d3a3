package dev.descentfx.plot;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The mapping from data to pixels for one plot, and its grid, ticks and axis labels. The plot
 * area leaves room for a title above, tick labels and the x label below, and the y label on
 * the left. Tests use {@link #px} and {@link #py} to find where a value is drawn.
 *
 * <p>On a log axis {@code y} holds exponents (log10 of cost); values at or below
 * {@code logFloor} (cost 0, say) are drawn at the floor.
 */
public final class Axes {
    /** The left margin at least (it widens to hold the y tick labels), right, top and bottom margins. */
    static final double LEFT = 64, RIGHT = 24, TOP = 46, BOTTOM = 62;
    /** The y axis's name, turned on its side, is drawn in the band from x = TITLE_X, as wide as a line of it. */
    static final double TITLE_X = 6, TICK_GAP = 8;
    /** Below this width the numbers beside a title go on a second header line (see {@link Draw#title}). */
    static final double NARROW = 560, SECOND_LINE = 28;
    private static final double MAX_PIXELS = 1e6;   // keeps Java2D away from absurd coordinates

    public final double left, top, right, bottom;
    public final Range x, y;
    public final boolean logY;
    private final double logFloor;
    private final AxisTicks xTicks, yTicks;

    private Axes(double width, double height, Range x, Range y, boolean logY, double logFloor, boolean wholeX) {
        // the layout is measured with the classroom fonts (every plot's in every theme), so screen, PNG and SVG
        // agree and a theme never moves anything
        PlotStyle s = PlotStyle.CLASSROOM;
        this.top = top(width);
        this.bottom = Math.max(top, height - BOTTOM);
        this.yTicks = logY ? AxisTicks.decades(y, bottom - top, s.tickFont())
                : AxisTicks.linear(y, bottom - top, false, s.tickFont(), 0);
        // room for the turned axis name, a gap, the widest y label and the gap to the axis
        double nameBand = TITLE_X + s.labelFont().getSize2D() * 1.25 + 6;
        this.left = Math.min(Math.max(LEFT, Math.ceil(nameBand + yTicks.widest() + TICK_GAP)), Math.max(LEFT, width / 3));
        this.right = Math.max(left, width - RIGHT);
        this.xTicks = AxisTicks.linear(x, right - left, true, s.tickFont(), wholeX ? 1 : 0);
        this.x = xTicks.range();   // a narrow range may have grown out to whole ticks
        this.y = logY ? y : yTicks.range();
        this.logY = logY;
        this.logFloor = logFloor;
    }

    /** The labels under the x axis, left to right (for tests). */
    public List<String> xTickLabels() {
        return xTicks.labels();
    }

    /** The labels beside the y axis, bottom to top (for tests). */
    public List<String> yTickLabels() {
        return yTicks.labels();
    }

    /** Where the plotting area starts: lower in a narrow picture, whose header has two lines. */
    static double top(double width) {
        return width < NARROW ? TOP + SECOND_LINE : TOP;
    }

    /** Linear axes over x and y in a width × height picture. */
    public static Axes linear(double width, double height, Range x, Range y) {
        return new Axes(width, height, x, y, false, 0, false);
    }

    /** Linear axes whose x counts something whole (epochs): its ticks are whole numbers. */
    public static Axes linearCounting(double width, double height, Range x, Range y) {
        return new Axes(width, height, x, y, false, 0, true);
    }

    /**
     * A linear x axis and a log y axis covering whole decades from the smallest positive
     * finite value to the largest; values ≤ 0 are drawn at the bottom.
     */
    public static Axes logY(double width, double height, Range x, double smallestPositive, double largest) {
        return logY(width, height, x, smallestPositive, largest, false);
    }

    /** {@link #logY}, and with whole-number ticks across if {@code wholeX} (epochs). */
    public static Axes logY(double width, double height, Range x, double smallestPositive, double largest,
                            boolean wholeX) {
        double lo = smallestPositive > 0 && Double.isFinite(smallestPositive) ? smallestPositive : 1e-3;
        double hi = largest > 0 && Double.isFinite(largest) ? Math.max(largest, lo) : Math.max(1, lo);
        int loExp = (int) Math.max(-300, Math.floor(Math.log10(lo)));
        int hiExp = (int) Math.min(300, Math.ceil(Math.log10(hi)));
        if (hiExp - loExp < AxisTicks.AT_LEAST - 1) {   // room below for the descent, and four labelled decades
            loExp = hiExp - (AxisTicks.AT_LEAST - 1);
        }
        return new Axes(width, height, x, new Range(loExp, hiExp), true, Math.pow(10, loExp), wholeX);
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

    /** The data y at pixel row {@code pixel} (on a log axis: the value, not its exponent). */
    public double yAt(double pixel) {
        double v = y.min() + (bottom - pixel) / (bottom - top) * y.span();
        return logY ? Math.pow(10, v) : v;
    }

    /** True when pixel (px, py) lies in the plot area, its edges included. */
    public boolean contains(double px, double py) {
        return px >= left && px <= right && py >= top && py <= bottom;
    }

    private static double clampPixels(double p) {
        return Double.isNaN(p) ? -MAX_PIXELS : Math.max(-MAX_PIXELS, Math.min(MAX_PIXELS, p));
    }

    /** Restricts drawing to the plot area (the caller restores the clip). */
    public void clip(Graphics2D g) {
        Draw.clip(g, Math.floor(left), Math.floor(top), Math.ceil(right - left) + 1, Math.ceil(bottom - top) + 1);
    }

    /** Grid lines, the two axis lines, tick labels, and the axis names. */
    public void draw(Graphics2D g, PlotStyle s, String xLabel, String yLabel) {
        Line2D.Double line = new Line2D.Double();
        g.setFont(s.tickFont());
        FontMetrics fm = g.getFontMetrics();
        // y ticks first: an x label that would touch one (at the corner) is left out
        List<Rectangle2D> yBoxes = new ArrayList<>();
        for (int i = 0; i < yTicks.values().size(); i++) {
            double t = yTicks.values().get(i);
            double p = logY ? bottom - (t - y.min()) / y.span() * (bottom - top) : py(t);
            g.setPaint(s.grid());
            g.setStroke(s.gridStroke());
            line.setLine(left, p, right, p);
            g.draw(line);
            String label = yTicks.labels().get(i);
            double w = TextWidths.of(fm, label), baseline = p + fm.getAscent() / 2.0 - 2;
            g.setPaint(s.mutedText());
            Draw.text(g, label, (float) (left - TICK_GAP - w), (float) baseline);
            yBoxes.add(new Rectangle2D.Double(left - TICK_GAP - w, baseline - fm.getAscent(), w, fm.getAscent() + fm.getDescent()));
        }
        for (int i = 0; i < xTicks.values().size(); i++) {
            double t = xTicks.values().get(i);
            double p = px(t);
            g.setPaint(s.grid());
            g.setStroke(s.gridStroke());
            line.setLine(p, top, p, bottom);
            g.draw(line);
            String label = xTicks.labels().get(i);
            double w = TextWidths.of(fm, label), baseline = bottom + 6 + fm.getAscent();
            Rectangle2D box = new Rectangle2D.Double(p - w / 2, baseline - fm.getAscent(), w, fm.getAscent() + fm.getDescent());
            if (yBoxes.stream().noneMatch(box::intersects)) {
                g.setPaint(s.mutedText());
                Draw.text(g, label, (float) (p - w / 2.0), (float) baseline);
            }
        }
        // the axis lines
        g.setPaint(s.axis());
        g.setStroke(s.thinStroke());
        line.setLine(left, bottom, right, bottom);
        g.draw(line);
        line.setLine(left, top, left, bottom);
        g.draw(line);
        // the axis names: x under its tick labels, y turned, left of its tick labels
        g.setFont(s.labelFont());
        g.setPaint(s.text());
        fm = g.getFontMetrics();
        Draw.text(g, xLabel, (float) ((left + right) / 2 - TextWidths.of(fm, xLabel) / 2.0),
                (float) (bottom + 32 + fm.getAscent()));
        AffineTransform saved = g.getTransform();
        g.translate(TITLE_X + fm.getAscent(), (top + bottom) / 2);
        g.rotate(-Math.PI / 2);
        Draw.text(g, yLabel, (float) (-TextWidths.of(fm, yLabel) / 2.0), 0f);
        g.setTransform(saved);
    }
}
