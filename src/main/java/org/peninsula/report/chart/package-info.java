/**
 * JFreeChart builders, one class per chart type, each returning a {@link
 * org.peninsula.report.chart.Chart} that renders to PNG bytes or an SVG document. Styling
 * (fonts, Okabe–Ito palette, dashes, shapes, hatching) lives in {@code ChartStyle} and {@link
 * org.peninsula.report.chart.Palette} so all charts look alike.
 */
package org.peninsula.report.chart;
