package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * What the start-up benchmark reads from the real app, off unless asked for with system properties
 * (nothing else changes when they are unset):
 * <ul>
 * <li>{@code -Ddescentfx.startupProbe=true}: prints {@code STARTUP first_frame epoch_ms=…} when the
 * window's first frame has been painted (at the start of the pulse after it: the pulse that painted
 * it has then finished), in the wall-clock milliseconds the launching process measures with, and
 * {@code STARTUP mark=… epoch_ms=…} lines at the steps before it.</li>
 * <li>{@code -Ddescentfx.startupProbe.play=S}: from that first frame, plays at top speed (the
 * frame-time benchmark's settings: α 0.001, 1,000 epochs per second) for S seconds and prints
 * {@code PLAY n=… median_ms=… p99_ms=… worst_ms=…} of the time from one frame to the next.</li>
 * <li>{@code -Ddescentfx.startupProbe.exit=true}: exits after that (the archive of classes is made
 * by such a run).</li>
 * </ul>
 */
public final class StartupProbe {
    static final boolean ON = Boolean.getBoolean("descentfx.startupProbe");
    private static final double PLAY_SECONDS = Double.parseDouble(System.getProperty("descentfx.startupProbe.play", "0"));
    private static final boolean EXIT = Boolean.getBoolean("descentfx.startupProbe.exit");

    private StartupProbe() {
    }

    /** Prints the time of a step before the first frame, when the probe is on. */
    public static void mark(String step) {
        if (ON) {
            System.out.println("STARTUP mark=" + step + " epoch_ms=" + System.currentTimeMillis() + cpu());
        }
    }

    /** Watches {@code scene}'s pulses from now on, when the probe is on. */
    static void watch(Scene scene, DescentViewModel vm) {
        if (!ON) {
            return;
        }
        int[] pulses = {0};
        Runnable listener = new Runnable() {
            @Override
            public void run() {
                if (++pulses[0] == 2) {
                    System.out.println("STARTUP first_frame epoch_ms=" + System.currentTimeMillis() + cpu());
                    scene.removePostLayoutPulseListener(this);
                    if (Boolean.getBoolean("descentfx.startupProbe.nodes")) {
                        dump(scene.getRoot(), 0);
                    }
                    if (PLAY_SECONDS > 0) {
                        play(vm);
                    } else if (EXIT) {
                        Platform.exit();
                    }
                }
            }
        };
        scene.addPostLayoutPulseListener(listener);
    }

    /** The process's CPU time so far (all threads), which a busy machine stretches less than the wall clock. */
    private static String cpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> " cpu_ms=" + d.toMillis()).orElse("");
    }

    private static int count(javafx.scene.Node n) {
        int c = 1;
        if (n instanceof javafx.scene.Parent) {
            for (javafx.scene.Node k : ((javafx.scene.Parent) n).getChildrenUnmodifiable()) {
                c += count(k);
            }
        }
        return c;
    }

    private static void dump(javafx.scene.Node n, int depth) {
        int c = count(n);
        if (c < 30 || depth > 9) {
            return;
        }
        System.out.println("  ".repeat(depth) + n.getClass().getSimpleName() + " " + n.getId() + " " + n.getStyleClass() + " nodes=" + c + (n.isVisible() ? "" : " HIDDEN"));
        if (n instanceof javafx.scene.Parent) {
            for (javafx.scene.Node k : ((javafx.scene.Parent) n).getChildrenUnmodifiable()) {
                dump(k, depth + 1);
            }
        }
    }

    private static void play(DescentViewModel vm) {
        vm.setSpeed(DescentViewModel.MAX_SPEED);
        vm.setLearningRate(0.001);   // as the frame-time benchmark: the point keeps moving
        vm.setTarget(1_000_000);
        vm.play();
        List<Double> ms = new ArrayList<>();
        new AnimationTimer() {
            private long start = -1;
            private long previous = -1;

            @Override
            public void handle(long pulse) {
                long now = System.nanoTime();
                if (start < 0) {
                    start = now;
                } else {
                    ms.add((now - previous) / 1e6);
                }
                previous = now;
                if (now - start >= PLAY_SECONDS * 1e9) {
                    stop();
                    System.out.println(line(ms, vm.epochProperty().get()));
                    if (EXIT) {
                        Platform.exit();
                    }
                }
            }
        }.start();
    }

    private static String line(List<Double> ms, int epoch) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p99 = sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
        double worst = sorted.get(sorted.size() - 1);
        StringBuilder longest = new StringBuilder();
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i) > 50) {
                longest.append(String.format(Locale.ROOT, " %d:%.0f", i, ms.get(i)));
            }
        }
        return String.format(Locale.ROOT, "PLAY n=%d median_ms=%.2f p99_ms=%.2f worst_ms=%.2f epoch=%d over50=[%s]",
                sorted.size(), median, p99, worst, epoch, longest.toString().trim());
    }
}
