package dev.descentfx.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The DescentFX window (placeholder until the teaching window lands). */
public final class DescentFxApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("DescentFX");
        stage.setScene(new Scene(new Label("DescentFX"), 1024, 768));
        stage.show();
    }

    public static void main(String[] args) {
        launch(DescentFxApp.class, args);
    }
}
