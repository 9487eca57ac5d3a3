package dev.descentfx.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ViewModel and what it is made of need no toolkit: javafx.beans/collections/util only. */
class ViewModelLayerTest {
    private final JavaClasses ui = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.descentfx.ui");

    @Test
    void theViewModelUsesNoSceneStageOrAnimation() {
        noClasses().that().haveSimpleNameStartingWith("DescentViewModel")
                .or().haveSimpleName("RunHistory").or().haveSimpleName("StepSlide").or().haveSimpleName("LiveNumbers").or().haveSimpleName("Playback")
                .or().haveSimpleName("Words").or().haveSimpleName("LearningRateNotches")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.animation..", "javafx.embed..", "org.controlsfx..",
                        "atlantafx..", "org.kordamp..", "java.awt..")
                .check(ui);
    }

    @Test
    void theViewModelDoesNotKnowItsViews() {
        noClasses().that().haveSimpleNameStartingWith("DescentViewModel")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .orShould().dependOnClassesThat().haveSimpleName("PlotCanvas")
                .check(ui);
    }
}
