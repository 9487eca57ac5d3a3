package dev.descentfx.plot;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The texts of an SVG as JFreeSVG writes them, each with its size and the box it covers on the page. */
public final class SvgText {
    private static final Pattern TEXT = Pattern.compile("(<g transform='matrix\\(([^)]*)\\)'>)?<text x='([-0-9.E]+)' y='([-0-9.E]+)'"
            + " style='([^']*)font-size: ([0-9.]+)px;[^']*'[^>]*>([^<]*)</text>");
    // JLaTeXMath draws a glyph from its fonts at 100 units to the em, scaled by size / 100 (FONT_SCALE_FACTOR):
    // an outline's matrix scale × 100 is the em it is drawn at; larger scales are rules (a fraction's bar)
    private static final Pattern GLYPH = Pattern.compile("transform='matrix\\(([0-9.E-]+),0\\.0,0\\.0,([0-9.E-]+),");
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private SvgText() {
    }

    /** A text of the SVG and the box it covers on the page. */
    public record Shown(String text, double size, boolean turned, Rectangle2D box) {
    }

    public static List<Shown> shown(String svg) {
        List<Shown> out = new ArrayList<>();
        Matcher m = TEXT.matcher(svg);
        while (m.find()) {
            String text = m.group(7).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'");
            double x = Double.parseDouble(m.group(3)), y = Double.parseDouble(m.group(4)), size = Double.parseDouble(m.group(6));
            int style = m.group(0).contains("font-weight: bold") ? Font.BOLD : Font.PLAIN;
            // the face the SVG names: the bundled Nanum fonts, else Java's logical ones
            Font font = m.group(5).contains(Fonts.MONO) ? Fonts.mono(style, 1).deriveFont((float) size)
                    : m.group(5).contains(Fonts.SANS) ? Fonts.sans(style, 1).deriveFont((float) size)
                    : new Font(m.group(5).contains("monospace") ? Font.MONOSPACED : Font.SANS_SERIF, style, 1).deriveFont((float) size);
            double w = font.getStringBounds(text, FRC).getWidth();
            var lm = font.getLineMetrics(text, FRC);
            Rectangle2D box = new Rectangle2D.Double(x, y - lm.getAscent(), w, lm.getAscent() + lm.getDescent());
            boolean turned = m.group(2) != null && !m.group(2).startsWith("1.0,0.0,0.0,1.0");
            if (m.group(2) != null) {
                String[] k = m.group(2).split(",");
                var t = new AffineTransform(Double.parseDouble(k[0]), Double.parseDouble(k[1]),
                        Double.parseDouble(k[2]), Double.parseDouble(k[3]), Double.parseDouble(k[4]), Double.parseDouble(k[5]));
                box = t.createTransformedShape(box).getBounds2D();
            }
            out.add(new Shown(text, size, turned, box));
        }
        return out;
    }

    /**
     * Pairs of texts whose boxes overlap (by more than a pixel each way: a descender may touch the next
     * line's ascender), as "'a' and 'b'".
     */
    public static List<String> overlaps(List<Shown> texts) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Rectangle2D a = texts.get(i).box(), b = texts.get(j).box();
                Rectangle2D both = a.createIntersection(b);
                if (!texts.get(i).text().isBlank() && !texts.get(j).text().isBlank() && both.getWidth() > 1 && both.getHeight() > 1) {
                    found.add("'" + texts.get(i).text() + "' and '" + texts.get(j).text() + "'");
                }
            }
        }
        return found;
    }

    /** The em of every glyph JLaTeXMath drew as an outline (the formulas), in px. */
    public static List<Double> glyphs(String svg) {
        List<Double> ems = new ArrayList<>();
        Matcher m = GLYPH.matcher(svg);
        while (m.find()) {
            double scale = Double.parseDouble(m.group(1));
            if (scale < 5 && scale == Double.parseDouble(m.group(2))) {
                ems.add(100 * scale);
            }
        }
        return ems;
    }
}
