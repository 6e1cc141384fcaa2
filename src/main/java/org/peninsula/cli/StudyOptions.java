package org.peninsula.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options sweep, sensitivity and discover share: design size, replications, cores, output,
 * resume.
 */
final class StudyOptions {

  @Option(names = "--samples", paramLabel = "N", description = "Override the sweep's samples"
      + " (levels for factorial, trajectories for morris, the base sample N for sobol/saltelli,"
      + " a power of two).")
  Integer samples;

  @Option(names = "--replications", paramLabel = "R", description = "Runs per design point"
      + " (default: the sweep's).")
  Integer replications;

  @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all"
      + " cores).")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
      description = "Parent directory (default: ${DEFAULT-VALUE}); writes"
          + " DIR/<scenario>-<command>/<time>-seed<S>/.")
  Path out;

  @Option(names = "--engine", paramLabel = "E", defaultValue = "local",
      description = "Where the runs are played: local (this JVM's threads, default) or spark"
          + " (Apache Spark; needs the peninsula-spark jar, see docs/cluster.md). The results"
          + " are the same, byte for byte.")
  String engine;

  @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: the"
      + " Spark master (local[2], spark://HOST:7077, k8s://https://HOST:443); default: what"
      + " spark-submit set, else local[*].")
  String master;

  @Option(names = "--format", paramLabel = "F", defaultValue = "csv",
      description = "csv (default), or parquet: runs/runs.csv also as runs/runs.parquet (with"
          + " --engine spark; schema in docs/cluster.md).")
  String format;

  @Option(names = "--resume", paramLabel = "DIR", description = "Finish the interrupted study"
      + " in DIR (its recorded scenario and settings; options given again must match them).")
  Path resume;
}
