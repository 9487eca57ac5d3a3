package dev.descentfx.bench;

import dev.descentfx.cli.DescentFxCommand;
import dev.descentfx.data.CsvFile;
import dev.descentfx.data.CsvTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One fresh JVM's work for {@link CsvLoadBenchmark}: {@code load FILE} reads the file into its
 * float32 columns and prints the time; {@code train FILE} runs {@code train --data FILE --epochs 1}
 * as the command line does. Both print the heap's and the process's peak memory.
 */
public final class CsvLoadOnce {

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Path file = Path.of(args[1]);
        String result;
        if (args[0].equals("load")) {
            CsvTable table = CsvFile.read(file);
            float[][] columns = table.columns(table.names());
            result = "rows=" + columns[0].length;
        } else {
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            int exit = DescentFxCommand.commandLine().setOut(nowhere).setErr(new PrintWriter(System.err, true))
                    .execute("train", "--data", file.toString(), "--epochs", "1", "--print-every", "0");
            result = "exit=" + exit;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double jvmStart = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3 - seconds;
        System.out.printf("ONCE %s s=%.4f jvm_start_s=%.3f heap_peak_mb=%.1f rss_peak_mb=%.1f%n", result, seconds,
                jvmStart, heapPeak() / 1e6, rssPeakKb() / 1e3);
    }

    /** The sum of the heap pools' peaks: at least the heap's true peak, at most a little above it. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The process's peak resident memory (Linux VmHWM), in kB; -1 elsewhere. */
    private static long rssPeakKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1);
    }
}
