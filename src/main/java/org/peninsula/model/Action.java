package org.peninsula.model;

import java.util.List;

/**
 * One month's move by one country. Each country has its own repertoire (an enum), so an action
 * can never be played by the wrong country; {@link #index()} is its place in that repertoire.
 */
public sealed interface Action
    permits UsAction, ChinaAction, RussiaAction, RokAction, DprkAction {

  Actor actor();

  /** Position in the country's repertoire (the enum ordinal). */
  int index();

  /** Short name used in scenario files and the game ("PUSH_UN_SANCTIONS"). */
  String name();

  /** What the move means, in plain words. */
  String description();

  /** The repertoire of a country, in index order. */
  static List<Action> repertoire(Actor actor) {
    return switch (actor) {
      case USA -> List.of(UsAction.values());
      case CHN -> List.of(ChinaAction.values());
      case RUS -> List.of(RussiaAction.values());
      case ROK -> List.of(RokAction.values());
      case DPRK -> List.of(DprkAction.values());
    };
  }

  /** The move every country has: keep the current course (what an undecided seat plays). */
  static Action hold(Actor actor) {
    return switch (actor) {
      case USA -> UsAction.HOLD;
      case CHN -> ChinaAction.HOLD;
      case RUS -> RussiaAction.HOLD;
      case ROK -> RokAction.HOLD;
      case DPRK -> DprkAction.HOLD;
    };
  }

  /** The action of {@code actor} named {@code name}, or null if it has none by that name. */
  static Action byName(Actor actor, String name) {
    for (Action a : repertoire(actor)) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    return null;
  }
}
