package org.peninsula.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.Outcome;
import org.peninsula.model.RunOutcome;
import org.peninsula.model.WorldRecord;

/** Turns a run's chronicle into the text of {@code peninsula trace} or into JSON lines. */
public final class ChronicleText {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ChronicleText() {}

  /** One entry as human-readable lines (no trailing newline). */
  public static String text(ChronicleEntry e) {
    if (e instanceof ChronicleEntry.Decision d) {
      return decision(d);
    }
    if (e instanceof ChronicleEntry.CouncilVote v) {
      return String.format(Locale.ROOT,
          "  UN Security Council: China %s, Russia %s, %d of 15 in favour -> %s",
          v.permanentVotes().get(org.peninsula.model.Actor.CHN),
          v.permanentVotes().get(org.peninsula.model.Actor.RUS), v.totalYes(), v.why());
    }
    if (e instanceof ChronicleEntry.Event ev) {
      return "  * " + ev.text();
    }
    ChronicleEntry.MonthSummary s = (ChronicleEntry.MonthSummary) e;
    return String.format(Locale.ROOT,
          "  = tension %.2f | sanctions %.2f (stringency %.2f) | DPRK capability %.2f | "
              + "stress %.2f | Russia standing %.2f, axis %.2f, framework %.2f | %s%s | "
              + "Seoul %s, Washington %s",
          s.tension(), s.effectivePressure(), s.stringency(), s.capability(), s.stress(),
          s.russiaStanding(), s.axisProgress(), s.framework(), s.talks().label(),
          s.talks() == org.peninsula.model.TalksFormat.NONE ? ""
              : String.format(Locale.ROOT, " (momentum %.2f)", s.momentum()),
          s.rokGovernment(), s.usAdministration());
  }

  private static String decision(ChronicleEntry.Decision d) {
    ChronicleEntry.Option chosen = d.chosenOption();
    ChronicleEntry.Option runner = d.runnerUp();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "  %-4s %s: utility %.2f (p=%.2f)", d.actor().name(),
        chosen.action().name(), chosen.utility(), chosen.probability()));
    if (runner != null) {
      sb.append(String.format(Locale.ROOT, " against %.2f for %s", runner.utility(),
          runner.action().name()));
    }
    if (!"bot".equals(d.seat())) {
      sb.append(" [").append(d.seat()).append(']');
    }
    ChronicleEntry.Term top = null;
    for (ChronicleEntry.Term t : chosen.terms()) {
      if (t.value() > 0 && (top == null || t.value() > top.value())) {
        top = t;
      }
    }
    if (top != null) {
      sb.append(String.format(Locale.ROOT, "; chiefly %s (%+.2f)", top.reason(), top.value()));
    }
    return sb.toString();
  }

  /** The outcome record and the future, as the closing lines of a trace. */
  public static String outcome(RunOutcome o) {
    StringBuilder sb = new StringBuilder("Outcome\n");
    sb.append(String.format(Locale.ROOT, "  future: %s%n", o.future().label()));
    for (Outcome k : Outcome.values()) {
      double v = o.get(k);
      sb.append(String.format(Locale.ROOT, "  %-26s %s%n", k.key(),
          Double.isNaN(v) ? "-" : (v == Math.rint(v) ? String.valueOf((long) v)
              : String.format(Locale.ROOT, "%.3f", v))));
    }
    return sb.toString();
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
