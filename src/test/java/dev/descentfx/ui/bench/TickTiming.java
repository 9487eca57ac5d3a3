package dev.descentfx.ui.bench;

import dev.descentfx.training.Trainer;
import dev.descentfx.ui.run.DescentViewModel;
import java.util.Locale;

/** By hand: how long the ViewModel's tick takes at big n, and one epoch of the trainer alone. */
public final class TickTiming {
    public static void main(String[] args) {
        int n = Integer.getInteger("bench.points", 1_000_000);
        DescentViewModel vm = new DescentViewModel();
        vm.useData(BenchData.line(n));
        Trainer t = new Trainer(vm.settingsProperty().get());
        for (int round = 0; round < 3; round++) {
            long s = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                t.step();
            }
            System.out.printf(Locale.ROOT, "EPOCH trainer alone %.2f ms%n", (System.nanoTime() - s) / 20e6);
        }
        vm.setSpeed(DescentViewModel.MAX_SPEED);
        vm.setTarget(1_000_000);
        vm.play();
        long clock = 0;
        for (int round = 0; round < 3; round++) {
            long s = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                clock += 16_666_667L;
                vm.tick(clock);
                vm.frameProperty().get();
            }
            System.out.printf(Locale.ROOT, "TICK %.2f ms (epoch %d)%n", (System.nanoTime() - s) / 20e6, vm.epochProperty().get());
        }
    }
}
