package dev.descentfx.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.descentfx.training.EpochRecord;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.ui.run.DescentViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corrupt, truncated, empty, wrong-version or hostile session file gets one line that says what
 * and where; the window's run and the autosave stay as they were.
 */
class BadSessionsTest {
    @TempDir
    Path dir;

    /** Each bad file of {@link BadSessions} and the one line it gets (after "could not open NAME.descentfx: "). */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("empty", "the file is empty");
        EXPECTED.put("blank", "the file is empty");
        EXPECTED.put("unknown-optimizer", "\"settings.optimizer.name\" is 'rmsprop' (line 17, column 16); expected sgd or adam");
        EXPECTED.put("split-of-another-size", "\"settings\": the split column has 2 labels but the data has 3 examples; give one label per example");
        EXPECTED.put("corrupt", "it is not valid JSON (line 13, column 14): Unrecognized token 'tru'");
        EXPECTED.put("binary", "it is not valid JSON (line 1, column 2): Illegal character ((CTRL-CHAR, code 1)): "
                + "only regular white space (\\r, \\n, \\t) is allowed between tokens");
        EXPECTED.put("truncated", "the file ends in the middle (line 21, column 26); it was cut short (truncated)");
        EXPECTED.put("not-an-object", "it is not a session: a session file is a JSON object {…} (line 1, column 1)");
        EXPECTED.put("another-json", "it is not a DescentFX session: it needs \"format\": \"descentfx-session\"");
        EXPECTED.put("wrong-version", "it is a version 2 session, made by a newer DescentFX; this one reads version 1 "
                + "(update DescentFX to open it)");
        EXPECTED.put("no-version", "it has no \"version\": 1");
        EXPECTED.put("huge-array", "an array has more than 1000000 values (line 8, column 3000013); "
                + "a session holds at most 1000000 values in one array");
        EXPECTED.put("nan", "NaN and Infinity are not numbers JSON can hold (line 12, column 21); use finite numbers");
        EXPECTED.put("nan-in-quotes", "\"settings.initialB\" is NaN; use a finite number");
        EXPECTED.put("infinite-float", "\"data\": y of example 2 is Infinity: use finite numbers");
        EXPECTED.put("infinite-rate", "\"settings\": the learning rate must be a finite number, 0 or more, not Infinity");
        EXPECTED.put("deep-nesting", "the JSON nests deeper than 8 levels (line 41, column 23); a session nests 4 deep");
        EXPECTED.put("long-text", "a text is longer than 10000 characters");
        EXPECTED.put("long-number", "a number has more than 100 digits (line 12, column 520)");
        EXPECTED.put("wrong-type-boolean", "\"settings.bias\" should be true or false (line 13, column 14)");
        EXPECTED.put("wrong-type-epoch", "\"epoch\" should be a whole number (line 30, column 13)");
        EXPECTED.put("wrong-type-rows", "\"data.x[0]\" should be a list [...] (line 7, column 13)");
        EXPECTED.put("wrong-type-data", "\"data.y[1]\" should be a number (line 8, column 18)");
        EXPECTED.put("null-field", "\"data.target\" is null (line 9, column 3)");
        EXPECTED.put("missing-field", "\"runTo\" is missing (line 43, column 1)");
        EXPECTED.put("unknown-field", "unknown field \"settings.scheduler\" (line 28, column 4); "
                + "the file may come from a newer DescentFX, and nothing in it was taken");
        EXPECTED.put("duplicate-field", "a field is given twice (line 31, column 10)");
        EXPECTED.put("trailing", "there is more after the session's closing } (line 44, column 1)");
        EXPECTED.put("unequal-data", "\"data\": x has 3 values but y has 2: each x needs exactly one y");
        EXPECTED.put("wrong-w-count", "\"settings\": give one initial W per feature: 1 feature(s), 2 initial value(s)");
        EXPECTED.put("negative-rate", "\"settings\": the learning rate must be a finite number, 0 or more, not -0.01");
        EXPECTED.put("unknown-gradient", "\"settings.gradient\" is 'adam'; expected autograd or manual");
        EXPECTED.put("epoch-beyond-trained", "\"epoch\" is 6; the epoch on screen is one trained, 0 .. 5 (\"trainedTo\")");
        EXPECTED.put("huge-training", "\"trainedTo\" is 2000000000; a session is trained to 0 .. 10000000 epochs");
        EXPECTED.put("change-out-of-order", "\"changes[0].epoch\" is 9; changes come in order of epoch, 0 .. 5 (\"trainedTo\")");
        EXPECTED.put("unknown-language", "\"window.language\" is 'fr'; expected en or ko");
        EXPECTED.put("unknown-theme", "\"window.theme\" is 'neon'; expected light, dark, projector-light or projector-dark");
        EXPECTED.put("unknown-panel", "\"window.panel\" is 'sideways'; expected plots, code, graph or formula");
        EXPECTED.put("null-in-list", "\"data.features[0]\" is null");
        EXPECTED.put("null-row", "\"data.x[1]\" is null");
        EXPECTED.put("null-change", "\"changes[0]\" is null");
        EXPECTED.put("version-as-text", "its \"version\" should be the whole number 1");
        EXPECTED.put("epoch-beyond-int", "\"epoch\" is out of range (line 30, column 24); a whole number here is at most "
                + "2147483647");
    }

    @Test
    void everyBadFileIsNamedInTheCorpus() {
        assertThat(EXPECTED.keySet()).containsExactlyElementsOf(BadSessions.all().keySet());
    }

    @Test
    void theGoodFileOpens() throws Exception {
        Path file = dir.resolve("good.descentfx");
        Files.writeString(file, BadSessions.GOOD);
        DescentViewModel vm = new DescentViewModel();
        vm.open(file);
        // the lesson at α 0.01 for two updates, then 0.1: W after 3 updates, by hand in float32
        float w = 0, b = 0;
        for (int k = 0; k < 3; k++) {
            float gw = 0, gb = 0;
            for (int i = 1; i <= 3; i++) {
                float err = w * i + b - 2 * i;
                gw += 2 * err * i;
                gb += 2 * err;
            }
            float alpha = k < 2 ? 0.01f : 0.1f;
            w -= alpha * (gw / 3);
            b -= alpha * (gb / 3);
        }
        assertThat(vm.epochProperty().get()).isEqualTo(3);
        assertThat(vm.lastEpochProperty().get()).isEqualTo(5);
        assertThat((double) vm.recordProperty().get().w()).isCloseTo(w, org.assertj.core.api.Assertions.within(1e-6));
        assertThat((double) vm.recordProperty().get().b()).isCloseTo(b, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void eachBadFileGetsItsOneLineAndChangesNothing() throws Exception {
        // given a window with a run of its own, autosaved
        DescentViewModel vm = new DescentViewModel(TrainingConfig.lesson().withLearningRate(0.05));
        for (int i = 0; i < 7; i++) {
            vm.step();
        }
        Autosave autosave = new Autosave(dir.resolve("autosave.descentfx"));
        assertThat(autosave.write(vm.session())).isTrue();
        byte[] saved = Files.readAllBytes(autosave.file());
        EpochRecord before = vm.recordProperty().get();
        TrainingConfig settings = vm.settingsProperty().get();
        String text = SessionFile.text(vm.session());

        for (Map.Entry<String, String> bad : BadSessions.all().entrySet()) {
            Path file = dir.resolve(bad.getKey() + ".descentfx");
            Files.writeString(file, bad.getValue());
            // when it is opened, then one line says what and where
            assertThatThrownBy(() -> vm.open(file)).as(bad.getKey()).isInstanceOf(SessionProblem.class)
                    .hasMessage("could not open " + file + ": " + EXPECTED.get(bad.getKey()))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            // and the window and the autosave are as they were
            assertThat(vm.recordProperty().get()).as(bad.getKey()).isEqualTo(before);
            assertThat(vm.settingsProperty().get()).as(bad.getKey()).isSameAs(settings);
            assertThat(SessionFile.text(vm.session())).as(bad.getKey()).isEqualTo(text);
            assertThat(autosave.write(vm.session())).as(bad.getKey()).isFalse();
            assertThat(Files.readAllBytes(autosave.file())).as(bad.getKey()).isEqualTo(saved);
        }
    }

    @Test
    void aFileThatIsNotThereIsSaidSo() {
        Path file = dir.resolve("nowhere.descentfx");
        assertThatThrownBy(() -> SessionFile.read(file)).hasMessage("could not open " + file + ": there is no such file");
    }

    @Test
    void aFileLargerThanTheLimitIsNotRead() throws Exception {
        Path file = dir.resolve("huge.descentfx");
        try (var out = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(new byte[] {'{'}), SessionFile.MAX_BYTES + 10);   // sparse: no disk used
        }
        assertThatThrownBy(() -> SessionFile.read(file))
                .hasMessage("could not open " + file + ": it is 67108875 bytes; a session file is at most 64 MB (67108864 bytes)");
    }
}
