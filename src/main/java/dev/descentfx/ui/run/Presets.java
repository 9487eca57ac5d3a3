package dev.descentfx.ui.run;

import dev.descentfx.training.LessonPreset;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The lesson's runs in one click ({@link LessonPreset}: part 1, part 2 by hand, y = x), the
 * screen that offers them over the plots on the very first start, and the form that makes data.
 * Part of the ViewModel (bindings only, no toolkit): a preset goes through the ViewModel's one
 * command that puts a whole run's settings in force ({@link DescentViewModel#start}), so the
 * settings keep one owner, the run. Whether the first-run screen was shown is kept in a
 * {@link Preferences} node ({@link #remember}).
 */
public final class Presets {
    static final String OFFERED_KEY = "presetsOffered";

    private final DescentViewModel vm;
    private final DataForm dataForm;

    // Properties
    private final ReadOnlyBooleanWrapper chooserVisible = new ReadOnlyBooleanWrapper(this, "chooserVisible");
    /** The preset whose run is in force at the epoch on screen, or null once a setting differs from every one. */
    private final ObjectBinding<LessonPreset> current;

    Presets(DescentViewModel vm) {
        this.vm = vm;
        dataForm = new DataForm(vm);
        current = Bindings.createObjectBinding(() -> LessonPreset.of(vm.settingsProperty().get()), vm.settingsProperty());
    }

    /** The preset in force (the menu checks it), or null. */
    public ObjectBinding<LessonPreset> currentProperty() { return current; }
    /** The screen over the plots that offers the presets: on the first start, or from the menu. */
    public ReadOnlyBooleanProperty chooserVisibleProperty() { return chooserVisible.getReadOnlyProperty(); }

    /** The preset's name in the window's language: "Part 1: H(x) = Wx + b, α 0.01". */
    public StringBinding name(LessonPreset p) {
        return vm.text(p.key(), Words.rate(p.config().learningRate()));
    }

    /** Its data, start and length in a line: "x = 1, 2, 3   y = 2, 4, 6   W = b = 0   optim.SGD   to epoch 1000". */
    public StringBinding detail(LessonPreset p) {
        return vm.text(p.key() + ".detail", values(p.config().data().xFlat()), values(p.config().data().y()), p.epochs());
    }

    /** The form that makes data (a line with noise, outliers, Anscombe's sets …) and trains on it. */
    public DataForm dataForm() { return dataForm; }

    // Commands

    /** Puts {@code preset}'s run in force (data, start, bias, mode, α and its Run-to epoch), paused at epoch 0. */
    public void choose(LessonPreset preset) {
        if (preset != null) {
            vm.setTarget(preset.epochs());
            vm.start(preset.config());
        }
        chooserVisible.set(false);
    }

    /** Shows the screen that offers the presets (the menu's Show the start screen…). */
    public void showChooser() {
        chooserVisible.set(true);
    }

    /** "Just start" or Esc: the screen goes and the run on screen stays as it is. */
    public void closeChooser() {
        chooserVisible.set(false);
    }

    /**
     * From now on {@code node} remembers that the presets were offered: on the first start with
     * it the screen shows, and never again by itself.
     */
    public void remember(Preferences node) {
        if (!node.getBoolean(OFFERED_KEY, false)) {
            chooserVisible.set(true);
            node.putBoolean(OFFERED_KEY, true);
            try {
                node.flush();   // a window closed by force still counts as the first start
            } catch (BackingStoreException unwritable) {
                // kept for this start only: the screen shows once more next time
            }
        }
    }

    /** 1, 2, 3 as the lesson writes them (whole numbers without ".0"). */
    private static String values(float[] v) {
        StringBuilder s = new StringBuilder();
        for (float x : v) {
            s.append(s.length() == 0 ? "" : ", ").append(x == Math.rint(x) ? Long.toString((long) x) : Words.number(x));
        }
        return s.toString();
    }
}
