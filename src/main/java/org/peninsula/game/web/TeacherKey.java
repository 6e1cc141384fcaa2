package org.peninsula.game.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.peninsula.game.live.Tokens;

/**
 * The teacher's secret: made once per data directory and kept in {@code teacher.key} (readable
 * by its owner only), so the console's address survives restarts.
 */
final class TeacherKey {
  private TeacherKey() {}

  static String load(Path dataDir) {
    Path file = dataDir.resolve("teacher.key");
    try {
      if (Files.exists(file)) {
        String key = Files.readString(file).strip();
        if (key.length() >= 16) {
          return key;
        }
      }
      String key = Tokens.newToken();
      Files.writeString(file, key + "\n");
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps its default permissions
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + file, e);
    }
  }
}
