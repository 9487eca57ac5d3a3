package dev.descentfx.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Standard output that notices when nobody reads it any more. A {@link PrintWriter} (picocli's,
 * and {@code System.out} under it) swallows write errors, so {@code train > /dev/full} used to
 * exit 0 with its output cut mid-line, and {@code train ... | head -2} went on training long after
 * {@code head} had quit. Here every 64 KiB handed down is checked: a closed pipe or a full disk
 * stops the run with {@link Closed}.
 */
final class Output extends Writer {
    /** Standard output was closed (the reader quit) or could not take more (the disk is full). */
    static final class Closed extends RuntimeException {
        Closed() {
            super("standard output was closed or the disk is full", null, false, false);
        }
    }

    private final PrintWriter stdout;

    private Output(PrintWriter stdout) {
        this.stdout = stdout;
    }

    /** A buffered writer onto {@code stdout} whose writes and flushes throw {@link Closed} once it fails. */
    static PrintWriter checked(PrintWriter stdout) {
        return new PrintWriter(new BufferedWriter(new Output(stdout), 1 << 16));
    }

    @Override
    public void write(char[] text, int from, int length) {
        stdout.write(text, from, length);
        check();
    }

    @Override
    public void flush() {
        check();   // checkError flushes all the way down
    }

    @Override
    public void close() {
        flush();
    }

    private void check() {
        if (stdout.checkError()) {
            throw new Closed();
        }
    }
}
