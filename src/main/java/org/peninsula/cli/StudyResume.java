package org.peninsula.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.peninsula.experiment.EnsembleBatch;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.EnsembleListener;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What makes the study commands (compare, sweep, sensitivity, discover) resumable: the study's
 * identity in {@code study.json} (its command, settings, scenario hashes and design fingerprint)
 * and a Ctrl-C handler around its batches. The runs themselves are {@link EnsembleBatch}es in
 * subfolders of the study directory, checkpointed and resumed as {@code peninsula run} does.
 *
 * <p>A new study records every setting as given (null when left to its default). With
 * {@code --resume DIR} the recorded settings are used; a setting given again must equal the
 * recorded one, and the re-planned study (scenario hashes, design) must match the record, so a
 * folder of another study or a changed scenario file is refused before anything runs.
 */
final class StudyResume {
  static final String FILE = "study.json";
  private static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Called after every committed block with the task and the runs done. Only the kill/resume
   * tests set it (to hold a study part-way until it is killed); null otherwise.
   */
  static volatile BiConsumer<String, Long> testHook;

  private final String command;
  private final Path resumeDir;
  private final Map<String, String> recorded;
  private final Map<String, String> settings = new LinkedHashMap<>();

  private StudyResume(String command, Path resumeDir, Map<String, String> recorded) {
    this.command = command;
    this.resumeDir = resumeDir;
    this.recorded = recorded;
  }

  /** A new study ({@code resume} null) or the study in {@code resume}, its record read. */
  static StudyResume of(String command, Path resume) {
    if (resume == null) {
      return new StudyResume(command, null, null);
    }
    if (!Files.isDirectory(resume)) {
      throw new ScenarioArgument.UserError("--resume " + resume + ": no such directory");
    }
    Path file = resume.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new ScenarioArgument.UserError("--resume " + resume + ": no " + FILE + " (not a"
          + " folder of peninsula " + command + ")");
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new ScenarioArgument.UserError(file + ": cannot read: " + firstLine(e));
    }
    if (root == null || !root.path("settings").isObject()
        || root.path("format").asInt() != FORMAT) {
      throw new ScenarioArgument.UserError(file + ": not a study record of this version");
    }
    String was = root.path("command").asText();
    if (!command.equals(was)) {
      throw new ScenarioArgument.UserError("--resume " + resume + ": a " + was + " study, not a "
          + command + " study; resume it with peninsula " + was + " --resume " + resume);
    }
    Map<String, String> rec = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("settings").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      rec.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
    }
    return new StudyResume(command, resume, rec);
  }

  boolean resuming() {
    return resumeDir != null;
  }

  Path resumeDir() {
    return resumeDir;
  }

  /**
   * The value of a setting: the given one for a new study; on resume the recorded one, which a
   * given value must equal.
   */
  String value(String key, String given) {
    String v = given;
    if (recorded != null) {
      String was = recorded.get(key);
      if (given != null && !given.equals(was)) {
        throw new ScenarioArgument.UserError("--resume " + resumeDir + ": the study has " + key
            + " " + (was == null ? "(default)" : was) + "; it cannot change to " + given);
      }
      v = was;
    }
    settings.put(key, v);
    return v;
  }

  Path path(String key, Path given) {
    String v = value(key, given == null ? null : given.toAbsolutePath().normalize().toString());
    return v == null ? null : Path.of(v);
  }

  Integer integer(String key, Integer given) {
    String v = value(key, given == null ? null : given.toString());
    return v == null ? null : Integer.valueOf(v);
  }

  Long longValue(String key, Long given) {
    String v = value(key, given == null ? null : given.toString());
    return v == null ? null : Long.valueOf(v);
  }

  Double doubleValue(String key, Double given) {
    String v = value(key, given == null ? null : given.toString());
    return v == null ? null : Double.valueOf(v);
  }

  List<String> list(String key, List<String> given) {
    String v = value(key, given == null || given.isEmpty() ? null : String.join(",", given));
    return v == null ? null : List.of(v.split(",", -1));
  }

  /** A given option's value, or null when the user left it to its default. */
  static <T> T given(CommandSpec spec, String option, T value) {
    return spec.commandLine().getParseResult().hasMatchedOption(option) ? value : null;
  }

  /**
   * The study directory: for a new study {@code out/<name>/<time>-seed<S>}, created, with
   * {@code study.json}; on resume the given directory, once its record matches {@code identity}
   * (hashes of the scenario files, the design's fingerprint).
   */
  Path directory(Path out, String name, long seed, Map<String, String> identity) {
    Map<String, String> all = new LinkedHashMap<>(settings);
    identity.forEach((k, v) -> {
      if (all.containsKey(k)) {
        throw new IllegalArgumentException(k + " is both a setting and an identity key");
      }
      all.put(k, v);
    });
    if (recorded != null) {
      for (Map.Entry<String, String> e : all.entrySet()) {
        String was = recorded.get(e.getKey());
        if (!Objects.equals(was, e.getValue())) {
          throw new ScenarioArgument.UserError("--resume " + resumeDir + ": the study was made"
              + " with " + e.getKey() + " " + was + ", now " + e.getValue()
              + (e.getKey().toLowerCase(java.util.Locale.ROOT).endsWith("sha256")
                  ? " (the scenario file changed; restore it or start a new study)" : ""));
        }
      }
      return resumeDir;
    }
    Path dir = EnsembleBatch.newDirectory(out, name, seed, Instant.now());
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("command", command);
    ObjectNode s = root.putObject("settings");
    all.forEach(s::put);
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(FILE), (JSON.writeValueAsString(root) + "\n")
          .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ScenarioArgument.UserError("cannot create " + dir + ": " + e.getMessage());
    }
    return dir;
  }

  /** Runs batches of a study; {@code batch} returns false when a batch was interrupted. */
  @FunctionalInterface
  interface Batches {
    boolean run(EnsembleControl control) throws IOException;
  }

  /**
   * Runs {@code batches} with a Ctrl-C handler that lets the batch in hand checkpoint; true when
   * every batch completed. Problems reading or writing a batch become one-line errors.
   */
  static boolean runInterruptibly(Path dir, Batches batches) {
    try {
      return Interruptible.run(batches::run);
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new ScenarioArgument.UserError(dir + ": cannot resume: " + firstLine(e));
    }
  }

  /** Prints how to finish an interrupted study; the exit code to return. */
  static int interrupted(PrintWriter err, String command, Path dir) {
    err.printf("interrupted; nothing written is lost. Finish with: peninsula %s --resume %s%n",
        command, dir);
    err.flush();
    return RunCommand.INTERRUPTED;
  }

  /** {@code listener}, also calling {@link #testHook} when set. */
  static EnsembleListener hooked(String task, EnsembleListener listener) {
    BiConsumer<String, Long> h = testHook;
    if (h == null) {
      return listener;
    }
    return new EnsembleListener() {
      @Override
      public void started(long total, long alreadyDone) {
        listener.started(total, alreadyDone);
      }

      @Override
      public void progress(long done, long total, long failed) {
        listener.progress(done, total, failed);
        h.accept(task, done);
      }
    };
  }

  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
