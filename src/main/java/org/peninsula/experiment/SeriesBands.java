package org.peninsula.experiment;

import java.util.List;
import org.peninsula.model.Peninsula;

/**
 * Month-by-month quantile bands of the recorded series, for fan charts: for series {@code s}
 * (one of the {@code Peninsula.SERIES_*} indices) and level {@code q} (an index into
 * {@link #LEVELS}: 5, 25, 50, 75, 95%), {@code quantile(s, q)[m]} is that quantile in month
 * {@code m}. The 50% band runs from level 1 to 3, the 90% band from 0 to 4, the median is level 2.
 * Values are within 0.001 of the exact quantiles ({@link SeriesHistogram}). {@code monthLabels}
 * are calendar months ("2021-03") when known.
 */
public record SeriesBands(List<String> names, List<String> monthLabels, double[][][] values) {

  public static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};
  public static final List<String> LEVEL_NAMES = List.of("p05", "p25", "p50", "p75", "p95");
  /** Names of the series, indexed by {@code Peninsula.SERIES_*}. */
  public static final List<String> SERIES_NAMES =
      List.of("tension", "sanctionsPressure", "dprkCapability", "russiaStanding");

  static {
    if (SERIES_NAMES.size() != Peninsula.SERIES_COUNT) {
      throw new AssertionError("series names out of step with the model");
    }
  }

  public int months() {
    return values.length == 0 ? 0 : values[0][0].length;
  }

  /** The quantile at {@code LEVELS[level]} of series {@code s}, month by month. */
  public double[] quantile(int s, int level) {
    return values[s][level].clone();
  }

  public double[] median(int s) {
    return quantile(s, 2);
  }
}
