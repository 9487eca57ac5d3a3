package dev.descentfx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers you can see in the package list stay layers. */
class ArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.descentfx");

    @Test
    void engineAndTrainingKnowNothingOfJavaFx() {
        noClasses().that().resideInAnyPackage("dev.descentfx.autograd..", "dev.descentfx.training..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.awt..")
                .check(classes);
    }

    /** The CSV reader serves the command line now and the window's import later: it knows neither. */
    @Test
    void dataReadingKnowsNothingOfTheRest() {
        noClasses().that().resideInAPackage("dev.descentfx.data..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.awt..",
                        "dev.descentfx.ui..", "dev.descentfx.cli..", "dev.descentfx.plot..", "dev.descentfx.export..",
                        "dev.descentfx.training..", "dev.descentfx.autograd..", "picocli..")
                .check(classes);
    }

    @Test
    void theEngineKnowsNothingOfTraining() {
        noClasses().that().resideInAPackage("dev.descentfx.autograd..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.descentfx.training..", "dev.descentfx.plot..",
                        "dev.descentfx.ui..", "dev.descentfx.cli..", "dev.descentfx.export..", "dev.descentfx.data..")
                .check(classes);
    }

    @Test
    void plotsAndExportDrawWithoutAScreen() {
        noClasses().that().resideInAnyPackage("dev.descentfx.plot..", "dev.descentfx.export..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "dev.descentfx.ui..")
                .check(classes);
    }

    /** A session file is opened by the window and by the command line alike: the format knows neither. */
    @Test
    void sessionsKnowNothingOfTheWindowOrTheCommandLine() {
        noClasses().that().resideInAPackage("dev.descentfx.session..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "java.awt..",
                        "dev.descentfx.ui..", "dev.descentfx.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void onlyTheWindowKnowsTheWindow() {
        noClasses().that().resideOutsideOfPackages("dev.descentfx.ui..", "dev.descentfx")
                .should().dependOnClassesThat().resideInAPackage("dev.descentfx.ui..")
                .check(classes);
    }
}
