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

  @Option(names = "--resume", paramLabel = "DIR", description = "Finish the interrupted study"
      + " in DIR (its recorded scenario and settings; options given again must match them).")
  Path resume;
}
