package org.peninsula.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.peninsula.analysis.compare.RunSample;
import org.peninsula.experiment.RunsCsv;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;

/**
 * The stored runs.csv files of the compare reference, read by column name rather than position,
 * so a later model that adds outcome columns still reads them (its new outcomes are missing,
 * hence untested). If the futures or the outcomes of the Holm family change, the reference must
 * be regenerated (src/test/resources/compare-reference/README.md).
 */
final class StoredRuns {
  private StoredRuns() {}

  static RunSample read(String name) throws Exception {
    Path csv = Path.of(StoredRuns.class.getResource("/compare-reference/" + name + "-runs.csv")
        .toURI());
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = RunsCsv.split(lines.get(0));
    int seed = header.indexOf(RunsCsv.SEED);
    int future = header.indexOf(RunsCsv.FUTURE);
    int error = header.indexOf(RunsCsv.ERROR);
    int[] column = new int[Outcome.COUNT];
    for (Outcome o : Outcome.values()) {
      column[o.ordinal()] = header.indexOf(o.key());
    }
    RunSample s = new RunSample(name);
    for (String line : lines.subList(1, lines.size())) {
      List<String> c = RunsCsv.split(line);
      double[] values = new double[Outcome.COUNT];
      Arrays.fill(values, Double.NaN);
      for (int i = 0; i < values.length; i++) {
        if (column[i] >= 0 && !c.get(column[i]).isEmpty()) {
          values[i] = Double.parseDouble(c.get(column[i]));
        }
      }
      String f = c.get(future);
      String e = c.get(error);
      s.add(Long.parseLong(c.get(seed)), f.isEmpty() ? null : Future.valueOf(f), values,
          e.isEmpty() ? null : e);
    }
    return s;
  }
}
