package org.peninsula.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.peninsula.model.Declarations;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.ParameterDeclaration;

/**
 * Every declared parameter as a scenario sets it: value or distribution, default, range,
 * meaning, provenance (the file's own source and claim where it gives them, else the
 * declaration's) and the model classes that read it. {@code peninsula params} prints it;
 * docs/model.md's parameter tables are generated from it.
 */
public final class ParameterListing {

  /**
   * One parameter. {@code value} is the number or the distribution in the scenario's words;
   * {@code fromScenario} is whether the file sets it (else it is at its default); {@code file}
   * is the scenario file the value comes from (for a scenario that {@code extends:} another, the
   * file in the chain that sets it; empty at the default).
   */
  public record Row(ParameterDeclaration declaration, String value, boolean fromScenario,
      String source, String claim, String file) {
    public String key() {
      return declaration.key();
    }
  }

  private final String scenario;
  private final List<Row> rows;

  private ParameterListing(String scenario, List<Row> rows) {
    this.scenario = scenario;
    this.rows = List.copyOf(rows);
  }

  /** The declarations at their defaults (no scenario). */
  public static ParameterListing defaults() {
    List<Row> rows = new ArrayList<>();
    for (ParameterDeclaration d : Declarations.all()) {
      rows.add(new Row(d, ParameterDeclaration.number(d.defaultValue()), false, d.source(),
          d.claim(), ""));
    }
    return new ParameterListing("defaults", rows);
  }

  /** Every declared parameter as {@code s} sets it. */
  public static ParameterListing of(Scenario s) {
    ModelParameters base = s.baseParameters();
    List<Row> rows = new ArrayList<>();
    for (ParameterDeclaration d : Declarations.all()) {
      ParameterSpec spec = s.spec().specOf(d.key());
      String value = ParameterDeclaration.number(base.value(d));
      for (Scenario.Uncertain u : s.uncertain()) {
        if (u.path().declaration().equals(d)) {
          value = distribution(u.distribution());
        }
      }
      boolean given = spec != null;
      String source = given && spec.source() != null ? spec.source() : d.source();
      String claim = given && spec.source() != null
          ? (spec.claim() == null ? "" : spec.claim()) : d.claim();
      rows.add(new Row(d, value, given, source, claim, given ? fileOf(s, d.key()) : ""));
    }
    return new ParameterListing(s.name(), rows);
  }

  /** The file a key's value comes from: where the chain of extends: sets it, else the scenario's. */
  private static String fileOf(Scenario s, String key) {
    Map<String, String> where = s.provenance();
    String file = where.get(key);
    if (file == null) {
      file = where.get("parameters." + key);
    }
    if (file == null) {
      file = s.file() == null ? "" : s.file();
    }
    return file.isEmpty() ? "" : Path.of(file).getFileName().toString();
  }

  public String scenario() {
    return scenario;
  }

  public List<Row> rows() {
    return rows;
  }

  /** "triangular(min=0.6, mode=0.75, max=0.9)": the distribution as the file gives it. */
  public static String distribution(DistributionSpec d) {
    List<String> parts = new ArrayList<>();
    add(parts, "min", d.min());
    add(parts, "mode", d.mode());
    add(parts, "max", d.max());
    add(parts, "alpha", d.alpha());
    add(parts, "beta", d.beta());
    add(parts, "mean", d.mean());
    add(parts, "sd", d.sd());
    return d.type() + "(" + String.join(", ", parts) + ")";
  }

  private static void add(List<String> parts, String name, Double v) {
    if (v != null) {
      parts.add(name + "=" + ParameterDeclaration.number(v));
    }
  }

  // ---- formats ------------------------------------------------------------------------------

  static final List<String> COLUMNS = List.of("key", "value", "set", "default", "min", "max",
      "meaning", "source", "claim", "readers", "file");

  /** One line per parameter, padded columns: key, value, default, range, source, meaning. */
  public String text() {
    int width = 0;
    int valueWidth = 5;
    for (Row r : rows) {
      width = Math.max(width, r.key().length());
      valueWidth = Math.max(valueWidth, r.value().length());
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%d parameters of %s (* set by the scenario)%n",
        rows.size(), scenario));
    String f = "%-" + width + "s %s %-" + valueWidth + "s %8s %-10s %-24s %s%n";
    sb.append(String.format(Locale.ROOT, f, "key", " ", "value", "default", "range", "source",
        "meaning | read by"));
    for (Row r : rows) {
      ParameterDeclaration d = r.declaration();
      sb.append(String.format(Locale.ROOT, f, r.key(), r.fromScenario() ? "*" : " ", r.value(),
          ParameterDeclaration.number(d.defaultValue()), d.rangeText(), r.source(),
          d.meaning() + " | " + d.readers() + (r.file().isEmpty() ? "" : " | from " + r.file())));
    }
    return sb.toString();
  }

  /** RFC 4180 CSV with a header row. */
  public String csv() {
    StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
    for (Row r : rows) {
      ParameterDeclaration d = r.declaration();
      List<String> cells = List.of(r.key(), r.value(), r.fromScenario() ? "scenario" : "default",
          ParameterDeclaration.number(d.defaultValue()), ParameterDeclaration.number(d.min()),
          ParameterDeclaration.number(d.max()), d.meaning(), r.source(), r.claim(), d.readers(),
          r.file());
      List<String> quoted = new ArrayList<>();
      for (String c : cells) {
        quoted.add(csvCell(c));
      }
      sb.append(String.join(",", quoted)).append("\r\n");
    }
    return sb.toString();
  }

  private static String csvCell(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /** A JSON document: the scenario's name and one object per parameter. */
  public String json() {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    root.put("scenario", scenario);
    root.put("count", rows.size());
    ArrayNode list = root.putArray("parameters");
    for (Row r : rows) {
      ParameterDeclaration d = r.declaration();
      ObjectNode n = list.addObject();
      n.put("key", r.key());
      n.put("value", r.value());
      n.put("set", r.fromScenario() ? "scenario" : "default");
      n.put("default", d.defaultValue());
      n.put("min", d.min());
      n.put("max", d.max());
      n.put("meaning", d.meaning());
      n.put("source", r.source());
      n.put("claim", r.claim());
      n.put("readers", d.readers());
      n.put("file", r.file());
      if (!d.label().isEmpty()) {
        n.put("label", d.label());
      }
    }
    try {
      return m.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Markdown tables for docs/model.md, one per group (the first segment of the key), with the
   * scenario's value next to the default. Pipes in text are escaped.
   */
  public String markdown() {
    StringBuilder sb = new StringBuilder();
    String group = "";
    for (Row r : rows) {
      ParameterDeclaration d = r.declaration();
      if (!d.group().equals(group)) {
        group = d.group();
        sb.append(sb.length() == 0 ? "" : "\n").append("#### `").append(group)
            .append(".*`\n\n");
        sb.append("| key | ").append(scenario).append(" | default | range | meaning | source |"
            + " claim | read by |\n|---|---|---|---|---|---|---|---|\n");
      }
      sb.append("| `").append(r.key()).append("` | ").append(md(r.value())).append(" | ")
          .append(ParameterDeclaration.number(d.defaultValue())).append(" | ")
          .append(d.rangeText()).append(" | ").append(md(d.meaning())).append(" | ")
          .append(md(r.source())).append(" | ").append(md(r.claim())).append(" | ")
          .append(md(d.readers())).append(" |\n");
    }
    return sb.toString();
  }

  private static String md(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
