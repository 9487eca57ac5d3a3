package dev.descentfx.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.descentfx.i18n.Language;
import dev.descentfx.ui.run.DescentViewModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every word of the window comes from the bundle of the language it shows: each text of a label,
 * button, tab, menu item and tooltip in MainView's scene graph is one of the bundle's sentences
 * (its blanks filled with anything), a number, or code (W, b, ∇W). Switching through the
 * Language / 언어 menu keeps the run.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageWindowTest {
    /** Texts that are the same in every language: the lesson's code and file formats. */
    private static final Pattern CODE_OR_NUMBER = Pattern.compile("[^A-Za-z\\uAC00-\\uD7A3]*|W|b|∇W|∇b|PNG \\d×|SVG");
    private final DescentViewModel vm = new DescentViewModel();
    private AnimationTimer clock;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(DescentFxApp.createScene(vm, (owner, name) -> Optional.empty()));
        stage.setWidth(1024);
        stage.setHeight(768);
        stage.show();
        clock = DescentFxApp.startClock(vm);
    }

    @AfterEach
    void stopClock() {
        WaitForAsyncUtils.asyncFx(() -> clock.stop());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The bundle's sentences as patterns: {0}, {1} … match anything. */
    private static List<Pattern> sentences(Language l) {
        List<Pattern> all = new ArrayList<>();
        for (String key : Collections.list(l.bundle().getKeys())) {
            String[] parts = l.bundle().getString(key).split("\\{\\d+}", -1);
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                regex.append(i > 0 ? ".*" : "").append(Pattern.quote(parts[i]));
            }
            all.add(Pattern.compile(regex.toString(), Pattern.DOTALL));
        }
        return all;
    }

    /** Every text a person can read in the window: labels, buttons, tabs, menus (and their items), tooltips. */
    private static List<String> texts(Node node) {
        List<String> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (node instanceof Labeled l) {
            found.add(l.getText());
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            found.add(c.getTooltip().getText());
        }
        if (node instanceof MenuButton m) {
            m.getItems().forEach(item -> collect(item, found));
        }
        if (node instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                found.add(t.getText());
                if (t.getContent() != null) {
                    collect(t.getContent(), found);
                }
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static void collect(MenuItem item, List<String> found) {
        found.add(item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> collect(i, found));
        }
    }

    private void assertEveryTextIsFromTheBundle(Language l) {
        List<Pattern> sentences = sentences(l);
        List<String> texts = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> texts(stage.getScene().getRoot())));
        assertThat(texts).hasSizeGreaterThan(60);
        List<String> strangers = texts.stream().filter(t -> t != null && !t.isBlank())
                .filter(t -> !CODE_OR_NUMBER.matcher(t).matches())
                .filter(t -> sentences.stream().noneMatch(s -> s.matcher(t).matches()))
                .distinct().toList();
        assertThat(strangers).as("texts not from the " + l + " bundle").isEmpty();
    }

    private RadioMenuItem languageItem(FxRobot robot, Language l) {
        MenuButton menu = robot.lookup("#presentationMenu").queryAs(MenuButton.class);
        Menu languages = (Menu) menu.getItems().stream().filter(i -> "languageMenu".equals(i.getId())).findFirst()
                .orElseThrow();
        return (RadioMenuItem) languages.getItems().stream()
                .filter(i -> ("language-" + l.name().toLowerCase()).equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void everyTextComesFromTheBundleInEnglishAndInKorean(FxRobot robot) {
        assertEveryTextIsFromTheBundle(Language.EN);
        robot.interact(() -> languageItem(robot, Language.KO).setSelected(true));
        assertThat(vm.languageProperty().get()).isEqualTo(Language.KO);
        assertEveryTextIsFromTheBundle(Language.KO);
        assertThat(robot.lookup("#playButton").queryAs(Labeled.class).getText()).isEqualTo("재생");
    }

    @Test
    void switchingTheLanguageInTheWindowKeepsTheEpochWAndTheSettings(FxRobot robot) {
        // given 40 epochs at α 0.05 with the bias off
        robot.interact(() -> {
            vm.setLearningRate(0.05);
            vm.setBias(false);
            vm.runToEpoch(40);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
        for (int i = 0; i < 200 && vm.runningProperty().get(); i++) {
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        String w = robot.lookup("#wLabel").queryAs(Labeled.class).getText();
        var settings = vm.settingsProperty().get();

        // when Korean is chosen in the menu
        robot.interact(() -> languageItem(robot, Language.KO).setSelected(true));

        // then the same epoch, W and settings, now in Korean
        assertThat(vm.epochProperty().get()).isEqualTo(40);
        assertThat(robot.lookup("#wLabel").queryAs(Labeled.class).getText()).isEqualTo(w);
        assertThat(vm.settingsProperty().get()).isEqualTo(settings);
        assertThat(robot.lookup("#updateWLabel").queryAs(Labeled.class).getText()).startsWith("다음 스텝");
        assertThat(robot.lookup("#biasSwitch").queryAs(Labeled.class).getText()).isEqualTo("편향 b 끔:  H(x) = Wx");
        assertThat(vm.frameProperty().get().language()).isEqualTo(Language.KO);
    }
}
