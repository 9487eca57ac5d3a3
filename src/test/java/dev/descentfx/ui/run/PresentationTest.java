package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.plot.Theme;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The presentation state with no toolkit: zoom steps, Esc's order, what is remembered between starts. */
class PresentationTest {
    /** A node of its own under the user's preferences, removed after the test. */
    private final Preferences node = Preferences.userRoot().node("dev/descentfx/test/presentation-" + UUID.randomUUID());
    private final Presentation presentation = new DescentViewModel().presentation();

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void zoomStepsUpToTwoHundredFiftyAndStopsThere() {
        assertThat(presentation.zoomPercentProperty().get()).isEqualTo(100);
        for (int i = 0; i < 10; i++) {
            presentation.zoomIn();
        }
        assertThat(presentation.zoomPercentProperty().get()).isEqualTo(250);
        assertThat(presentation.zoomProperty().get()).isEqualTo(2.5);
        presentation.zoomOut();
        assertThat(presentation.zoomPercentProperty().get()).isEqualTo(225);
    }

    @Test
    void zoomStepsDownToOneHundredAndStopsThere() {
        presentation.zoomIn();
        presentation.zoomIn();
        assertThat(presentation.zoomPercentProperty().get()).isEqualTo(150);
        for (int i = 0; i < 10; i++) {
            presentation.zoomOut();
        }
        assertThat(presentation.zoomPercentProperty().get()).isEqualTo(100);
        presentation.zoomIn();
        presentation.resetZoom();
        assertThat(presentation.zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aZoomOffTheStepsLandsOnOneWithinRange() {
        presentation.setZoomPercent(180);
        assertThat(presentation.zoomPercentProperty().get()).isEqualTo(175);
        presentation.setZoomPercent(900);
        assertThat(presentation.zoomPercentProperty().get()).isEqualTo(250);
        presentation.setZoomPercent(-3);
        assertThat(presentation.zoomPercentProperty().get()).isEqualTo(100);
    }

    @Test
    void theZoomAndThemeAreRememberedForTheNextStart() {
        // given a first start that zoomed to 175 % and chose the dark theme
        presentation.remember(node);
        presentation.zoomIn();
        presentation.zoomIn();
        presentation.zoomIn();
        presentation.setTheme(Theme.DARK);

        // when the window starts again with the same node
        Presentation next = new DescentViewModel().presentation();
        next.remember(node);

        // then it opens at 175 %, dark
        assertThat(next.zoomPercentProperty().get()).isEqualTo(175);
        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(node.getInt(Presentation.ZOOM_KEY, -1)).isEqualTo(175);
    }

    @Test
    void aProjectorThemeIsRememberedAndAnEarlierVersionsValuesStillRead() {
        presentation.remember(node);
        presentation.setTheme(Theme.PROJECTOR_DARK);
        Presentation next = new DescentViewModel().presentation();
        next.remember(node);
        assertThat(next.themeProperty().get()).isEqualTo(Theme.PROJECTOR_DARK);

        // an earlier version stored the two themes it had by their enum names
        node.put(Presentation.THEME_KEY, "DARK");
        next.remember(node);
        assertThat(next.themeProperty().get()).isEqualTo(Theme.DARK);
        node.put(Presentation.THEME_KEY, "LIGHT");
        next.remember(node);
        assertThat(next.themeProperty().get()).isEqualTo(Theme.LIGHT);
        // and the command line's names, in any case, read too
        node.put(Presentation.THEME_KEY, "Projector-Light");
        next.remember(node);
        assertThat(next.themeProperty().get()).isEqualTo(Theme.PROJECTOR_LIGHT);
    }

    @Test
    void aNodeWithNothingOrNonsenseStoredOpensAtOneHundredLight() {
        node.put(Presentation.ZOOM_KEY, "huge");
        node.put(Presentation.THEME_KEY, "sepia");
        presentation.remember(node);
        assertThat(presentation.zoomPercentProperty().get()).isEqualTo(100);
        assertThat(presentation.themeProperty().get()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void escPutsTheBigPlotBackFirstThenLeavesFullScreen() {
        presentation.toggleFullScreen();
        presentation.maximise(BigPlot.ofKey(2));
        assertThat(presentation.maximisedProperty().get()).isEqualTo(BigPlot.FITTED_LINE);

        assertThat(presentation.back()).isTrue();
        assertThat(presentation.maximisedProperty().get()).isNull();
        assertThat(presentation.fullScreenProperty().get()).isTrue();

        assertThat(presentation.back()).isTrue();
        assertThat(presentation.fullScreenProperty().get()).isFalse();
        assertThat(presentation.back()).as("nothing left to leave").isFalse();
    }

    @Test
    void theSameKeyAgainPutsThePlotBackAndHTogglesTheSidePanel() {
        presentation.maximise(BigPlot.CONTOUR);
        presentation.maximise(BigPlot.CONTOUR);
        assertThat(presentation.maximisedProperty().get()).isNull();
        assertThat(BigPlot.ofKey(5)).isNull();

        presentation.toggleSidePanel();
        assertThat(presentation.sidePanelHiddenProperty().get()).isTrue();
        presentation.toggleSidePanel();
        assertThat(presentation.sidePanelHiddenProperty().get()).isFalse();
    }
}
