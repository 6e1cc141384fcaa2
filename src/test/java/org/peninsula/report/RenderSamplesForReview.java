package org.peninsula.report;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.peninsula.report.chart.Chart;

/**
 * Not an assertion test: writes every sample chart (PNG and SVG) and a sample report to
 * target/chart-samples/ so a human can look at them. Off by default to keep the suite fast; run
 * with {@code ./mvnw test -Dtest=RenderSamplesForReview -Dpeninsula.reviewCharts=true}.
 */
@EnabledIfSystemProperty(named = "peninsula.reviewCharts", matches = "true")
class RenderSamplesForReview {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void writeSamples() {
    Path dir = Path.of("target", "chart-samples");
    Map<String, Chart> charts = SampleData.everyChart();
    for (Map.Entry<String, Chart> e : charts.entrySet()) {
      e.getValue().writePng(dir.resolve(e.getKey() + ".png"));
      e.getValue().writeSvg(dir.resolve(e.getKey() + ".svg"));
    }
    SampleData.sampleReport(ImageEmbedding.PNG, charts).writeTo(dir.resolve("report"));
  }
}
