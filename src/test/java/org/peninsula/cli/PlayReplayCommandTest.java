package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peninsula play} with piped input, and {@code peninsula replay} of what was played. */
class PlayReplayCommandTest {

  @TempDir Path dir;

  private static CommandRunner.Result play(String input, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return CommandRunner.run(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void aTerminalGameReplaysToTheSameTrace() throws Exception {
    Path file = dir.resolve("game.json");
    CommandRunner.Result p = play("1\nxyz\nALIGN_WITH_US\n\n", "play",
        "scenarios/baseline-2021.yaml", "--as", "ROK", "--turns", "5", "--seed", "11",
        "--name", "Ana", "--export", file.toString());
    assertEquals(0, p.exitCode(), p.err());
    assertTrue(p.out().contains("Briefing: South Korea"));
    assertTrue(p.out().contains("'xyz' is not one of your moves"));
    assertTrue(p.out().contains("ROK  ENGAGE_NORTH (player Ana)"));
    assertTrue(p.out().contains("ROK  ALIGN_WITH_US (player Ana)"));
    assertTrue(p.out().contains("no more input"), "turn 5 came after the end of input");
    assertTrue(p.out().contains("Outcome after"));
    assertTrue(Files.exists(file));

    CommandRunner.Result r = CommandRunner.run("replay", file.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> replayed = r.out().lines().toList();
    // Every move, vote and event the player was shown appears, word for word, in the replay.
    List<String> shown = p.out().lines().filter(l -> l.matches("  \\d{4}-\\d{2} .*"))
        .map(String::strip).toList();
    assertTrue(shown.size() > 5 * 3 * 5, "moves of five countries over 15 months");
    List<String> stripped = replayed.stream().map(String::strip).toList();
    for (String line : shown) {
      assertTrue(stripped.contains(line), "missing from the replay: " + line);
    }
    assertTrue(replayed.stream().anyMatch(l -> l.startsWith("Outcome after 15 months: ")),
        r.out());
    assertTrue(replayed.stream().anyMatch(l -> l.matches("  monthsSimulated +15")), r.out());
    assertEquals(r.out(), CommandRunner.run("replay", file.toString()).out());
  }

  @Test
  void aTamperedGameIsCaught() throws Exception {
    Path file = dir.resolve("game.json");
    assertEquals(0, play("2\n2\n", "play", "--as", "DPRK", "--turns", "2", "--seed", "5",
        "--export", file.toString()).exitCode());
    String json = Files.readString(file);
    String tampered = json.replace("\"action\" : \"ICBM_TEST\"",
        "\"action\" : \"NUCLEAR_TEST\"");
    assertTrue(!tampered.equals(json), "the DPRK tested an ICBM (move 2)");
    Files.writeString(file, tampered);
    CommandRunner.Result r = CommandRunner.run("replay", file.toString());
    assertEquals(1, r.exitCode(), r.out());
    assertTrue(r.err().contains("differs from the recorded game"), r.err());
  }

  @Test
  void badInputIsAClearErrorWithExitTwo() throws Exception {
    Path junk = dir.resolve("junk.json");
    Files.writeString(junk, "{\"format\": 3");
    CommandRunner.Result r = CommandRunner.run("replay", junk.toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().startsWith("replay: " + junk + ":1:"), r.err());
    assertTrue(r.err().contains("not a game file (not JSON"), r.err());
    assertEquals(2, CommandRunner.run("replay", dir.resolve("none.json").toString())
        .exitCode());
    Files.writeString(junk, "{\"format\": \"something-else\"}");
    assertTrue(CommandRunner.run("replay", junk.toString()).err().contains("format must be"));
    Files.writeString(junk, "{\"format\": \"peninsula-game/1\", \"seed\": \"x\"}");
    assertEquals("replay: " + junk + ": seed has the wrong type",
        CommandRunner.run("replay", junk.toString()).err().strip());
    Files.writeString(junk, "{\"format\": \"peninsula-game/1\"}");
    assertTrue(CommandRunner.run("replay", junk.toString()).err().contains("is missing"));

    CommandRunner.Result who = play("", "play", "--as", "JPN");
    assertEquals(2, who.exitCode());
    assertEquals("play: --as JPN: not a country; use USA, CHN, RUS, ROK or DPRK",
        who.err().strip());
    assertEquals(2, play("", "play", "--as", "ROK", "--turn-months", "2").exitCode());
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: [unclosed");
    CommandRunner.Result sc = play("", "play", bad.toString(), "--as", "ROK");
    assertEquals(2, sc.exitCode());
    assertTrue(sc.err().startsWith("play: " + bad + ":"), sc.err());
    assertTrue(!sc.err().contains("Exception"), sc.err());
  }
}
