package dev.descentfx.data;

/** What to tell a student about a cell that is not a number the run can use. */
final class Cells {
    private static final int SHOWN = 40;

    private Cells() {
    }

    static String refusal(DecimalNumber.Verdict verdict, String cell, CsvDialect dialect) {
        String text = shown(cell.strip());
        return switch (verdict) {
            case EMPTY -> "the cell is empty; give every row a number in this column, or delete the row";
            case NOT_FINITE -> "'" + text + "' is not a number the run can use (a missing or infinite value);"
                    + " put a number there, or delete the row";
            case TOO_LARGE -> text + " is too large for float32 (at most about 3.4e38); rescale the column,"
                    + " e.g. divide it by a power of ten";
            case WRONG_DECIMAL_MARK -> dialect.decimalComma()
                    ? "'" + text + "' has a decimal point, but this file writes decimal commas (2,5); write every number the same way"
                    : "'" + text + "' has a decimal comma, but this file writes decimal points (2.5); write every number the same way";
            default -> "'" + text + "' is not a number; write decimal numbers such as 3, -0.5 or 1.5e3";
        };
    }

    /** The cell as a student can read it in one line: control characters as \\uXXXX, at most 40 characters. */
    static String shown(String cell) {
        StringBuilder out = new StringBuilder();
        cell.codePoints().limit(SHOWN).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c == 0xFFFD) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return cell.codePointCount(0, cell.length()) > SHOWN ? out + "…" : out.toString();
    }
}
