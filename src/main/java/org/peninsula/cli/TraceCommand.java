package org.peninsula.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.Peninsula;
import org.peninsula.model.RunOutcome;
import org.peninsula.report.ChronicleText;
import org.peninsula.report.TraceReport;
import org.peninsula.scenario.Scenario;
import org.peninsula.scenario.ScenarioDraw;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula trace}: one run told month by month. */
@Command(name = "trace", mixinStandardHelpOptions = true,
    description = "Play one run and print it month by month: every country's choice with its"
        + " reason, votes, clashes, elections, injects, key figures, and the outcome; or, with"
        + " --html, write it as a web page with a timeline chart.")
public final class TraceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (default: ${DEFAULT-VALUE}).",
      defaultValue = ScenarioArgument.DEFAULT)
  Path scenarioFile;

  @Option(names = "--seed", description = "Run seed (default: the scenario's seed).")
  Long seed;

  @Option(names = "--json", description = "Print JSON lines instead of text; each month's line"
      + " carries every world variable and the full 5x5 relation matrix.")
  boolean json;

  @Option(names = "--html", arity = "0..1", paramLabel = "FILE", fallbackValue = "",
      description = "Write the run as one self-contained HTML page (timeline chart, events,"
          + " decisions month by month, outcome) to FILE (default:"
          + " results/<scenario>/trace-seed<N>.html) and print where; put it after SCENARIO"
          + " or give FILE.")
  String html;

  @Override
  public Integer call() throws IOException {
    if (html != null && (html.endsWith(".yaml") || html.endsWith(".yml"))) {
      throw new ScenarioArgument.UserError("--html " + html + ": that is a scenario file; put"
          + " --html after SCENARIO, or give it an .html FILE");
    }
    Scenario scenario = ScenarioArgument.load(scenarioFile);
    long runSeed = seed != null ? seed : scenario.seed();
    ScenarioDraw draw = scenario.draw(runSeed);
    PrintWriter out = spec.commandLine().getOut();
    Peninsula sim = new Peninsula(draw.parameters(), runSeed);
    if (html != null) {
      return writeHtml(scenario, runSeed, draw, sim, out);
    }
    if (!json) {
      out.printf(Locale.ROOT,
          "Peninsula trace: %s, seed %d, %d months from %s%n", scenario.name(), runSeed,
          scenario.horizonMonths(), draw.parameters().calendarLabel(0));
      draw.drawn().forEach((k, v) -> out.printf(Locale.ROOT, "  drawn %s = %.3f%n", k, v));
    }
    int[] lastMonth = {-1};
    sim.setChronicle(entry -> {
      if (json) {
        out.println(ChronicleText.json(entry));
        return;
      }
      if (entry.month() != lastMonth[0]) {
        lastMonth[0] = entry.month();
        out.printf(Locale.ROOT, "%nMonth %d (%s)%n", entry.month(),
            draw.parameters().calendarLabel(entry.month()));
      }
      out.println(ChronicleText.text(entry));
    });
    RunOutcome outcome = sim.runToEnd();
    if (json) {
      out.println(ChronicleText.outcomeJson(outcome));
    } else {
      out.println();
      ChronicleText.outcome(outcome).forEach(out::println);
    }
    out.flush();
    return 0;
  }

  private int writeHtml(Scenario scenario, long runSeed, ScenarioDraw draw, Peninsula sim,
      PrintWriter out) throws IOException {
    List<ChronicleEntry> entries = new ArrayList<>();
    sim.setChronicle(entries::add);
    RunOutcome outcome = sim.runToEnd();
    Path file = html.isEmpty()
        ? Path.of("results", scenario.name().replaceAll("[^A-Za-z0-9._-]+", "-"),
            "trace-seed" + runSeed + ".html")
        : Path.of(html);
    String page = TraceReport.build(scenario.name(), runSeed, draw.parameters(), draw.drawn(),
        entries, outcome).toHtml();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, page, StandardCharsets.UTF_8);
    } catch (java.nio.file.FileSystemException e) {
      throw new ScenarioArgument.UserError("cannot write " + e.getFile()
          + (e.getReason() != null ? ": " + e.getReason() : "") + " ("
          + e.getClass().getSimpleName() + ")");
    }
    out.printf(Locale.ROOT, "Trace of %s, seed %d (%s): %s%n", scenario.name(), runSeed,
        outcome.future().label(), file);
    out.flush();
    return 0;
  }
}
