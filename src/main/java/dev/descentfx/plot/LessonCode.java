package dev.descentfx.plot;

import dev.descentfx.training.Call;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Moment;
import dev.descentfx.training.TrainingConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The lesson's code as a student sees it in the notebook, for one run's settings: the data, W
 * and b, the optimizer (or the learning rate, by hand), and the loop whose lines are the
 * {@link Call}s of an epoch. Three variants: autograd with a bias (the lesson's part 4), autograd
 * without one, and by hand (part 8: the gradient written out, {@code W -= lr * gradient}).
 */
final class LessonCode {
    /** Rows of a data tensor written out in full; longer data shows its first rows and the count. */
    static final int SHOWN_ROWS = 5;

    /** What a line is: set-up before the loop, the loop's head, one of the epoch's calls, or the print. */
    enum Kind { SETUP, LOOP, CALL, PRINT }

    /** One line of code; {@code call} is the epoch's call it makes (null for the others). */
    record Line(String code, Kind kind, Call call) {
        boolean makes(Call c) {
            return kind == Kind.CALL && call == c;
        }
    }

    private LessonCode() {
    }

    /** The notebook's lines for a run with these settings. */
    static List<Line> lines(TrainingConfig s) {
        boolean byHand = s.mode() == GradientMode.MANUAL, bias = s.bias();
        List<Line> lines = new ArrayList<>();
        lines.add(setup("x_train = torch.FloatTensor(" + column(s.trainData(), true) + ")"));
        lines.add(setup("y_train = torch.FloatTensor(" + column(s.trainData(), false) + ")"));
        String grad = byHand ? "" : "requires_grad=True";
        lines.add(setup("W = " + start(s.initialW()[0], grad)));
        if (bias) {
            lines.add(setup("b = " + start(s.initialB(), grad)));
        }
        String lr = number(s.learningRate());
        if (byHand) {
            lines.add(setup("lr = " + lr));
        } else {
            lines.add(setup("optimizer = " + s.optimizer().torchCall(bias ? "[W, b]" : "[W]", lr, LessonCode::number)));
        }
        lines.add(new Line("for epoch in range(nb_epochs + 1):", Kind.LOOP, null));
        lines.add(call("    hypothesis = x_train * W" + (bias ? " + b" : ""), Call.FORWARD));
        lines.add(call("    cost = torch.mean((hypothesis - y_train) ** 2)", Call.COST));
        if (byHand) {
            String error = bias ? "W * x_train + b - y_train" : "W * x_train - y_train";
            lines.add(call("    gradient = 2 * torch.mean((" + error + ") * x_train)", Call.GRADIENT));
            if (bias) {
                lines.add(call("    gradient_b = 2 * torch.mean(" + error + ")", Call.GRADIENT));
            }
            lines.add(call("    W -= lr * gradient", Call.STEP));
            if (bias) {
                lines.add(call("    b -= lr * gradient_b", Call.STEP));
            }
        } else {
            lines.add(call("    optimizer.zero_grad()", Call.ZERO_GRAD));
            lines.add(call("    cost.backward()", Call.BACKWARD));
            lines.add(call("    optimizer.step()", Call.STEP));
        }
        lines.add(new Line("    if epoch % 100 == 0:", Kind.PRINT, null));
        lines.add(new Line("        print('Epoch {:4d}/{} W: {:.3f}" + (bias ? ", b: {:.3f}" : "")
                + " Cost: {:.6f}'.format(...))", Kind.PRINT, null));
        return lines;
    }

    /** The call's own code, for titles: {@code cost.backward()}. */
    static String code(Call call, GradientMode mode, PlotWords words) {
        return switch (call) {
            case START -> words.text("plot.code.nothingYet");
            case FORWARD -> "hypothesis = …";
            case COST -> "cost = …";
            case ZERO_GRAD -> "optimizer.zero_grad()";
            case BACKWARD -> "cost.backward()";
            case GRADIENT -> "gradient = …";
            case STEP -> mode == GradientMode.MANUAL ? "W -= lr * gradient" : "optimizer.step()";
        };
    }

    /** True if {@code call} has run by moment {@code m} in m's epoch (START: none has). */
    static boolean hasRun(Call call, Moment m) {
        List<Call> epoch = Call.epoch(m.mode());
        return m.call() != Call.START && epoch.indexOf(call) >= 0 && epoch.indexOf(call) <= epoch.indexOf(m.call());
    }

    /**
     * What the line shows beside it once it has run, as the notebook would print it, or null:
     * {@code hypothesis = [0.187, 0.374, 0.561]}, {@code cost = 18.666666}, {@code W.grad = None}.
     */
    static String value(Line line, Moment m, PlotWords words) {
        if (line.kind() == Kind.LOOP && m.call() != Call.START) {
            return "epoch = " + m.epoch();
        }
        if (line.kind() != Kind.CALL || !hasRun(line.call(), m)) {
            return null;
        }
        boolean bLine = line.code().contains("gradient_b") || line.code().startsWith("    b -=");
        return switch (line.call()) {
            case FORWARD -> m.hypothesis() == null ? null : "hypothesis = " + TorchText.list(m.hypothesis(), 3);
            case COST -> m.cost() == null ? null : "cost = " + TorchText.fixed(m.cost()[0], 6);
            // zero_grad() sets .grad to None (torch 2.x); left out, it changes nothing: .grad keeps piling up
            case ZERO_GRAD -> !m.settings().zeroGrad() ? words.text("plot.code.zeroGradLeftOut")
                    : m.call() == Call.ZERO_GRAD ? grads(m, "W.grad", "b.grad", false)
                    : "W.grad = None" + (m.bias() ? ", b.grad = None" : "");
            case BACKWARD -> grads(m, "W.grad", "b.grad", false);
            case GRADIENT -> bLine ? "gradient_b = " + tensorOrNone(m.gradB(), true)
                    : "gradient = " + tensorOrNone(m.gradW(), true);
            case STEP -> bLine ? "b = " + TorchText.tensor(new float[] {m.b()}, false)
                    : "W = " + TorchText.tensor(m.weights(), false)   // by hand the b line says b
                    + (m.bias() && m.mode() == GradientMode.AUTOGRAD ? ", b = " + TorchText.tensor(new float[] {m.b()}, false) : "");
            default -> null;
        };
    }

    private static String grads(Moment m, String w, String b, boolean zeroDim) {
        String text = w + " = " + tensorOrNone(m.gradW(), zeroDim);
        return m.bias() ? text + ", " + b + " = " + tensorOrNone(m.gradB(), zeroDim) : text;
    }

    private static String tensorOrNone(float[] values, boolean zeroDim) {
        return values == null ? "None" : TorchText.tensor(values, zeroDim);
    }

    private static Line setup(String code) {
        return new Line(code, Kind.SETUP, null);
    }

    private static Line call(String code, Call call) {
        return new Line(code, Kind.CALL, call);
    }

    // torch.zeros(1, …) for the lesson's start; torch.tensor([w], …) when it starts elsewhere
    private static String start(float value, String grad) {
        if (value == 0f && Math.copySign(1f, value) > 0) {
            return "torch.zeros(1" + (grad.isEmpty() ? "" : ", " + grad) + ")";
        }
        return "torch.tensor([" + number(value) + "]" + (grad.isEmpty() ? "" : ", " + grad) + ")";
    }

    // x_train's or y_train's rows as the notebook writes them, [[1], [2], [3]]; long data abbreviated
    private static String column(Dataset d, boolean x) {
        int m = d.size(), n = m <= SHOWN_ROWS ? m : 3;
        StringJoiner rows = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < n; i++) {
            rows.add("[" + number(x ? d.x(i, 0) : d.y(i)) + "]");
        }
        if (n < m) {
            rows.add("…");
            rows.add("[" + number(x ? d.x(m - 1, 0) : d.y(m - 1)) + "]");
        }
        return n < m ? rows + "  # " + m + " rows" : rows.toString();
    }

    // whole numbers as the lesson writes them (1, not 1.0); others as their shortest decimal
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Float.toString((float) v)).stripTrailingZeros().toPlainString();
    }
}
