package org.peninsula.game.odds;

import java.util.List;
import org.peninsula.model.ChronicleEntry;

/** Test access to package-private helpers. */
public final class LiveOddsAccess {
  private LiveOddsAccess() {}

  public static String salient(List<ChronicleEntry> turn) {
    return LiveOdds.salientEvent(turn);
  }
}
