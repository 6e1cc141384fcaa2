package org.peninsula.report;

/** How figures are put into the self-contained HTML file. */
public enum ImageEmbedding {
  /** Base64 PNG: smallest for busy charts, looks the same in every browser. */
  PNG,
  /** Base64 SVG: sharp at any zoom and in print, larger for charts with many points. */
  SVG
}
