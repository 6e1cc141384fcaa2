package org.peninsula.report;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peninsula.report.chart.Chart;

/** Not an assertion test: writes every sample chart to target/ so a human can look at it. */
class RenderSamplesForReview {

  @Test
  void writeSamples() {
    Path dir = Path.of("target", "chart-samples");
    for (Map.Entry<String, Chart> e : SampleData.everyChart().entrySet()) {
      e.getValue().writePng(dir.resolve(e.getKey() + ".png"));
      e.getValue().writeSvg(dir.resolve(e.getKey() + ".svg"));
    }
  }
}
