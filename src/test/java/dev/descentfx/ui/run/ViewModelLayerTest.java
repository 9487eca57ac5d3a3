package dev.descentfx.ui.run;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The run and its playback ({@code ui.run}: the ViewModel and what it is made of) need no
 * toolkit: javafx.beans/collections/util only, and they know none of the window's views.
 */
class ViewModelLayerTest {
    private final JavaClasses ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.descentfx.ui");

    @Test
    void theRunPackageUsesNoSceneStageOrAnimation() {
        noClasses().that().resideInAPackage("dev.descentfx.ui.run..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.animation..", "javafx.embed..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp..", "java.awt..")
                .check(ui);
    }

    @Test
    void theRunPackageDoesNotKnowTheViews() {
        noClasses().that().resideInAPackage("dev.descentfx.ui.run..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.descentfx.ui", "dev.descentfx.ui.controls..",
                        "dev.descentfx.ui.plots..")
                .check(ui);
    }

    @Test
    void thePlotsOnScreenDoNotKnowTheControls() {
        noClasses().that().resideInAPackage("dev.descentfx.ui.plots..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.descentfx.ui", "dev.descentfx.ui.controls..")
                .check(ui);
    }
}
