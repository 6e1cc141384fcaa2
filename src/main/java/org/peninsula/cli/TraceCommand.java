package org.peninsula.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peninsula.model.Peninsula;
import org.peninsula.model.RunOutcome;
import org.peninsula.report.ChronicleText;
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
        + " reason, votes, clashes, elections, injects, key figures, and the outcome.")
public final class TraceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (default: ${DEFAULT-VALUE}).",
      defaultValue = ScenarioArgument.DEFAULT)
  Path scenarioFile;

  @Option(names = "--seed", description = "Run seed (default: the scenario's seed).")
  Long seed;

  @Option(names = "--json", description = "Print JSON lines instead of text.")
  boolean json;

  @Override
  public Integer call() {
    Scenario scenario = ScenarioArgument.load(spec.commandLine(), scenarioFile);
    long runSeed = seed != null ? seed : scenario.seed();
    ScenarioDraw draw = scenario.draw(runSeed);
    PrintWriter out = spec.commandLine().getOut();
    Peninsula sim = new Peninsula(draw.parameters(), runSeed);
    if (!json) {
      out.printf("Peninsula trace: %s, seed %d, %d months from %s%n", scenario.name(), runSeed,
          scenario.horizonMonths(), draw.parameters().calendarLabel(0));
      draw.drawn().forEach((k, v) -> out.printf("  drawn %s = %.3f%n", k, v));
    }
    int[] lastMonth = {-1};
    sim.setChronicle(entry -> {
      if (json) {
        out.println(ChronicleText.json(entry));
        return;
      }
      if (entry.month() != lastMonth[0]) {
        lastMonth[0] = entry.month();
        out.printf("%nMonth %d (%s)%n", entry.month(),
            draw.parameters().calendarLabel(entry.month()));
      }
      out.println(ChronicleText.text(entry));
    });
    RunOutcome outcome = sim.runToEnd();
    if (json) {
      out.println(ChronicleText.outcomeJson(outcome));
    } else {
      out.println();
      out.print(ChronicleText.outcome(outcome));
    }
    out.flush();
    return 0;
  }
}
