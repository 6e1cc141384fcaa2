package org.peninsula.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.peninsula.scenario.RunSource;

/**
 * A batch on disk: {@code manifest.json}, {@code runs.csv}, {@code summary.json} and a
 * checkpoint in one directory, resumable after Ctrl-C or kill -9.
 *
 * <p>Blocks of runs are appended to runs.csv in run-index order as they complete (so a killed
 * process leaves every block it wrote in the file). Every {@link #CHECKPOINT_INTERVAL_NANOS} and
 * at the end, runs.csv is forced to disk and a checkpoint is written atomically (temp file +
 * rename): the number of runs done, the length of runs.csv that holds exactly them, and the
 * running statistics. {@link #resume} cuts runs.csv back to that length (dropping at most the
 * rows written after the checkpoint, which it then plays again, identically, from their seeds)
 * and carries on from that state. Since the statistics are fed in run-index order from the same
 * state, the final summary.json is byte-identical to that of an uninterrupted batch.
 */
public final class EnsembleBatch {
  public static final String MANIFEST = "manifest.json";
  public static final String RUNS = "runs.csv";
  public static final String SUMMARY = "summary.json";
  public static final String CHECKPOINT = "checkpoint.json";
  public static final String ENGINE = "peninsula 0.1.0";
  /**
   * Time between checkpoints: 2 s, or the system property {@code peninsula.checkpointMillis}. A
   * kill -9 costs at most this much work (replayed on resume).
   */
  static final long CHECKPOINT_INTERVAL_NANOS =
      Math.max(1, Long.getLong("peninsula.checkpointMillis", 2000)) * 1_000_000L;
  private static final int FORMAT = 1;
  private static final java.util.regex.Pattern STATE_NAME =
      java.util.regex.Pattern.compile("checkpoint-state-[0-9]{12}\\.bin");

  private EnsembleBatch() {}

  /**
   * What the manifest records about a batch.
   *
   * @param scenarioFile path of the scenario file as given (for --resume), may be null
   * @param scenarioSha256 hash of the scenario file, may be null
   * @param scenarioParameters every resolved parameter (any Jackson-serialisable value)
   * @param invocation the command line, for the record (may be null)
   */
  public record Spec(String scenarioName, String scenarioFile, String scenarioSha256,
      Object scenarioParameters, long runs, long masterSeed, boolean recordSeries,
      String invocation) {}

  /**
   * The outcome of {@link #start} or {@link #resume}.
   *
   * @param summary statistics of the runs done (all of them when complete)
   * @param sessionRuns runs played by this call
   * @param sessionSeconds wall time of this call
   * @param wallSeconds wall time over every session of the batch
   */
  public record Result(Path directory, EnsembleSummary summary, boolean complete, long runsDone,
      long runsAsked, long runsFailed, int threads, long sessionRuns, double sessionSeconds,
      double wallSeconds) {

    public double sessionRunsPerSecond() {
      return sessionSeconds > 0 ? sessionRuns / sessionSeconds : Double.NaN;
    }
  }

  /** The resumable state of a batch, as stored in checkpoint.json. */
  public record Checkpoint(int format, String scenarioName, String scenarioFile,
      String scenarioSha256, long masterSeed, long runsAsked, int horizon, boolean recordSeries,
      List<String> uncertainPaths, long nextRun, long runsCsvBytes, String stateFile,
      boolean complete, double wallSeconds) {

    Checkpoint advance(long next, long csvBytes, String state, boolean done, double wall) {
      return new Checkpoint(format, scenarioName, scenarioFile, scenarioSha256, masterSeed,
          runsAsked, horizon, recordSeries, uncertainPaths, next, csvBytes, state, done, wall);
    }
  }

  /** A fresh directory {@code parent/<scenario>/<yyyyMMdd-HHmmss>-seed<S>} (suffixed if taken). */
  public static Path newDirectory(Path parent, String scenarioName, long masterSeed,
      Instant now) {
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
        .withZone(ZoneOffset.UTC)
        .format(now);
    Path base = parent.resolve(safeName(scenarioName));
    String id = stamp + "-seed" + masterSeed;
    Path dir = base.resolve(id);
    for (int k = 2; Files.exists(dir); k++) {
      dir = base.resolve(id + "-" + k);
    }
    return dir;
  }

