package org.peninsula.analysis.calibration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peninsula.experiment.AtomicFiles;

/**
 * Keeps each finished generation as {@code generation-NNN.csv} in a directory, written atomically
 * (a crash leaves the old file or the new one, never half of one), so that a stopped calibration
 * resumes after its last whole generation. Every file carries the calibration's fingerprint; a
 * directory written by a calibration with other settings is refused rather than mixed in.
 * Numbers are written with {@link Double#toString}, which is locale-free and round-trips exactly.
 */
public final class DirectoryStore implements GenerationStore {
  private static final String MAGIC = "# peninsula-abc-smc";

  private final Path dir;
  private final String fingerprint;
  private final List<String> params;
  private final List<String> statistics;

  public DirectoryStore(Path dir, String fingerprint, List<String> params,
      List<String> statistics) {
    this.dir = dir;
    this.fingerprint = fingerprint;
    this.params = List.copyOf(params);
    this.statistics = List.copyOf(statistics);
  }

  private Path file(int index) {
    return dir.resolve(String.format(Locale.ROOT, "generation-%03d.csv", index));
  }

  @Override
  public List<Generation> load() throws IOException {
    List<Generation> out = new ArrayList<>();
    for (int i = 0; Files.exists(file(i)); i++) {
      out.add(read(file(i), i));
    }
    return out;
  }

  @Override
  public double[] scales() throws IOException {
    Path f = dir.resolve("scales.csv");
    if (!Files.exists(f)) {
      return null;
    }
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    double[] s = new double[statistics.size()];
    if (lines.size() != s.length + 1) {
      throw new IOException(f + ": expected " + s.length + " scales");
    }
    for (int k = 0; k < s.length; k++) {
      String[] parts = lines.get(k + 1).split(",");
      if (!parts[0].equals(statistics.get(k))) {
        throw new IOException(f + ": line " + (k + 2) + " names " + parts[0] + ", expected "
            + statistics.get(k));
      }
      s[k] = Double.parseDouble(parts[1]);
    }
    return s;
  }

  @Override
  public void save(Generation g, double[] scales) throws IOException {
    Files.createDirectories(dir);
    if (g.index() == 0) {
      StringBuilder sb = new StringBuilder("statistic,scale\n");
      for (int k = 0; k < scales.length; k++) {
        sb.append(statistics.get(k)).append(',').append(scales[k]).append('\n');
      }
      AtomicFiles.write(dir.resolve("scales.csv"), sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    AtomicFiles.write(file(g.index()), out -> {
      Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(MAGIC + " fingerprint=" + fingerprint + " generation=" + g.index() + " epsilon="
          + g.epsilon() + " simulations=" + g.simulations() + "\n");
      w.write(String.join(",", params) + ",weight,distance," + String.join(",", statistics)
          + "\n");
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < g.size(); i++) {
        sb.setLength(0);
        for (double x : g.theta()[i]) {
          sb.append(x).append(',');
        }
        sb.append(g.weights()[i]).append(',').append(g.distances()[i]);
        for (double x : g.stats()[i]) {
          sb.append(',').append(x);
        }
        sb.append('\n');
        w.write(sb.toString());
      }
      w.flush();
    });
  }

  private Generation read(Path f, int index) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String head = r.readLine();
      if (head == null || !head.startsWith(MAGIC)) {
        throw new IOException(f + ": not a calibration generation file");
      }
      String fp = field(head, "fingerprint");
      if (!fingerprint.equals(fp)) {
        throw new IOException(f + ": written by a calibration with other settings (scenario, "
            + "record, parameters, particles or seed); use another --out or start afresh");
      }
      double eps = Double.parseDouble(field(head, "epsilon"));
      long sims = Long.parseLong(field(head, "simulations"));
      r.readLine();
      List<double[]> rows = new ArrayList<>();
      String line;
      int width = params.size() + 2 + statistics.size();
      int lineNo = 2;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String[] parts = line.split(",");
        if (parts.length != width) {
          throw new IOException(f + ": line " + lineNo + " has " + parts.length
              + " fields, expected " + width);
        }
        double[] row = new double[width];
        for (int c = 0; c < width; c++) {
          row[c] = Double.parseDouble(parts[c]);
        }
        rows.add(row);
      }
      int n = rows.size();
      int d = params.size();
      double[][] theta = new double[n][d];
      double[] w = new double[n];
      double[] dist = new double[n];
      double[][] stats = new double[n][statistics.size()];
      for (int i = 0; i < n; i++) {
        double[] row = rows.get(i);
        System.arraycopy(row, 0, theta[i], 0, d);
        w[i] = row[d];
        dist[i] = row[d + 1];
        System.arraycopy(row, d + 2, stats[i], 0, statistics.size());
      }
      return new Generation(index, eps, theta, w, dist, stats, sims);
    }
  }

  private static String field(String head, String name) throws IOException {
    for (String part : head.split(" ")) {
      if (part.startsWith(name + "=")) {
        return part.substring(name.length() + 1);
      }
    }
    throw new IOException("generation file header lacks " + name);
  }
}
