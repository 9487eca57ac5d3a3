package dev.descentfx.ui;

import dev.descentfx.ui.run.DataEdits;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * Why a point edit was refused ("The last point stays …"), over the top of the plots for four
 * seconds; clicks go through it.
 */
final class EditNotice extends StackPane {
    private final PauseTransition hide = new PauseTransition(Duration.seconds(4));

    EditNotice(DataEdits data) {
        Label note = new Label();
        note.setId("editNotice");
        note.getStyleClass().add("edit-notice");
        note.setWrapText(true);
        note.textProperty().bind(data.noteProperty());
        note.maxWidthProperty().bind(widthProperty().subtract(24));
        note.setMinHeight(Label.USE_PREF_SIZE);
        getStyleClass().add("edit-notice-layer");   // below the tabs' row, over the plots' titles
        setMinSize(0, 0);
        getChildren().add(note);
        setAlignment(Pos.TOP_CENTER);
        setMouseTransparent(true);
        setPickOnBounds(false);
        visibleProperty().bind(data.noteProperty().isNotEmpty());
        hide.setOnFinished(e -> data.clearNote());
        data.noteProperty().addListener((obs, old, text) -> {
            if (text.isEmpty()) {
                hide.stop();
            } else {
                hide.playFromStart();
            }
        });
    }
}
