package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainCommandTest {

    @Test
    void theLessonsRunPrintsElevenLinesEndingWithTheLessonsNumbers() {
        CliRun run = CliRun.of("train");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(11);
        assertThat(run.outLines().get(0)).isEqualTo("Epoch    0/1000 W: 0.000, b: 0.000 Cost: 18.666666");
        assertThat(run.lastLine()).isEqualTo("Epoch 1000/1000 W: 1.971, b: 0.066 Cost: 0.000633");
    }

    @Test
    void jsonOfTheLastRecordRoundsToTheNotesW19708AndB00664() {
        CliRun run = CliRun.of("train", "--format", "json", "--print-every", "0");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(1);
        String last = run.lastLine();
        assertThat(last).startsWith("{\"epoch\":1000,\"W\":");
        assertThat(Math.round(CliRun.jsonNumber(last, "W") * 1e4) / 1e4).isEqualTo(1.9708);
        assertThat(Math.round(CliRun.jsonNumber(last, "b") * 1e4) / 1e4).isEqualTo(0.0664);
    }

    /**
     * The course notebook (lab 2) prints inside {@code for epoch in range(1001)}: cost is computed,
     * then {@code optimizer.step()}, then the print shows W and b AFTER the step and the cost
     * BEFORE it. {@code --format notebook} prints those lines (TrainerTest checks the records).
     */
    @Test
    void reproducesTheCourseNotebookPrintout() {
        List<String> notebook = List.of(
                "Epoch    0/1000 W: 0.187, b: 0.080 Cost: 18.666666",
                "Epoch  100/1000 W: 1.746, b: 0.578 Cost: 0.048171",
                "Epoch  200/1000 W: 1.800, b: 0.454 Cost: 0.029767",
                "Epoch  300/1000 W: 1.843, b: 0.357 Cost: 0.018394",
                "Epoch  400/1000 W: 1.876, b: 0.281 Cost: 0.011366",
                "Epoch  500/1000 W: 1.903, b: 0.221 Cost: 0.007024",
                "Epoch  600/1000 W: 1.924, b: 0.174 Cost: 0.004340",
                "Epoch  700/1000 W: 1.940, b: 0.136 Cost: 0.002682",
                "Epoch  800/1000 W: 1.953, b: 0.107 Cost: 0.001657",
                "Epoch  900/1000 W: 1.963, b: 0.084 Cost: 0.001024",
                "Epoch 1000/1000 W: 1.971, b: 0.066 Cost: 0.000633");
        assertThat(CliRun.of("train", "--format", "notebook").out().lines().toList())
                .as("train --format notebook").containsExactlyElementsOf(notebook);
    }

    @Test
    void printsRecordZeroEveryKthAndAlwaysTheLast() {
        CliRun run = CliRun.of("train", "--epochs", "25", "--print-every", "10");

        assertThat(run.outLines()).extracting(line -> line.substring(0, 13))
                .containsExactly("Epoch    0/25", "Epoch   10/25", "Epoch   20/25", "Epoch   25/25");
    }

    @Test
    void withoutBiasTheFitIsWAloneAndBIsLeftOut() {
        // closed form for H(x) = Wx: W = Σxy / Σx² = 28 / 14 = 2
        CliRun text = CliRun.of("train", "--no-bias", "--print-every", "0");
        CliRun json = CliRun.of("train", "--no-bias", "--print-every", "0", "--format", "json");
        CliRun csv = CliRun.of("train", "--no-bias", "--print-every", "0", "--format", "csv");

        assertThat(text.lastLine()).startsWith("Epoch 1000/1000 W: 2.000 Cost: ").doesNotContain("b:");
        assertThat(json.lastLine()).doesNotContain("\"b\"").doesNotContain("gradB");
        assertThat(CliRun.jsonNumber(json.lastLine(), "W")).isCloseTo(2f, within(1e-5f));
        assertThat(csv.outLines().get(0)).isEqualTo("epoch,W,cost,gradW");
    }

    @Test
    void csvHasAHeaderAndTheJsonNumbers() {
        CliRun csv = CliRun.of("train", "--format", "csv", "--print-every", "0");
        CliRun json = CliRun.of("train", "--format", "json", "--print-every", "0");

        assertThat(csv.outLines()).hasSize(2);
        assertThat(csv.outLines().get(0)).isEqualTo("epoch,W,b,cost,gradW,gradB");
        String j = json.lastLine();
        assertThat(csv.lastLine()).isEqualTo(String.join(",", "1000",
                field(j, "W"), field(j, "b"), field(j, "cost"), field(j, "gradW"), field(j, "gradB")));
    }

    @Test
    void manualGradientEndsWhereAutogradEnds() {
        String autograd = CliRun.of("train", "--format", "json", "--print-every", "0").lastLine();
        String manual = CliRun.of("train", "--format", "json", "--print-every", "0", "--gradient", "manual").lastLine();

        assertThat(CliRun.jsonNumber(manual, "W")).isCloseTo(CliRun.jsonNumber(autograd, "W"), within(1e-5f));
        assertThat(CliRun.jsonNumber(manual, "b")).isCloseTo(CliRun.jsonNumber(autograd, "b"), within(1e-5f));
    }

    @Test
    void aDivergingRunStopsAtTheFirstInfiniteRecordAndSaysWhy() {
        // numpy float32 replay of the lesson with lr = 1: the cost first overflows at record 19.
        // Critical rate 2/λmax(2·[[14/3, 2], [2, 1]]) = 0.18029…
        CliRun run = CliRun.of("train", "--lr", "1.0", "--print-every", "0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lastLine()).startsWith("Epoch   19/1000 ").endsWith("Cost: inf");
        assertThat(run.errLines()).containsExactly("descentfx train: the run diverged at epoch 19: the learning rate 1.0"
                + " is above 0.1803, the largest that settles on this data; try a smaller --lr");
    }

    @Test
    void divergedJsonWritesNullForTheInfiniteCost() {
        CliRun run = CliRun.of("train", "--lr", "1.0", "--print-every", "0", "--format", "json");

        assertThat(run.lastLine()).startsWith("{\"epoch\":19,").contains("\"cost\":null");
    }

    @Test
    void rootCommandHasHelpAndVersion() {
        assertThat(CliRun.of("--version").out()).contains("DescentFX");
        assertThat(CliRun.of("--help").out()).contains("train");
        assertThat(CliRun.of("train", "--help").out()).contains("--print-every");
        assertThat(CliRun.of("--help").exitCode()).isZero();
    }

    private static String field(String json, String name) {
        return PythonFormat.shortest(CliRun.jsonNumber(json, name));
    }
}
