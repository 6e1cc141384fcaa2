package org.peninsula.experiment.study;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.peninsula.experiment.EnsembleBatch;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.EnsembleListener;
import org.peninsula.experiment.RunLayout;
import org.peninsula.experiment.RunsCsv;
import org.peninsula.experiment.StudyEngine;
import org.peninsula.experiment.design.Design;
import org.peninsula.experiment.design.DesignPoint;
import org.peninsula.experiment.design.NoiseFloor;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;
import org.peninsula.scenario.PinnedSource;
import org.peninsula.scenario.RunSource;
import org.peninsula.scenario.Scenario;

/**
 * A design run as one resumable {@link EnsembleBatch}: run {@code i} plays design point
 * {@code i / R} with the seed of replication {@code i % R} (the seeds {@link DesignRunner} gives,
 * so every point sees the same run seeds). The batch's runs.csv then holds every run of the
 * study, and {@link #results} reads the per-point results back from it. Reading them back, never
 * keeping them in memory, is what makes a resumed study's results identical to an
 * uninterrupted one's: both come from the same rows in the same order (runs.csv numbers read
 * back to the same double).
 */
public final class StudyBatch {
  private StudyBatch() {}

  /** The layout: point {@code run / replications}, seed index {@code run % replications}. */
  public static RunLayout layout(RunSource scenario, Design design, int replications,
      long masterSeed) {
    return layout(scenario, NoiseFloor.modelNames(design.space()), modelValues(design),
        pointSeeds(design, masterSeed), replications);
  }

  /** The values the model sees at each point (without the noise-floor dummy's). */
  static double[][] modelValues(Design design) {
    double[][] values = new double[design.size()][];
    for (int i = 0; i < values.length; i++) {
      values[i] = NoiseFloor.modelValues(design.space(), design.points().get(i).values());
    }
    return values;
  }

