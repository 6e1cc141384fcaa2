package org.peninsula.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code peninsula} command line. */
@Command(name = "peninsula", mixinStandardHelpOptions = true, version = "peninsula 0.1.0",
    description = "Agent-based simulation of diplomacy around the Korean peninsula.",
    subcommands = {ServeCommand.class, PlayCommand.class, ReplayCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
