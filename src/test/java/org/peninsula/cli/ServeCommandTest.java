package org.peninsula.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code serve}'s own checks, before any server starts. */
class ServeCommandTest {

  @Test
  void aCapOfPlayersOutOfRangeIsOneClearLineAndExitTwo() {
    CommandRunner.Result r = CommandRunner.run("serve", "--max-players", "0");
    assertEquals(2, r.exitCode());
    assertEquals("serve: --max-players must be between 1 and 1000, not 0", r.err().strip());
  }

  @Test
  void theHelpNamesTlsAndTheCap() {
    CommandRunner.Result r = CommandRunner.run("serve", "--help");
    assertEquals(0, r.exitCode());
    assertTrue(r.out().contains("--tls"), r.out());
    assertTrue(r.out().contains("--max-players"), r.out());
  }
}
