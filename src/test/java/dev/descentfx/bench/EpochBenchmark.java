package dev.descentfx.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long one training epoch takes through the autograd engine, against the same epoch
 * written by hand as one fused loop ({@link FusedEpoch}), for N = 3 (the lesson), 1,000 and
 * 1,000,000 points. Before timing anything, {@link SameNumbers} checks that both (and the
 * {@code Trainer}) produce the same float32 bits, so the two really do the same work.
 *
 * <p>Run it with {@code ./mvnw -B -q -Pbench verify}; it ends with one line per N:
 * {@code BENCH n=<N> engine_us=<x> fused_us=<y> ratio=<x/y>}. Each figure is the median of
 * eleven short measurement iterations (each itself JMH's average time per epoch): on a
 * small shared machine a burst of other work spoils a few iterations, and the median keeps
 * them from moving the figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 400, timeUnit = TimeUnit.MILLISECONDS)   // the engine's many methods need
@Measurement(iterations = 11, time = 300, timeUnit = TimeUnit.MILLISECONDS) // seconds of JIT on 2 busy cores
public class EpochBenchmark {

    @Param({"3", "1000", "1000000"})
    public int n;

    private EngineEpoch engine;
    private FusedEpoch fused;

    @Setup(Level.Trial)
    public void setUp() {
        float[][] data = SameNumbers.data(n);
        SameNumbers.check(data[0], data[1], n > 10_000 ? 3 : 50);
        engine = new EngineEpoch(data[0], data[1], SameNumbers.START_W, SameNumbers.START_B, SameNumbers.LEARNING_RATE);
        fused = new FusedEpoch(data[0], data[1], SameNumbers.START_W, SameNumbers.START_B, SameNumbers.LEARNING_RATE);
    }

    @Benchmark
    public float engine() {
        return engine.epoch();
    }

    @Benchmark
    public float fused() {
        return fused.epoch();
    }

    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        SameNumbers.checkLesson();
        Map<Integer, Double> torchBefore = TorchEpoch.run(3, 1000, 1000000);
        Options options = new OptionsBuilder()
                .include(EpochBenchmark.class.getName() + "\\.")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)   // a failed fairness check stops the run instead of printing half the table
                .build();
        Collection<RunResult> results = new Runner(options).run();

        List<String> names = List.of("engine", "fused");
        Map<Integer, double[]> micros = new TreeMap<>();   // n -> {engine, fused}
        Map<Integer, double[]> bytes = new TreeMap<>();
        for (RunResult run : results) {
            int n = Integer.parseInt(run.getParams().getParam("n"));
            String benchmark = run.getParams().getBenchmark();
            int which = names.indexOf(benchmark.substring(benchmark.lastIndexOf('.') + 1));
            micros.computeIfAbsent(n, k -> new double[2])[which] = run.getPrimaryResult().getStatistics().getPercentile(50);
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            bytes.computeIfAbsent(n, k -> new double[2])[which] = alloc == null ? Double.NaN : alloc.getScore();
        }
        System.out.println();
        bytes.forEach((n, b) -> System.out.println("ALLOC n=" + n + " engine_bytes_per_epoch=" + Math.round(b[0])
                + " fused_bytes_per_epoch=" + Math.round(b[1])));
        Map<Integer, Double> torchAfter = torchBefore.isEmpty() ? torchBefore : TorchEpoch.run(3, 1000, 1000000);
        micros.forEach((n, t) -> {
            System.out.println("BENCH n=" + n + " engine_us=" + round(t[0]) + " fused_us=" + round(t[1]) + " ratio=" + round(t[0] / t[1]));
            if (torchAfter.containsKey(n)) {   // torch timed just before JMH and just after it
                double torch = Math.min(torchBefore.get(n), torchAfter.get(n));
                System.out.println("TORCH n=" + n + " torch_us=" + round(torch) + " (before " + round(torchBefore.get(n))
                        + ", after " + round(torchAfter.get(n)) + ") engine_vs_torch=" + round(t[0] / torch));
            }
        });
    }

    private static String round(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
