package org.peninsula.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.peninsula.report.data.MonthValue;
import org.peninsula.report.data.MonthlySeries;
import org.peninsula.report.data.TimelineEvent;

/**
 * The story of one run: quantities such as tension as lines over months (top panel) and, on the
 * same month axis, a strip with one row per event category (tests, clashes, votes, elections),
 * each event a marker (bottom panel). Faint vertical lines carry each event up into the top panel
 * so cause and effect line up.
 */
public final class TimelineChart {

  private static final Color EVENT_GUIDE = new Color(0xDDDDDD);
  /** Event markers start after the line styles so a marker never looks like a line's colour. */
  private static final int EVENT_STYLE_OFFSET = 2;

  private TimelineChart() {}

  public static Chart of(String title, String valueAxisLabel, MonthlySeries line,
      List<TimelineEvent> events) {
    return of(title, valueAxisLabel, List.of(line), events);
  }

  public static Chart of(String title, String valueAxisLabel, List<MonthlySeries> lines,
      List<TimelineEvent> events) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(events, "events");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("need at least one line");
    }
    XYSeriesCollection lineData = new XYSeriesCollection();
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    lineRenderer.setDrawSeriesLineAsPath(true);
    for (int i = 0; i < lines.size(); i++) {
      MonthlySeries s = lines.get(i);
      XYSeries xy = new XYSeries(s.label(), true, false);
      for (MonthValue v : s.values()) {
        xy.addOrUpdate(v.month(), v.value());
      }
      lineData.addSeries(xy);
      lineRenderer.setSeriesPaint(i, i == 0 ? Palette.INK : Palette.color(i));
      lineRenderer.setSeriesStroke(i, Palette.line(i, 2.5f));
    }
    XYPlot top = new XYPlot(lineData, null, ChartStyle.valueAxis(valueAxisLabel), lineRenderer);

    // Category rows in order of first appearance; the first category is the top row.
    Map<String, XYSeries> byCategory = new LinkedHashMap<>();
    for (TimelineEvent e : events) {
      byCategory.computeIfAbsent(e.category(), c -> new XYSeries(c, false, true));
    }
    List<String> categories = new ArrayList<>(byCategory.keySet());
    int rows = categories.size();
    for (TimelineEvent e : events) {
      int row = rows - 1 - categories.indexOf(e.category());
      byCategory.get(e.category()).add(e.month(), row);
      ValueMarker guide = new ValueMarker(e.month(), EVENT_GUIDE, new BasicStroke(1f));
      top.addDomainMarker(guide, Layer.BACKGROUND);
    }
    XYSeriesCollection eventData = new XYSeriesCollection();
    XYLineAndShapeRenderer eventRenderer = new XYLineAndShapeRenderer(false, true);
    eventRenderer.setUseOutlinePaint(true);
    eventRenderer.setDrawOutlines(true);
    int i = 0;
    for (XYSeries s : byCategory.values()) {
      eventData.addSeries(s);
      int style = i + EVENT_STYLE_OFFSET;
      eventRenderer.setSeriesPaint(i, Palette.color(style));
      eventRenderer.setSeriesShape(i, Palette.shape(style, 14));
      eventRenderer.setSeriesOutlinePaint(i, Palette.INK);
      eventRenderer.setSeriesOutlineStroke(i, new BasicStroke(0.8f));
      eventRenderer.setSeriesVisibleInLegend(i, false);
      i++;
    }
    String[] labels = new String[Math.max(rows, 1)];
    for (int r = 0; r < rows; r++) {
      labels[rows - 1 - r] = categories.get(r);
    }
    if (rows == 0) {
      labels[0] = "(no events)";
    }
    SymbolAxis eventAxis = new SymbolAxis("Events", labels);
    eventAxis.setGridBandsVisible(true);
    eventAxis.setGridBandPaint(Color.WHITE);
    eventAxis.setGridBandAlternatePaint(new Color(0xF2F2F2));
    eventAxis.setRange(-0.6, Math.max(rows, 1) - 0.4);
    XYPlot strip = new XYPlot(eventData, null, eventAxis, eventRenderer);

    NumberAxis months = ChartStyle.monthAxis();
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(months);
    plot.setGap(12);
    plot.add(top, 3);
    plot.add(strip, Math.max(1, Math.min(3, (rows + 1) / 2)));

    JFreeChart chart = ChartStyle.chart(title, plot, lines.size() > 1);
    ChartStyle.explain(chart, events.size() + " events \u00b7 grey lines mark event months");
    // Taller than the default: two panels share the height.
    return Chart.titled(chart, Chart.DEFAULT_WIDTH, 680);
  }
}
