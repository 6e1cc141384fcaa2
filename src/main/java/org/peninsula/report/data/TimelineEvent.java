package org.peninsula.report.data;

import java.util.Objects;

/**
 * Something that happened in a run at a month, e.g. category "missile test", label "ICBM test".
 * The category decides the marker; the label is for tables and captions.
 */
public record TimelineEvent(int month, String category, String label) {

  public TimelineEvent {
    Checks.label(category, "category");
    Objects.requireNonNull(label, "label");
  }
}
