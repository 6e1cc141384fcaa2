package org.peninsula.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.Outcome;
import org.peninsula.model.RunOutcome;
import org.peninsula.model.TalksFormat;
import org.peninsula.model.WorldRecord;

/**
 * The one rendering of a run's history as text: every chronicle entry and the outcome, for
 * {@code peninsula trace} (under a heading per month) and for the classroom game's trace, news
 * and terminal game (after the month's date, with a student's name for a player's move), plus
 * the JSON lines of {@code trace --json}. Each line starts with a four-wide mark column: the
 * country, {@code UN} for a Council vote, {@code *} for an event, {@code =} for the month's
 * figures.
 */
public final class ChronicleText {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Largest terms shown on each side of a move's reasons. */
  private static final int REASONS_SHOWN = 2;

  private ChronicleText() {}

  /** One entry as a line of {@code peninsula trace}: indented under its month's heading. */
  public static String text(ChronicleEntry e) {
    return "  " + line(e, null);
  }

  /**
   * One entry as a line without indent or date.
   *
   * @param player the student who chose a decision, or null when its seat (bot or policy)
   *     chose it, then told by the model's numbers and reasons; ignored for other entries
   */
  public static String line(ChronicleEntry e, String player) {
    if (e instanceof ChronicleEntry.Decision d) {
      return decision(d, player);
    }
    if (e instanceof ChronicleEntry.CouncilVote v) {
      return "UN   sanctions draft " + v.why() + ": " + ballot(v);
    }
    if (e instanceof ChronicleEntry.Event ev) {
      return "*    " + ev.text();
    }
    return month((ChronicleEntry.MonthSummary) e);
  }

  /** How China and Russia voted and the count in favour (the USA drafts, so always yes). */
  public static String ballot(ChronicleEntry.CouncilVote v) {
    return String.format(Locale.ROOT, "China %s, Russia %s, %d of 15 in favour",
        v.permanentVotes().get(Actor.CHN).name().toLowerCase(Locale.ROOT),
        v.permanentVotes().get(Actor.RUS).name().toLowerCase(Locale.ROOT), v.totalYes());
  }

  private static String month(ChronicleEntry.MonthSummary s) {
    return String.format(Locale.ROOT,
        "=    tension %.2f | sanctions %.2f (stringency %.2f) | DPRK capability %.2f | "
            + "stress %.2f | Russia standing %.2f, axis %.2f, framework %.2f | %s%s | "
            + "Seoul %s, Washington %s",
        s.tension(), s.effectivePressure(), s.stringency(), s.capability(), s.stress(),
        s.russiaStanding(), s.axisProgress(), s.framework(), s.talks().label(),
        s.talks() == TalksFormat.NONE ? ""
            : String.format(Locale.ROOT, " (momentum %.2f)", s.momentum()),
        s.rokGovernment(), s.usAdministration());
  }

