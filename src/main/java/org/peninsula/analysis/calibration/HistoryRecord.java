package org.peninsula.analysis.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.peninsula.scenario.RecordFile;

/**
 * The observed record (scenarios/history/2016-2020.yaml): per statistic, one entry per year,
 * each a number, a range {@code [low, high]} or {@code null} (not observed).
 */
public final class HistoryRecord {
  private final String file;
  private final String name;
  private final String windowFrom;
  private final List<Integer> years;
  private final Map<String, double[][]> statistics;

  private HistoryRecord(String file, String name, String windowFrom, List<Integer> years,
      Map<String, double[][]> statistics) {
    this.file = file;
    this.name = name;
    this.windowFrom = windowFrom;
    this.years = List.copyOf(years);
    this.statistics = statistics;
  }

  /**
   * Reads a record file ({@link RecordFile#load}).
   *
   * @throws IllegalArgumentException naming the file and field when the file is malformed
   */
  public static HistoryRecord load(Path path) throws IOException {
    RecordFile f = RecordFile.load(path);
    return new HistoryRecord(f.file(), f.name(), f.windowFrom(), f.years(), f.statistics());
  }

  public String file() {
    return file;
  }

  public String name() {
    return name;
  }

  /** First month of the record, "2016-01". */
  public String windowFrom() {
    return windowFrom;
  }

  public List<Integer> years() {
    return years;
  }

  public boolean has(String statistic) {
    return statistics.containsKey(statistic);
  }

  /**
   * The observation for these statistics, flattened statistic-major ("launchMonths.2016", ...),
   * the layout {@link RunStatistics#yearly} returns.
   *
   * @throws IllegalArgumentException if the record lacks one of them
   */
  public Observation observation(List<YearlyStatistic> stats) {
    int n = years.size();
    List<String> names = new ArrayList<>();
    double[] low = new double[stats.size() * n];
    double[] high = new double[stats.size() * n];
    for (int s = 0; s < stats.size(); s++) {
      double[][] lh = statistics.get(stats.get(s).key());
      if (lh == null) {
        throw new IllegalArgumentException(file + ": field 'statistics." + stats.get(s).key()
            + "' is missing");
      }
      for (int y = 0; y < n; y++) {
        names.add(stats.get(s).key() + "." + years.get(y));
        low[s * n + y] = lh[0][y];
        high[s * n + y] = lh[1][y];
      }
    }
    return new Observation(names, low, high);
  }
}
