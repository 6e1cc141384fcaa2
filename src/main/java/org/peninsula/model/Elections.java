package org.peninsula.model;

import java.util.Locale;

/**
 * Presidential elections in the ROK and the US. The hawkish camp's chance grows with tension;
 * the winner's leaning sets how far the government's pressure departs from the country's
 * baseline stance.
 */
final class Elections {
  private Elections() {}

  static double hawkWinChance(WorldState w, ModelParameters p) {
    return WorldState.clamp01(p.mechanism(Mechanism.HAWK_WIN_BASE)
        + p.mechanism(Mechanism.TENSION_ELECTION_EFFECT) * (w.tension - 0.5));
  }

  /** Holds an election for {@code country} (ROK or USA) and returns the new leaning. */
  static double hold(Peninsula sim, Actor country) {
    WorldState w = sim.world;
    boolean hawk = sim.random.nextDouble() < hawkWinChance(w, sim.params);
    double leaning = (hawk ? 1 : -1) * (sim.params.mechanism(Mechanism.LEANING_MIN)
        + sim.params.mechanism(Mechanism.LEANING_SPREAD) * sim.random.nextDouble());
    double before = country == Actor.ROK ? w.rokLeaning : w.usLeaning;
    boolean changed = Math.signum(before) != Math.signum(leaning);
    if (country == Actor.ROK) {
      w.rokLeaning = leaning;
      if (changed) {
        sim.tally.rokGovernmentChanges++;
      }
    } else {
      w.usLeaning = leaning;
      if (changed) {
        sim.tally.usAdministrationChanges++;
      }
    }
    if (sim.chronicle() != null) {
      String camp = country == Actor.ROK
          ? (hawk ? "the conservative camp" : "the progressive camp")
          : (hawk ? "a hawkish administration" : "an engagement-minded administration");
      sim.event(ChronicleEntry.EventKind.ELECTION,
          country.displayName() + " presidential election: " + camp + " wins",
          String.format(Locale.ROOT, " (leaning %+.2f%s)", leaning,
              changed ? ", a change of course" : ""));
    }
    return leaning;
  }
}
