package dev.descentfx.ui;

import dev.descentfx.session.Autosave;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.i18n.Language;
import dev.descentfx.ui.plots.SaveLocation;
import dev.descentfx.ui.run.DescentViewModel;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.descentfx.ui.run.Presentation;
import dev.descentfx.plot.Theme;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The DescentFX window: the lesson's run, ready to step through. */
public final class DescentFxApp extends Application {
    private AnimationTimer clock;
    private AutosaveClock autosave;

    @Override
    public void init() {
        StartupWork.begin();   // the fonts, on the other core, while start() builds the view
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        DescentViewModel vm = new DescentViewModel(TrainingConfig.lesson(), Language.system());   // the system locale chooses
        vm.presentation().remember(Preferences.userNodeForPackage(DescentFxApp.class));   // the zoom of the last start
        vm.presets().remember(Preferences.userNodeForPackage(DescentFxApp.class));   // the start screen, the first time only
        StartupProbe.mark("viewModel");
        Scene scene = createScene(vm, SaveLocation.fileChooser(vm.languageProperty()::get));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.titleProperty().bind(vm.text("app.title"));
        stage.setScene(scene);
        stage.setWidth(Math.min(1280, screen.getWidth()));
        stage.setHeight(Math.min(800, screen.getHeight()));
        bindStage(stage, vm);
        StartupProbe.mark("sceneBuilt");
        stage.show();
        StartupProbe.mark("shown");
        StartupProbe.watch(scene, vm);
        scene.getRoot().requestFocus();   // keys go to the window, not to the first text field
        clock = startClock(vm);
        // the session autosaves; one the last window left behind (a crash) is offered first
        autosave = new AutosaveClock(vm, new Autosave(Autosave.defaultFile()));
        javafx.application.Platform.runLater(() -> RestoreOffer.offer(stage, vm, autosave));
    }

    @Override
    public void stop() {
        if (clock != null) {
            clock.stop();
        }
        if (autosave != null) {
            autosave.stopCleanly();   // a clean exit: the autosave goes
        }
    }

    /** The theme, the stylesheet, the view and the keys; used by the app, the tests and the benchmark. */
    public static Scene createScene(DescentViewModel vm, SaveLocation saveLocation) {
        Presentation presentation = vm.presentation();
        WindowFonts.load();   // before any text is laid out: app.css and the plots use the bundled fonts
        showTheme(presentation.themeProperty().get(), null);
        MainView view = new MainView(vm, saveLocation);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(DescentFxApp.class.getResource("app.css").toExternalForm());
        KeyboardShortcuts.install(scene, vm);
        view.sessions().installKeys(scene);   // Ctrl+S, Ctrl+O
        CsvDrop.install(scene, vm);   // a CSV file dropped on the window opens Open CSV data on it
        // the zoom is the root's font size (one style class per step in app.css; sizes there are in em)
        showZoom(view, 0, presentation.zoomPercentProperty().get());
        presentation.zoomPercentProperty().addListener((obs, was, is) -> showZoom(view, was.intValue(), is.intValue()));
        showTheme(presentation.themeProperty().get(), view);
        presentation.themeProperty().addListener((obs, was, is) -> showTheme(is, view));
        // the language as a style class (lang-en, lang-ko): app.css picks the monospaced font by it
        showLanguage(view, vm.languageProperty().get());
        vm.languageProperty().addListener((obs, was, is) -> showLanguage(view, is));
        return scene;
    }

    private static void showLanguage(Parent root, Language language) {
        root.getStyleClass().removeIf(c -> c.startsWith("lang-"));
        root.getStyleClass().add("lang-" + language.locale().getLanguage());
    }

    private static void showZoom(Parent root, int was, int is) {
        root.getStyleClass().remove("zoom-" + was);
        root.getStyleClass().add("zoom-" + is);
    }

    /**
     * AtlantaFX's Primer light or dark, and app.css's own colours for the theme: the root carries
     * {@code dark} and {@code projector} (high contrast) classes; the plots draw in the theme's style.
     */
    private static void showTheme(Theme theme, Parent root) {
        Application.setUserAgentStylesheet(theme.dark() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (root != null) {
            root.getStyleClass().removeAll("dark", "projector");
            if (theme.dark()) {
                root.getStyleClass().add("dark");
            }
            if (theme.projector()) {
                root.getStyleClass().add("projector");
            }
        }
    }

    /**
     * F11 and Esc: the stage is full screen while the presentation says so. Esc is the window's
     * (a maximised plot goes back before full screen ends), so JavaFX's own exit key is switched off.
     */
    public static void bindStage(Stage stage, DescentViewModel vm) {
        Presentation presentation = vm.presentation();
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(vm.languageProperty().get().text("app.fullScreenHint"));
        vm.languageProperty().addListener((obs, was, is) -> stage.setFullScreenExitHint(is.text("app.fullScreenHint")));
        stage.setFullScreen(presentation.fullScreenProperty().get());
        presentation.fullScreenProperty().addListener((obs, was, is) -> stage.setFullScreen(is));
        stage.fullScreenProperty().addListener((obs, was, is) -> presentation.setFullScreen(is));
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
