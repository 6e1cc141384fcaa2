package org.peninsula.game;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.InjectEvent;
import org.peninsula.model.Outcome;
import org.peninsula.model.RunOutcome;

/** Writing a game to its JSON file and reading one back. */
public final class GameFiles {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private GameFiles() {}

  /** The export of a game played (or being played) by {@code run}. */
  public static GameFile export(String id, String scenarioName, GameSetup setup, GameRun run,
      boolean ended) {
    List<GameFile.Decision> decisions = new ArrayList<>();
    for (ChronicleEntry e : run.chronicle()) {
      if (e instanceof ChronicleEntry.Decision d) {
        int turn = d.month() / setup.turnMonths();
        TurnRecord.PlayerMove m = run.played().get(turn).players().get(d.actor());
        decisions.add(new GameFile.Decision(turn + 1, run.date(d.month()), d.actor().name(),
            m == null ? d.seat() : "player", m == null ? null : m.player(),
            d.chosen().name()));
      }
    }
    List<GameFile.Inject> injects = new ArrayList<>();
    for (TurnRecord t : run.played()) {
      for (InjectEvent e : t.injects()) {
        injects.add(new GameFile.Inject(t.turn() + 1, e.name()));
      }
    }
    boolean over = ended || run.finished();
    return new GameFile(GameFile.FORMAT, id, new GameFile.ScenarioPart(setup.scenarioFile(),
        scenarioName, setup.scenarioText()), setup.seed(), setup.turnMonths(), setup.turns(),
        run.turnsPlayed(), over, decisions, injects, over ? outcome(run.outcome()) : null,
        Trace.of(scenarioName, setup, run, over));
  }

  static GameFile.OutcomePart outcome(RunOutcome o) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (Outcome k : Outcome.values()) {
      double v = o.get(k);
      values.put(k.key(), Double.isNaN(v) ? null : v);
    }
    return new GameFile.OutcomePart(o.future().name(), o.future().label(), values);
  }

  public static String toJson(GameFile f) {
    try {
      return JSON.writeValueAsString(f);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void write(GameFile f, Path path) throws IOException {
    Files.writeString(path, toJson(f) + "\n");
  }

  /** Reads a game file; anything wrong with it is a {@link GameException} naming the file. */
  public static GameFile read(Path path) {
    String text;
    try {
      text = Files.readString(path);
    } catch (NoSuchFileException e) {
      throw GameException.badRequest(path + ": no such file");
    } catch (IOException e) {
      throw GameException.badRequest(path + ": cannot read it (" + e.getMessage() + ")");
    }
    com.fasterxml.jackson.databind.JsonNode tree;
    try {
      tree = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":"
          + e.getLocation().getColumnNr();
      throw GameException.badRequest(path + where + ": not a game file (not JSON: "
          + e.getOriginalMessage() + ")");
    }
    if (tree == null || !tree.isObject()
        || !GameFile.FORMAT.equals(tree.path("format").asText(null))) {
      throw GameException.badRequest(path + ": not a game file (format must be \""
          + GameFile.FORMAT + "\")");
    }
    GameFile f;
    try {
      f = JSON.treeToValue(tree, GameFile.class);
    } catch (JsonProcessingException e) {
      String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m
          ? m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
              : "[" + r.getIndex() + "]").reduce((a, b) -> b.startsWith("[") ? a + b
              : a + "." + b).orElse("") : "";
      String problem = e.getOriginalMessage().startsWith("Cannot map `null`") ? "is missing"
          : e.getOriginalMessage().startsWith("Unrecognized field") ? "is not a field of a game"
          + " file" : "has the wrong type";
      throw GameException.badRequest(path + ": " + (field.isEmpty() ? "the game" : field) + " "
          + problem);
    }
    if (f.scenario() == null || f.decisions() == null || f.injects() == null) {
      throw GameException.badRequest(path + ": a game file needs scenario, decisions and"
          + " injects");
    }
    return f;
  }
}
