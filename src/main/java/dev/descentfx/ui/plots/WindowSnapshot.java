package dev.descentfx.ui.plots;

import dev.descentfx.export.PlotImages;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;

/** The whole window as a PNG, {@code scale} times its size on screen. */
public final class WindowSnapshot {
    private WindowSnapshot() {
    }

    public static WritableImage take(Scene scene, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(new Scale(scale, scale));
        return scene.getRoot().snapshot(parameters, null);
    }

    public static void writePng(Scene scene, double scale, Path file) throws IOException {
        PlotImages.writePng(SwingFXUtils.fromFXImage(take(scene, scale), null), file);   // whole or not at all
    }
}
