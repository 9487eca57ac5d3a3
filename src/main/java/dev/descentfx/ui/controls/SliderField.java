package dev.descentfx.ui.controls;

import javafx.beans.value.ObservableStringValue;
import dev.descentfx.ui.run.Words;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A labelled slider and a typed field for one number of the ViewModel. Both show the
 * ViewModel's value; moving the slider or typing calls the ViewModel's command (see
 * {@link NumberField} for Enter, Esc and text that is not a number). A log slider moves in
 * powers of ten.
 */
final class SliderField extends VBox {
    final Slider slider = new Slider();
    final NumberField<Double> field;
    private final boolean log;

    SliderField(ObservableStringValue label, ObservableValue<Number> value, DoubleConsumer command, double min,
                double max, boolean log, DoubleFunction<String> format, ObservableStringValue help,
                ObservableStringValue notANumber) {
        this.log = log;
        this.field = new NumberField<>(value, v -> format.apply(v.doubleValue()), SliderField::parse,
                notANumber, command::accept, help);
        createView(label, min, max, help);
        TwoWay.bind(slider.valueProperty(), value, v -> toSlider(v.doubleValue()),
                s -> command.accept(fromSlider(s.doubleValue())));
    }

    private void createView(ObservableStringValue label, double min, double max, ObservableStringValue help) {
        Label name = new Label();
        name.textProperty().bind(label);
        name.getStyleClass().add("control-label");
        field.setPrefColumnCount(7);          // "0.0001" and "−1.25" fit whole:
        field.setMinWidth(Region.USE_PREF_SIZE); // the field never narrows so its first digit scrolls away
        Region gap = new Region();
        HBox header = new HBox(8, name, gap, field);
        HBox.setHgrow(gap, Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);
        slider.setMin(toSlider(min));
        slider.setMax(toSlider(max));
        slider.setShowTickMarks(true);
        slider.setMajorTickUnit(log ? 1 : Math.max(1, Math.round((max - min) / 6)));
        slider.setMinorTickCount(log ? 0 : 1);
        Tooltip.install(slider, Tips.of(help));
        getChildren().addAll(header, slider);
        setSpacing(2);
    }

    double toSlider(double v) {
        return log ? Math.log10(v) : v;
    }

    /** A slider position as a round number: three significant digits on a log slider, two decimals else. */
    private double fromSlider(double s) {
        if (log) {
            return new BigDecimal(Math.pow(10, s)).round(new MathContext(3)).doubleValue();
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
