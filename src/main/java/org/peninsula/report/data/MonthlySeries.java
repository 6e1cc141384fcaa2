package org.peninsula.report.data;

import java.util.Comparator;
import java.util.List;

/** One named quantity of a single run over months, e.g. "tension". */
public record MonthlySeries(String label, List<MonthValue> values) {

  public MonthlySeries {
    Checks.label(label, "label");
    values = Checks.nonEmptyCopy(values, "values").stream()
        .sorted(Comparator.comparingInt(MonthValue::month)).toList();
  }
}
