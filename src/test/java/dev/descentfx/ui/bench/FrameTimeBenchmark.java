package dev.descentfx.ui.bench;

import dev.descentfx.ui.DescentFxApp;
import dev.descentfx.ui.run.DescentViewModel;
import dev.descentfx.ui.MainView;
import dev.descentfx.ui.plots.PlotCanvas;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Frame times of the real window playing at top speed (1,000 epochs per second): 5 s of warm-up, then 10 s measured.
 * Not a unit test: run it with {@code ./mvnw -q -Pframebench verify} (under xvfb-run).
 *
 * <p>Prints {@code FRAMES n=.. median_ms=.. worst_ms=..} for the time from one frame to the
 * next, and {@code UPDATE ...} for the time each frame spends in the ViewModel's tick (training
 * the due epochs) plus the repaint of every visible plot. The first five seconds are warm-up (the JIT
 * compiles the engine, the plots and JavaFX's text layout on the same two cores; frames there are
 * reported apart as {@code WARMUP}, not hidden).
 *
 * <p>{@code -Dbench.zoom=250} (passed on by the profile) measures presentation mode: the window
 * zoomed to 250 %, every plot drawn enlarged.
 *
 * <p>{@code -Dbench.points=1000000} plays a million seeded random points on y = 2x + noise
 * ({@link BenchData}) instead of the lesson's three, and prints the heap the window holds then
 * ({@code HEAP}, after a full collection).
 *
 * <p>{@code CPU} lines give each frame's CPU time on the JavaFX thread (the tick, the redraws, layout)
 * and on the render thread (rasterising the canvases): on a machine busy with other work the time from
 * frame to frame grows with the wait for a core, the CPU a frame costs much less.
 */
public final class FrameTimeBenchmark {
    static final long WARM_UP_NANOS = 5_000_000_000L;
    static final long MEASURE_NANOS = 10_000_000_000L;

    private FrameTimeBenchmark() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window, driven by the benchmark's own clock that times each frame. */
    public static final class Window extends Application {
        private final List<Double> frameMs = new ArrayList<>();
        private final List<Double> warmUpMs = new ArrayList<>();
        private final List<Double> updateMs = new ArrayList<>();
        private final java.util.Map<String, List<Double>> drawMs = new java.util.TreeMap<>();
        // CPU time per frame of the JavaFX thread (the tick, the redraws, layout and CSS) and of the render
        // thread (rasterising the canvases): what a frame costs whatever else the machine runs
        private final List<Double> fxCpuMs = new ArrayList<>();
        private final List<Double> renderCpuMs = new ArrayList<>();
        private final java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        private long renderThread = -1;
        private List<PlotCanvas> plots;

        @Override
        public void start(Stage stage) {
            DescentViewModel vm = new DescentViewModel();
            int points = Integer.getInteger("bench.points", 0);
            if (points > 0) {
                vm.useData(BenchData.line(points));
            }
            vm.presentation().setZoomPercent(Integer.getInteger("descentfx.zoom", 100));
            var scene = DescentFxApp.createScene(vm, (owner, name) -> Optional.empty());
            plots = ((MainView) scene.getRoot()).plots();
            stage.setScene(scene);
            stage.setTitle("DescentFX");
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            vm.setSpeed(DescentViewModel.MAX_SPEED);
            vm.setLearningRate(0.001);   // a slow descent: the point keeps moving for the whole run
            vm.setTarget(1_000_000);     // Play stops at the Run-to epoch: put it past the 15 s
            vm.play();
            new AnimationTimer() {
                private long start = -1;
                private long previous = -1;
                private long fxCpu = -1;
                private long renderCpu = -1;

                @Override
                public void handle(long pulse) {
                    long t0 = System.nanoTime();
                    vm.tick(pulse);
                    long t1 = System.nanoTime();
                    if (start < 0) {
                        start = t0;
                    }
                    long fxNow = cpu.getCurrentThreadCpuTime(), renderNow = renderCpuNanos();
                    if (previous >= 0 && t0 - start > WARM_UP_NANOS) {
                        fxCpuMs.add((fxNow - fxCpu) / 1e6);
                        renderCpuMs.add((renderNow - renderCpu) / 1e6);
                        frameMs.add((t0 - previous) / 1e6);
                        if (t0 - previous > 33_000_000L) {   // to line up with -Xlog:gc's uptime stamps
                            System.err.printf(Locale.ROOT, "long frame: %.1f ms ending at uptime %d ms%n", (t0 - previous) / 1e6,
                                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                        }
                        updateMs.add((t1 - t0) / 1e6);
                        for (PlotCanvas p : plots) {
                            drawMs.computeIfAbsent(p.plot().name(), k -> new ArrayList<>()).add(p.lastDrawNanos() / 1e6);
                        }
                    }
                    if (previous >= 0 && t0 - start <= WARM_UP_NANOS) {
                        warmUpMs.add((t0 - previous) / 1e6);
                    }
                    previous = t0;
                    fxCpu = fxNow;
                    renderCpu = renderNow;
                    if (t0 - start > WARM_UP_NANOS + MEASURE_NANOS) {
                        stop();
                        report(vm);
                        Platform.exit();
                    }
                }
            }.start();
        }

        // the CPU time so far of JavaFX's render thread (found once by its name), or 0 if there is none
        private long renderCpuNanos() {
            if (renderThread < 0) {
                for (var info : cpu.getThreadInfo(cpu.getAllThreadIds())) {
                    if (info != null && info.getThreadName().startsWith("QuantumRenderer")) {
                        renderThread = info.getThreadId();
                    }
                }
            }
            return renderThread < 0 ? 0 : Math.max(0, cpu.getThreadCpuTime(renderThread));
        }

        private void report(DescentViewModel vm) {
            System.out.println("ZOOM " + vm.presentation().zoomPercentProperty().get() + " %");
            System.out.println(line("WARMUP", warmUpMs));
            System.out.println(line("FRAMES", frameMs));
            System.out.println(line("UPDATE", updateMs));
            System.out.println(line("CPU fx-thread", fxCpuMs));
            System.out.println(line("CPU render-thread", renderCpuMs));
            drawMs.forEach((name, ms) -> System.out.println(line("  DRAW " + name, ms)));
            System.out.println("POINTS " + vm.frameProperty().get().data().size());
            System.gc();
            var heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf(Locale.ROOT, "HEAP used_mb=%.0f (after a full collection) committed_mb=%.0f max_mb=%.0f%n",
                    heap.getUsed() / 1e6, heap.getCommitted() / 1e6, heap.getMax() / 1e6);
            System.out.println("EPOCHS reached=" + vm.epochProperty().get() + " (the first 5 s are WARMUP, not counted in FRAMES)");
        }

        private static String line(String name, List<Double> ms) {
            List<Double> sorted = new ArrayList<>(ms);
            Collections.sort(sorted);
            double median = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
            double worst = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1);
            double p99 = sorted.isEmpty() ? Double.NaN : sorted.get((int) (0.99 * (sorted.size() - 1)));
            return String.format(Locale.ROOT, "%s n=%d median_ms=%.2f p99_ms=%.2f worst_ms=%.2f", name, sorted.size(),
                    median, p99, worst);
        }
    }
}
