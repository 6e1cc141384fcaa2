package org.peninsula.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line as a user would, capturing what they would see. */
public final class CommandRunner {

  /** Exit code and the two output streams of one invocation. */
  public record Result(int exitCode, String out, String err) {}

  private CommandRunner() {}

  public static Result run(String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
