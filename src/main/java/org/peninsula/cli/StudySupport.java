package org.peninsula.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.peninsula.experiment.EnsembleBatch;

/** Shared bits of the study commands (compare, sweep, sensitivity, discover). */
final class StudySupport {
  private StudySupport() {}

  static int threads(Integer threads) {
    int t = threads != null ? threads : org.peninsula.experiment.EnsembleOptions.allCores();
    if (t < 1) {
      throw new ScenarioArgument.UserError("--threads must be at least 1, not " + t);
    }
    return t;
  }

  /** out/&lt;name&gt;/&lt;time&gt;-seed&lt;S&gt;, created. */
  static Path newDirectory(Path out, String name, long seed) {
    Path dir = EnsembleBatch.newDirectory(out, name, seed, Instant.now());
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ScenarioArgument.UserError("cannot create " + dir + ": " + e.getMessage());
    }
    return dir;
  }

  /** Prints a fixed-width table. */
  static void printTable(PrintWriter o, List<String> header, List<? extends List<String>> rows) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = header.get(i).length();
    }
    for (List<String> r : rows) {
      for (int i = 0; i < w.length && i < r.size(); i++) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    printRow(o, header, w);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
    }
    o.println(rule);
    for (List<String> r : rows) {
      printRow(o, r, w);
    }
  }

  private static void printRow(PrintWriter o, List<String> r, int[] w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = i < r.size() ? r.get(i) : "";
      if (i > 0) {
        b.append("  ");
      }
      b.append(i == 0 ? pad(c, w[i]) : String.format(Locale.ROOT, "%" + w[i] + "s", c));
    }
    o.println(b.toString().stripTrailing());
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }
}
