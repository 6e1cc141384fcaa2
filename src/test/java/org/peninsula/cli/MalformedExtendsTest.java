package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad scenario with {@code extends:} gets one line naming the file and line of the value at
 * fault, in the extending file or in the one it extends, and exit code 2.
 */
class MalformedExtendsTest {
  private static final String DIR = "src/test/resources/malformed/extends/";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing-parent.yaml     | missing-parent.yaml:2:10: | extends: cannot read 'no-such-baseline.yaml' (no such file: ",
      "cycle-a.yaml            | cycle-b.yaml:1:10:        | extends: cycle: cycle-a.yaml extends cycle-b.yaml extends cycle-a.yaml",
      "not-a-file-name.yaml    | not-a-file-name.yaml:1:1: | extends: expected the file this one builds on",
      "bad-child-value.yaml    | bad-child-value.yaml:6:20:| world.tension.value: 1.4 is outside [0, 1]",
      "bad-parent-value.yaml   | bad-parent.yaml:4:7:      | runs: 'many' is not a whole number",
      "inherits-bad-range.yaml | bad-parent-range.yaml:6:20:| world.tension.value: 1.5 is outside [0, 1]",
  })
  void aBadScenarioIsRefusedWithALocatedMessage(String file, String where, String what) {
    CommandRunner.Result r = CommandRunner.run("trace", DIR + file, "--seed", "1");
    assertEquals(2, r.exitCode(), r.err());
    String err = r.err().trim();
    assertEquals(1, err.lines().count(), "one line: " + err);
    assertTrue(err.startsWith("error: " + DIR + where.trim()), err);
    assertTrue(err.contains(what.trim()), err);
    assertFalse(err.contains("Exception"), err);
  }
}
