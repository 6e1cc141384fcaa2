package org.peninsula.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.peninsula.cli.Main;
import org.peninsula.experiment.RunsCsv;
import org.peninsula.model.Outcome;
import picocli.CommandLine;

/**
 * The Spark engine in local mode against the local engine, through the command line: the same
 * study writes the same bytes. Small studies on a scenario cut to two years, so the whole class
 * takes seconds beyond Spark's start.
 */
class SparkEngineTest {
  @TempDir static Path tmp;
  static Path tiny;

  @BeforeAll
  static void tinyScenario() throws IOException {
    // extends: as well, so the executors play the merged text they were shipped
    String s = "extends: " + Path.of("scenarios/sanctions-sensitivity.yaml").toAbsolutePath()
        + "\nname: tiny-sanctions\nhorizonMonths: 24\n";
    tiny = tmp.resolve("tiny-sanctions.yaml");
    Files.writeString(tiny, s);
  }

  private static String run(String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    assertEquals(0, code, err.toString());
    return err.toString();
  }

  private static Path study(String out) throws IOException {
    try (Stream<Path> s = Files.walk(tmp.resolve(out))) {
      return s.filter(p -> p.getFileName().toString().equals("study.json")).findFirst()
          .orElseThrow().getParent();
    }
  }

  private static void sameBytes(Path a, Path b, String file) throws IOException {
    byte[] x = Files.readAllBytes(a.resolve(file));
    assertTrue(x.length > 0, file);
    assertArrayEquals(x, Files.readAllBytes(b.resolve(file)), file + " differs");
  }

  @Test
  void sobolStudyOnSparkWritesTheLocalEnginesIndicesAndPoints() throws IOException {
    String[] study = {"sensitivity", tiny.toString(), "--method", "sobol", "--samples", "8",
        "--replications", "3", "--outcome", "peakTension,sanctionsCollapse"};
    run(concat(study, "--threads", "2", "--out", tmp.resolve("sobol-local").toString()));
    String err = run(concat(study, "--engine", "spark", "--master", "local[2]", "--out",
        tmp.resolve("sobol-spark").toString()));
    assertTrue(err.contains("spark local[2]"), err);
    Path local = study("sobol-local");
    Path spark = study("sobol-spark");
    sameBytes(local, spark, "points.csv");
    sameBytes(local, spark, "sensitivity.csv");
    sameBytes(local, spark, "runs/runs.csv");
    sameBytes(local, spark, "runs/summary.json");
    // 8 x (7 + 2) Saltelli points (seven parameters and the noise-floor dummy), three runs each
    assertEquals(8 * 10 * 3 + 1, Files.readAllLines(spark.resolve("runs/runs.csv")).size());
  }

  @Test
  void sweepOnSparkWritesTheLocalEnginesSweepCsvOverManyTasksAndJobsAndParquet() throws IOException {
    String[] sweep = {"sweep", tiny.toString(), "--samples", "6", "--replications", "4"};
    run(concat(sweep, "--threads", "1", "--out", tmp.resolve("sweep-local").toString()));
    // two runs a task: twelve tasks, in two jobs of six (three per core), committed in order
    System.setProperty("peninsula.spark.taskRuns", "2");
    try {
      run(concat(sweep, "--engine", "spark", "--master", "local[2]", "--format", "parquet",
          "--out", tmp.resolve("sweep-spark").toString()));
    } finally {
      System.clearProperty("peninsula.spark.taskRuns");
    }
    sameBytes(study("sweep-local"), study("sweep-spark"), "sweep.csv");
    sameBytes(study("sweep-local"), study("sweep-spark"), "runs/runs.csv");
    parquetEqualsCsv(study("sweep-spark").resolve("runs"));
  }

  /** runs.parquet, read by Spark, holds runs.csv's rows: same columns, same values, row by row. */
  private static void parquetEqualsCsv(Path runs) throws IOException {
    List<RunsCsv.Row> csv = new ArrayList<>();
    RunsCsv.read(runs.resolve("runs.csv"), csv::add);
    List<String> header = RunsCsv.split(Files.readAllLines(runs.resolve("runs.csv")).get(0));
    SparkSession spark = SparkEngine.session("local[1]");
    try {
      Dataset<Row> df = spark.read().parquet(runs.resolve("runs.parquet").toString());
      assertEquals(header, List.of(df.columns()));
      List<Row> rows = df.collectAsList();
      assertEquals(csv.size(), rows.size());
      int paths = header.indexOf(RunsCsv.FUTURE) - 2;
      for (int i = 0; i < rows.size(); i++) {
        Row p = rows.get(i);
        RunsCsv.Row c = csv.get(i);
        assertEquals(c.run(), p.getLong(0));
        assertEquals(c.seed(), p.getLong(1));
        for (int k = 0; k < paths; k++) {
          assertEquals(c.drawn()[k], p.isNullAt(2 + k) ? Double.NaN : p.getDouble(2 + k));
        }
        assertEquals(c.future() == null ? null : c.future().name(), p.getString(2 + paths));
        for (int k = 0; k < Outcome.COUNT; k++) {
          int col = 3 + paths + k;
          assertEquals(c.values()[k], p.isNullAt(col) ? Double.NaN : p.getDouble(col),
              "run " + c.run() + " " + header.get(col));
        }
        assertEquals(c.error(), p.getString(3 + paths + Outcome.COUNT));
      }
    } finally {
      spark.stop();
    }
  }

  @Test
  void runOnSparkWritesTheLocalEnginesRunsAndSummary() throws IOException {
    String[] run = {"run", tiny.toString(), "--runs", "300", "--seed", "3"};
    run(concat(run, "--threads", "2", "--out", tmp.resolve("run-local").toString()));
    run(concat(run, "--engine", "spark", "--master", "local[2]", "--out",
        tmp.resolve("run-spark").toString()));
    Path local = batch("run-local");
    Path spark = batch("run-spark");
    sameBytes(local, spark, "runs.csv");
    // with the monthly series histograms, shipped back from the executors in each block
    sameBytes(local, spark, "summary.json");
  }

  private static Path batch(String out) throws IOException {
    try (Stream<Path> s = Files.walk(tmp.resolve(out))) {
      return s.filter(p -> p.getFileName().toString().equals("summary.json")).findFirst()
          .orElseThrow().getParent();
    }
  }

  @Test
  void tasksAreAFewPerCoreAndAtMostTheMaximum() {
    assertEquals(2, SparkEngine.taskRuns(12, 2));
    assertEquals(1, SparkEngine.taskRuns(1, 8));
    assertEquals(167, SparkEngine.taskRuns(1000, 2));
    assertEquals(2048, SparkEngine.taskRuns(10_000_000, 2));
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
