package dev.descentfx.ui.run;

import dev.descentfx.data.CsvDialect;
import dev.descentfx.data.CsvTable;
import dev.descentfx.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the import form says about a file in the window's language: how it is written, and which
 * columns it offers for x and y at first. No toolkit.
 */
public final class ImportWords {

    /** One line of the file's description: "Delimiter" — "semicolon (;)". */
    public record Detail(String name, String value) {
    }

    private ImportWords() {
    }

    /** Rows and columns, header row, delimiter, decimal mark, encoding and quoting, each in words. */
    static List<Detail> details(Language l, CsvTable t) {
        CsvDialect d = t.dialect();
        List<Detail> lines = new ArrayList<>();
        lines.add(new Detail(l.text("import.size"), l.text("import.size.value",
                String.format(Locale.ROOT, "%,d", t.rows()), t.names().size())));
        lines.add(new Detail(l.text("import.header"), l.text(d.header() ? "import.header.yes" : "import.header.no")));
        String delimiter = l.text("import.delimiter." + switch (d.delimiter()) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        });
        lines.add(new Detail(l.text("import.delimiter"), d.sepLine() ? l.text("import.delimiter.sepLine", delimiter)
                : delimiter));
        lines.add(new Detail(l.text("import.decimal"), l.text(d.decimalComma() ? "import.decimal.comma" : "import.decimal.point")));
        lines.add(new Detail(l.text("import.encoding"), d.bom() ? l.text("import.encoding.bom", d.encoding())
                : d.encoding()));
        lines.add(new Detail(l.text("import.quoting"), l.text(t.quoted() ? "import.quoting.yes" : "import.quoting.no")));
        return lines;
    }

    /**
     * The columns x and y start on: those named x and y (in either case); otherwise the first
     * two columns of numbers; otherwise the first columns there are (their problem then shows).
     */
    static String[] defaultColumns(CsvTable t) {
        List<String> names = t.names();
        String x = named(names, "x"), y = named(names, "y");
        if (x == null) {
            x = first(t, y);
        }
        if (y == null) {
            y = first(t, x);
        }
        return new String[] {x, y};
    }

    private static String named(List<String> names, String wanted) {
        return names.stream().filter(n -> n.equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    /** The first numeric column that is not {@code taken}; else the first column that is not; else the only one. */
    private static String first(CsvTable t, String taken) {
        List<String> names = t.names();
        return names.stream().filter(n -> !n.equals(taken) && t.isNumeric(n)).findFirst()
                .orElse(names.stream().filter(n -> !n.equals(taken)).findFirst().orElse(names.get(0)));
    }

    static String oneColumn(Language l, CsvTable t) {
        return l.text("import.oneColumn", t.file(), t.names().get(0));
    }

    static String sameColumn(Language l, String name) {
        return l.text("import.sameColumn", name);
    }

    static String pickColumns(Language l) {
        return l.text("import.pickColumns");
    }

    static String tooLarge(Language l) {
        return l.text("import.tooLarge");
    }
}
