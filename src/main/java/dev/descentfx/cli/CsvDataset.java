package dev.descentfx.cli;

import dev.descentfx.data.CsvDialect;
import dev.descentfx.data.CsvFile;
import dev.descentfx.data.CsvProblem;
import dev.descentfx.data.CsvTable;
import dev.descentfx.data.SplitColumn;
import dev.descentfx.training.Dataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code --data file.csv --features a,b --target y}: the columns {@link CsvFile} read, picked
 * into a {@link Dataset}. Every problem is an {@link IllegalArgumentException} that says which
 * option, file, line and column, and what to do.
 */
final class CsvDataset {

    private CsvDataset() {
    }

    /**
     * @param features the feature columns; empty means every column but the target
     * @param target   the target column; null means the last column
     * @param notes    told what the reader decided that the user should know (a file without a header row)
     * @param dialect  told how the file is written (the script reads a plain one again in Python)
     */
    static Dataset read(Path file, List<String> features, String target, Consumer<String> notes,
                        Consumer<CsvDialect> dialect) {
        return read(file, features, target, null, notes, dialect, mask -> { });
    }

    /**
     * The same, with {@code splitColumn} (or null) a column of train/test labels: it is neither a
     * feature nor the target by default, and {@code split} is told its mask ({@link SplitColumn}).
     */
    static Dataset read(Path file, List<String> features, String target, String splitColumn, Consumer<String> notes,
                        Consumer<CsvDialect> dialect, Consumer<boolean[]> split) {
        try {
            CsvTable table = CsvFile.read(file);
            dialect.accept(table.dialect());
            if (splitColumn != null) {
                if (splitColumn.equals(target) || features.contains(splitColumn)) {
                    throw new IllegalArgumentException("--split-column '" + splitColumn + "' is also named by "
                            + (splitColumn.equals(target) ? "--target" : "--features")
                            + ": the train/test labels cannot be data too; pick another column");
                }
                try {
                    split.accept(SplitColumn.read(table, splitColumn));
                } catch (CsvProblem e) {
                    throw new IllegalArgumentException("--split-column " + e.getMessage());
                }
            }
            return read(table, features, target, splitColumn, notes);
        } catch (CsvProblem e) {
            throw new IllegalArgumentException("--data " + e.getMessage());
        }
    }

    private static Dataset read(CsvTable table, List<String> features, String target, String splitColumn,
                                Consumer<String> notes) {
        Path file = table.file();
        List<String> names = table.names().stream().filter(n -> !n.equals(splitColumn)).toList();
        String targetName = target != null ? target : names.get(names.size() - 1);
        table.index(targetName);
        List<String> featureNames = new ArrayList<>(features);
        Set<String> seen = new HashSet<>();
        for (String name : featureNames) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("--features names '" + name + "' twice; name each feature column once");
            }
            if (name.equals(targetName)) {
                throw new IllegalArgumentException("--features and " + (target != null ? "--target" : "the target (the last column)")
                        + " both name '" + name + "': the target cannot also be a feature; pick other --features");
            }
        }
        if (featureNames.isEmpty()) {
            names.stream().filter(name -> !name.equals(targetName)).forEach(featureNames::add);
        }
        featureNames.forEach(table::index);
        if (featureNames.isEmpty()) {
            throw new IllegalArgumentException("--data " + file + " has only the target column '" + targetName
                    + "'; add a feature column or name one with --features");
        }
        if (!table.dialect().header()) {
            notes.accept(file + " line 1 holds numbers, not column names: it is read as data (no header row), "
                    + table.rows() + " rows; the columns are numbered " + String.join(", ", names)
                    + " (--features " + String.join(",", featureNames) + " --target " + targetName + ")");
        }
        List<String> wanted = new ArrayList<>(featureNames);
        wanted.add(targetName);
        float[][] columns = table.columns(wanted);
        float[] y = columns[featureNames.size()];
        return Dataset.ofColumns(featureNames, java.util.Arrays.copyOf(columns, featureNames.size()), y, targetName);
    }
}
