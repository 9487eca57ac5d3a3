package dev.descentfx.script;

import dev.descentfx.training.Dataset;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.TrainingConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

/**
 * The PyTorch script of a run, in the lesson's own style: imports, the data, {@code W} and
 * {@code b} with their starting values, the optimizer (or the gradient by hand), the loop and the
 * lesson's print line. Run with PyTorch it prints exactly what {@code descentfx train} prints for
 * the same run — record k is printed after {@code backward()} and before the step, so each line
 * shows W, b and the cost at the same state.
 *
 * @param config     the run: data, starting values, bias, α, gradient mode, optimizer, zero_grad
 * @param epochs     the number of updates
 * @param printEvery print records 0, K, 2K, … and the last (0: only the last)
 * @param csv        where the data came from, to read it again when it is too long to write inline; or null
 * @param command    the command line the script stands for, for its first comment
 */
public record PyTorchScript(TrainingConfig config, int epochs, int printEvery, CsvSource csv, String command) {
    /** Up to this many rows the data are written into the script; beyond, it reads {@link #csv}. */
    public static final int INLINE_ROWS = 200;

    /** A comma-separated file with a header row, and the columns the run took from it. */
    public record CsvSource(Path file, List<String> features, String target) {
    }

    public String text() {
        Dataset data = config.trainData();   // with held-out examples, the rows the run trains on
        boolean bias = config.bias(), byHand = config.mode() == GradientMode.MANUAL, one = data.features() == 1;
        StringBuilder py = new StringBuilder();
        py.append("# ").append(command).append('\n');
        py.append("# Written by DescentFX: run it with PyTorch (python3 this-file.py); it prints what\n");
        py.append("# `descentfx train` prints with the same options, digit for digit.\n");
        py.append("import math\n");
        if (csv != null && data.size() > INLINE_ROWS) {
            py.append("import csv\n");
        }
        py.append("import torch\n");
        if (!byHand) {
            py.append("import torch.optim as optim\n");
        }
        py.append("\n# one thread: torch's sums then add in the order DescentFX follows, on any machine\n");
        py.append("torch.set_num_threads(1)\n\n");
        data(py, data);
        parameters(py, bias, byHand, one);
        if (!byHand) {
            if (config.optimizer() instanceof dev.descentfx.training.OptimizerSettings.Adam) {
                py.append("# torch's sqrt on an x86 CPU (MKL's) may round Adam's denominator an ulp away from the\n");
                py.append("# nearest float, which DescentFX takes: W and b may then differ in their 7th or 8th digit\n");
            }
            py.append("optimizer = ").append(config.optimizer().torchCall(bias ? "[W, b]" : "[W]",
                    number(config.learningRate()), PyTorchScript::number)).append("\n\n");
        } else {
            py.append("lr = ").append(number(config.learningRate())).append('\n');
            if (config.momentum() != 0) {
                py.append("momentum = ").append(number(config.momentum())).append('\n');
                py.append("velocity = None   # the momentum buffer, as optim.SGD keeps it\n");
                if (config.bias()) {
                    py.append("velocity_b = None\n");
                }
            }
            py.append('\n');
        }
        loop(py, bias, byHand, one);
        return py.toString();
    }

