package org.peninsula.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the code base, stated as rules: data flows scenario file -> model -> runs ->
 * statistics -> reports, and arrows point inward to the model.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importProject() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.peninsula");
  }

  @Test
  void modelImportsOnlyMasonCommonsMathAndTheJdk() {
    classes().that().resideInAPackage("org.peninsula.model..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.peninsula.model..", "java..", "sim..", "ec..",
            "org.apache.commons.math3..")
        .check(classes);
  }

  @Test
  void scenarioDoesNotReachOutward() {
    noClasses().that().resideInAPackage("org.peninsula.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.peninsula.experiment..", "org.peninsula.analysis..", "org.peninsula.report..",
            "org.peninsula.cli..", "org.peninsula.game..")
        .check(classes);
  }

  @Test
  void experimentDoesNotReachOutward() {
    noClasses().that().resideInAPackage("org.peninsula.experiment..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.peninsula.analysis..", "org.peninsula.report..", "org.peninsula.cli..",
            "org.peninsula.game..")
        .check(classes);
  }

  @Test
  void analysisDoesNotReachOutward() {
    noClasses().that().resideInAPackage("org.peninsula.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.peninsula.report..", "org.peninsula.cli..", "org.peninsula.game..")
        .check(classes);
  }

  @Test
  void reportAndGameDoNotUseTheCommandLine() {
    noClasses().that().resideInAnyPackage("org.peninsula.report..", "org.peninsula.game..")
        .should().dependOnClassesThat().resideInAPackage("org.peninsula.cli..")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.peninsula.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void onlyTheCommandLineTalksToTheConsoleOrExits() {
    noClasses().that().resideOutsideOfPackage("org.peninsula.cli..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "exit", int.class)
        .check(classes);
  }
}
