package dev.descentfx.plot;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Small drawing steps every plot shares: keeping the caller's Graphics2D state, the title line,
 * points, arrows and notes. Plain Java2D, so it paints a window, a PNG and an SVG alike.
 */
final class Draw {
    private Draw() {
    }

    /** The parts of a Graphics2D's state a plot changes; {@link #close} puts them back. */
    static final class Saved implements AutoCloseable {
        private final Graphics2D g;
        private final AffineTransform transform;
        private final Shape clip;
        private final Paint paint;
        private final Stroke stroke;
        private final Font font;
        private final Composite composite;
        private final RenderingHints hints;

        Saved(Graphics2D g) {
            this.g = g;
            transform = g.getTransform();
            clip = g.getClip();
            paint = g.getPaint();
            stroke = g.getStroke();
            font = g.getFont();
            composite = g.getComposite();
            hints = (RenderingHints) g.getRenderingHints().clone();
        }

        @Override
        public void close() {
            g.setTransform(transform);
            g.setClip(clip);
            g.setPaint(paint);
            g.setStroke(stroke);
            g.setFont(font);
            g.setComposite(composite);
            g.setRenderingHints(hints);
        }
    }

    /**
     * Starts a plot: saves g's state, turns antialiasing on and fills the background. Returns
     * null (after restoring) if the rectangle is empty or not a number.
     */
    static Saved begin(Graphics2D g, double width, double height, PlotStyle s) {
        if (!(width >= 1 && height >= 1) || width > 1e5 || height > 1e5) {
            return null;
        }
        Saved saved = new Saved(g);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setComposite(AlphaComposite.SrcOver);
        clip(g, 0, 0, Math.ceil(width), Math.ceil(height));
        g.setPaint(s.background());
        g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
        return saved;
    }

