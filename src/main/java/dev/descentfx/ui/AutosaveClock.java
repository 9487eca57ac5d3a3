package dev.descentfx.ui;

import dev.descentfx.session.Autosave;
import dev.descentfx.session.Session;
import dev.descentfx.ui.run.DescentViewModel;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Every {@value #EVERY_SECONDS} seconds, if the window's session changed, it is written to the
 * autosave file, on a background thread (the session is immutable; SafeFile writes it whole). Only
 * once started does it own the file: a session left by a crash is not overwritten before the
 * student was asked about it ({@link RestoreOffer}). A clean exit deletes the file.
 */
final class AutosaveClock {
    static final int EVERY_SECONDS = 3;

    private final DescentViewModel vm;
    private final Autosave autosave;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "descentfx-autosave");
        t.setDaemon(true);
        return t;
    });
    private Timeline timeline;

    AutosaveClock(DescentViewModel vm, Autosave autosave) {
        this.vm = vm;
        this.autosave = autosave;
    }

    Autosave autosave() {
        return autosave;
    }

    /** Whether the autosave file is this window's (it writes there). */
    boolean started() {
        return timeline != null;
    }

    /** From now on the autosave file is this window's. */
    void start() {
        if (timeline == null) {
            timeline = new Timeline(new KeyFrame(Duration.seconds(EVERY_SECONDS), e -> saveIfChanged()));
            timeline.setCycleCount(Animation.INDEFINITE);
            timeline.play();
        }
    }

    /** Writes the session now if it changed (on the writer thread). */
    void saveIfChanged() {
        Session session = vm.session();
        if (autosave.changed(session)) {
            writer.execute(() -> {
                try {
                    autosave.write(session);
                } catch (IOException e) {
                    System.err.println("descentfx: the autosave could not be written: " + e.getMessage());
                }
            });
        }
    }

    /** A clean exit: the last write finishes, then the file goes (only if it is this window's). */
    void stopCleanly() {
        boolean owned = timeline != null;
        if (owned) {
            timeline.stop();
        }
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
            if (owned) {
                autosave.delete();
            }
        } catch (IOException e) {
            System.err.println("descentfx: the autosave " + autosave.file() + " could not be deleted: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
