package org.peninsula.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peninsula.scenario.ParameterListing;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peninsula params}: every declared parameter as a scenario sets it. */
@Command(name = "params", mixinStandardHelpOptions = true,
    description = {"List every number that shapes the model's behaviour: key, value or"
        + " distribution in the scenario (* where the file sets it), default, range, meaning,"
        + " source and which parts of the model read it.",
        "Any key can be set in a scenario's parameters: section, given a distribution, swept"
            + " and studied by sensitivity analysis."})
public final class ParamsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (default: the declared defaults, no scenario).")
  Path scenarioFile;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV (RFC 4180, header row).")
    boolean csv;

    @Option(names = "--markdown", description = "Print the Markdown tables of docs/model.md.")
    boolean markdown;
  }

  @Override
  public Integer call() {
    ParameterListing listing = scenarioFile == null ? ParameterListing.defaults()
        : ParameterListing.of(ScenarioArgument.load(scenarioFile));
    PrintWriter out = spec.commandLine().getOut();
    String text = format.json ? listing.json() : format.csv ? listing.csv()
        : format.markdown ? listing.markdown() : listing.text();
    out.print(text);
    out.flush();
    return 0;
  }
}
