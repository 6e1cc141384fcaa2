package org.peninsula.experiment;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The running statistics of a batch on disk: a gzip-compressed Java serialization stream of one
 * {@link EnsembleAccumulator}, read back through a strict allow-list {@link ObjectInputFilter}.
 *
 * <p>A resume directory is input a user can be handed, so reading it must not instantiate
 * anything but the accumulator's own parts: the filter admits exactly the classes named in
 * {@link #ALLOWED} (and arrays of them or of primitives), bounds depth, references and array
 * sizes, and rejects everything else before it is created. A truncated, corrupted or hostile
 * file is reported as a {@link CheckpointException} naming the file and what is wrong with it.
 * The layout is described in docs/experiments.md ("Checkpoints").
 */
public final class CheckpointState {

  /** Every class a checkpoint state stream may contain. */
  static final Set<String> ALLOWED = Set.of(
      EnsembleAccumulator.class.getName(),
      QuantileSketch.class.getName(),
      SeriesHistogram.class.getName(),
      "org.apache.commons.math3.stat.descriptive.moment.Mean",
      "org.apache.commons.math3.stat.descriptive.moment.Variance",
      "org.apache.commons.math3.stat.descriptive.moment.FirstMoment",
      "org.apache.commons.math3.stat.descriptive.moment.SecondMoment");

  /** Bounds well above any real batch (the series histogram is the largest array). */
  static final long MAX_DEPTH = 10;
  static final long MAX_REFERENCES = 10_000;
  static final long MAX_ARRAY_LENGTH = 200_000_000L;

  /** The allow-list check: limits first, then the class (arrays by their element type). */
  static ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
    if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES
        || info.arrayLength() > MAX_ARRAY_LENGTH) {
      return ObjectInputFilter.Status.REJECTED;
    }
    Class<?> c = info.serialClass();
    if (c == null) {
      return ObjectInputFilter.Status.UNDECIDED; // a limits-only check: passed above
    }
    while (c.isArray()) {
      c = c.getComponentType();
    }
    return c.isPrimitive() || ALLOWED.contains(c.getName())
        ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
  }

  private CheckpointState() {}

  static void write(OutputStream out, EnsembleAccumulator acc) throws IOException {
    // The fastest level: a checkpoint is written every two seconds by the thread that commits
    // runs, and the mostly empty series histogram compresses well even so.
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    };
    ObjectOutputStream oos = new ObjectOutputStream(gz);
    oos.writeObject(acc);
    oos.flush();
    gz.finish();
  }

  static EnsembleAccumulator read(Path file) throws IOException {
    String[] rejected = {null};
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)));
        ObjectInputStream ois = new ObjectInputStream(in)) {
      ois.setObjectInputFilter(info -> {
        ObjectInputFilter.Status st = check(info);
        if (st == ObjectInputFilter.Status.REJECTED) {
          rejected[0] = info.serialClass() != null ? info.serialClass().getName()
              : "depth " + info.depth() + ", " + info.references() + " references, array of "
                  + info.arrayLength();
        }
        return st;
      });
      Object o = ois.readObject();
      if (!(o instanceof EnsembleAccumulator acc)) {
        throw new CheckpointException(file, "holds a "
            + (o == null ? "null" : o.getClass().getName()) + ", not a batch's statistics");
      }
      return acc;
    } catch (InvalidClassException e) {
      // The filter's rejection, or a class of another version.
      throw new CheckpointException(file, rejected[0] != null
          ? "refused to read it: it holds " + rejected[0]
              + ", which is not part of a checkpoint (or exceeds its limits)"
          : "written by another version (" + e.getMessage() + ")");
    } catch (EOFException e) {
      throw new CheckpointException(file, "ends too early: the file is truncated");
    } catch (ZipException | ObjectStreamException | ClassNotFoundException e) {
      throw new CheckpointException(file, "is corrupted (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
  }
}
