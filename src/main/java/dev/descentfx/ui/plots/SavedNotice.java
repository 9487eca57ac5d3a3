package dev.descentfx.ui.plots;

import dev.descentfx.i18n.Language;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/**
 * Says where a picture was saved, with an "Open folder" action where the desktop can open one
 * (else the path alone). Shown at the bottom right, over a plot's corner, never over a control.
 */
public final class SavedNotice {
    private SavedNotice() {
    }

    public static void show(Scene scene, Path path, Language l) {
        show(scene, path, l, "save.saved");
    }

    /** The same notice under the title {@code titleKey} ("Session saved"). */
    public static void show(Scene scene, Path path, Language l, String titleKey) {
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        Notifications notice = Notifications.create().owner(scene.getWindow()).position(Pos.BOTTOM_RIGHT)
                .title(l.text(titleKey)).text(path.toAbsolutePath().toString()).hideAfter(Duration.seconds(8));
        Path folder = path.toAbsolutePath().getParent();
        if (folder != null && canOpenFolders()) {
            notice.action(new Action(l.text("save.openFolder"), e -> open(folder)));
        }
        notice.showInformation();
    }

    private static boolean canOpenFolders() {
        try {
            return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        } catch (RuntimeException | LinkageError e) {
            return false;   // headless, or no desktop to ask
        }
    }

    /** Off the JavaFX thread: the desktop may take a while to start a file manager. */
    private static void open(Path folder) {
        Thread opener = new Thread(() -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (IOException | RuntimeException e) {
                // the path is in the notice; nothing is lost if no file manager comes up
            }
        }, "open-folder");
        opener.setDaemon(true);
        opener.start();
    }
}
