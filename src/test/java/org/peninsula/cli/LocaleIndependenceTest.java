package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the program writes does not depend on the JVM's default locale: the same commands under
 * Arabic (Egypt), whose digits differ, and German, whose decimal mark differs, write the same
 * bytes as under {@link Locale#ROOT}.
 */
class LocaleIndependenceTest {

  private static final List<Locale> OTHERS =
      List.of(Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("de-DE"));

  /** What one locale produced: the batch's data files and the commands' standard output. */
  private record Written(byte[] runsCsv, byte[] summaryJson, String runOut, String trace,
      String traceJson) {}

  private static Written under(Locale locale, Path dir) throws IOException {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(locale);
      CommandRunner.Result run = CommandRunner.run("run", "scenarios/baseline-2021.yaml",
          "--runs", "40", "--threads", "1", "--out", dir.toString());
      assertEquals(0, run.exitCode(), run.err());
      CommandRunner.Result trace = CommandRunner.run("trace", "scenarios/baseline-2021.yaml",
          "--seed", "5");
      assertEquals(0, trace.exitCode(), trace.err());
      CommandRunner.Result json = CommandRunner.run("trace", "scenarios/baseline-2021.yaml",
          "--seed", "5", "--json");
      assertEquals(0, json.exitCode(), json.err());
      Path batch;
      try (Stream<Path> files = Files.walk(dir)) {
        batch = files.filter(p -> p.getFileName().toString().equals("summary.json")).findFirst()
            .orElseThrow().getParent();
      }
      // The lines naming the batch's directory differ by directory, not by locale.
      String out = run.out().lines().filter(l -> !l.startsWith("Results:")
          && !l.startsWith("Report:")).collect(Collectors.joining("\n"));
      return new Written(Files.readAllBytes(batch.resolve("runs.csv")),
          Files.readAllBytes(batch.resolve("summary.json")), out, trace.out(), json.out());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void runAndTraceWriteTheSameBytesUnderOtherLocales(@TempDir Path tmp) throws IOException {
    Written root = under(Locale.ROOT, tmp.resolve("root"));
    assertTrue(root.trace().contains("0."), "the trace writes decimals, so the check can fail");
    for (Locale locale : OTHERS) {
      Written other = under(locale, tmp.resolve(locale.toLanguageTag()));
      String tag = locale.toLanguageTag();
      assertArrayEquals(root.runsCsv(), other.runsCsv(), "runs.csv under " + tag);
      assertArrayEquals(root.summaryJson(), other.summaryJson(), "summary.json under " + tag);
      assertEquals(root.runOut(), other.runOut(), "run's summary under " + tag);
      assertEquals(root.trace(), other.trace(), "trace under " + tag);
      assertEquals(root.traceJson(), other.traceJson(), "trace --json under " + tag);
    }
  }
}
