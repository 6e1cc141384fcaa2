package org.peninsula.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peninsula.analysis.compare.RunSample;
import org.peninsula.analysis.compare.ScenarioComparison;
import org.peninsula.experiment.RunsCsv;

/**
 * Every p-value and Holm-adjusted p-value that {@code compare} writes to comparison.csv, for
 * baseline-2021 vs sanctions-erosion (300 runs each, master seed 20240601, stored as test
 * resources), against reference values computed independently from the same runs.csv files by
 * {@code docs/reference/compare_reference.py} (SciPy 1.17, and exact integer arithmetic where
 * SciPy has no method for the case; the script's docstring and docs/analysis.md say which).
 * Agreement to 1e-9 relative; p-values below 1e-300 must be written as the bound.
 */
class ComparisonReferenceTest {
  private static final double TOLERANCE = 1e-9;

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ComparisonReferenceTest.class.getResource("/compare-reference/" + name)
        .toURI());
  }

  private static RunSample read(String label, Path csv) throws IOException {
    RunSample s = new RunSample(label);
    RunsCsv.read(csv, row -> s.add(row.seed(), row.future(), row.values(), row.error()));
    return s;
  }

  /** The test of a comparison.csv row, named as in the reference file. */
  static String testOf(String kind, String quantity) {
    if (kind.equals("distribution")) {
      return "stuart-maxwell";
    }
    if (kind.equals("future") || quantity.startsWith("difference of paired proportions")) {
      return "mcnemar";
    }
    if (quantity.startsWith("difference of means")) {
      return "welch";
    }
    if (quantity.startsWith("probability that B exceeds A")) {
      return "mann-whitney";
    }
    if (quantity.startsWith("largest difference")) {
      return "ks";
    }
    if (quantity.startsWith("difference of proportions")) {
      return "two-proportions";
    }
    if (quantity.startsWith("mean paired difference")) {
      return "paired-t";
    }
    if (quantity.startsWith("matched-pairs rank-biserial")) {
      return "wilcoxon";
    }
    return null;
  }

  @Test
  void everyWrittenPValueMatchesTheIndependentReference() throws Exception {
    RunSample a = read("baseline-2021", resource("baseline-2021-runs.csv"));
    RunSample b = read("sanctions-erosion", resource("sanctions-erosion-runs.csv"));
    ScenarioComparison.Result r = new ScenarioComparison(200, 1, 1).compare(a, b);
    assertTrue(r.paired());

    Map<String, String[]> reference = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(resource("reference.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      reference.put(f[0] + "/" + f[1] + "/" + f[2], f);
    }

    List<String> header = ComparisonReport.CSV_HEADER;
    int kind = header.indexOf("kind");
    int name = header.indexOf("name");
    int quantity = header.indexOf("quantity");
    int p = header.indexOf("p");
    int holm = header.indexOf("holm_p");
    List<String> seen = new ArrayList<>();
    int checked = 0;
    for (List<Object> row : ComparisonReport.csvRows(r)) {
      String writtenP = StudyFiles.cell(row.get(p));
      String writtenHolm = StudyFiles.cell(row.get(holm));
      String test = testOf((String) row.get(kind), (String) row.get(quantity));
      String key = row.get(kind) + "/" + row.get(name) + "/" + test;
      if (writtenP.isEmpty()) {
        assertTrue(writtenHolm.isEmpty(), key);
        continue;
      }
      String[] ref = reference.get(key);
      assertNotNull(ref, "no reference for " + key);
      seen.add(key);
      check(key + " p (" + ref[5] + ")", ref[3], writtenP);
      check(key + " Holm p", ref[4], writtenHolm);
      checked++;
    }
    assertEquals(reference.size(), seen.size(), "every reference value is written once: "
        + reference.keySet().stream().filter(k -> !seen.contains(k)).toList());
    assertTrue(checked > 150, "checked " + checked);
  }

  private static void check(String what, String expected, String written) {
    if (expected.isEmpty()) {
      assertEquals("", written, what + " must not be written");
      return;
    }
    double e = Double.parseDouble(expected);
    if (e < 1e-300) {
      assertEquals("<1e-300", written, what + ": the reference is " + e);
      return;
    }
    double w = Double.parseDouble(written);
    assertEquals(e, w, TOLERANCE * e, what);
  }
}