  static String safeName(String s) {
    String t = s.replaceAll("[^A-Za-z0-9._-]+", "-");
    return t.isEmpty() ? "scenario" : t;
  }

  /** Starts a new batch in {@code dir} (created; must not already hold one) and runs it. */
  public static Result start(Path dir, RunSource source, Spec spec, int threads,
      EnsembleListener listener, EnsembleControl control) throws IOException {
    return start(dir, source, RunLayout.of(source), spec, threads, listener, control);
  }

  /**
   * As {@link #start(Path, RunSource, Spec, int, EnsembleListener, EnsembleControl)}, playing
   * run i as {@code layout} says; {@code source} gives the name, horizon and drawn paths.
   */
  public static Result start(Path dir, RunSource source, RunLayout layout, Spec spec,
      int threads, EnsembleListener listener, EnsembleControl control) throws IOException {
    return start(dir, source, layout, spec, threads, listener, control, null);
  }

  private static Result start(Path dir, RunSource source, RunLayout layout, Spec spec,
      int threads, EnsembleListener listener, EnsembleControl control, Remote remote)
      throws IOException {
    Files.createDirectories(dir);
    if (Files.exists(dir.resolve(RUNS)) || Files.exists(dir.resolve(CHECKPOINT))) {
      throw new IllegalStateException(dir + " already holds a batch; use --resume " + dir);
    }
    List<String> paths = List.copyOf(source.uncertainPaths());
    byte[] header = RunsCsv.header(paths).getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(dir.resolve(RUNS), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      writeFully(ch, header);
      ch.force(true);
    }
    EnsembleAccumulator acc = new EnsembleAccumulator(source.horizonMonths(),
        spec.recordSeries());
    Checkpoint cp = new Checkpoint(FORMAT, spec.scenarioName(), spec.scenarioFile(),
        spec.scenarioSha256(), spec.masterSeed(), spec.runs(), source.horizonMonths(),
        spec.recordSeries(), paths, 0, header.length, null, false, 0);
    cp = saveCheckpoint(dir, cp, acc);
    ObjectNode manifest = newManifest(spec, source);
    return go(dir, source, layout, cp, acc, manifest, threads, listener, control, remote);
  }

  /**
   * As {@link #start(Path, RunSource, Spec, int, EnsembleListener, EnsembleControl)}, the runs
   * played by {@code engine} with {@code player} (which plays {@code source}'s plain ensemble);
   * both null for local threads.
   */
  public static Result start(Path dir, RunSource source, Spec spec, int threads,
      EnsembleListener listener, EnsembleControl control, StudyEngine engine,
      StudyEngine.BlockPlayer player) throws IOException {
    return start(dir, source, RunLayout.of(source), spec, threads, listener, control,
        engine == null ? null : new Remote(engine, player));
  }

  /** As {@link #resume(Path, RunSource, int, EnsembleListener, EnsembleControl)} on an engine. */
  public static Result resume(Path dir, RunSource source, int threads,
      EnsembleListener listener, EnsembleControl control, StudyEngine engine,
      StudyEngine.BlockPlayer player) throws IOException {
    return resume(dir, source, RunLayout.of(source), threads, listener, control,
        engine == null ? null : new Remote(engine, player));
  }