  private static String decision(ChronicleEntry.Decision d, String player) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-4s %s",
        d.actor().name(), d.chosen().name()));
    if (player != null) {
      return sb.append(" (player ").append(player).append(')').toString();
    }
    ChronicleEntry.Option chosen = d.chosenOption();
    ChronicleEntry.Option runner = d.runnerUp();
    sb.append(String.format(Locale.ROOT, ": utility %.2f (p=%.2f)", chosen.utility(),
        chosen.probability()));
    if (runner != null) {
      sb.append(String.format(Locale.ROOT, ", best other %s %.2f", runner.action().name(),
          runner.utility()));
    }
    if (!"bot".equals(d.seat())) {
      sb.append(" [").append(d.seat()).append(']');
    }
    String why = reasons(d);
    return why.isEmpty() ? sb.toString() : sb.append("; ").append(why).toString();
  }

  /**
   * Why the move was chosen: the largest named parts of its utility on each side, e.g.
   * "for: a (+0.40), b (+0.21); against: c (-0.50)", or "" when every part is zero.
   */
  public static String reasons(ChronicleEntry.Decision d) {
    List<ChronicleEntry.Term> terms = new ArrayList<>(d.chosenOption().terms());
    terms.sort(Comparator.comparingDouble((ChronicleEntry.Term t) -> -Math.abs(t.value())));
    List<String> pro = new ArrayList<>();
    List<String> con = new ArrayList<>();
    for (ChronicleEntry.Term t : terms) {
      List<String> side = t.value() > 0 ? pro : t.value() < 0 ? con : null;
      if (side != null && side.size() < REASONS_SHOWN) {
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

  /** The future and every outcome value, one a line, as the closing lines of a trace. */
  public static List<String> outcome(RunOutcome o) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "Outcome after %s months: %s",
        value(o.get(Outcome.MONTHS_SIMULATED)), o.future().label()));
    for (Outcome k : Outcome.values()) {
      out.add(String.format(Locale.ROOT, "  %-26s %s", k.key(), value(o.get(k))));
    }
    return out;
  }

  /** An outcome value: "-" when undefined, a whole number as one, else three decimals. */
  public static String value(double v) {
    return Double.isNaN(v) ? "-" : v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
  }

  /** One entry as a JSON object (one line). */
  public static String json(ChronicleEntry e) {
    ObjectNode node = JSON.createObjectNode();
    node.put("month", e.month());
    if (e instanceof ChronicleEntry.Decision d) {
        node.put("type", "decision").put("actor", d.actor().name())
            .put("action", d.chosen().name()).put("seat", d.seat());
        ArrayNode opts = node.putArray("options");
        for (ChronicleEntry.Option o : d.options()) {
          ObjectNode on = opts.addObject().put("action", o.action().name())
              .put("utility", o.utility()).put("probability", o.probability());
          ArrayNode terms = on.putArray("terms");
          for (ChronicleEntry.Term t : o.terms()) {
            terms.addObject().put("reason", t.reason()).put("value", t.value());
          }
        }
    } else if (e instanceof ChronicleEntry.CouncilVote v) {
        node.put("type", "vote").put("passed", v.passed()).put("vetoed", v.vetoed())
            .put("totalYes", v.totalYes()).put("electedYes", v.electedYes());
        ObjectNode votes = node.putObject("permanent");
        v.permanentVotes().forEach((a, vote) -> votes.put(a.name(), vote.name()));
    } else if (e instanceof ChronicleEntry.Event ev) {
      node.put("type", "event").put("kind", ev.kind().name()).put("text", ev.text());
    } else if (e instanceof ChronicleEntry.MonthSummary s) {
      node.put("type", "month").put("date", s.date())
          .put("tension", s.tension()).put("sanctionsPressure", s.effectivePressure())
          .put("stringency", s.stringency()).put("dprkCapability", s.capability())
          .put("dprkStress", s.stress()).put("russiaStanding", s.russiaStanding())
          .put("russiaAxis", s.axisProgress()).put("securityFramework", s.framework())
          .put("talks", s.talks().name()).put("momentum", s.momentum())
          .put("rokGovernment", s.rokGovernment()).put("usAdministration", s.usAdministration());
      world(node.putObject("world"), s.world());
    }
    return node.toString();
  }

  /** Every world variable and the full relation matrix, for checking a run from outside. */
  private static void world(ObjectNode n, WorldRecord w) {
    n.put("tension", w.tension()).put("dprkCapability", w.dprkCapability())
        .put("sanctionsStringency", w.sanctionsStringency())
        .put("effectivePressure", w.effectivePressure()).put("dprkStress", w.dprkStress())
        .put("dprkChinaDependence", w.chinaDependence())
        .put("russiaAxisProgress", w.russiaAxisProgress())
        .put("russiaStanding", w.russiaStanding()).put("securityFramework", w.securityFramework())
        .put("nuclearAcceptance", w.nuclearAcceptance()).put("rokLeaning", w.rokLeaning())
        .put("usLeaning", w.usLeaning()).put("missileDefence", w.missileDefence())
        .put("talksStage", w.talksStage().name()).put("talks", w.talks().name())
        .put("talksMomentum", w.talksMomentum()).put("dealInForce", w.dealInForce())
        .put("provocationMemory", w.provocationMemory())
        .put("strategicTestMemory", w.strategicTestMemory())
        .put("exerciseMemory", w.exerciseMemory()).put("alignmentMemory", w.alignmentMemory())
        .put("monthsSinceDraft", w.monthsSinceDraft()).put("war", w.war())
        .put("warMonth", w.warMonth());
    ObjectNode enforcement = n.putObject("enforcement");
    w.enforcement().forEach((a, v) -> enforcement.put(a.name(), v));
    ArrayNode thisMonth = n.putArray("offersThisMonth");
    w.offersThisMonth().forEach(a -> thisMonth.add(a.name()));
    ArrayNode lastMonth = n.putArray("offersLastMonth");
    w.offersLastMonth().forEach(a -> lastMonth.add(a.name()));
    ObjectNode relations = n.putObject("relations");
    w.relations().forEach((a, row) -> {
      ObjectNode r = relations.putObject(a.name());
      row.forEach((b, v) -> r.put(b.name(), v));
    });
  }

  public static String outcomeJson(RunOutcome o) {
    ObjectNode node = JSON.createObjectNode();
    node.put("type", "outcome").put("future", o.future().name());
    ObjectNode values = node.putObject("values");
    for (Outcome k : Outcome.values()) {
      double v = o.get(k);
      if (Double.isNaN(v)) {
        values.putNull(k.key());
      } else {
        values.put(k.key(), v);
      }
    }
    return node.toString();
  }
}
