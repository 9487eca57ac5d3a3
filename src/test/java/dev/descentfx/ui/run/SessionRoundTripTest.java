package dev.descentfx.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.i18n.Language;
import dev.descentfx.plot.Theme;
import dev.descentfx.session.Session;
import dev.descentfx.session.SessionFile;
import dev.descentfx.training.Dataset;
import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.GradientMode;
import dev.descentfx.training.OptimizerSettings;
import dev.descentfx.training.Split;
import dev.descentfx.training.TrainingConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save session → Open session gives the window back: the settings, the changes made on the way,
 * the epoch on screen and its record (W and b bit for bit), the Run-to epoch, language and layout.
 * The expected records are the ones the first window trained live; the second window makes them
 * again by replaying the file, another code path.
 */
class SessionRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void adamAndASplitComeBackWithTheirRecords() throws Exception {
        // given a run with Adam's own settings and a fraction of the points held out, then SGD's options with a column's split
        Dataset data = Dataset.of(new float[] {1, 2, 3, 4, 5, 6, 7, 8}, new float[] {2.1f, 3.9f, 6.2f, 8f, 9.7f, 12.4f, 14f, 15.8f});
        for (TrainingConfig config : List.of(
                new TrainingConfig(data, new float[1], 0f, true, 0.1, GradientMode.AUTOGRAD,
                        new OptimizerSettings.Adam(0.8, 0.99, 1e-6, 0.01, true), true, Split.fraction(0.25, 7)),
                new TrainingConfig(data, new float[] {0.5f}, -1f, true, 0.01, GradientMode.AUTOGRAD,
                        new OptimizerSettings.Sgd(0.9, 0, true, 0.001), true,
                        Split.mask(new boolean[] {false, true, false, false, true, false, false, false})))) {
            DescentViewModel vm = new DescentViewModel(config, Language.EN);
            for (int i = 0; i < 60; i++) {
                vm.step();
            }
            List<EpochRecord> live = new ArrayList<>();
            vm.files().forEachRecord(live::add);

            // when it is saved and opened
            Path file = dir.resolve("optimizer-split.descentfx");
            SessionFile.write(file, vm.session());
            DescentViewModel reopened = new DescentViewModel();
            reopened.open(SessionFile.read(file));

            // then the optimizer, the split and every record are the same
            TrainingConfig back = reopened.settingsProperty().get();
            assertThat(back.optimizer()).isEqualTo(config.optimizer());
            assertThat(back.testData().xFlat()).containsExactly(config.testData().xFlat());
            List<EpochRecord> replayed = new ArrayList<>();
            reopened.files().forEachRecord(replayed::add);
            assertThat(replayed).isEqualTo(live);
        }
    }

    @Test
    void aWindowSavedAndOpenedIsTheSameWindow() throws Exception {
        // given a run on odd data with α changed twice and zero_grad left out on the way, stepped back a little
        Dataset data = Dataset.of(new float[] {0.1f, 1.7f, 2.3f, 3.9f}, new float[] {1.3f, 2.9f, 5.1f, 7.7f});
        DescentViewModel vm = new DescentViewModel(new TrainingConfig(data, new float[] {-0.3f}, 0.7f, true, 0.02,
                GradientMode.AUTOGRAD, 0.5), Language.EN);
        for (int i = 0; i < 37; i++) {
            vm.step();
        }
        vm.setLearningRate(0.05);
        for (int i = 0; i < 1200; i++) {
            vm.step();
        }
        vm.setZeroGrad(false);
        vm.setMode(GradientMode.AUTOGRAD);
        for (int i = 0; i < 20; i++) {
            vm.step();
        }
        vm.setLearningRate(0.001);
        for (int i = 0; i < 30; i++) {
            vm.step();
        }
        vm.showEpoch(1250);
        vm.setTarget(4321);
        vm.setLanguage(Language.KO);
        vm.showPanel(Panel.GRAPH);
        vm.setSpeed(37);
        vm.setLogCost(true);
        vm.toggleLegend();
        vm.presentation().setZoomPercent(175);
        vm.presentation().setTheme(Theme.PROJECTOR_DARK);
        vm.presentation().toggleSidePanel();
        vm.presentation().maximise(BigPlot.CONTOUR);
        List<EpochRecord> live = new ArrayList<>();
        vm.files().forEachRecord(live::add);
        EpochRecord shown = vm.recordProperty().get();

        // when it is saved and opened in a fresh window
        Path file = dir.resolve("run.descentfx");
        SessionFile.write(file, vm.session());
        DescentViewModel reopened = new DescentViewModel();
        reopened.open(SessionFile.read(file));

        // then everything is back, every record bit for bit
        assertThat(reopened.recordProperty().get()).isEqualTo(shown);
        assertThat(Float.floatToRawIntBits(reopened.recordProperty().get().w())).isEqualTo(Float.floatToRawIntBits(shown.w()));
        assertThat(Float.floatToRawIntBits(reopened.recordProperty().get().b())).isEqualTo(Float.floatToRawIntBits(shown.b()));
        assertThat(reopened.epochProperty().get()).isEqualTo(1250);
        assertThat(reopened.lastEpochProperty().get()).isEqualTo(37 + 1200 + 20 + 30);
        List<EpochRecord> replayed = new ArrayList<>();
        reopened.files().forEachRecord(replayed::add);
        assertThat(replayed).isEqualTo(live);
        TrainingConfig was = vm.settingsProperty().get(), is = reopened.settingsProperty().get();
        assertThat(is.data()).isEqualTo(data);
        assertThat(is.initialW()).containsExactly(-0.3f);
        assertThat(is.initialB()).isEqualTo(0.7f);
        assertThat(is.learningRate()).isEqualTo(was.learningRate()).isEqualTo(0.05);   // in force at epoch 1250
        assertThat(is.zeroGrad()).isEqualTo(was.zeroGrad()).isFalse();   // left out from epoch 1237
        assertThat(is.momentum()).isEqualTo(0.5);
        assertThat(reopened.targetProperty().get()).isEqualTo(4321);
        assertThat(reopened.languageProperty().get()).isEqualTo(Language.KO);
        assertThat(reopened.panelProperty().get()).isEqualTo(Panel.GRAPH);
        assertThat(reopened.speedProperty().get()).isEqualTo(37);
        assertThat(reopened.logCostProperty().get()).isTrue();
        assertThat(reopened.legendVisibleProperty().get()).isTrue();
        assertThat(reopened.presentation().zoomPercentProperty().get()).isEqualTo(175);
        assertThat(reopened.presentation().themeProperty().get()).isEqualTo(Theme.PROJECTOR_DARK);
        assertThat(reopened.presentation().sidePanelHiddenProperty().get()).isTrue();
        assertThat(reopened.presentation().maximisedProperty().get()).isEqualTo(BigPlot.CONTOUR);
        // the session's data came in as any other data do: one step back, Ctrl+Z brings the lesson's back
        assertThat(reopened.data().canUndoProperty().get()).isTrue();
        reopened.data().undo();
        assertThat(reopened.settingsProperty().get().data()).isEqualTo(Dataset.lesson());
        reopened.data().redo();
        assertThat(reopened.settingsProperty().get().data()).isEqualTo(data);
        reopened.open(SessionFile.read(file));
        // and saved again it is the same file
        assertThat(SessionFile.text(reopened.session())).isEqualTo(SessionFile.text(vm.session()));
    }

    @Test
    void aSessionWithBadWindowNamesChangesNothing() throws Exception {
        DescentViewModel vm = new DescentViewModel();
        vm.step();
        Session good = vm.session();
        Session bad = new Session(good.settings(), good.changes(), 0, 0, 5,
                new Session.View(Language.KO, "sideways", 100, Theme.DARK, false, "none", 2, false, false));
        EpochRecord before = vm.recordProperty().get();
        try {
            vm.open(bad);
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessage("\"window.panel\" is 'sideways'; expected plots, code, graph or formula");
        }
        assertThat(vm.recordProperty().get()).isEqualTo(before);
        assertThat(vm.languageProperty().get()).isEqualTo(Language.EN);
        assertThat(vm.presentation().themeProperty().get()).isEqualTo(Theme.LIGHT);
    }
}
