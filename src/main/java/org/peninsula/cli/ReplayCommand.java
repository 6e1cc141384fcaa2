package org.peninsula.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.peninsula.game.GameException;
import org.peninsula.game.GameFile;
import org.peninsula.game.GameFiles;
import org.peninsula.game.Replay;
import org.peninsula.game.ScenarioFiles;
import org.peninsula.game.ScenarioLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code peninsula replay}: plays an exported game again and prints its trace. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = "Replay an exported game (JSON) and print its trace, checked against the"
        + " trace recorded when it was played.")
public final class ReplayCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GAME.json", description = "A game exported by the"
      + " teacher's console or by peninsula play --export.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      GameFile game = GameFiles.read(file);
      Replay.Result r = Replay.of(game, new ScenarioLibrary(null, ScenarioFiles.READER)
          .reader());
      r.trace().forEach(out::println);
      out.flush();
      if (r.recorded() && !r.matches()) {
        int i = r.firstDifference();
        err.println("replay: the replay differs from the recorded game at line " + (i + 1));
        err.println("  recorded: " + (i < game.trace().size() ? game.trace().get(i) : "(end)"));
        err.println("  replayed: " + (i < r.trace().size() ? r.trace().get(i) : "(end)"));
        err.println("  (a game exported by another version of Peninsula is replayed with this"
            + " version's model and wording, so it may differ without having been altered)");
        return 1;
      }
      return 0;
    } catch (GameException e) {
      err.println("replay: " + e.getMessage());
      return 2;
    }
  }
}
