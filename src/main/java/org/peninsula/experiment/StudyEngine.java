package org.peninsula.experiment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Somewhere other than this JVM's threads to play a batch's blocks of runs, such as an Apache
 * Spark cluster (module {@code peninsula-spark}). The engine only plays blocks; the batch still
 * commits them here, in run order, into the same runs.csv, statistics and checkpoints as the
 * local engine: since every run depends only on its seed and blocks are committed in order,
 * what is written is byte for byte what the local engine writes, and a batch started on one
 * engine resumes on another.
 *
 * <p>Engines are found with {@link ServiceLoader} ({@link Provider} in
 * {@code META-INF/services}), so the core never links against an engine's libraries.
 */
public interface StudyEngine extends AutoCloseable {

  /** Receives each block in run order, on the thread that called {@link #run}. */
  @FunctionalInterface
  interface Committer {
    void commit(Block block) throws IOException;
  }

  /**
   * Plays any block of one batch, on whichever JVM is given it: self-contained (the scenario as
   * text, the design as numbers) and serializable.
   */
  interface BlockPlayer extends java.io.Serializable {
    /** Plays runs [first, first + size); thread-safe. */
    Block play(long first, int size);

    /** Runs in the batch. */
    long runs();
  }

  /** Makes engines by name; listed in {@code META-INF/services}. */
  interface Provider {
    /** The name {@code --engine} gives, e.g. "spark". */
    String name();

    /** @param master where to run (engine-specific, e.g. "local[2]"); null for its default */
    StudyEngine open(String master);
  }

  /** What {@code manifest.json} and progress lines call this engine, e.g. "spark local[2]". */
  String description();

  /**
   * Plays runs [from, to) of {@code player} and hands every block, in run order, to
   * {@code committer}. Returns the first run not committed: {@code to}, unless {@code control}
   * was cancelled.
   */
  long run(BlockPlayer player, long from, long to, EnsembleControl control, Committer committer)
      throws IOException;

  /**
   * Writes {@code runsCsv} (a batch's runs.csv) as the Parquet file {@code parquet}, for the
   * engines that can (the schema is in docs/cluster.md).
   *
   * @throws UnsupportedOperationException if this engine writes no Parquet
   */
  default void writeParquet(java.nio.file.Path runsCsv, java.nio.file.Path parquet)
      throws IOException {
    throw new UnsupportedOperationException(description() + " writes no Parquet");
  }

  @Override
  void close();

  /** The provider named {@code name} on the class path, or null if there is none. */
  static Provider provider(String name) {
    for (Provider p : ServiceLoader.load(Provider.class)) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** The names of the engines on the class path besides "local". */
  static List<String> available() {
    List<String> names = new ArrayList<>();
    ServiceLoader.load(Provider.class).forEach(p -> names.add(p.name()));
    return names;
  }
}
