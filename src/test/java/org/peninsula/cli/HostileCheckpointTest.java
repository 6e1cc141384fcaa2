package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resume directory is input a user can be handed: a truncated, corrupted or hostile checkpoint
 * is refused with one line naming the file and exit code 2, and a class that is not part of a
 * checkpoint is never instantiated.
 */
class HostileCheckpointTest {

  /** Records whether deserialization ever ran its code. */
  static final class Booby implements Serializable {
    private static final long serialVersionUID = 1L;
    static volatile boolean sprung;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      sprung = true;
    }
  }

  @TempDir static Path shared;
  private static Path finished;
  @TempDir Path tmp;
  private Path dir;
  private Path state;

  @BeforeAll
  static void aFinishedBatch() {
    RunCommandTest.Ran r = RunCommandTest.run("run", "--runs", "40", "--seed", "3", "--out",
        shared.toString());
    assertEquals(0, r.code(), r.err());
    finished = shared.resolve("baseline-2021");
  }

  @BeforeEach
  void aCopyOfIt() throws Exception {
    try (var walk = Files.walk(finished)) {
      for (Path p : walk.toList()) {
        Files.copy(p, tmp.resolve("baseline-2021").resolve(finished.relativize(p).toString()));
      }
    }
    dir = RunCommandTest.batchDir(tmp);
    try (var s = Files.list(dir)) {
      state = s.filter(p -> p.getFileName().toString().startsWith("checkpoint-state-"))
          .findFirst().orElseThrow();
    }
  }

  @Test
  void theUntouchedBatchResumes() {
    RunCommandTest.Ran r = RunCommandTest.run("run", "--resume", dir.toString());
    assertEquals(0, r.code(), r.err());
  }

  @Test
  void aTruncatedStateIsACleanExit2() throws Exception {
    byte[] whole = Files.readAllBytes(state);
    Files.write(state, Arrays.copyOf(whole, whole.length / 2));
    RunCommandTest.Ran r = RunCommandTest.run("run", "--resume", dir.toString());
    assertRefused(r, "truncated");
  }

  @Test
  void garbageIsACleanExit2() throws Exception {
    Files.writeString(state, "this is not a checkpoint");
    assertRefused(RunCommandTest.run("run", "--resume", dir.toString()), "corrupted");
  }

  @Test
  void aForeignClassIsRefusedBeforeItIsCreated() throws Exception {
    Booby.sprung = false;
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(state));
        ObjectOutputStream oos = new ObjectOutputStream(out)) {
      oos.writeObject(new Booby());
    }
    RunCommandTest.Ran r = RunCommandTest.run("run", "--resume", dir.toString());
    assertRefused(r, "refused");
    assertTrue(r.err().contains(Booby.class.getName()), r.err());
    assertFalse(Booby.sprung, "the filter let a foreign class be deserialized");
  }

  @Test
  void aStateFileOutsideTheBatchIsRefused() throws Exception {
    Path cp = dir.resolve("checkpoint.json");
    Files.writeString(cp, Files.readString(cp).replace(state.getFileName().toString(),
        "../../elsewhere.bin"));
    RunCommandTest.Ran r = RunCommandTest.run("run", "--resume", dir.toString());
    assertRefused(r, "stateFile");
  }

  private void assertRefused(RunCommandTest.Ran r, String why) {
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains(why), r.err());
    assertTrue(r.err().contains(dir.getFileName().toString()), "names the batch: " + r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().startsWith("error: --resume: "), r.err());
  }
}
