package dev.descentfx.lesson;

import dev.descentfx.training.CostSurface;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.Run;
import dev.descentfx.training.TrainingConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * A lesson's steps run headless: each step's state is what its actions and those of the steps
 * before it set (data, bias, gradient mode, α, where W and b start, the epoch), and that state is a
 * run of those settings from epoch 0 to the epoch, trained by the same {@link Run} the window uses.
 * {@link #check} tests every {@code expect} of a lesson against it: what {@code lesson check} does.
 */
public final class LessonRun {
    /** The settings one step leaves in force. */
    public record State(float[] x, float[] y, boolean bias, GradientMode mode, double alpha, float w0, float b0,
                        int epoch) {

        /** The lesson's own start, {@link TrainingConfig#lesson()}: its data, with b, autograd, its α, W = b = 0, epoch 0. */
        static State lesson() {
            TrainingConfig c = TrainingConfig.lesson();
            return new State(c.data().xFlat(), c.data().y(), c.bias(), c.mode(), c.learningRate(), c.initialW()[0],
                    c.initialB(), 0);
        }

        public State with(Action a) {
            if (a instanceof Action.Data d) {
                return new State(d.x(), d.y(), bias, mode, alpha, w0, b0, epoch);
            } else if (a instanceof Action.Bias on) {
                return new State(x, y, on.on(), mode, alpha, w0, on.on() ? b0 : 0, epoch);
            } else if (a instanceof Action.Mode m) {
                return new State(x, y, bias, m.mode(), alpha, w0, b0, epoch);
            } else if (a instanceof Action.LearningRate r) {
                return new State(x, y, bias, mode, r.alpha(), w0, b0, epoch);
            } else if (a instanceof Action.Initial i) {
                return new State(x, y, bias, mode, alpha, i.w(), i.b(), epoch);
            } else if (a instanceof Action.Epoch e) {
                return new State(x, y, bias, mode, alpha, w0, b0, e.n());
            }
            return this;   // where inside the epoch, which view and what is pointed at change no number
        }

        /** The run's settings: SGD (plain, as the lesson's), zero_grad called. */
        public TrainingConfig settings() {
            return new TrainingConfig(Dataset.of(x, y), new float[] {w0}, bias ? b0 : 0, bias, alpha, mode, 0);
        }
    }

    /** One step's numbers: its record, and the next one (the step the student predicts). */
    public record Numbers(State state, EpochRecord record, EpochRecord next, double criticalAlpha) {

        /** The quantity as the step's text, questions and claims name it. */
        public double value(Quantity q) {
            return switch (q) {
                case W -> record.weights()[0];
                case B -> record.b();
                case COST -> record.cost();
                case GRAD_W -> record.gradWeights()[0];
                case GRAD_B -> record.gradB();
                case NEXT_W -> next.weights()[0];
                case NEXT_COST -> next.cost();
                case ALPHA -> state.alpha();
                case CRITICAL_ALPHA -> criticalAlpha;
                case EPOCH -> record.epoch();
            };
        }
    }

    private LessonRun() {
    }

    /** The state each step leaves, in order. */
    public static List<State> states(Lesson lesson) {
        List<State> states = new ArrayList<>();
        State s = State.lesson();
        for (Step step : lesson.steps()) {
            for (Action a : step.actions()) {
                s = s.with(a);
            }
            states.add(s);
        }
        return states;
    }

    /** The numbers of one state: a fresh run of its settings trained to its epoch and one step beyond. */
    public static Numbers numbers(State s) {
        TrainingConfig config = s.settings();
        Run run = new Run(config);
        while (run.last().epoch() < s.epoch() + 1) {
            run.extend();
        }
        double critical = CostSurface.of(config.data(), s.bias()).criticalLearningRate();
        return new Numbers(s, run.record(s.epoch()), run.record(s.epoch() + 1), critical);
    }

    /**
     * Every claim of {@code lesson} tested: the first that does not hold is thrown as a
     * {@link LessonError} naming the step's line, the claim and the value the run really has.
     *
     * @return the number of claims checked
     */
    public static int check(Lesson lesson) throws LessonError {
        List<State> states = states(lesson);
        int claims = 0;
        for (int i = 0; i < states.size(); i++) {
            Step step = lesson.steps().get(i);
            State s = states.get(i);
            Numbers n = null;
            for (Action a : step.actions()) {
                if (a instanceof Action.Expect e) {
                    n = n == null ? numbers(s) : n;
                    double real = n.value(e.quantity());
                    claims++;
                    if (!(Math.abs(real - e.value()) <= e.tolerance())) {
                        throw new LessonError(lesson.source(), step.line(), "step '" + step.title() + "' claims "
                                + e.quantity().name().toLowerCase(java.util.Locale.ROOT) + " " + e.value() + " ±" + e.tolerance()
                                + ", but the run has " + real + " at epoch " + s.epoch() + "; fix the number or the step's actions");
                    }
                }
            }
        }
        return claims;
    }
}
