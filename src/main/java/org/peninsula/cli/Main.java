package org.peninsula.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code peninsula} command line. */
@Command(name = "peninsula", mixinStandardHelpOptions = true, version = "peninsula 0.1.0",
    description = "Agent-based simulation of diplomacy around the Korean peninsula.",
    subcommands = {
        TraceCommand.class,
        RunCommand.class,
        BenchCommand.class,
        ServeCommand.class,
        PlayCommand.class,
        ReplayCommand.class,
        CompareCommand.class,
        SweepCommand.class,
        SensitivityCommand.class,
        DiscoverCommand.class,
        ParamsCommand.class,
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Charts are drawn off-screen; never open a window (or a Dock icon) for them.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof ScenarioArgument.UserError) {
        commandLine.getErr().println("error: " + ex.getMessage());
        commandLine.getErr().flush();
        return 2;
      }
      throw ex;
    });
    return cmd;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
