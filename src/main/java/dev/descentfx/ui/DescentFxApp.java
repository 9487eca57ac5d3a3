package dev.descentfx.ui;

import dev.descentfx.ui.plots.SaveLocation;
import dev.descentfx.ui.run.DescentViewModel;

import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The DescentFX window: the lesson's run, ready to step through. */
public final class DescentFxApp extends Application {
    private AnimationTimer clock;

    @Override
    public void start(Stage stage) {
        DescentViewModel vm = new DescentViewModel();
        Scene scene = createScene(vm, SaveLocation.fileChooser());
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setTitle("DescentFX");
        stage.setScene(scene);
        stage.setWidth(Math.min(1280, screen.getWidth()));
        stage.setHeight(Math.min(800, screen.getHeight()));
        stage.show();
        scene.getRoot().requestFocus();   // keys go to the window, not to the first text field
        clock = startClock(vm);
    }

    @Override
    public void stop() {
        if (clock != null) {
            clock.stop();
        }
    }

    /** The theme, the stylesheet, the view and the keys; used by the app, the tests and the benchmark. */
    public static Scene createScene(DescentViewModel vm, SaveLocation saveLocation) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainView view = new MainView(vm, saveLocation);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(DescentFxApp.class.getResource("app.css").toExternalForm());
        KeyboardShortcuts.install(scene, vm);
        return scene;
    }

    /** The one animation clock: every frame, the ViewModel trains what is due and moves the point. */
    public static AnimationTimer startClock(DescentViewModel vm) {
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.tick(now);
            }
        };
        timer.start();
        return timer;
    }

    public static void main(String[] args) {
        launch(DescentFxApp.class, args);
    }
}
