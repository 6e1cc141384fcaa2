package org.peninsula.experiment;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A checkpoint that cannot be trusted: truncated, corrupted, of another version, or holding
 * classes a checkpoint never holds. The message names the file; callers report it as bad input.
 */
public final class CheckpointException extends IOException {
  private static final long serialVersionUID = 1L;

  public CheckpointException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
