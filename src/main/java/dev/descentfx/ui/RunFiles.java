package dev.descentfx.ui;

import dev.descentfx.cli.RecordPrinter;
import dev.descentfx.cli.TestCostPrinter;
import dev.descentfx.script.PyTorchScript;
import dev.descentfx.training.TestSet;
import dev.descentfx.training.TrainingConfig;
import dev.descentfx.ui.run.DescentViewModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The run's files beside its pictures: the PyTorch script and the epoch history, as the command line writes them. */
final class RunFiles {
    private RunFiles() {
    }

    /**
     * The PyTorch script of the run on screen: its data, starting values and the settings in force at
     * the shown record, up to the Run-to epoch, printing as {@code train} does.
     */
    static String script(DescentViewModel vm) {
        TrainingConfig settings = vm.files().settings();
        int epochs = Math.max(1, vm.targetProperty().get());
        return new PyTorchScript(settings, epochs, Math.max(1, epochs / 10), null,
                "the run in the DescentFX window (the settings on screen, " + epochs + " epochs)").text();
    }

    /** Every record of the run, 0 to the last trained, as {@code train --format csv} writes them. */
    static void history(DescentViewModel vm, OutputStream out) throws IOException {
        TrainingConfig settings = vm.files().settings();
        PrintWriter csv = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        TestSet test = TestSet.of(settings);   // with held-out examples a test_cost column, as train writes it
        RecordPrinter printer = test == null ? RecordPrinter.Format.CSV.on(csv, vm.files().lastEpoch(),
                settings.data().features(), settings.bias())
                : TestCostPrinter.on(RecordPrinter.Format.CSV, csv, vm.files().lastEpoch(), settings, test);
        vm.files().forEachRecord(printer::print);
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("the disk is full or the file was closed");
        }
    }
}
