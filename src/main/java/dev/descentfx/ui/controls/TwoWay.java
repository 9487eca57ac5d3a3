package dev.descentfx.ui.controls;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;

/**
 * A control that shows one ViewModel value and sends what the user does to a command, without a
 * feedback loop. Values flow back: the control shows {@code value} now and whenever it changes.
 * Commands flow out: a change the user makes goes to {@code command}, and then the control shows
 * the ViewModel's value again, so a refused or rounded change shows what the ViewModel kept.
 * Changes made here to show the value are never sent as commands.
 */
public final class TwoWay {
    private TwoWay() {
    }

    /** {@code control} shows {@code value} as it is. */
    public static <T> void bind(Property<T> control, ObservableValue<? extends T> value, Consumer<? super T> command) {
        bind(control, value, v -> v, command);
    }

    /** {@code control} shows {@code show(value)}; the user's changes go to {@code command}. */
    public static <C, V> void bind(Property<C> control, ObservableValue<V> value, Function<? super V, ? extends C> show,
                                   Consumer<? super C> command) {
        Showing showing = new Showing();
        Runnable showValue = () -> {
            C shown = show.apply(value.getValue());
            if (!Objects.equals(control.getValue(), shown)) {
                showing.on = true;
                try {
                    control.setValue(shown);
                } finally {
                    showing.on = false;
                }
            }
        };
        showValue.run();
        value.addListener((obs, old, now) -> showValue.run());
        control.addListener((obs, old, now) -> {
            if (!showing.on) {
                command.accept(now);
                showValue.run();
            }
        });
    }

    private static final class Showing {
        boolean on;
    }
}
