package org.peninsula.game.odds;

import java.util.Locale;
import java.util.Set;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.ChinaAction;
import org.peninsula.model.DprkAction;
import org.peninsula.model.RokAction;
import org.peninsula.model.RussiaAction;
import org.peninsula.model.UsAction;

/**
 * The words of the odds' headlines ("war risk 3.1% → 5.4% after South Korea's engagement with
 * Russia"): countries by their proper names, moves as noun phrases. The model's descriptions
 * are imperatives for the menu ("engage Russia: economic cooperation ..."), which read wrong
 * after "after".
 */
public final class Headlines {
  private Headlines() {}

  /** Words that start an event's text as proper names; they keep their capital. */
  private static final Set<String> PROPER = Set.of("China", "Russia", "Russia-DPRK", "South",
      "North", "United", "UN", "US", "ROK", "DPRK", "Seoul", "Pyongyang", "Moscow", "Beijing",
      "Washington", "Japan");

  /** "the United States", "China", ...: the name as it reads inside a sentence. */
  public static String country(Actor a) {
    return a == Actor.USA ? "the United States" : a.displayName();
  }

  /** "the United States'", "South Korea's". */
  public static String possessive(Actor a) {
    String n = country(a);
    return n + (n.endsWith("s") ? "'" : "'s");
  }

  /** "South Korea's engagement with Russia", "the United States' decision to hold course". */
  public static String move(Action m) {
    return possessive(m.actor()) + " " + noun(m);
  }

  /** A move as a noun phrase. */
  static String noun(Action m) {
    if (m instanceof UsAction a) {
      return switch (a) {
        case PUSH_UN_SANCTIONS -> "push for new UN sanctions";
        case SECONDARY_SANCTIONS -> "secondary sanctions";
        case SCALE_UP_EXERCISES -> "larger joint exercises";
        case SCALE_DOWN_EXERCISES -> "scaled-down exercises";
        case OFFER_TALKS -> "offer of talks";
        case STRATEGIC_SIGNALLING -> "strategic signalling";
        case HOLD -> "decision to hold course";
      };
    } else if (m instanceof ChinaAction a) {
      return switch (a) {
        case ENFORCE_SANCTIONS -> "tighter sanctions enforcement";
        case RELAX_ENFORCEMENT -> "slackening enforcement";
        case AID_DPRK -> "aid to the North";
        case MEDIATE_DUAL_FREEZE -> "proposal of a dual freeze";
        case PRESSURE_ROK -> "economic pressure on South Korea";
        case COORDINATE_WITH_RUSSIA -> "coordination with Russia";
        case HOLD -> "decision to hold course";
      };
    } else if (m instanceof RussiaAction a) {
      return switch (a) {
        case OPPOSE_SANCTIONS -> "opposition to sanctions";
        case PROPOSE_MULTILATERAL_TALKS -> "proposal of multilateral talks";
        case PURSUE_ECONOMIC_PROJECTS -> "trilateral economic projects";
        case COORDINATE_WITH_CHINA -> "coordination with China";
        case NAVAL_SIGNALLING -> "naval signalling";
        case COURT_SEOUL -> "courting of Seoul";
        case HOLD -> "decision to hold course";
      };
    } else if (m instanceof RokAction a) {
      return switch (a) {
        case ENGAGE_NORTH -> "outreach to the North";
        case ALIGN_WITH_US -> "alignment with the United States";
        case ENGAGE_RUSSIA -> "engagement with Russia";
        case DEPLOY_MISSILE_DEFENCE -> "missile defence deployment";
        case HOLD -> "decision to hold course";
      };
    } else if (m instanceof DprkAction a) {
      return switch (a) {
        case MISSILE_TEST -> "missile test";
        case ICBM_TEST -> "ICBM test";
        case NUCLEAR_TEST -> "nuclear test";
        case BORDER_PROVOCATION -> "border provocation";
        case MORATORIUM -> "test moratorium";
        case ACCEPT_TALKS -> "acceptance of talks";
        case COURT_RUSSIA -> "courting of Russia";
        case COURT_CHINA -> "courting of China";
        case HOLD -> "decision to hold course";
      };
    }
    throw new IllegalArgumentException("no noun for " + m);
  }

  /**
   * An event's text to follow "after": a leading "DPRK" becomes "the DPRK's", and the first
   * letter is lowered only when the first word is not a proper name.
   */
  static String event(String text) {
    String t = text.strip();
    if (t.startsWith("scripted event: ")) {
      t = t.substring("scripted event: ".length());
    }
    t = t.replace(" (injected)", "").replaceFirst("^DPRK ", "the DPRK's ");
    if (t.isEmpty()) {
      return null;
    }
    int space = t.indexOf(' ');
    String first = space < 0 ? t : t.substring(0, space);
    if (PROPER.contains(first) || first.length() > 1 && first.equals(first.toUpperCase(
        Locale.ROOT))) {
      return t;
    }
    return Character.toLowerCase(t.charAt(0)) + t.substring(1);
  }
}