    private void data(StringBuilder py, Dataset data) {
        if (csv != null && data.size() > INLINE_ROWS) {
            // the path as it was given: run the script from the same folder
            py.append("with open(").append(pythonString(csv.file().toString()))
                    .append(", newline='', encoding='utf-8-sig') as f:\n");
            StringJoiner wanted = new StringJoiner(", ", "(", ",)");
            csv.features().forEach(c -> wanted.add(pythonString(c)));
            wanted.add(pythonString(csv.target()));
            py.append("    # rows with a blank cell are skipped, as DescentFX skips them\n");
            py.append("    rows = [r for r in csv.DictReader(f) if all((r.get(c) or '').strip() for c in ").append(wanted).append(")]\n");
            StringJoiner columns = new StringJoiner(", ", "[", "]");
            for (String feature : csv.features()) {
                columns.add("float(r[" + pythonString(feature) + "])");
            }
            py.append("x_train = torch.FloatTensor([").append(columns).append(" for r in rows])\n");
            py.append("y_train = torch.FloatTensor([[float(r[").append(pythonString(csv.target())).append("])] for r in rows])\n\n");
            return;
        }
        StringJoiner x = new StringJoiner(", ", "[", "]"), y = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < data.size(); i++) {
            StringJoiner row = new StringJoiner(", ", "[", "]");
            for (int j = 0; j < data.features(); j++) {
                row.add(value(data.x(i, j)));
            }
            x.add(row.toString());
            y.add("[" + value(data.y(i)) + "]");
        }
        py.append("x_train = torch.FloatTensor(").append(x).append(")\n");
        py.append("y_train = torch.FloatTensor(").append(y).append(")\n\n");
    }

    private void parameters(StringBuilder py, boolean bias, boolean byHand, boolean one) {
        String grad = byHand ? "" : ", requires_grad=True";
        float[] w0 = config.initialW();
        boolean zeros = true;
        for (float w : w0) {
            zeros &= w == 0 && 1 / w > 0;
        }
        if (one && zeros) {
            py.append("W = torch.zeros(1").append(grad).append(")\n");
        } else {
            StringJoiner values = new StringJoiner(", ", "[", "]");
            for (float w : w0) {
                values.add(one ? value(w) : "[" + value(w) + "]");
            }
            py.append("W = torch.tensor(").append(values).append(", dtype=torch.float32").append(grad).append(")\n");
        }
        if (bias) {
            float b0 = config.initialB();
            py.append(b0 == 0 && 1 / b0 > 0 ? "b = torch.zeros(1" + grad + ")\n"
                    : "b = torch.tensor([" + value(b0) + "], dtype=torch.float32" + grad + ")\n");
        }
        py.append('\n');
    }

    private void loop(StringBuilder py, boolean bias, boolean byHand, boolean one) {
        String hypothesis = (one ? "x_train * W" : "x_train.matmul(W)") + (bias ? " + b" : "");
        py.append("nb_epochs = ").append(epochs).append('\n');
        py.append("for epoch in range(nb_epochs + 1):\n");
        py.append("    hypothesis = ").append(hypothesis).append('\n');
        py.append("    cost = torch.mean((hypothesis - y_train) ** 2)\n");
        if (byHand) {
            // the lesson's part 2: the gradient by the formula, then W -= lr * gradient
            if (one && !bias) {
                py.append("    gradient = 2 * torch.mean((W * x_train - y_train) * x_train)\n");
            } else {
                py.append("    residual = hypothesis - y_train\n");
                py.append(one ? "    gradient = 2 * torch.mean(residual * x_train)\n"
                        : "    gradient = torch.stack([2 * torch.mean(residual * x_train[:, j:j + 1]) for j in range(x_train.shape[1])]).reshape(W.shape)\n");
                if (bias) {
                    py.append("    gradient_b = 2 * torch.mean(residual)\n");
                }
            }
        } else {
            if (config.zeroGrad()) {
                py.append("    optimizer.zero_grad()\n");
            } else {
                py.append("    # no optimizer.zero_grad(): the gradients of successive epochs pile up\n");
            }
            py.append("    cost.backward()\n");
        }
        py.append("    values = W.reshape(-1).tolist()").append(bias ? " + [b.item()]" : "").append(" + [cost.item()]\n");
        py.append("    blew_up = not all(math.isfinite(v) for v in values)\n");
        String chosen = printEvery > 0 ? "epoch % " + printEvery + " == 0 or epoch == nb_epochs or blew_up"
                : "epoch == nb_epochs or blew_up";
        py.append("    if ").append(chosen).append(":\n");
        String w = one ? "{:.3f}" : "[{}]";
        String wValue = one ? "W.item()" : "', '.join('{:.3f}'.format(v) for v in W.reshape(-1).tolist())";
        py.append("        print('Epoch {:4d}/{} W: ").append(w).append(bias ? ", b: {:.3f}" : "").append(" Cost: {:.6f}'.format(\n");
        py.append("            epoch, nb_epochs, ").append(wValue).append(bias ? ", b.item()" : "").append(", cost.item()))\n");
        py.append("    if epoch == nb_epochs or blew_up:\n");
        py.append("        break\n");
        if (!byHand) {
            py.append("    optimizer.step()\n");
            return;
        }
        boolean momentum = config.momentum() != 0;
        if (momentum) {
            // optim.SGD's buffer: the first step takes the gradient, then v := momentum * v + gradient
            py.append("    velocity = gradient.clone() if velocity is None else velocity.mul_(momentum).add_(gradient)\n");
            if (bias) {
                py.append("    velocity_b = gradient_b.clone() if velocity_b is None else velocity_b.mul_(momentum).add_(gradient_b)\n");
            }
        }
        py.append("    with torch.no_grad():\n");
        py.append("        W -= lr * ").append(momentum ? "velocity" : "gradient").append('\n');
        if (bias) {
            py.append("        b -= lr * ").append(momentum ? "velocity_b" : "gradient_b").append('\n');
        }
    }

    /** A float32 as Python reads it back to the same float32 through torch.FloatTensor (double, then float). */
    static String value(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7 && !(v == 0 && 1 / v < 0)) {
            return Long.toString((long) v);   // the lesson writes [[1], [2], [3]]
        }
        String shortest = Float.toString(v);
        return (float) Double.parseDouble(shortest) == v ? shortest : new BigDecimal(v).toString();
    }

    private static String number(double v) {
        return Double.toString(v);
    }

    private static String pythonString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
