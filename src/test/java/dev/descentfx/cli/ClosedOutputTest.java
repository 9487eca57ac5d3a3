package dev.descentfx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** A closed pipe or a full disk under standard output stops {@code train} at once, with a non-zero exit. */
class ClosedOutputTest {
    /** Takes {@code room} characters, then fails as a closed pipe does; counts what is still tried after. */
    private static final class ClosingWriter extends Writer {
        private final int room;
        int taken;
        int triedAfterClosing;

        ClosingWriter(int room) {
            this.room = room;
        }

        @Override
        public void write(char[] text, int from, int length) throws IOException {
            if (taken + length > room) {
                triedAfterClosing++;
                throw new IOException("Broken pipe");
            }
            taken += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aReaderThatQuitsStopsTheRunWithOneLineAndExitCodeOne() {
        ClosingWriter pipe = new ClosingWriter(100);
        StringWriter err = new StringWriter();
        int code = DescentFxCommand.commandLine().setOut(new PrintWriter(pipe)).setErr(new PrintWriter(err, true))
                .execute("train", "--epochs", "20000000", "--print-every", "1");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "descentfx train: stopped: standard output was closed or the disk is full, so the rest of the records could not be written");
        // the run stopped at the first failed write instead of training 20,000,000 epochs into nothing
        assertThat(pipe.triedAfterClosing).isEqualTo(1);
    }

    @Test
    void aRunWhoseOutputFitsStillExitsZero() {
        CliRun run = CliRun.of("train");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
