package org.peninsula.experiment;

import org.peninsula.model.Actor;
import org.peninsula.model.BotSeat;
import org.peninsula.model.Peninsula;
import org.peninsula.model.PlayerSeat;

/**
 * Continuations of a run from a snapshot: each run restores the snapshot, reseeds its generator
 * with the run's seed, and (optionally) hands countries played by people to the model's bot.
 */
final class SnapshotTrial implements Trial {
  private final byte[] snapshot;
  private final boolean botsForPlayers;

  SnapshotTrial(byte[] snapshot, boolean botsForPlayers) {
    this.snapshot = snapshot;
    this.botsForPlayers = botsForPlayers;
  }

  @Override
  public Peninsula begin(long seed, double[] drawn) {
    Peninsula sim = Peninsula.restore(snapshot);
    sim.reseed(seed);
    if (botsForPlayers) {
      for (Actor a : Actor.values()) {
        if (sim.seat(a) instanceof PlayerSeat) {
          sim.setSeat(a, BotSeat.INSTANCE);
        }
      }
    }
    return sim;
  }

  @Override
  public void discard() {}
}