    /** Runs {@code paint} between {@link #begin} and the restore of g's state; nothing for an empty rectangle. */
    /** {@code measure} run with g's hints set as a picture draws (so text measures the same), g left as it was. */
    static <T> T measured(Graphics2D g, java.util.function.Supplier<T> measure) {
        try (Saved saved = new Saved(g)) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            return measure.get();
        }
    }

    static void framed(Graphics2D g, double width, double height, PlotStyle s, Runnable paint) {
        Saved saved = begin(g, width, height, s);
        if (saved != null) {
            try (saved) {
                paint.run();
            }
        }
    }

    /**
     * The title at the top left and {@code detail} (the current numbers) in {@code detailColor}:
     * at the top right, or on a second line under the title in a narrow picture.
     */
    static void title(Graphics2D g, PlotStyle s, double width, String title, String detail, Color detailColor) {
        g.setFont(s.titleFont());
        FontMetrics fm = g.getFontMetrics();
        float baseline = (float) (Axes.TOP / 2 + fm.getAscent() / 2.0 - 1);
        g.setPaint(s.text());
        text(g, title, 14f, baseline);
        if (detail != null && !detail.isEmpty()) {
            int titleWidth = TextWidths.of(fm, title);
            g.setFont(s.labelFont());
            FontMetrics dm = g.getFontMetrics();
            double x = width - Axes.RIGHT - TextWidths.of(dm, detail);
            g.setPaint(detailColor);
            if (width < Axes.NARROW) {
                text(g, fitted(dm, detail, width - 14 - Axes.RIGHT), 14f, (float) (baseline + Axes.SECOND_LINE));
            } else if (x > 14 + titleWidth + 24) {
                text(g, detail, (float) x, baseline);
            }
        }
    }

    /**
     * A detail line that fits {@code room} px: whole if it does, else without its first parts (they
     * are separated by four spaces, "epoch 3    cost = 9.2573    test = 0.6123"), so the last, the
     * newest number, is never cut.
     */
    static String fitted(FontMetrics fm, String detail, double room) {
        String d = detail;
        int cut;
        while (TextWidths.of(fm, d) > room && (cut = d.indexOf("    ")) >= 0) {
            d = d.substring(cut + 4);
        }
        return d;
    }

    /**
     * {@code text} with its baseline starting at (x, y) in g's font, the glyphs that font lacks in
     * its {@linkplain Fonts#runs fallback}, each run placed after the one before as
     * {@link TextWidths#of} measures it. An SVG keeps the text whole (a viewer finds the missing
     * glyphs itself, and the file's text still reads "−18.6667"), its width measured the same way.
     */
    static void text(Graphics2D g, String text, double x, double y) {
        Font font = g.getFont();
        java.util.List<Fonts.Run> runs = Fonts.runs(font, text);
        if (runs.size() == 1 || g instanceof org.jfree.svg.SVGGraphics2D) {
            g.drawString(text, (float) x, (float) y);
            return;
        }
        FontMetrics fm = g.getFontMetrics();
        for (Fonts.Run run : runs) {
            g.setFont(run.font());
            g.drawString(run.text(), (float) x, (float) y);
            x += TextWidths.run(fm, run);
        }
        g.setFont(font);
    }

    /** A filled disc of diameter {@code size} centred on (x, y), with a rim of the background so it stands out. */
    static void point(Graphics2D g, PlotStyle s, double x, double y, double size, Color fill) {
        Ellipse2D.Double disc = new Ellipse2D.Double(x - size / 2, y - size / 2, size, size);
        g.setPaint(fill);
        g.fill(disc);
        g.setPaint(s.background());
        g.setStroke(s.thinStroke());   // as thick as the thin lines: 2 px, a projector's 3.5 px
        g.draw(disc);
    }

    /** A hollow ring of diameter {@code size} centred on (x, y). */
    static void ring(Graphics2D g, double x, double y, double size, Color color, Stroke stroke) {
        g.setPaint(color);
        g.setStroke(stroke);
        g.draw(new Ellipse2D.Double(x - size / 2, y - size / 2, size, size));
    }

    /** A line from (x1, y1) to (x2, y2) with a filled head at the second end. */
    static void arrow(Graphics2D g, double x1, double y1, double x2, double y2, double head, Color color,
                      Stroke stroke) {
        double dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy);
        if (!(len > 0.5)) {
            return;
        }
        double ux = dx / len, uy = dy / len;
        double h = Math.min(head, len);
        g.setPaint(color);
        g.setStroke(stroke);
        if (len > h) {
            g.draw(new Line2D.Double(x1, y1, x2 - ux * h * 0.8, y2 - uy * h * 0.8));
        }
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(x2, y2);
        tip.lineTo(x2 - ux * h - uy * h * 0.5, y2 - uy * h + ux * h * 0.5);
        tip.lineTo(x2 - ux * h + uy * h * 0.5, y2 - uy * h - ux * h * 0.5);
        tip.closePath();
        g.fill(tip);
    }

    /** Text in a soft box whose top left corner is at (x, y): for notes inside the plot area. */
    static void note(Graphics2D g, PlotStyle s, String text, double x, double y, Color color) {
        g.setFont(s.labelFont());
        FontMetrics fm = g.getFontMetrics();
        double w = TextWidths.of(fm, text) + 16, h = fm.getHeight() + 8;
        RoundRectangle2D.Double box = new RoundRectangle2D.Double(x, y, w, h, 10, 10);
        g.setPaint(PlotStyle.withAlpha(s.background(), 0.92));
        g.fill(box);
        g.setPaint(PlotStyle.withAlpha(color, 0.6));
        g.setStroke(new java.awt.BasicStroke(1.5f));
        g.draw(box);
        g.setPaint(color);
        text(g, text, (float) (x + 8), (float) (y + 4 + fm.getAscent()));
    }

    /** Text centred horizontally on x with its baseline at y, on a background-coloured halo. */
    static void label(Graphics2D g, PlotStyle s, String text, double x, double y, Color color) {
        g.setFont(s.labelFont());
        FontMetrics fm = g.getFontMetrics();
        double w = TextWidths.of(fm, text);
        java.awt.Rectangle clip = g.getClipBounds();   // keep the whole label inside the plotting area
        if (clip != null && clip.width > w + 8) {
            x = Math.max(clip.x + w / 2 + 4, Math.min(x, clip.x + clip.width - w / 2 - 4));
        }
        g.setPaint(PlotStyle.withAlpha(s.background(), 0.85));
        g.fill(new java.awt.geom.Rectangle2D.Double(x - w / 2 - 3, y - fm.getAscent(), w + 6, fm.getHeight()));
        g.setPaint(color);
        text(g, text, (float) (x - w / 2), (float) y);
    }

    /**
     * A polyline through the history's records at (x(r), y(r)) in pixels: at most about
     * {@code maxPoints} of them (every stride-th, and always the last), skipping records whose
     * values are not finite (the line breaks there) and points within a pixel of the last one.
     */
    static java.awt.geom.Path2D.Double trace(java.util.List<dev.descentfx.training.EpochRecord> h, int maxPoints,
            java.util.function.ToDoubleFunction<dev.descentfx.training.EpochRecord> xValue, java.util.function.DoubleUnaryOperator px,
            java.util.function.ToDoubleFunction<dev.descentfx.training.EpochRecord> yValue, java.util.function.DoubleUnaryOperator py) {
        java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();   // grows as needed: most records are skipped
        int n = h.size(), stride = Math.max(1, (n + maxPoints - 1) / maxPoints);
        boolean pen = false;
        double lastX = 0, lastY = 0;
        for (int i = 0; i < n; i = i == n - 1 ? n : Math.min(i + stride, n - 1)) {
            double vx = xValue.applyAsDouble(h.get(i)), vy = yValue.applyAsDouble(h.get(i));
            if (!Double.isFinite(vx) || !Double.isFinite(vy)) {
                pen = false;
                continue;
            }
            double x = px.applyAsDouble(vx), y = py.applyAsDouble(vy);
            if (!pen) {
                path.moveTo(x, y);
                pen = true;
            } else if (Math.abs(x - lastX) + Math.abs(y - lastY) >= 1 || i == n - 1) {
                path.lineTo(x, y);
            } else {
                continue;   // within a pixel of the last point drawn: adds nothing but time
            }
            lastX = x;
            lastY = y;
        }
        return path;
    }

    /**
     * Clips to the rectangle, its edges moved out to whole device pixels. A zoomed window (2.5×)
     * puts a plot's whole-pixel edges between device pixels, and a JavaFX Canvas clips to such a
     * rectangle through a mask blended over the canvas on every drawing call (at 250 % that was
     * most of each frame); on whole pixels it clips directly. A picture at 1×, 2× or 4× is unchanged.
     */
    static void clip(Graphics2D g, double x, double y, double w, double h) {
        AffineTransform t = g.getTransform();
        boolean axisAligned = (t.getType() & ~(AffineTransform.TYPE_TRANSLATION | AffineTransform.TYPE_UNIFORM_SCALE
                | AffineTransform.TYPE_GENERAL_SCALE)) == 0 && t.getScaleX() > 0 && t.getScaleY() > 0;
        if (axisAligned) {
            double sx = t.getScaleX(), sy = t.getScaleY(), tx = t.getTranslateX(), ty = t.getTranslateY();
            double x0 = Math.floor(x * sx + tx + 1e-6), y0 = Math.floor(y * sy + ty + 1e-6);
            double x1 = Math.ceil((x + w) * sx + tx - 1e-6), y1 = Math.ceil((y + h) * sy + ty - 1e-6);
            g.setTransform(new AffineTransform());
            g.clip(new java.awt.Rectangle((int) x0, (int) y0, (int) (x1 - x0), (int) (y1 - y0)));
            g.setTransform(t);
        } else {
            g.clip(new java.awt.geom.Rectangle2D.Double(x, y, w, h));
        }
    }
}
