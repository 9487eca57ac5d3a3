package dev.descentfx.plot;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts every picture uses, bundled in the jar so that Korean reads on a machine without a
 * Hangul font: Nanum Gothic for text and NanumGothicCoding for code and numbers, regular and
 * bold (SIL Open Font License 1.1; see {@code dev/descentfx/fonts/README.md}). They are
 * registered with Java2D once, the first time a plot asks for a font, and {@link #sans} and
 * {@link #mono} give them in every picture: the window's, a PNG's and an SVG's. (A font's family
 * in Java2D may read 나눔고딕: compare {@code getFamily(Locale.ROOT)} with {@link #SANS}.)
 *
 * <p>Nanum has no U+2212 minus sign and no superscript digits ⁰ ⁵–⁹, which every negative number
 * and the log axis's 10ⁿ write. Java2D draws a physical font's missing glyphs as boxes, so text is
 * cut into {@link #runs}: what the bundled face has, and the rest in Java's logical SansSerif (or
 * Monospaced), which has them on every desktop. All superscripts go to the fallback: Nanum's
 * ¹ ² ³ ⁴ ⁻ are smaller and higher than the fallback's, and 10⁻¹ would mix the two.
 */
public final class Fonts {
    /** The family of the plots' and the window's text. */
    public static final String SANS = "NanumGothic";
    /** The family of code and numbers. */
    public static final String MONO = "NanumGothicCoding";
    /** The bundled files, in the jar under {@code /dev/descentfx/fonts/}. */
    public static final List<String> FILES = List.of("NanumGothic.ttf", "NanumGothicBold.ttf",
            "NanumGothicCoding.ttf", "NanumGothicCodingBold.ttf");

    private static final System.Logger LOG = System.getLogger(Fonts.class.getName());
    private static final Map<Font, Font> FALLBACKS = new ConcurrentHashMap<>();

    /** A piece of a text and the font that draws it. */
    public record Run(String text, Font font) {
    }

    private Fonts() {
    }

    /** The bundled file {@code name} (one of {@link #FILES}) to read; the caller closes it. */
    public static InputStream open(String name) throws IOException {
        InputStream in = Fonts.class.getResourceAsStream("/dev/descentfx/fonts/" + name);
        if (in == null) {
            throw new IOException("the font " + name + " is missing from the program's files (dev/descentfx/fonts)");
        }
        return in;
    }

    /** Nanum Gothic at {@code style} ({@link Font#PLAIN}, {@link Font#BOLD}) and {@code size} px. */
    public static Font sans(int style, int size) {
        return new Font(Registered.name(SANS), style, size);
    }

    /** NanumGothicCoding at {@code style} and {@code size} px. */
    public static Font mono(int style, int size) {
        return new Font(Registered.name(MONO), style, size);
    }

    /**
     * {@code text} cut where {@code font} lacks a glyph that Java's logical font of the same kind
     * (SansSerif, or Monospaced for {@link #MONO}), style and size has: one run when the font has
     * them all. A character neither has stays with {@code font}.
     */
    public static List<Run> runs(Font font, String text) {
        if (font.canDisplayUpTo(text) == -1 && !hasSuperscript(text)) {
            return List.of(new Run(text, font));
        }
        Font fallback = fallback(font);
        List<Run> runs = new ArrayList<>(3);
        int start = 0;
        Font current = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Font f = font.canDisplay(c) && !superscript(c) || !fallback.canDisplay(c) ? font : fallback;
            if (f != current && i > start) {
                runs.add(new Run(text.substring(start, i), current));
                start = i;
            }
            current = f;
            i += Character.charCount(c);
        }
        runs.add(new Run(text.substring(start), current));
        return runs;
    }

    private static boolean hasSuperscript(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (superscript(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean superscript(int c) {
        return c == '¹' || c == '²' || c == '³' || c >= 0x2070 && c <= 0x207F;
    }

    /** The logical font that draws what {@code font} lacks. */
    static Font fallback(Font font) {
        // the family in English: Java names it in the system's language (나눔고딕코딩 in Korean)
        return FALLBACKS.computeIfAbsent(font, f -> new Font(MONO.equals(f.getFamily(Locale.ROOT)) ? Font.MONOSPACED
                : Font.SANS_SERIF, f.getStyle(), f.getSize()).deriveFont(f.getSize2D()));
    }

    /**
     * Registers the bundled files with Java2D, once, when first needed (the JVM runs this holder's
     * initialiser once), and keeps the name Java2D files each family under: its name in the
     * language the JVM started in (나눔고딕 in a Korean JVM), by which alone Java2D then finds it.
     */
    private static final class Registered {
        private static final Map<String, String> NAMES = register();

        /** The name to ask Java2D for the bundled family {@code family} by. */
        static String name(String family) {
            return NAMES.getOrDefault(family, family);
        }

        private static Map<String, String> register() {
            GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
            Map<String, String> names = new HashMap<>();
            for (String file : FILES) {
                try (InputStream in = open(file)) {
                    Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                    // false when the machine has a font of that name already: Java2D then uses its own copy
                    ge.registerFont(font);
                    names.putIfAbsent(font.getFamily(Locale.ROOT), known(font));
                } catch (IOException | FontFormatException e) {
                    LOG.log(System.Logger.Level.WARNING, "could not load the font " + file + ": Korean may show as boxes", e);
                }
            }
            return Map.copyOf(names);
        }

        // the first of the family's names (English, the system's language, the language the JVM started in)
        // under which Java2D finds it; a name it does not know gives its Dialog font
        private static String known(Font font) {
            String english = font.getFamily(Locale.ROOT);
            Locale startup = new Locale(System.getProperty("user.language", ""), System.getProperty("user.country", ""));
            for (String name : List.of(english, font.getFamily(), font.getFamily(startup))) {
                if (new Font(name, Font.PLAIN, 1).getFamily(Locale.ROOT).equals(english)) {
                    return name;
                }
            }
            return english;
        }
    }
}
