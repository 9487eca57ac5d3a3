package dev.descentfx.ui.plots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.i18n.Language;
import dev.descentfx.plot.Fonts;
import dev.descentfx.plot.PlotStyle;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.ui.DescentFxApp;
import dev.descentfx.ui.run.DescentViewModel;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Korean window on a Korean system draws Hangul with the bundled fonts: every label with
 * Hangul in it is in a face JavaFX found under the bundled families (without them JavaFX falls
 * back to its System font, which on a machine with no Hangul font shows boxes), and the plots'
 * canvases get the bundled face from JavaFX although Java2D names it 나눔고딕 there.
 */
@ExtendWith(ApplicationExtension.class)
class KoreanFontsWindowTest {
    private static final Locale BEFORE = Locale.getDefault();
    private final DescentViewModel vm = new DescentViewModel(TrainingConfig.lesson(), Language.KO);
    private AnimationTimer clock;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.KOREAN);   // as with JAVA_TOOL_OPTIONS=-Duser.language=ko
        this.stage = stage;
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.empty()));
        stage.setWidth(1280);   // at 1024 the Korean toolbar folds the presentation menu away
        stage.setHeight(800);
        stage.show();
        clock = DescentFxApp.startClock(vm);
    }

    @AfterEach
    void stopClockAndPutTheLocaleBack() {
        WaitForAsyncUtils.asyncFx(() -> clock.stop());
        WaitForAsyncUtils.waitForFxEvents();
        Locale.setDefault(BEFORE);
    }

    @Test
    void everyLabelWithHangulIsInABundledFace(FxRobot robot) {
        // the presentation menu open too: a popup window of its own
        robot.interact(() -> robot.lookup("#presentationMenu").queryAs(MenuButton.class).show());
        List<Labeled> korean = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            List<Labeled> found = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null) {
                    collect(w.getScene().getRoot(), found);
                }
            }
            return found;
        }));
        robot.interact(() -> robot.lookup("#presentationMenu").queryAs(MenuButton.class).hide());
        assertThat(korean).as("labels with Hangul").hasSizeGreaterThan(15);
        assertThat(korean).as("the menu's items").anyMatch(l -> l.getText().contains("언어"));
        for (Labeled label : korean) {
            javafx.scene.text.Font font = label.getFont();
            assertThat(font.getFamily()).as("'%s'", label.getText()).isIn(Fonts.SANS, Fonts.MONO);
            // the face JavaFX loaded from the bundled file (not a stand-in under that name)
            assertThat(font.getName()).as("'%s'", label.getText()).startsWith("NanumGothic");
        }
    }

    @Test
    void thePlotsHandJavaFxTheBundledFacesOnAKoreanSystem() {
        // Java2D names the bundled faces in the system's language here
        assertThat(PlotStyle.CLASSROOM.titleFont().getFamily()).isEqualTo("나눔고딕");
        List<String> faces = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Canvas canvas = new Canvas(200, 40);
            PlotGraphics g = new PlotGraphics(canvas.getGraphicsContext2D());
            List<String> found = new ArrayList<>();
            for (Font font : List.of(PlotStyle.CLASSROOM.titleFont(), PlotStyle.CLASSROOM.labelFont(),
                    Fonts.mono(Font.PLAIN, 20), Fonts.mono(Font.BOLD, 20))) {
                g.setFont(font);
                found.add(canvas.getGraphicsContext2D().getFont().getName());
            }
            return found;
        }));
        assertThat(faces).containsExactly("NanumGothicBold", "NanumGothic", "NanumGothicCoding", "NanumGothicCoding-Bold");
    }

    private static boolean hasHangul(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static void collect(Node node, List<Labeled> found) {
        if (node instanceof Labeled l && l.isVisible() && hasHangul(l.getText())) {
            found.add(l);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }
}
