package org.peninsula.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The house rules, stated once for a root package so that the same rules can be checked against
 * the production code ({@link ArchitectureTest}) and against deliberately wrong fixture classes
 * ({@link HouseRulesBiteTest}), which proves that every rule fails on a wrong import.
 *
 * <p>Decisions the rules encode (docs/testing.md, "Architecture rules", explains them):
 * <ul>
 *   <li>The model may use {@code java.io} only for Java serialization of its own state in memory
 *       ({@link #MODEL_SERIALIZATION}): {@code Peninsula.snapshot()/restore()} copy a run for the
 *       live odds and continuations. Files, streams to the outside, the network and reflection are
 *       not the model's business.</li>
 *   <li>Streaming accumulators (classes named {@code *Sketch}, {@code *Histogram},
 *       {@code *Accumulator}) live in {@code experiment}: they are part of a batch's state, fed in
 *       run-index order by the engine and stored in its checkpoint, and they only count. Every
 *       inference from those counts (intervals, tests, indices, resampling) lives in
 *       {@code analysis}.</li>
 * </ul>
 */
final class HouseRules {

  /** The java.io types the model may touch: serialization of its own state, in memory. */
  static final Set<String> MODEL_SERIALIZATION = Set.of(
      "java.io.Serializable", "java.io.Serial", "java.io.ObjectInputStream",
      "java.io.ObjectOutputStream", "java.io.ByteArrayInputStream",
      "java.io.ByteArrayOutputStream", "java.io.IOException", "java.io.UncheckedIOException",
      "java.io.InputStream", "java.io.OutputStream", "java.io.ObjectInputFilter",
      "java.io.ObjectStreamException", "java.io.InvalidObjectException");

  /** Parts of commons-math that draw conclusions from data: analysis only. */
  static final String[] INFERENCE = {
      "org.apache.commons.math3.stat.inference..", "org.apache.commons.math3.stat.interval..",
      "org.apache.commons.math3.stat.correlation..", "org.apache.commons.math3.stat.regression..",
      "org.apache.commons.math3.stat.ranking..", "org.apache.commons.math3.stat.descriptive.rank.."};

  private final String root;
  private final Set<String> knownViolations;

  /**
   * @param root the package that holds the layers ({@code org.peninsula})
   * @param knownViolations fully qualified names of classes exempt from the library and statistics
   *     rules while another branch moves them (see {@link ArchitectureTest#KNOWN_VIOLATIONS})
   */
  HouseRules(String root, Set<String> knownViolations) {
    this.root = root;
    this.knownViolations = Set.copyOf(knownViolations);
  }

  private String p(String layer) {
    return root + "." + layer + "..";
  }

  private DescribedPredicate<JavaClass> notKnown() {
    return not(DescribedPredicate.describe("a known violation awaiting a merge",
        (JavaClass c) -> knownViolations.contains(c.getName())));
  }

  /** Every rule by name, in the order docs/testing.md lists them. */
  Map<String, ArchRule> all() {
    Map<String, ArchRule> m = new LinkedHashMap<>();
    m.put("layers", layers());
    m.put("modelHasNoIo", modelHasNoIo());
    m.put("modelUsesOnlyMasonAndCommonsMath", modelUsesOnlyMasonAndCommonsMath());
    m.put("noCyclesAtAnyDepth", noCyclesAtAnyDepth());
    m.put("jacksonInScenarioAndResultFiles", jacksonInScenarioAndResultFiles());
    m.put("jfreeChartInReport", confined("report", "org.jfree.."));
    m.put("javalinInGame", confined("game", "io.javalin.."));
    m.put("h2InGame", confined("game", "org.h2..", "java.sql.."));
    m.put("picocliInCli", confined("cli", "picocli.."));
    m.put("progressbarInCli", confined("cli", "me.tongfei.progressbar.."));
    m.put("inferenceInAnalysis", inferenceInAnalysis());
    m.put("accumulatorsInExperiment", accumulatorsInExperiment());
    m.put("intervalsInAnalysis", intervalsInAnalysis());
    m.put("statisticsArePure", statisticsArePure());
    m.put("onlyCliTalksToTheConsoleOrExits", onlyCliTalksToTheConsoleOrExits());
    return m;
  }

  /**
   * cli -> game -> report -> analysis -> experiment -> statistics -> scenario -> model; never back
   * up. Statistics ({@code analysis.stats}) are the pure formulas of the analysis package, the one
   * part of it the experiment layer may call (the Wilson interval of its summaries).
   */
  ArchRule layers() {
    // Optional layers: the fixture test imports one wrong class at a time.
    return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
        .layer("model").definedBy(p("model"))
        .layer("scenario").definedBy(p("scenario"))
        .layer("statistics").definedBy(p("analysis.stats"))
        .layer("experiment").definedBy(p("experiment"))
        .layer("analysis").definedBy(JavaClass.Predicates.resideInAPackage(p("analysis"))
            .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(p("analysis.stats")))))
        .layer("report").definedBy(p("report"))
        .layer("game").definedBy(p("game"))
        .layer("cli").definedBy(p("cli"))
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("game").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("report").mayOnlyBeAccessedByLayers("game", "cli")
        .whereLayer("analysis").mayOnlyBeAccessedByLayers("report", "game", "cli")
        .whereLayer("experiment").mayOnlyBeAccessedByLayers("analysis", "report", "game", "cli")
        .whereLayer("statistics")
        .mayOnlyBeAccessedByLayers("experiment", "analysis", "report", "game", "cli")
        .whereLayer("scenario")
        .mayOnlyBeAccessedByLayers("experiment", "analysis", "report", "game", "cli")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("scenario", "experiment", "analysis", "report", "game", "cli");
  }

  /** Pure statistics import nothing of the project: they sit beneath every other layer of it. */
  ArchRule statisticsArePure() {
    return noClasses().that().resideInAPackage(p("analysis.stats"))
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(root + "..")
            .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(p("analysis.stats")))))
        .because("analysis.stats is a library of formulas, below experiment, and must stay one");
  }

  /** No files, sockets, databases or reflection in the model; java.io only to serialize itself. */
  ArchRule modelHasNoIo() {
    DescribedPredicate<JavaClass> forbiddenIo = DescribedPredicate.describe(
        "java.io outside serialization, java.nio.file, java.nio.channels, java.net, java.sql,"
            + " java.lang.reflect or java.util.logging",
        (JavaClass c) -> {
          String pkg = c.getPackageName();
          String name = c.getBaseComponentType().getName();
          return (pkg.equals("java.io") && !MODEL_SERIALIZATION.contains(name))
              || pkg.startsWith("java.nio.file") || pkg.equals("java.nio.channels")
              || pkg.startsWith("java.net") || pkg.startsWith("java.sql")
              || pkg.startsWith("java.lang.reflect") || pkg.startsWith("java.util.logging")
              || pkg.startsWith("java.awt") || pkg.startsWith("javax.");
        });
    return noClasses().that().resideInAPackage(p("model"))
        .should().dependOnClassesThat(forbiddenIo)
        .because("the model is a pure function of parameters and seed; reading and writing"
            + " belong to scenario, experiment and report");
  }

  /** Besides the JDK, the model knows MASON's engine and Commons Math, nothing else. */
  ArchRule modelUsesOnlyMasonAndCommonsMath() {
    return classes().that().resideInAPackage(p("model"))
        .should().onlyDependOnClassesThat().resideInAnyPackage(p("model"), "java..",
            "sim.engine..", "sim.util..", "ec.util..", "org.apache.commons.math3..");
  }

  /**
   * One slice per package at every depth ({@code (**)} captures the whole package name), so a
   * cycle between {@code game.live} and {@code game.web}, or between {@code report} and
   * {@code report.chart}, fails as much as one between top-level layers.
   */
  ArchRule noCyclesAtAnyDepth() {
    return slices().matching(root + ".(**)").should().beFreeOfCycles();
  }

  /**
   * Jackson reads scenario files and writes and reads the result files. The classes that own a
   * file format outside {@code scenario} are named here; a new one is a deliberate decision.
   * Two came with the studies and calibration merges: a study's identity ({@code study.json},
   * which {@code --resume} reads back) and the observed history record that calibration reads
   * ({@code scenarios/history/*.yaml}, an input beside the scenarios).
   */
  static final Set<String> RESULT_FILE_FORMATS = Set.of(
      "experiment.SummaryJson", "experiment.EnsembleBatch", "experiment.CheckpointState",
      "report.RunReport", "report.StudyFiles", "report.ChronicleText", "game.GameFiles",
      "game.Trace", "game.web.Requests", "cli.StudyResume");

  ArchRule jacksonInScenarioAndResultFiles() {
    DescribedPredicate<JavaClass> formatOwner = DescribedPredicate.describe(
        "a result-file format class " + RESULT_FILE_FORMATS,
        (JavaClass c) -> {
          String top = c.getName().contains("$")
              ? c.getName().substring(0, c.getName().indexOf('$')) : c.getName();
          return top.startsWith(root + ".")
              && RESULT_FILE_FORMATS.contains(top.substring(root.length() + 1));
        });
    return noClasses().that().resideOutsideOfPackage(p("scenario"))
        .and(not(formatOwner)).and(notKnown())
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .because("scenario files and result files are the only JSON/YAML the code reads or"
            + " writes");
  }

  /** Classes outside {@code layer} never touch {@code packages}. */
  ArchRule confined(String layer, String... packages) {
    return noClasses().that(are(not(resideInAnyPackage(p(layer)))))
        .and().resideInAPackage(root + "..").and(notKnown())
        .should().dependOnClassesThat().resideInAnyPackage(packages)
        .because("each heavy library belongs to the one layer that owns it (" + layer + ")");
  }

  ArchRule inferenceInAnalysis() {
    return noClasses().that().resideOutsideOfPackage(p("analysis"))
        .and().resideInAPackage(root + "..").and(notKnown())
        .should().dependOnClassesThat().resideInAnyPackage(INFERENCE)
        .because("statistics that draw conclusions live in analysis");
  }

  ArchRule accumulatorsInExperiment() {
    return classes().that().haveSimpleNameEndingWith("Sketch")
        .or().haveSimpleNameEndingWith("Histogram")
        .or().haveSimpleNameEndingWith("Accumulator")
        .should().resideInAPackage(p("experiment"))
        .because("streaming accumulators are part of a batch's checkpointed state")
        .allowEmptyShould(true);
  }

  /** Confidence intervals are computed in analysis only (one Wilson interval, not two). */
  ArchRule intervalsInAnalysis() {
    return noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage(p("analysis"))
        .and().areDeclaredInClassesThat().resideInAPackage(root + "..")
        .and().areDeclaredInClassesThat(notKnown())
        .should().haveNameMatching("(?i).*(wilson|confidenceInterval|clopper|agresti).*")
        .because("an interval estimator exists once, in analysis");
  }

  ArchRule onlyCliTalksToTheConsoleOrExits() {
    return noClasses().that().resideOutsideOfPackage(p("cli"))
        .and().resideInAPackage(root + "..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "exit", int.class)
        .orShould().callMethod(Runtime.class, "halt", int.class)
        .because("commands print through picocli and decide the exit code");
  }
}
