package dev.descentfx.ui;

import dev.descentfx.ui.run.DescentViewModel;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/** Session: Save session… (Ctrl+S) and Open session… (Ctrl+O), in the projector menu under the lesson runs. */
final class SessionMenu extends Menu {
    SessionMenu(DescentViewModel vm, SessionCommands commands) {
        setId("sessionMenu");
        setGraphic(new FontIcon("mdi2f-file-outline"));
        textProperty().bind(vm.text("session.menu"));
        MenuItem save = new MenuItem();
        save.setId("saveSession");
        save.textProperty().bind(vm.text("session.save", SessionCommands.SAVE_KEYS));
        save.setOnAction(e -> commands.save());
        MenuItem open = new MenuItem();
        open.setId("openSession");
        open.textProperty().bind(vm.text("session.open", SessionCommands.OPEN_KEYS));
        open.setOnAction(e -> commands.open());
        getItems().addAll(save, open);
    }
}
