package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bench command, run briefly: it prints every figure the issue asks for. */
class BenchCommandTest {

  private static double figure(String out, String label) {
    Matcher m = Pattern.compile(Pattern.quote(label) + "\\s*([0-9][0-9,]*\\.?[0-9]*)").matcher(out);
    assertTrue(m.find(), label + " missing from:\n" + out);
    return Double.parseDouble(m.group(1).replace(",", ""));
  }

  @Test
  void printsRunCostsTheirRatioAndThroughput() {
    CommandRunner.Result r = CommandRunner.run("bench", "--rounds", "2", "--round-seconds",
        "0.05", "--warmup-seconds", "0.1", "--threads", "2");
    assertEquals(0, r.exitCode(), r.err());
    double model = figure(r.out(), "default run:");
    double bare = figure(r.out(), "bare MASON schedule:");
    double ratio = figure(r.out(), "ratio:");
    assertTrue(model > bare && bare > 0, r.out());
    // the ratio is a median of paired rounds, so it need not equal model / bare exactly
    assertTrue(ratio > 1 && ratio < 3 * model / bare, r.out());
    assertTrue(figure(r.out(), "ensemble, 2 threads:") > 0, r.out());
    assertTrue(figure(r.out(), "batch with runs.csv:") > 0, r.out());
    assertTrue(r.err().contains("ratio of each pair"), r.err());
  }

  @Test
  void badOptionsAreAUserError() {
    CommandRunner.Result r = CommandRunner.run("bench", "--rounds", "0");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--rounds must be >= 1"), r.err());
  }
}
