package org.peninsula.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.StanceParameter;

/**
 * What a player is told about their country: its position and interests in plain words, its
 * stance as the scenario sets it (each value paraphrased, the number in brackets, and what the
 * scenario's sources say), and what each of its moves does.
 */
public record Briefing(Actor country, String name, String position, List<String> interests,
    List<Stance> stance, List<Move> moves) {

  /** One stance parameter in words, with the sources' claim behind it (or null). */
  public record Stance(String text, String source) {}

  /** One move of the repertoire. */
  public record Move(String name, String description) {}

  /** The briefing of {@code actor} in a game of {@code scenario} run with {@code p}. */
  public static Briefing of(Actor actor, ModelParameters p, GameScenario scenario) {
    List<Stance> stance = new ArrayList<>();
    for (StanceParameter s : StanceParameter.values()) {
      if (s.appliesTo(actor)) {
        stance.add(new Stance(phrase(actor, s, p.stance(actor, s)),
            scenario == null ? null : scenario.claim(actor, s)));
      }
    }
    return new Briefing(actor, actor.displayName(), position(actor), interests(actor),
        List.copyOf(stance), moves(actor));
  }

  public static List<Move> moves(Actor actor) {
    return Action.repertoire(actor).stream().map(a -> new Move(a.name(), a.description()))
        .toList();
  }

  static String position(Actor a) {
    return switch (a) {
      case USA -> "Washington leads the alliance with Seoul and Tokyo and writes most UN"
          + " sanctions drafts. You can push the Security Council, sanction on your own, show"
          + " force with the ROK, or offer Pyongyang talks.";
      case CHN -> "Beijing is the North's economic lifeline and holds a veto on the Security"
          + " Council. Whether UN sanctions bite depends largely on how you enforce them at"
          + " the border.";
      case RUS -> "Moscow holds a veto on the Security Council and wants a bigger part in the"
          + " peninsula's future: as a broker the others cannot do without, through economic"
          + " links across the North, and in a security framework for Northeast Asia.";
      case ROK -> "Seoul lives within range of the North's artillery. It balances the"
          + " alliance with Washington, outreach to the North and a northern economic policy;"
          + " elections can swing its government between engagement and pressure.";
      case DPRK -> "Pyongyang is a nuclear state in all but name. It tests, provokes, pauses"
          + " and plays Beijing and Moscow against each other to survive sanctions and win"
          + " recognition.";
    };
  }

  static List<String> interests(Actor a) {
    return switch (a) {
      case USA -> List.of("the North's nuclear and missile programme rolled back",
          "an alliance with Seoul that holds", "no war, and no deal that rewards provocation");
      case CHN -> List.of("stability on your border: no collapse, no war",
          "influence in Pyongyang and in Seoul", "US forces and missile defence kept away");
      case RUS -> List.of("standing as a major player in the peninsula's future",
          "a north-south economic axis: railway, gas and power links",
          "a multilateral security framework for Northeast Asia");
      case ROK -> List.of("no war on the peninsula", "a reliable alliance with Washington",
          "contacts and projects with the North when the moment allows");
      case DPRK -> List.of("the regime's security and its deterrent",
          "relief from sanctions", "recognition, and patrons that do not dominate it");
    };
  }

  static String phrase(Actor a, StanceParameter s, double v) {
    int level = v < 0.35 ? 0 : v <= 0.65 ? 1 : 2;
    String text = switch (s) {
      case PRESSURE -> pick(level, "You prefer dialogue and engagement to coercion",
          "You weigh pressure and dialogue about equally",
          "You prefer coercive pressure to dialogue");
      case SANCTIONS_TOLERANCE -> a == Actor.DPRK
          ? pick(level, "Your regime absorbs little sanctions stress before it changes course",
              "Your regime can take some sanctions stress before it changes course",
              "Your regime can absorb heavy sanctions stress")
          : pick(level, "You are reluctant to propose, vote for or enforce sanctions",
              "You support sanctions, with reservations",
              "You readily propose, back and enforce sanctions");
      case ENFORCEMENT -> String.format(Locale.ROOT,
          "At the start you apply about %d%% of your UN sanctions obligations",
          Math.round(v * 100));
      case RISK_TOLERANCE -> pick(level, "You avoid military signalling and escalation risk",
          "You accept some military risk", "You have an appetite for military signalling");
      case RECIPROCITY -> pick(level, "You keep your own line whatever the others do",
          "You partly answer others in kind",
          "You answer cooperation with cooperation and hostility with hostility");
      // Each country's economic interest and status seeking enter the decisions where its
      // stakes lie (docs/model.md, 6.1), so the words say which decisions they weigh on.
      case ECONOMIC_INTEREST -> switch (a) {
        case USA -> pick(level, "Your firms' trade with China weighs little against secondary"
                + " sanctions", "Your firms' trade with China weighs on secondary sanctions",
            "Your firms' trade with China weighs heavily against secondary sanctions");
        case CHN -> pick(level, "Border trade with the North matters little to you",
            "Border trade with the North makes enforcing sanctions costly",
            "Border trade with the North makes enforcing sanctions very costly");
        case DPRK -> pick(level, "Railway and project links with Russia matter little to you",
            "Railway and project links with Russia draw you toward Moscow",
            "Railway and project links with Russia draw you strongly toward Moscow");
        default -> pick(level, "Economic projects with the North matter little to you",
            "Economic projects with the North matter to you",
            "Economic projects with the North (railways, gas, power) matter a great deal"
                + " to you");
      };
      case STATUS_SEEKING -> switch (a) {
        case USA -> pick(level, "You do not mind others brokering talks with Pyongyang",
            "When Beijing or Moscow offer talks you like to keep the lead",
            "When Beijing or Moscow offer talks you insist on keeping the lead");
        case ROK -> pick(level, "You are content to let others deal with Pyongyang",
            "You want dealings with Pyongyang to run through Seoul",
            "You insist that dealings with Pyongyang run through Seoul");
        case DPRK -> pick(level, "Whom you talk to matters little to you",
            "You prefer talking to Washington directly, as a nuclear state",
            "You insist on talking to Washington directly, as a nuclear state");
        default -> pick(level, "Being seen as a broker matters little to you",
            "You like to be seen as a broker",
            "You want to be seen as the broker nobody can do without");
      };
      case PROVOCATION_PROPENSITY -> pick(level, "You are slow to test weapons or provoke",
          "You test and provoke when it pays", "You are quick to test weapons and provoke");
      case NUCLEAR_COMMITMENT -> pick(level, "Your nuclear status could be negotiated",
          "Your nuclear status is negotiable only at a high price",
          "Your nuclear status is not negotiable");
    };
    return String.format(Locale.ROOT, "%s (%s %.2f).", text, s.key(), v);
  }

  private static String pick(int level, String low, String mid, String high) {
    return level == 0 ? low : level == 1 ? mid : high;
  }
}
