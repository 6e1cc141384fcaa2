package org.peninsula.game;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.peninsula.model.ChronicleEntry;

/** The reasons a bot gave for a move: the largest named parts of the chosen option's utility. */
public final class Reasons {
  private static final int SHOWN = 2;

  private Reasons() {}

  /** "for: a (+0.40), b (+0.21); against: c (-0.50)", or "" when there is nothing to say. */
  public static String of(ChronicleEntry.Decision d) {
    List<ChronicleEntry.Term> terms = new ArrayList<>(d.chosenOption().terms());
    terms.sort(Comparator.comparingDouble((ChronicleEntry.Term t) -> -Math.abs(t.value())));
    List<String> pro = new ArrayList<>();
    List<String> con = new ArrayList<>();
    for (ChronicleEntry.Term t : terms) {
      List<String> side = t.value() > 0 ? pro : con;
      if (side.size() < SHOWN) {
        side.add(String.format(Locale.ROOT, "%s (%+.2f)", t.reason(), t.value()));
      }
    }
    StringBuilder sb = new StringBuilder();
    if (!pro.isEmpty()) {
      sb.append("for: ").append(String.join(", ", pro));
    }
    if (!con.isEmpty()) {
      sb.append(sb.length() > 0 ? "; " : "").append("against: ").append(String.join(", ", con));
    }
    return sb.toString();
  }

  /** The chance the model's rule gave the chosen move, e.g. 0.42. */
  public static double probability(ChronicleEntry.Decision d) {
    return d.chosenOption().probability();
  }
}
