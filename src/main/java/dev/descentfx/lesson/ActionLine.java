package dev.descentfx.lesson;

import dev.descentfx.plot.Highlight;
import dev.descentfx.training.Call;
import dev.descentfx.training.GradientMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One line of a step's {@code lesson} block read as an {@link Action} (the syntax is in
 * {@code FORMAT.md}). A line that is not one throws an IllegalArgumentException whose message
 * says what to fix; {@link LessonFile} adds the file and the line.
 */
final class ActionLine {
    static final String ACTIONS = "data, bias, mode, alpha, start, epoch, phase, show, point, expect, look:, ask, explain:";
    static final int MAX_POINTS = 1000;
    static final int MAX_EPOCH = 100_000;
    static final double MAX_ALPHA = 10;
    static final double MAX_START = 100;

    private ActionLine() {
    }

    static Action parse(String word, String rest) {
        return switch (word) {
            case "data" -> data(rest);
            case "bias" -> new Action.Bias(onOff(rest));
            case "mode" -> new Action.Mode(switch (rest) {
                case "autograd" -> GradientMode.AUTOGRAD;
                case "manual" -> GradientMode.MANUAL;
                default -> throw bad("mode is 'autograd' or 'manual', not '" + rest + "'");
            });
            case "alpha" -> new Action.LearningRate(within(number(rest, "alpha"), 0, MAX_ALPHA, "alpha"));
            case "start" -> start(rest);
            case "epoch" -> new Action.Epoch(epoch(rest));
            case "phase" -> new Action.Phase(named(Call.class, rest, "phase"));
            case "show" -> new Action.Show(named(Action.View.class, rest, "show"));
            case "point" -> new Action.Point(named(Highlight.class, rest, "point"));
            case "expect" -> expect(rest);
            default -> throw bad("unknown action '" + word + "'; the actions are " + ACTIONS);
        };
    }

    private static Action data(String rest) {
        String[] parts = rest.split("\\s+");
        if (parts.length != 2 || !parts[0].startsWith("x=") || !parts[1].startsWith("y=")) {
            throw bad("write the data as 'data x=1,2,3 y=2,4,6'");
        }
        float[] x = numbers(parts[0].substring(2), "x");
        float[] y = numbers(parts[1].substring(2), "y");
        if (x.length != y.length) {
            throw bad("the data have " + x.length + " x values and " + y.length + " y values; give as many of each");
        }
        return new Action.Data(x, y);
    }

    private static float[] numbers(String list, String name) {
        String[] items = list.split(",", -1);
        if (items.length < 2 || items.length > MAX_POINTS) {
            throw bad("give 2 to " + MAX_POINTS + " " + name + " values, separated by commas");
        }
        float[] v = new float[items.length];
        for (int i = 0; i < items.length; i++) {
            v[i] = (float) within(number(items[i], name), -1e6, 1e6, name);
        }
        return v;
    }

    private static Action start(String rest) {
        float w = 0, b = 0;
        boolean seen = false;
        for (String part : rest.split("\\s+")) {
            if (part.startsWith("W=")) {
                w = (float) within(number(part.substring(2), "W"), -MAX_START, MAX_START, "W");
                seen = true;
            } else if (part.startsWith("b=")) {
                b = (float) within(number(part.substring(2), "b"), -MAX_START, MAX_START, "b");
                seen = true;
            } else {
                throw bad("write where W and b start as 'start W=0 b=0', not '" + part + "'");
            }
        }
        if (!seen) {
            throw bad("write where W and b start as 'start W=0 b=0'");
        }
        return new Action.Initial(w, b);
    }

    static int epoch(String rest) {
        try {
            int n = Integer.parseInt(rest);
            if (n >= 0 && n <= MAX_EPOCH) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw bad("epoch is a whole number from 0 to " + MAX_EPOCH + ", not '" + rest + "'");
    }

    private static Action expect(String rest) {
        String[] parts = rest.split("\\s+");
        if (parts.length != 3 || !(parts[2].startsWith("±") || parts[2].startsWith("+-"))) {
            throw bad("write a claim as 'expect W 1.9708 ±0.00005' (a quantity, its value, ± a tolerance)");
        }
        Quantity q = quantity(parts[0]);
        double value = number(parts[1], "the expected value");
        return new Action.Expect(q, value, tolerance(parts[2]));
    }

    static double tolerance(String written) {
        String t = written.startsWith("±") ? written.substring(1) : written.substring(2);
        return within(number(t, "the tolerance"), 0, 1e6, "the tolerance");
    }

    static Quantity quantity(String name) {
        return named(Quantity.class, name, "the quantity");
    }

    static boolean onOff(String rest) {
        return switch (rest) {
            case "on" -> true;
            case "off" -> false;
            default -> throw bad("bias is 'on' or 'off', not '" + rest + "'");
        };
    }

    static double number(String s, String what) {
        String t = s.strip();
        if (t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return v;
            }
        }
        throw bad(what + " must be a finite number such as 0.01 or -2.5, not '" + t + "'");
    }

    private static double within(double v, double min, double max, String what) {
        if (v < min || v > max) {
            throw bad(what + " must be from " + min + " to " + max + ", not " + v);
        }
        return v;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        throw bad("unknown " + what + " '" + name + "'; it is one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    static IllegalArgumentException bad(String what) {
        return new IllegalArgumentException(what);
    }
}
