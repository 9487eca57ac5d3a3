package dev.descentfx.ui.run;

import dev.descentfx.training.generate.DataRecipe;
import dev.descentfx.training.generate.DataRecipe.Kind;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "make data" form: what kind of data, and its slope, intercept, noise σ, number of points and
 * seed as typed. What is typed is the form's (the dialog's fields bind to it both ways); the
 * recipe, and what is wrong with the typing, are read from it. Generating puts the recipe's run in
 * force from epoch 0 ({@link DescentViewModel#start}). Part of the ViewModel: no toolkit.
 */
public final class DataForm {
    private final DescentViewModel vm;

    // Properties
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.LINE);
    private final StringProperty slope = new SimpleStringProperty(this, "slope", "2");
    private final StringProperty intercept = new SimpleStringProperty(this, "intercept", "1");
    private final StringProperty noise = new SimpleStringProperty(this, "noise", "0.5");
    private final StringProperty points = new SimpleStringProperty(this, "points", "20");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    /** The first thing wrong with what is typed, in the window's language naming the field; empty when nothing is. */
    private final StringBinding problem;
    /** The recipe typed, or null while something is wrong. */
    private final ObjectBinding<DataRecipe> recipe;
    /** Slope, σ, points and seed apply to drawn data (not to Anscombe's sets); the intercept not through the origin. */
    private final BooleanBinding drawn;
    private final BooleanBinding hasIntercept;

    DataForm(DescentViewModel vm) {
        this.vm = vm;
        problem = Bindings.createStringBinding(this::firstProblem, kind, slope, intercept, noise, points, seed,
                vm.languageProperty());
        recipe = Bindings.createObjectBinding(() -> problem.get().isEmpty() ? parsed() : null, problem);
        drawn = Bindings.createBooleanBinding(() -> kind.get().drawn(), kind);
        hasIntercept = Bindings.createBooleanBinding(() -> kind.get().drawn() && kind.get() != Kind.THROUGH_ORIGIN, kind);
    }

    public ObjectProperty<Kind> kindProperty() { return kind; }
    public StringProperty slopeProperty() { return slope; }
    public StringProperty interceptProperty() { return intercept; }
    public StringProperty noiseProperty() { return noise; }
    public StringProperty pointsProperty() { return points; }
    public StringProperty seedProperty() { return seed; }
    public StringBinding problemProperty() { return problem; }
    public ObjectBinding<DataRecipe> recipeProperty() { return recipe; }
    public BooleanBinding drawnProperty() { return drawn; }
    public BooleanBinding hasInterceptProperty() { return hasIntercept; }

    /** A kind's name in the window's language: "A line with noise". */
    public StringBinding name(Kind k) {
        return vm.text("generate.kind." + k.name().toLowerCase(java.util.Locale.ROOT).replace("_", ""));
    }

    // Commands

    /** Trains on the recipe typed from epoch 0, paused; false (and nothing changes) while something is wrong. */
    public boolean generate() {
        DataRecipe r = recipe.get();
        if (r == null) {
            return false;
        }
        vm.setTarget(r.epochs());
        vm.start(r.config());
        return true;
    }

    // the machinery

    private String firstProblem() {
        if (!kind.get().drawn()) {
            return "";
        }
        String wrong = number("generate.slope", slope.get(), false);
        if (wrong.isEmpty() && hasIntercept()) {
            wrong = number("generate.intercept", intercept.get(), false);
        }
        if (wrong.isEmpty()) {
            wrong = number("generate.noise", noise.get(), true);
        }
        if (wrong.isEmpty()) {
            Long n = whole(points.get());
            wrong = n != null && n >= DataRecipe.MIN_POINTS && n <= DataRecipe.MAX_POINTS ? ""
                    : say("generate.badPoints", word("generate.points"), points.get().trim(), DataRecipe.MIN_POINTS,
                    DataRecipe.MAX_POINTS);
        }
        if (wrong.isEmpty() && whole(seed.get()) == null) {
            wrong = say("generate.badSeed", word("generate.seed"), seed.get().trim());
        }
        return wrong;
    }

    private boolean hasIntercept() {
        return kind.get() != Kind.THROUGH_ORIGIN;
    }

    /** What is wrong with a typed number (empty if nothing): not a number, too large, or below 0 for σ. */
    private String number(String field, String text, boolean spread) {
        Double v = decimal(text);
        if (v == null) {
            return say("generate.notANumber", word(field), text.trim());
        }
        if (Math.abs(v) > DataRecipe.MAX_VALUE) {
            return say("generate.tooLarge", word(field), (long) DataRecipe.MAX_VALUE);
        }
        return spread && v < 0 ? say("generate.negativeNoise", word(field)) : "";
    }

    private DataRecipe parsed() {
        if (!kind.get().drawn()) {
            return new DataRecipe(kind.get(), 0, 0, 0, 0, 0);
        }
        return new DataRecipe(kind.get(), decimal(slope.get()), hasIntercept() ? decimal(intercept.get()) : 0,
                decimal(noise.get()), (int) (long) whole(points.get()), whole(seed.get()));
    }

    /** A decimal as a person types it (−0.5 with either minus sign, 1e3), or null. */
    static Double decimal(String text) {
        try {
            double v = Double.parseDouble(text.trim().replace(Words.MINUS, "-"));
            return Double.isFinite(v) && !text.trim().matches("(?i).*[a-df-z].*") ? v : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /** A whole number ("1,000" and "1_000" too), or null. */
    static Long whole(String text) {
        try {
            return Long.parseLong(text.trim().replace(Words.MINUS, "-").replace(",", "").replace("_", ""));
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private String word(String key) {
        return vm.languageProperty().get().text(key);
    }

    private String say(String key, Object... args) {
        return vm.languageProperty().get().text(key, args);
    }
}
