package org.peninsula.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.peninsula.game.GameException;
import org.peninsula.game.GameFile;
import org.peninsula.game.GameFiles;
import org.peninsula.game.GameScenario;
import org.peninsula.game.GameSetup;
import org.peninsula.game.ScenarioFiles;
import org.peninsula.game.TerminalGame;
import org.peninsula.model.Actor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code peninsula play}: the classroom game in a terminal, one player against four bots. */
@Command(name = "play", mixinStandardHelpOptions = true,
    description = "Play one country against four bots in the terminal (choices from stdin).")
public final class PlayCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (default: ${DEFAULT-VALUE}).",
      defaultValue = ScenarioArgument.DEFAULT)
  Path scenario;

  @Option(names = "--as", required = true, paramLabel = "COUNTRY",
      description = "The country you play: USA, CHN, RUS, ROK or DPRK.")
  String as;

  @Option(names = "--seed", description = "Seed of the game (default: the scenario's).")
  Long seed;

  @Option(names = "--turn-months", defaultValue = "3",
      description = "Months per turn: 1, 3 or 6. Default: ${DEFAULT-VALUE}.")
  int turnMonths;

  @Option(names = "--turns", defaultValue = "8", description = "Turns. Default: ${DEFAULT-VALUE}.")
  int turns;

  @Option(names = "--name", defaultValue = "you", description = "Your name in the trace.")
  String name;

  @Option(names = "--export", paramLabel = "FILE",
      description = "Write the game as JSON (for peninsula replay).")
  Path export;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Actor actor = country(as);
      String text = readScenario(scenario);
      GameScenario sc = ScenarioFiles.READER.read(scenario.toString(), text);
      String file = scenario.getFileName().toString();
      GameSetup setup = new GameSetup(file, text, seed == null ? sc.seed() : seed, turnMonths,
          turns);
      setup.checkFits(sc);
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
          StandardCharsets.UTF_8));
      GameFile played = new TerminalGame(sc, setup, actor, name, in, out).play();
      if (export != null) {
        GameFiles.write(played, export);
        out.println("Game written to " + export);
      }
      out.flush();
      return 0;
    } catch (GameException e) {
      err.println("play: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("play: " + e.getMessage());
      return 1;
    }
  }

  static Actor country(String s) {
    try {
      return Actor.valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw GameException.badRequest("--as " + s + ": not a country; use USA, CHN, RUS, ROK"
          + " or DPRK");
    }
  }

  static String readScenario(Path p) {
    try {
      // A file with extends: is played (and exported) merged, so the game stands on its own.
      return org.peninsula.scenario.ScenarioInheritance.selfContainedText(p);
    } catch (org.peninsula.scenario.ScenarioException e) {
      throw GameException.badRequest(e.getMessage());
    }
  }
}
