package org.peninsula.game.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The data folder holds the teacher's key and every token's hash: it and its files are made
 * readable by their owner only (700 and 600) where the file system has POSIX permissions; on
 * others (FAT, Windows) they keep what the system gives.
 */
public final class OwnerOnly {
  private OwnerOnly() {}

  public static void directory(Path dir) {
    set(dir, "rwx------");
  }

  /** Every regular file directly in {@code dir}. */
  public static void filesIn(Path dir) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        if (Files.isRegularFile(f)) {
          file(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  public static void file(Path f) {
    set(f, "rw-------");
  }

  private static void set(Path p, String perms) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: nothing to set
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restrict the permissions of " + p, e);
    }
  }
}
