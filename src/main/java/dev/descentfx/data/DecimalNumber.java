package dev.descentfx.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * The numbers a CSV cell may hold: decimal numbers only, the same in every cell. An optional
 * sign, digits with an optional fraction ({@code 3}, {@code -0.5}, {@code .5}, {@code 2.}), and
 * an optional exponent ({@code 1.5e3}, {@code 2E-7}); spaces around the number are ignored.
 * Java's other spellings ({@code 2f}, {@code 3d}, {@code 0x1p1}) and words ({@code NaN},
 * {@code Infinity}, {@code inf}) are not numbers here, nor is an empty cell: a run cannot train
 * on a missing or infinite value, so the reader refuses the cell and names it.
 *
 * <p>The value is {@code (float) Double.parseDouble(text)}: the nearest double, then the
 * nearest float32 to it (as numpy's {@code loadtxt(..., dtype=float32)} does). A number beyond
 * float32's range (about 3.4e38) would become infinite and is refused; one too small to
 * represent becomes 0, as in numpy.
 */
final class DecimalNumber {
    /** Why a cell is not a number the run can use. */
    enum Verdict { NUMBER, EMPTY, NOT_A_NUMBER, NOT_FINITE, TOO_LARGE, WRONG_DECIMAL_MARK }

    private final boolean decimalComma;
    private char[] scratch = new char[64];
    private float value;

    /** @param decimalComma whether the file writes {@code 2,5} for 2.5 (and so never {@code 2.5}) */
    DecimalNumber(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /** The value of the last cell that {@link #read} found to be a {@link Verdict#NUMBER}. */
    float value() {
        return value;
    }

    /** Reads the cell {@code text[offset, offset + length)}; on NUMBER its value is {@link #value()}. */
    Verdict read(char[] text, int offset, int length) {
        int start = offset, end = offset + length;
        while (start < end && isSpace(text[start])) {
            start++;
        }
        while (end > start && isSpace(text[end - 1])) {
            end--;
        }
        if (start == end) {
            return Verdict.EMPTY;
        }
        char mark = decimalComma ? ',' : '.';
        int i = start;
        if (text[i] == '+' || text[i] == '-') {
            i++;
        }
        int digits = 0, markAt = -1;
        for (; i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == mark && markAt < 0) {
                markAt = i;
            } else {
                break;
            }
        }
        if (digits > 0 && i < end && (text[i] == 'e' || text[i] == 'E')) {
            int j = i + 1;
            if (j < end && (text[j] == '+' || text[j] == '-')) {
                j++;
            }
            int exponentDigits = 0;
            while (j < end && text[j] >= '0' && text[j] <= '9') {
                j++;
                exponentDigits++;
            }
            if (exponentDigits > 0) {
                i = j;
            }
        }
        if (digits == 0 || i != end) {
            return refusal(text, start, end);
        }
        double exact = markAt < 0 || !decimalComma
                ? JavaDoubleParser.parseDouble(text, start, end - start)
                : JavaDoubleParser.parseDouble(withPoint(text, start, end, markAt), 0, end - start);
        value = (float) exact;
        return Float.isInfinite(value) ? Verdict.TOO_LARGE : Verdict.NUMBER;
    }

    /** The cell would be a number with the other decimal mark, or names a non-finite one, or is just not one. */
    private Verdict refusal(char[] text, int start, int end) {
        String cell = new String(text, start, end - start);
        String word = cell.startsWith("+") || cell.startsWith("-") ? cell.substring(1) : cell;
        if (word.equalsIgnoreCase("nan") || word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return Verdict.NOT_FINITE;
        }
        String other = decimalComma ? cell.replace('.', ',') : cell.replace(',', '.');
        if (!other.equals(cell) && new DecimalNumber(decimalComma).read(other.toCharArray(), 0, other.length()) == Verdict.NUMBER) {
            return Verdict.WRONG_DECIMAL_MARK;
        }
        return Verdict.NOT_A_NUMBER;
    }

    private char[] withPoint(char[] text, int start, int end, int markAt) {
        if (scratch.length < end - start) {
            scratch = new char[end - start];
        }
        System.arraycopy(text, start, scratch, 0, end - start);
        scratch[markAt - start] = '.';
        return scratch;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** Whether the whole of {@code text} is a decimal number written with this decimal mark. */
    boolean isNumber(String text) {
        return read(text.toCharArray(), 0, text.length()) == Verdict.NUMBER;
    }
}
