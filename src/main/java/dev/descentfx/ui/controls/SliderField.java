package dev.descentfx.ui.controls;

import dev.descentfx.ui.run.Words;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A labelled slider and a typed field for one number of the ViewModel. Both show the
 * ViewModel's value; moving the slider or typing (Enter or leaving the field) calls the
 * ViewModel's command. A log slider moves in powers of ten.
 */
final class SliderField extends VBox {
    final Slider slider = new Slider();
    final TextField field = new TextField();
    private final boolean log;
    private boolean showing;

    SliderField(String label, ObservableDoubleValue value, DoubleConsumer command, double min, double max, boolean log,
                DoubleFunction<String> format, String help) {
        this.log = log;
        Label name = new Label(label);
        name.getStyleClass().add("control-label");
        field.setPrefColumnCount(6);
        field.getStyleClass().add("number-field");
        HBox header = new HBox(8, name, new javafx.scene.layout.Region(), field);
        HBox.setHgrow(header.getChildren().get(1), Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);
        slider.setMin(toSlider(min));
        slider.setMax(toSlider(max));
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit(log ? 1 : Math.max(1, Math.round((max - min) / 6)));
        slider.setMinorTickCount(log ? 0 : 1);
        Tooltip tip = new Tooltip(help);
        Tooltip.install(slider, tip);
        Tooltip.install(field, tip);
        getChildren().addAll(header, slider);
        setSpacing(2);

        show(value.get(), format);
        value.addListener((obs, old, now) -> show(now.doubleValue(), format));
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!showing) {
                command.accept(fromSlider(now.doubleValue()));
            }
        });
        Runnable commit = () -> {
            Double typed = parse(field.getText());
            if (typed == null) {
                field.getStyleClass().add("invalid");
                field.setTooltip(new Tooltip("\"" + field.getText() + "\" is not a number: type one like 0.01 or -1.5"));
            } else {
                field.getStyleClass().remove("invalid");
                field.setTooltip(tip);
                command.accept(typed);
            }
            show(value.get(), format);
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
    }

    private void show(double v, DoubleFunction<String> format) {
        showing = true;
        if (Math.abs(slider.getValue() - toSlider(v)) > 1e-9) {
            slider.setValue(toSlider(v));
        }
        if (!field.isFocused() || parse(field.getText()) == null || parse(field.getText()) != v) {
            field.setText(format.apply(v));
        }
        showing = false;
    }

    double toSlider(double v) {
        return log ? Math.log10(v) : v;
    }

    /** A slider position as a round number: three significant digits on a log slider, two decimals else. */
    private double fromSlider(double s) {
        if (log) {
            return new java.math.BigDecimal(Math.pow(10, s)).round(new java.math.MathContext(3)).doubleValue();
        }
        return Math.round(s * 100) / 100.0;
    }

    private static Double parse(String text) {
        try {
            double v = Double.parseDouble(text.trim().replace(Words.MINUS, "-").replace(',', '.'));
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
