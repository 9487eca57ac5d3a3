package dev.descentfx.cli;

import dev.descentfx.training.Dataset;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads training data from a CSV file whose first row names the columns. Every problem is an
 * {@link IllegalArgumentException} that says which file, line and column, and what to do.
 */
final class CsvDataset {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private CsvDataset() {
    }

    /**
     * @param features the feature columns; empty means every column but the target
     * @param target   the target column; null means the last column
     */
    static Dataset read(Path file, List<String> features, String target) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            return read(file, parser, features, target);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("--data " + file + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("--data " + file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    private static Dataset read(Path file, CSVParser parser, List<String> features, String target) {
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty: its first row should name the columns, e.g. x,y");
        }
        String targetName = target != null ? target : header.get(header.size() - 1);
        List<String> featureNames = new ArrayList<>(features);
        if (featureNames.isEmpty()) {
            header.stream().filter(name -> !name.equals(targetName)).forEach(featureNames::add);
        }
        List<String> wanted = new ArrayList<>(featureNames);
        wanted.add(targetName);
        for (String name : wanted) {
            if (!header.contains(name)) {
                throw new IllegalArgumentException(file + " has no column named '" + name + "'; its header (line 1) names "
                        + String.join(", ", header));
            }
        }
        if (featureNames.isEmpty()) {
            throw new IllegalArgumentException(file + " has only the target column '" + targetName
                    + "'; add a feature column or name one with --features");
        }

        List<float[]> x = new ArrayList<>();
        List<Float> y = new ArrayList<>();
        for (CSVRecord row : parser) {
            long line = parser.getCurrentLineNumber();
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(file + " line " + line + ": " + row.size() + " value(s) but the header names "
                        + header.size() + " columns (" + String.join(", ", header) + "); give one value per column");
            }
            float[] features1 = new float[featureNames.size()];
            for (int j = 0; j < features1.length; j++) {
                features1[j] = number(row, featureNames.get(j), file, line);
            }
            x.add(features1);
            y.add(number(row, targetName, file, line));
        }
        if (y.isEmpty()) {
            throw new IllegalArgumentException(file + " has a header but no rows: the dataset is empty; add at least one example");
        }
        float[] targets = new float[y.size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = y.get(i);
        }
        return new Dataset(featureNames, x.toArray(float[][]::new), targets, targetName);
    }

    private static float number(CSVRecord row, String column, Path file, long line) {
        String text = row.get(column);
        String where = file + " line " + line + ", column " + column + ": ";
        float value;
        try {
            value = Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "'" + text + "' is not a number");
        }
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException(where + "'" + text + "' is not a finite number");
        }
        return value;
    }
}
