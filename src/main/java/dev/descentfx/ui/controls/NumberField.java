package dev.descentfx.ui.controls;

import javafx.beans.value.ObservableStringValue;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A typed field for one number of the ViewModel. It shows the ViewModel's value; Enter applies
 * what was typed and gives the keys back to the window, leaving the field applies it too. Text
 * that is not a number stays as typed, marked {@code :invalid}, with a message saying what to
 * type, and nothing changes. Esc puts the ViewModel's value back and leaves the field, so Space,
 * R and the arrows are the window's again at once.
 */
public final class NumberField<N extends Number> extends TextField {
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ObservableValue<? extends Number> value;
    private final Function<Number, String> format;
    private final Function<String, N> parse;
    private final ObservableStringValue whatToType;
    private final Consumer<N> apply;
    private final Tooltip help;
    private final Tooltip message = new Tooltip();
    private Runnable onEnter = () -> { };

    /**
     * @param parse      the typed text as a number, or null if it is not one this field takes
     * @param whatToType the message for bad text, {0} the text: "“{0}” is not a number: type one like 0.01"
     * @param apply      the ViewModel's command for a typed number
     */
    public NumberField(ObservableValue<? extends Number> value, Function<Number, String> format, Function<String, N> parse,
                       ObservableStringValue whatToType, Consumer<N> apply, ObservableStringValue help) {
        this.value = value;
        this.format = format;
        this.parse = parse;
        this.whatToType = whatToType;
        this.apply = apply;
        this.help = Tips.of(help);
        createView();
        init();
    }

    /** What Enter does after applying the number (the Run-to field also runs there). */
    public void setOnEnter(Runnable action) {
        onEnter = action;
    }

    /** True while the text is not a number this field takes. */
    public boolean isInvalid() {
        return getPseudoClassStates().contains(INVALID);
    }

    private void createView() {
        getStyleClass().add("number-field");
        message.getStyleClass().add("invalid-message");
        message.setAutoHide(true);
        setTooltip(help);
    }

    private void init() {
        showValue();
        value.addListener((obs, old, now) -> {
            N typed = parse.apply(getText());
            if (!isFocused() || typed == null || typed.doubleValue() != now.doubleValue()) {
                showValue();
            }
        });
        setOnAction(e -> {
            if (commit()) {
                onEnter.run();
                leave();
            }
        });
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                showValue();
                leave();
                e.consume();
            }
        });
    }

    /** Applies the typed number (if any was typed); false, with the text marked and a message, when it is not one. */
    public boolean commit() {
        if (Objects.equals(getText(), format.apply(value.getValue()))) {
            return true;   // nothing typed: the shown value, maybe rounded, is not applied again
        }
        N typed = parse.apply(getText());
        if (typed == null) {
            markInvalid();
            return false;
        }
        apply.accept(typed);
        showValue();
        return true;
    }

    private void showValue() {
        setText(format.apply(value.getValue()));
        pseudoClassStateChanged(INVALID, false);
        setTooltip(help);
        message.hide();
    }

    private void markInvalid() {
        pseudoClassStateChanged(INVALID, true);
        message.setText(whatToType.get().replace("{0}", getText().trim()));
        setTooltip(message);
        Bounds b = getScene() == null || getScene().getWindow() == null ? null : localToScreen(getBoundsInLocal());
        if (b != null && getScene().getWindow().isShowing()) {
            message.show(this, b.getMinX(), b.getMaxY() + 4);
        }
    }

    private void leave() {
        if (getScene() != null) {
            getScene().getRoot().requestFocus();
        }
    }
}
