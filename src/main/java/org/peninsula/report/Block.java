package org.peninsula.report;

import java.util.List;
import java.util.Objects;
import org.peninsula.report.chart.Chart;

/** The pieces a report section is made of, in reading order. */
sealed interface Block {

  record Heading(String text) implements Block {
    public Heading {
      Objects.requireNonNull(text, "text");
    }
  }

  record Paragraph(String text) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
    }
  }

  /** A two-column key/value table such as a run manifest; order as given. */
  record KeyValues(String caption, List<KeyValue> entries) implements Block {
    public KeyValues {
      Objects.requireNonNull(caption, "caption");
      entries = List.copyOf(entries);
    }
  }

  record KeyValue(String key, String value) {
    public KeyValue {
      Objects.requireNonNull(key, "key");
      value = value == null ? "" : value;
    }
  }

  record Table(DataTable table) implements Block {
    public Table {
      Objects.requireNonNull(table, "table");
    }
  }

  record Figure(Chart chart, String caption) implements Block {
    public Figure {
      Objects.requireNonNull(chart, "chart");
      Objects.requireNonNull(caption, "caption");
    }
  }
}
