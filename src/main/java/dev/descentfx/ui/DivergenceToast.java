package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * For six seconds after the run blows up: "Training paused" and what to do, over the bottom of
 * the plots, where it hides no control (the reason stays in the banner above the plots). Clicks go
 * through it.
 */
final class DivergenceToast extends StackPane {
    private final PauseTransition hide = new PauseTransition(Duration.seconds(6));

    DivergenceToast(DescentViewModel vm) {
        Label title = new Label(null, new FontIcon("mdi2a-alert"));
        title.textProperty().bind(vm.text("toast.title"));
        title.getStyleClass().add("toast-title");
        title.setWrapText(true);
        Label advice = new Label();
        advice.textProperty().bind(vm.text("toast.advice"));
        advice.setWrapText(true);
        VBox card = new VBox(4, title, advice);
        card.setId("divergenceToast");
        card.getStyleClass().add("divergence-toast");
        // as wide as its words, at most the plots' width (then it wraps); the toast itself asks for no
        // room, so it never widens the plots area (a wrapping card's minimum would follow its width)
        card.maxWidthProperty().bind(widthProperty().subtract(24));
        card.setMaxHeight(VBox.USE_PREF_SIZE);
        card.setMinHeight(VBox.USE_PREF_SIZE);
        setMinSize(0, 0);
        getChildren().add(card);
        setAlignment(Pos.BOTTOM_CENTER);
        setMouseTransparent(true);
        setPickOnBounds(false);
        setVisible(false);
        hide.setOnFinished(e -> setVisible(false));
        vm.divergenceMessageProperty().addListener((obs, old, message) -> {
            if (message.isEmpty()) {
                hide.stop();
                setVisible(false);
            } else {
                setVisible(true);
                hide.playFromStart();
            }
        });
    }
}
