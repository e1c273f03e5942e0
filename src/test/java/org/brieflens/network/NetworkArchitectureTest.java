package org.brieflens.network;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The network's graph, layouts, label placement and painter stay free of JavaFX and of the
 * views, so that they are tested without a toolkit and an export can draw the same picture.
 */
class NetworkArchitectureTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.brieflens.network");

    @Test
    void theNetworkKnowsNothingOfJavaFx() {
        noClasses().that().resideInAPackage("org.brieflens.network..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..")
                .check(classes);
    }

    @Test
    void theNetworkDoesNotReachIntoTheViews() {
        noClasses().that().resideInAPackage("org.brieflens.network..")
                .should().dependOnClassesThat().resideInAnyPackage("org.brieflens.view..", "org.brieflens.app..",
                        "org.brieflens.state..")
                .check(classes);
    }
}
