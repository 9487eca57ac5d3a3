package dev.descentfx.plot;

/**
 * WCAG 2.1's contrast, written out from the standard's definitions (for the tests: an answer
 * that owes nothing to the plots' code).
 */
public final class Wcag {
    private Wcag() {
    }

    /**
     * Relative luminance of an sRGB colour 0xRRGGBB (alpha ignored): each channel c in 0..1 made
     * linear, c/12.92 up to 0.03928 and ((c + 0.055)/1.055)^2.4 above, then
     * L = 0.2126 R + 0.7152 G + 0.0722 B.
     */
    public static double luminance(int rgb) {
        return 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    /** The contrast ratio (L1 + 0.05) / (L2 + 0.05), L1 the lighter of the two: 1 to 21. */
    public static double contrast(int rgb1, int rgb2) {
        double a = luminance(rgb1), b = luminance(rgb2);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
