package org.peninsula.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;

/**
 * The format of {@code runs.csv}: one row per run, in run-index order (RFC 4180, comma separated,
 * {@code \n} line ends, UTF-8). Columns: {@code run} (index from 0), {@code seed} (the run's
 * 64-bit seed, signed decimal), one column per uncertain parameter path with the value drawn for
 * the run, {@code future} (the {@link Future} constant's name), one column per {@link Outcome}
 * ({@link Outcome#key()}), and {@code error} (empty unless the run failed). Numbers are written
 * so that they read back to the same double: integers without a decimal point, others in Java's
 * shortest round-trip form. A value that did not happen (NaN) is an empty cell; a failed run has
 * empty future and outcome cells.
 */
public final class RunsCsv {
  public static final String RUN = "run";
  public static final String SEED = "seed";
  public static final String FUTURE = "future";
  public static final String ERROR = "error";

  private RunsCsv() {}

  public static String header(List<String> paths) {
    StringBuilder sb = new StringBuilder();
    sb.append(RUN).append(',').append(SEED);
    for (String p : paths) {
      sb.append(',');
      appendText(sb, p);
    }
    sb.append(',').append(FUTURE);
    for (Outcome o : Outcome.values()) {
      sb.append(',').append(o.key());
    }
    sb.append(',').append(ERROR).append('\n');
    return sb.toString();
  }

  static void appendRow(StringBuilder sb, long run, long seed, double[] drawn, int drawnOffset,
      int paths, Future future, double[] values, int valuesOffset, String error) {
    sb.append(run).append(',').append(seed);
    for (int i = 0; i < paths; i++) {
      sb.append(',');
      appendNumber(sb, drawn[drawnOffset + i]);
    }
    sb.append(',');
    if (future != null) {
      sb.append(future.name());
    }
    for (int i = 0; i < Outcome.COUNT; i++) {
      sb.append(',');
      if (future != null) {
        appendNumber(sb, values[valuesOffset + i]);
      }
    }
    sb.append(',');
    if (error != null) {
      appendText(sb, error);
    }
    sb.append('\n');
  }

  static void appendNumber(StringBuilder sb, double v) {
    if (Double.isNaN(v)) {
      return;
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      if (v == 0 && 1 / v < 0) {
        sb.append('0'); // -0.0 reads back as 0; nothing in the model depends on its sign
        return;
      }
      sb.append((long) v);
      return;
    }
    sb.append(v);
  }

  /** Quotes when needed; line breaks become spaces so one run is always one line. */
  static void appendText(StringBuilder sb, String s) {
    String t = s.replace('\r', ' ').replace('\n', ' ');
    if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0) {
      sb.append('"').append(t.replace("\"", "\"\"")).append('"');
    } else {
      sb.append(t);
    }
  }

  /** One line of runs.csv split into cells (handles the quoting {@link #appendText} does). */
  public static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    cells.add(cur.toString());
    return cells;
  }

  /** A row read back: drawn values and outcomes with NaN for empty cells. */
  public record Row(long run, long seed, double[] drawn, Future future, double[] values,
      String error) {}

  /** The uncertain parameters' paths, in column order, from a runs.csv header. */
  public static List<String> drawnPaths(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String headerLine = in.readLine();
      if (headerLine == null) {
        return List.of();
      }
      List<String> header = split(headerLine);
      return List.copyOf(header.subList(2, header.indexOf(FUTURE)));
    }
  }

  /** Reads every row of a runs.csv, in file order, into {@code consumer}. */
  public static void read(Path file, java.util.function.Consumer<Row> consumer)
      throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String headerLine = in.readLine();
      if (headerLine == null) {
        return;
      }
      List<String> header = split(headerLine);
      int futureCol = header.indexOf(FUTURE);
      int paths = futureCol - 2;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          continue;
        }
        List<String> c = split(line);
        double[] drawn = new double[paths];
        for (int i = 0; i < paths; i++) {
          drawn[i] = parse(c.get(2 + i));
        }
        String f = c.get(futureCol);
        double[] values = new double[Outcome.COUNT];
        for (int i = 0; i < Outcome.COUNT; i++) {
          values[i] = parse(c.get(futureCol + 1 + i));
        }
        String err = c.get(futureCol + 1 + Outcome.COUNT);
        consumer.accept(new Row(Long.parseLong(c.get(0)), Long.parseLong(c.get(1)), drawn,
            f.isEmpty() ? null : Future.valueOf(f), values, err.isEmpty() ? null : err));
      }
    }
  }

  private static double parse(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }
}
