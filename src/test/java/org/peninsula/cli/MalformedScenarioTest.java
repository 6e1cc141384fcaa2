package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad scenario file gets one clear located message, exit code 2, no trace. */
class MalformedScenarioTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "syntax-error.yaml      | syntax-error.yaml:171:24: | YAML syntax error",
      "unknown-field.yaml     | unknown-field.yaml:12:    | horizon_years: unknown field 'horizon_years'",
      "unknown-stance.yaml    | unknown-stance.yaml:75:   | actors.RUS.agressiveness: unknown stance parameter",
      "wrong-type.yaml        | wrong-type.yaml:12:7:     | runs: 'many' is not a whole number",
      "out-of-range.yaml      | out-of-range.yaml:80:14:  | actors.RUS.sanctionsTolerance.value: 1.7 is outside [0, 1]",
      "missing-actor.yaml     | missing-actor.yaml:15:1:  | actors: missing country DPRK",
      "unknown-actor.yaml     | unknown-actor.yaml:103:3: | actors.JPN: unknown country 'JPN'",
      "bad-distribution.yaml  | bad-distribution.yaml:162:| actors.DPRK.provocationPropensity.distribution.mode: triangular needs a mode",
      "missing-relation.yaml  | missing-relation.yaml:170:| relations: missing relation ROK-DPRK",
      "unknown-event.yaml     | unknown-event.yaml:202:12:| injects[0].event: unknown event 'ALIEN_LANDING'",
      "bad-date.yaml          | bad-date.yaml:10:8:       | start: '2021-13' has no month 13",
      "world-wrong-type.yaml  | world-wrong-type.yaml:183:20: | world.tension.value: 'high' is not a number",
  })
  void aBadScenarioIsRefusedWithALocatedMessage(String file, String where, String what) {
    CommandRunner.Result r = CommandRunner.run("trace",
        "src/test/resources/malformed/" + file, "--seed", "1");
    assertEquals(2, r.exitCode(), r.err());
    String err = r.err().trim();
    assertEquals(1, err.lines().count(), "one line: " + err);
    assertTrue(err.contains(where.trim()), err);
    assertTrue(err.contains(what.trim()), err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
    assertTrue(r.out().isEmpty(), "nothing printed as if it had run");
  }
}