  /**
   * Reads a batch's checkpoint (to find its scenario before resuming) and checks that its state
   * file is readable; a bad checkpoint throws {@link CheckpointException}.
   */
  public static Checkpoint checkpoint(Path dir) throws IOException {
    Path file = dir.resolve(CHECKPOINT);
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString(), null,
          "no checkpoint: not a batch directory, or made by an older version");
    }
    Checkpoint cp;
    try {
      cp = SummaryJson.MAPPER.readValue(file.toFile(), Checkpoint.class);
    } catch (JsonProcessingException e) {
      throw new CheckpointException(file, "not a checkpoint (" + e.getOriginalMessage() + ")");
    }
    if (cp == null || cp.format() != FORMAT) {
      throw new CheckpointException(file, "checkpoint format "
          + (cp == null ? "missing" : cp.format()) + ", expected " + FORMAT);
    }
    // The state file is named by the checkpoint: never let it point outside the directory.
    if (cp.stateFile() == null || !STATE_NAME.matcher(cp.stateFile()).matches()) {
      throw new CheckpointException(file, "stateFile " + cp.stateFile()
          + " is not a checkpoint-state-NNNNNNNNNNNN.bin in the batch directory");
    }
    // Read the state now, so a bad one is reported before anything is announced or run.
    CheckpointState.read(dir.resolve(cp.stateFile()));
    return cp;
  }

  /**
   * Finishes the batch in {@code dir} with {@code source} (the same scenario: checked by name,
   * horizon and uncertain parameters; the caller checks the file hash). A complete batch is not
   * run again; its summary.json is rewritten from the final checkpoint.
   */
  public static Result resume(Path dir, RunSource source, int threads,
      EnsembleListener listener, EnsembleControl control) throws IOException {
    return resume(dir, source, RunLayout.of(source), threads, listener, control);
  }

  /** As {@link #resume(Path, RunSource, int, EnsembleListener, EnsembleControl)} with a layout. */
  public static Result resume(Path dir, RunSource source, RunLayout layout, int threads,
      EnsembleListener listener, EnsembleControl control) throws IOException {
    return resume(dir, source, layout, threads, listener, control, null);
  }

  private static Result resume(Path dir, RunSource source, RunLayout layout, int threads,
      EnsembleListener listener, EnsembleControl control, Remote remote) throws IOException {
    Checkpoint cp = checkpoint(dir);
    if (!cp.scenarioName().equals(source.name()) || cp.horizon() != source.horizonMonths()
        || !cp.uncertainPaths().equals(List.copyOf(source.uncertainPaths()))) {
      throw new IllegalStateException(dir + " was started with scenario '" + cp.scenarioName()
          + "' (horizon " + cp.horizon() + ", drawn " + cp.uncertainPaths() + "), not '"
          + source.name() + "' (horizon " + source.horizonMonths() + ", drawn "
          + source.uncertainPaths() + ")");
    }
    Path runs = dir.resolve(RUNS);
    long size = Files.size(runs);
    if (size < cp.runsCsvBytes()) {
      throw new IOException(runs + " is shorter (" + size + " bytes) than its checkpoint says ("
          + cp.runsCsvBytes() + "): it was truncated or replaced; the batch cannot be resumed");
    }
    EnsembleAccumulator acc = CheckpointState.read(dir.resolve(cp.stateFile()));
    ObjectNode manifest;
    try {
      manifest = (ObjectNode) SummaryJson.MAPPER.readTree(dir.resolve(MANIFEST).toFile());
    } catch (IOException | ClassCastException e) {
      manifest = SummaryJson.MAPPER.createObjectNode();
    }
    return go(dir, source, layout, cp, acc, manifest, threads, listener, control, remote);
  }

  /**
   * Runs the batch {@code spec} in {@code dir}: resumes it if {@code dir} holds its checkpoint,
   * else starts it (a directory with runs.csv but no checkpoint was killed before its first
   * checkpoint, so nothing in it counts). For studies made of batches, which are resumed
   * without the user naming each batch.
   *
   * @throws IllegalStateException if {@code dir} holds a different batch (another scenario,
   *     scenario file, seed or number of runs)
   */
  public static Result startOrResume(Path dir, RunSource source, RunLayout layout, Spec spec,
      int threads, EnsembleListener listener, EnsembleControl control) throws IOException {
    return startOrResume(dir, source, layout, spec, threads, listener, control, null, null);
  }

  /**
   * As {@link #startOrResume(Path, RunSource, RunLayout, Spec, int, EnsembleListener,
   * EnsembleControl)}, the blocks played by {@code engine} (with {@code player}, which must play
   * what {@code layout} says) instead of local threads; both null for the local engine. Either
   * way the batch's files are the same, byte for byte.
   */
  public static Result startOrResume(Path dir, RunSource source, RunLayout layout, Spec spec,
      int threads, EnsembleListener listener, EnsembleControl control, StudyEngine engine,
      StudyEngine.BlockPlayer player) throws IOException {
    Remote remote = engine == null ? null : new Remote(engine, player);
    if (remote != null && player.runs() != spec.runs()) {
      throw new IllegalArgumentException(player.runs() + " runs to play, " + spec.runs()
          + " in the batch");
    }
    if (!Files.exists(dir.resolve(CHECKPOINT))) {
      Files.deleteIfExists(dir.resolve(RUNS));
      return start(dir, source, layout, spec, threads, listener, control, remote);
    }
    Checkpoint cp = checkpoint(dir);
    if (cp.masterSeed() != spec.masterSeed() || cp.runsAsked() != spec.runs()
        || !java.util.Objects.equals(cp.scenarioSha256(), spec.scenarioSha256())) {
      throw new IllegalStateException(dir + " holds another batch (" + cp.runsAsked()
          + " runs, seed " + cp.masterSeed() + ", scenario sha256 " + cp.scenarioSha256()
          + "), not " + spec.runs() + " runs, seed " + spec.masterSeed() + ", sha256 "
          + spec.scenarioSha256());
    }
    return resume(dir, source, layout, threads, listener, control, remote);
  }

  /** An engine other than local threads, and what it plays. */
  private record Remote(StudyEngine engine, StudyEngine.BlockPlayer player) {}

  private static Result go(Path dir, RunSource source, RunLayout layout, Checkpoint start,
      EnsembleAccumulator acc,
      ObjectNode manifest, int threads, EnsembleListener listener, EnsembleControl control,
      Remote remote)
      throws IOException {
    EnsembleListener l = listener == null ? EnsembleListener.NONE : listener;
    EnsembleControl c = control == null ? new EnsembleControl() : control;
    Instant startedAt = Instant.now();
    long t0 = System.nanoTime();
    List<String> paths = start.uncertainPaths();
    long total = start.runsAsked();
    long from = start.nextRun();
    if (remote != null) {
      manifest.put("engineLastSession", remote.engine().description());
    } else {
      manifest.remove("engineLastSession");
    }
    writeManifest(dir, manifest, start, acc, threads, "running", startedAt, null, 0, 0);
    l.started(total, from);
    Checkpoint[] cp = {start};
    long next;
    try (FileChannel ch = FileChannel.open(dir.resolve(RUNS), StandardOpenOption.WRITE)) {
      ch.truncate(start.runsCsvBytes());
      ch.position(start.runsCsvBytes());
      long[] lastSave = {System.nanoTime()};
      StudyEngine.Committer commit =
          block -> {
            writeFully(ch, block.csv);
            acc.add(block);
            long done = block.first + block.size;
            l.progress(done, total, acc.failed());
            long now = System.nanoTime();
            if (now - lastSave[0] >= CHECKPOINT_INTERVAL_NANOS && done < total) {
              ch.force(false);
              cp[0] = saveCheckpoint(dir, cp[0].advance(done, ch.position(), cp[0].stateFile(),
                  false, start.wallSeconds() + (now - t0) / 1e9), acc);
              lastSave[0] = now;
            }
          };
      next = remote != null ? remote.engine().run(remote.player(), from, total, c, commit)
          : EnsembleEngine.run(
              () -> new RunWorker(new SourceTrial(layout, paths), start.masterSeed(),
                  start.horizon(), paths.size(), start.recordSeries(), true),
              from, total, threads, c, commit);
      ch.force(true);
      double wall = start.wallSeconds() + (System.nanoTime() - t0) / 1e9;
      cp[0] = saveCheckpoint(dir, cp[0].advance(next, ch.position(), cp[0].stateFile(),
          next >= total, wall), acc);
    }
    double session = (System.nanoTime() - t0) / 1e9;
    boolean complete = next >= total;
    EnsembleSummary summary = acc.summary(start.scenarioName(), start.masterSeed(), total,
        Ensemble.monthLabels(source, start.masterSeed()));
    if (complete) {
      AtomicFiles.write(dir.resolve(SUMMARY), SummaryJson.toBytes(summary));
    }
    writeManifest(dir, manifest, cp[0], acc, threads, complete ? "complete" : "interrupted",
        startedAt, Instant.now(), next - from, session);
    return new Result(dir, summary, complete, next, total, acc.failed(), threads, next - from,
        session, cp[0].wallSeconds());
  }

  // ---- checkpoint ----------------------------------------------------------------------

  private static Checkpoint saveCheckpoint(Path dir, Checkpoint cp, EnsembleAccumulator acc)
      throws IOException {
    String state = String.format(Locale.ROOT, "checkpoint-state-%012d.bin", cp.nextRun());
    AtomicFiles.write(dir.resolve(state), out -> CheckpointState.write(out, acc));
    Checkpoint saved = cp.advance(cp.nextRun(), cp.runsCsvBytes(), state, cp.complete(),
        cp.wallSeconds());
    AtomicFiles.write(dir.resolve(CHECKPOINT),
        SummaryJson.MAPPER.writeValueAsBytes(saved));
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "checkpoint-state-*.bin")) {
      for (Path p : old) {
        if (!p.getFileName().toString().equals(state)) {
          Files.deleteIfExists(p);
        }
      }
    }
    return saved;
  }

  static void writeFully(FileChannel ch, byte[] bytes) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
  }

  // ---- manifest ------------------------------------------------------------------------

  private static ObjectNode newManifest(Spec spec, RunSource source) {
    ObjectNode m = SummaryJson.MAPPER.createObjectNode();
    m.put("engine", ENGINE);
    m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    ObjectNode sc = m.putObject("scenario");
    sc.put("name", spec.scenarioName());
    sc.put("file", spec.scenarioFile());
    sc.put("sha256", spec.scenarioSha256());
    sc.put("horizonMonths", source.horizonMonths());
    ArrayNode up = sc.putArray("uncertainPaths");
    source.uncertainPaths().forEach(up::add);
    sc.set("parameters", spec.scenarioParameters() == null ? null
        : SummaryJson.MAPPER.valueToTree(spec.scenarioParameters()));
    m.put("masterSeed", spec.masterSeed());
    m.put("runSeeds", "RunSeeds.of(masterSeed, run): SplitMix64 output run+1 from"
        + " mix64(masterSeed ^ 0x50454E494E53554C)");
    m.put("runsAsked", spec.runs());
    if (spec.invocation() != null) {
      m.put("invocation", spec.invocation());
    }
    return m;
  }

  private static void writeManifest(Path dir, ObjectNode m, Checkpoint cp,
      EnsembleAccumulator acc, int threads, String status, Instant startedAt,
      Instant finishedAt, long sessionRuns, double sessionSeconds) throws IOException {
    m.put("status", status);
    m.put("runsDone", cp.nextRun());
    m.put("runsCompleted", acc.completed());
    m.put("runsFailed", acc.failed());
    m.put("threads", threads);
    m.put("wallTimeSeconds", round3(cp.wallSeconds()));
    SummaryJson.number(m, "runsPerSecond",
        cp.wallSeconds() > 0 ? round3(cp.nextRun() / cp.wallSeconds()) : Double.NaN);
    ArrayNode sessions = m.has("sessions") && m.get("sessions").isArray()
        ? (ArrayNode) m.get("sessions") : m.putArray("sessions");
    ObjectNode session = null;
    if (!sessions.isEmpty()) {
      JsonNode last = sessions.get(sessions.size() - 1);
      if (last.path("startedAt").asText().equals(startedAt.toString())) {
        session = (ObjectNode) last;
      }
    }
    if (session == null) {
      session = sessions.addObject();
      session.put("startedAt", startedAt.toString());
    }
    session.put("threads", threads);
    session.put("status", status);
    if (finishedAt != null) {
      session.put("finishedAt", finishedAt.toString());
      session.put("runs", sessionRuns);
      session.put("wallTimeSeconds", round3(sessionSeconds));
      SummaryJson.number(session, "runsPerSecond",
          sessionSeconds > 0 ? round3(sessionRuns / sessionSeconds) : Double.NaN);
    }
    ObjectNode est = m.putObject("estimators");
    est.put("meanSd", "exact streaming moments (Commons Math Mean, Variance with n-1),"
        + " fed in run order");
    est.put("outcomeQuantiles", "QuantileSketch: log bins of relative width 2^-10 with per-bin"
        + " min/max; error <= 0.1% of the value (2^-19 near 0), exact for integers < 2048");
    est.put("seriesQuantiles", "SeriesHistogram: " + SeriesHistogram.BINS
        + " fixed bins on [0,1]; error <= " + SeriesHistogram.BIN_WIDTH);
    est.put("intervals", "Wilson score 95%");
    AtomicFiles.write(dir.resolve(MANIFEST),
        (SummaryJson.MAPPER.writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
