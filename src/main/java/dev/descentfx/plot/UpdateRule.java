package dev.descentfx.plot;

import dev.descentfx.training.OptimizerSettings;
import dev.descentfx.training.OptimizerSettings.Adam;
import dev.descentfx.training.OptimizerSettings.Sgd;

/**
 * The update an optimizer makes, written once for the window's next-step line (plain text) and
 * the Formula panel (TeX, {@link Formulas}): the lesson's {@code W := W − α∇W}, SGD's momentum
 * ({@code v := μv + (1 − dampening)g}, Nesterov, weight decay) and Adam's
 * {@code W := W − α·m̂/(√v̂ + ε)} with its moving averages and bias corrections, each with the run's
 * own numbers for μ, β1, β2, ε and λ. (α, ∇W and the optimizer's state are the run's too; the plain
 * rule is written out with them elsewhere, see {@link Numbers#worked}.)
 */
public final class UpdateRule {
    private UpdateRule() {
    }

    /** The lesson's plain SGD: no momentum, no weight decay, so W − α∇W with this record's numbers is the step. */
    public static boolean plain(OptimizerSettings o) {
        return o instanceof Sgd s && s.momentum() == 0 && s.weightDecay() == 0;
    }

    /** One line of plain text: {@code W := W − α·m_hat/(√v_hat + 1e-8)}, {@code W := W − α·v,  v := 0.9·v + ∇W}. */
    public static String text(OptimizerSettings o, String p) {
        String g = o instanceof Sgd s && s.weightDecay() != 0 || o instanceof Adam a && a.weightDecay() != 0
                ? "(∇" + p + " + " + n(decay(o)) + "·" + p + ")" : "∇" + p;
        if (o instanceof Adam a) {
            // m_hat, v_hat: the bias-corrected running means of ∇W and ∇W² (the Formula panel writes them out)
            return p + " := " + p + " − α·m_hat/(√v_hat + " + n(a.eps()) + ")";
        }
        Sgd s = (Sgd) o;
        if (s.momentum() == 0) {
            return p + " := " + p + " − α·" + g;
        }
        String v = "v := " + n(s.momentum()) + "·v + " + (s.dampening() == 0 ? "" : n(1 - s.dampening()) + "·") + g;
        return p + " := " + p + " − α·" + (s.nesterov() ? "(" + g + " + " + n(s.momentum()) + "·v)" : "v") + ",  " + v;
    }

    /**
     * The rule in TeX for the Formula panel, {@code brk} where a long line may wrap, at step t
     * (Adam's bias corrections count the steps: the step after record k is step k + 1).
     */
    static String tex(OptimizerSettings o, String p, int t, String brk) {
        boolean decay = decay(o) != 0;
        String g = decay ? "(\\nabla " + p + " + " + k(decay(o)) + "\\," + p + ")" : "\\nabla " + p;
        if (o instanceof Adam a) {
            String m = "m_{" + p + "}", v = "v_{" + p + "}";
            return m + " := " + k(a.beta1()) + "\\," + m + " + " + k(1 - a.beta1()) + "\\," + g
                    + ",\\quad " + brk + v + " := " + k(a.beta2()) + "\\," + v + " + "
                    + k(1 - a.beta2()) + "\\," + (decay ? g : "(" + g + ")") + "^2,\\quad " + brk
                    + "\\hat m_{" + p + "} := " + m + "/(1 - " + k(a.beta1()) + "^{" + t + "}),\\quad " + brk
                    + "\\hat v_{" + p + "} := " + v + "/(1 - " + k(a.beta2()) + "^{" + t + "}),\\quad " + brk
                    + p + " := " + p + " - \\alpha\\,\\hat m_{" + p + "}/(\\sqrt{\\hat v_{" + p + "}} + " + epsTex(a.eps()) + ")";
        }
        Sgd s = (Sgd) o;
        String v = "v_{" + p + "}";
        if (s.momentum() == 0) {
            return p + " := " + p + " - \\alpha\\," + g;
        }
        String direction = s.nesterov() ? "(" + g + " + " + k(s.momentum()) + "\\," + v + ")" : v;
        return v + " := " + k(s.momentum()) + "\\," + v + " + "
                + (s.dampening() == 0 ? "" : k(1 - s.dampening()) + "\\,") + g + ",\\quad " + brk
                + p + " := " + p + " - \\alpha\\," + direction;
    }

    private static double decay(OptimizerSettings o) {
        return o instanceof Adam a ? a.weightDecay() : ((Sgd) o).weightDecay();
    }

    // a setting as the lesson's code types it (0.9, 0.999, 0.1; 1 - 0.999 as 0.001), in TeX
    private static String k(double v) {
        return LessonCode.number((float) v);
    }

    private static String epsTex(double eps) {
        int e = (int) Math.floor(Math.log10(eps));
        return eps > 0 && Math.pow(10, e) == eps ? "10^{" + e + "}" : Formulas.tex(eps, 3);
    }

    private static String n(double v) {
        return v != 0 && Math.abs(v) < 1e-3 ? String.format(java.util.Locale.ROOT, "%.0e", v).replace("e-0", "e-") : LessonCode.number(v);
    }
}
