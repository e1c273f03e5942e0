package org.brieflens;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.brieflens");
    }

    @Test
    void theModelKnowsNothingOfJavaFx() {
        noClasses().that().resideInAPackage("org.brieflens.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void theModelDoesNoInputOrOutput() {
        noClasses().that().resideInAPackage("org.brieflens.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..")
                .check(classes);
    }

    @Test
    void readingAndWritingBriefsWorksWithoutJavaFx() {
        noClasses().that().resideInAnyPackage("org.brieflens.files..", "org.brieflens.format..",
                        "org.brieflens.ingest..", "org.brieflens.text..", "org.brieflens.cli..",
                        "org.brieflens.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void dataExportsWorkWithoutJavaFx() {
        noClasses().that().resideInAnyPackage("org.brieflens.export.data..", "org.brieflens.export.xml..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void noLayerBelowTheViewsReachesIntoThem() {
        noClasses().that().resideInAnyPackage("org.brieflens.model..", "org.brieflens.format..",
                        "org.brieflens.ingest..", "org.brieflens.state..", "org.brieflens.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.brieflens.view..", "org.brieflens.app..")
                .check(classes);
    }
}