  /** The master seed of each point's replications, as {@link DesignRunner} seeds them. */
  static long[] pointSeeds(Design design, long masterSeed) {
    long[] seeds = new long[design.size()];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = NoiseFloor.seed(design.space(), design.points().get(i).values(), masterSeed);
    }
    return seeds;
  }

  /**
   * As {@link #layout(RunSource, Design, int, long)}, the design given as the model's parameter
   * values and each point's master seed.
   */
  static RunLayout layout(RunSource scenario, List<String> paths, double[][] points,
      long[] pointSeeds, int replications) {
    RunSource[] sources = new RunSource[points.length];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = PinnedSource.of(scenario, paths, points[i]);
    }
    return new RunLayout() {
      @Override
      public RunSource source(long run) {
        return sources[(int) (run / replications)];
      }

      @Override
      public long seedIndex(long run) {
        return run % replications;
      }

      @Override
      public long masterSeed(long run, long batchSeed) {
        return pointSeeds[(int) (run / replications)];
      }
    };
  }

  /**
   * Starts the study's batch in {@code dir}, or resumes it if {@code dir} holds its checkpoint.
   *
   * @param spec the batch: its runs must be {@code design.size() * replications}
   */
  public static EnsembleBatch.Result run(Path dir, RunSource scenario, Design design,
      int replications, EnsembleBatch.Spec spec, int threads, EnsembleListener listener,
      EnsembleControl control) throws IOException {
    if (spec.runs() != (long) design.size() * replications) {
      throw new IllegalArgumentException(spec.runs() + " runs for " + design.size()
          + " points x " + replications + " replications");
    }
    return EnsembleBatch.startOrResume(dir, scenario,
        layout(scenario, design, replications, spec.masterSeed()), spec, threads, listener,
        control);
  }

  /**
   * As {@link #run(Path, RunSource, Design, int, EnsembleBatch.Spec, int, EnsembleListener,
   * EnsembleControl)}, the runs played by {@code engine} (null: local threads). The engine gets
   * the scenario as its text and the design as numbers ({@link StudyBlocks}); the files written
   * are the local engine's, byte for byte.
   */
  public static EnsembleBatch.Result run(Path dir, Scenario scenario, Design design,
      int replications, EnsembleBatch.Spec spec, int threads, EnsembleListener listener,
      EnsembleControl control, StudyEngine engine) throws IOException {
    if (engine == null) {
      return run(dir, scenario, design, replications, spec, threads, listener, control);
    }
    if (spec.runs() != (long) design.size() * replications) {
      throw new IllegalArgumentException(spec.runs() + " runs for " + design.size()
          + " points x " + replications + " replications");
    }
    StudyBlocks player = StudyBlocks.of(scenario, NoiseFloor.modelNames(design.space()),
        modelValues(design), pointSeeds(design, spec.masterSeed()), replications,
        spec.masterSeed(), spec.recordSeries());
    return EnsembleBatch.startOrResume(dir, scenario,
        layout(scenario, design, replications, spec.masterSeed()), spec, threads, listener,
        control, engine, player);
  }

  /**
   * The per-point results of a complete study batch, from its runs.csv, as
   * {@link DesignRunner#run} computes them; hands every completed run to {@code observer} (may
   * be null) in run order.
   *
   * @throws IOException if runs.csv cannot be read or does not hold exactly the design's runs
   */
  public static List<PointResult> results(Path batchDir, Design design, int replications,
      DesignRunner.RunObserver observer) throws IOException {
    int points = design.size();
    long[][] counts = new long[points][Future.values().length];
    double[][] sums = new double[points][Outcome.COUNT];
    long[][] n = new long[points][Outcome.COUNT];
    int[] failed = new int[points];
    int[] completed = new int[points];
    String[] firstError = new String[points];
    long[] expected = {0};
    Path csv = batchDir.resolve(EnsembleBatch.RUNS);
    RunsCsv.read(csv, row -> {
      if (row.run() != expected[0] || row.run() >= (long) points * replications) {
        throw new IllegalArgumentException(csv + ": row for run " + row.run() + " where run "
            + expected[0] + " was expected");
      }
      expected[0]++;
      int p = (int) (row.run() / replications);
      if (row.error() != null || row.future() == null) {
        failed[p]++;
        if (firstError[p] == null) {
          firstError[p] = "run " + (row.run() % replications) + " (seed " + row.seed() + "): "
              + row.error();
        }
        return;
      }
      completed[p]++;
      counts[p][row.future().ordinal()]++;
      double[] values = row.values();
      if (observer != null) {
        observer.completed(p, row.future(), values);
      }
      for (int i = 0; i < values.length; i++) {
        if (!Double.isNaN(values[i])) {
          sums[p][i] += values[i];
          n[p][i]++;
        }
      }
    });
    if (expected[0] != (long) points * replications) {
      throw new IOException(csv + ": " + expected[0] + " runs, expected " + points + " points x "
          + replications + " replications");
    }
    List<PointResult> results = new ArrayList<>(points);
    for (int p = 0; p < points; p++) {
      double[] means = new double[Outcome.COUNT];
      int q = p;
      Arrays.setAll(means, i -> n[q][i] == 0 ? Double.NaN : sums[q][i] / n[q][i]);
      results.add(new PointResult(design.points().get(p), completed[p] + failed[p],
          completed[p], failed[p], counts[p], means, firstError[p]));
    }
    return results;
  }

  /** SHA-256 of a design's point ids and values: tells a resumed study its design is unchanged. */
  public static String fingerprint(Design design) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update((design.method() + "\n" + String.join(",", design.space().names()) + "\n")
          .getBytes(StandardCharsets.UTF_8));
      ByteBuffer buf = ByteBuffer.allocate(8);
      for (DesignPoint pt : design.points()) {
        md.update((pt.id() + "\n").getBytes(StandardCharsets.UTF_8));
        for (double v : pt.values()) {
          buf.clear();
          buf.putLong(Double.doubleToLongBits(v));
          md.update(buf.array());
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
