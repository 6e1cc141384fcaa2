package org.peninsula.report;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.plot.ValueMarker;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.experiment.FutureEstimate;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;
import org.peninsula.model.RunOutcome;
import org.peninsula.report.chart.Chart;
import org.peninsula.report.chart.HistogramChart;
import org.peninsula.report.chart.Palette;
import org.peninsula.report.chart.ProbabilityBarChart;
import org.peninsula.report.chart.TimelineChart;
import org.peninsula.report.data.CategoryProbability;
import org.peninsula.report.data.MonthValue;
import org.peninsula.report.data.MonthlySeries;
import org.peninsula.report.data.NamedSample;
import org.peninsula.report.data.ProbabilitySeries;
import org.peninsula.report.data.TimelineEvent;

/**
 * Draws a classroom game's debrief as one self-contained HTML page (charts embedded). The
 * figures are computed by the game ({@code game.odds.Debrief}); this class only lays them out,
 * and leaves out any figure that is not a finite number (an interrupted computation).
 */
public final class DebriefPage {
  private DebriefPage() {}

  /** One turn of the moves table: each country's move as shown ("HOLD (Ana)"). */
  public record TurnRow(int turn, String from, Map<Actor, String> moves) {}

  /** A player's decision that differed from the bot's most likely move, with both odds. */
  public record Divergence(int turn, Actor actor, String player, Action chosen, Action bot,
      double botProbability, EnsembleSummary happened, EnsembleSummary withBot) {}

  /** What the page shows (turns count from 0; {@code liveOdds} by the turn they open). */
  public record Data(String gameId, String scenarioName, long seed, int turnsPlayed,
      int turnMonths, int months, RunOutcome outcome, EnsembleSummary scenario,
      List<Outcome> figures, Map<Outcome, double[]> samples, Map<Outcome, Double> percentiles,
      List<ChronicleEntry> chronicle, List<TurnRow> turns, List<Divergence> divergences,
      int divergencesNotComputed, int maxCounterfactuals,
      Map<Integer, EnsembleSummary> liveOdds, long cfRuns) {}

  /** The debrief page of {@code f}. */
  public static String html(Data f) {
    Future reached = f.outcome().future();
    FutureEstimate est = f.scenario().future(reached);
    HtmlReport.Builder b = HtmlReport.builder("Debrief: game " + f.gameId())
        .subtitle(f.scenarioName() + " \u00b7 seed " + f.seed() + " \u00b7 "
            + f.turnsPlayed() + " turns of " + f.turnMonths() + " months \u00b7 "
            + f.scenario().runsCompleted() + " runs of the scenario")
        .pngScale(1.0);

    // ---- the future ------------------------------------------------------------------------
    b.section("The future the class reached");
    b.paragraph("The class reached " + reached.label() + ". Of " + f.scenario().runsCompleted()
        + " runs of the scenario over the same " + f.months() + " months (master seed "
        + f.seed() + ", bots in every seat), " + est.count() + " ended there: "
        + percent(est.probability()) + " (95% interval "
        + percent(est.low()) + " to " + percent(est.high()) + ").");
    List<CategoryProbability> cats = new ArrayList<>();
    for (FutureEstimate e : f.scenario().futures()) {
      if (finite(e)) {
        cats.add(CategoryProbability.of(shortLabel(e.future()), e.probability(), e.low(),
            e.high()));
      }
    }
    if (!cats.isEmpty()) b.figure(ProbabilityBarChart.of("Futures of the scenario", "future",
        new ProbabilitySeries("scenario", cats)).withSize(1000, 450),
        "Share of the scenario's runs ending in each future, with 95% Wilson intervals. The"
            + " class reached " + shortLabel(reached) + ".");

    // ---- the timeline ----------------------------------------------------------------------
    b.section("Timeline of the game");
    List<MonthValue> tension = new ArrayList<>();
    List<MonthValue> pressure = new ArrayList<>();
    List<MonthValue> capability = new ArrayList<>();
    List<TimelineEvent> events = new ArrayList<>();
    for (ChronicleEntry e : f.chronicle()) {
      if (e instanceof ChronicleEntry.MonthSummary m) {
        tension.add(new MonthValue(m.month(), m.tension()));
        pressure.add(new MonthValue(m.month(), m.effectivePressure()));
        capability.add(new MonthValue(m.month(), m.capability()));
      } else if (e instanceof ChronicleEntry.Event ev) {
        events.add(new TimelineEvent(ev.month(), ev.kind().name().toLowerCase(Locale.ROOT)
            .replace('_', ' '), ev.text()));
      }
    }
    if (!tension.isEmpty()) {
      b.figure(TimelineChart.of("The game month by month", "level (0 to 1)",
          List.of(new MonthlySeries("tension", tension),
              new MonthlySeries("sanctions pressure", pressure),
              new MonthlySeries("DPRK capability", capability)), events).withSize(1000, 560),
          "Tension, applied sanctions pressure and the North's capability at the end of each"
              + " month (from month 0), with the events below.");
    }
    List<List<?>> turns = new ArrayList<>();
    for (TurnRow t : f.turns()) {
      List<Object> row = new ArrayList<>();
      row.add(t.turn() + 1);
      row.add(t.from());
      for (Actor a : Actor.values()) {
        row.add(t.moves().getOrDefault(a, ""));
      }
      EnsembleSummary after = f.liveOdds().get(t.turn() + 1);
      row.add(after == null || after.runsCompleted() == 0 ? "" : percent(after.probability(
          Future.ESCALATION_TO_WAR)));
      turns.add(row);
    }
    List<String> header = new ArrayList<>(List.of("turn", "from"));
    for (Actor a : Actor.values()) {
      header.add(a.name());
    }
    header.add("war risk after");
    b.table("Moves of each turn (a player's name in brackets; otherwise the bot's move in the"
        + " turn's first month) and the live war risk after it", header, turns);
    if (f.liveOdds().size() >= 2) {
      List<MonthlySeries> lines = new ArrayList<>();
      for (Future fu : Future.values()) {
        List<MonthValue> vals = new ArrayList<>();
        f.liveOdds().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .filter(e -> Double.isFinite(e.getValue().probability(fu)))
            .forEach(e -> vals.add(new MonthValue(e.getKey() * f.turnMonths(),
                e.getValue().probability(fu))));
        lines.add(new MonthlySeries(shortLabel(fu), vals));
      }
      b.figure(TimelineChart.of("Live odds turn by turn", "probability", lines, List.of())
          .withSize(1000, 500), "The odds of each future shown to the class at the start of"
          + " each turn (month 0: the scenario's ensemble; later: continuations of the game).");
    }

    // ---- percentiles -----------------------------------------------------------------------
    b.section("The class against the scenario");
    List<List<?>> pct = new ArrayList<>();
    for (Outcome o : f.figures()) {
      double[] s = f.samples().get(o);
      double v = f.outcome().get(o);
      double p = f.percentiles().getOrDefault(o, Double.NaN);
      pct.add(List.of(o.meaning(), fmt(v), fmt(f.scenario().outcome(o).median()),
          Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.0f", p)));
    }
    b.table("The class's figures and their percentile among the scenario's runs (50: a typical"
        + " run; 95: higher than 95% of runs)", List.of("figure", "class", "scenario median",
        "percentile"), pct);
    for (Outcome o : f.figures()) {
      double[] s = f.samples().get(o);
      if (s.length == 0) {
        continue;
      }
      double v = f.outcome().get(o);
      Chart c = HistogramChart.ofSample(o.meaning(), o.key(), new NamedSample("scenario", s),
          30).withSize(1000, 380);
      if (!Double.isNaN(v)) {
        ValueMarker m = new ValueMarker(v, Palette.color(1), new BasicStroke(3f));
        m.setLabel("class " + fmt(v));
        c.jfreeChart().getXYPlot().addDomainMarker(m);
      }
      double p = f.percentiles().getOrDefault(o, Double.NaN);
      b.figure(c, "The scenario's runs; the solid line is the class (percentile "
          + (Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.0f", p)) + ").");
    }

    // ---- players vs bots ------------------------------------------------------------------
    b.section("Where players chose differently from the bots");
    List<Divergence> shown = f.divergences().stream().filter(d -> complete(d.happened())
        && complete(d.withBot())).toList();
    int notComputed = f.divergencesNotComputed() + f.divergences().size() - shown.size();
    if (shown.isEmpty() && notComputed == 0) {
      b.paragraph("Every player chose what the country's bot would most likely have chosen"
          + " (or no seat was played by a student).");
    } else {
      b.paragraph("For each turn where a student chose differently from the bot's most likely"
          + " move (by the model's utilities for that month), the odds after the turn with the"
          + " student's move and with the bot's, from " + f.cfRuns() + " continuations each with"
          + " the same seeds.");
      List<List<?>> rows = new ArrayList<>();
      for (Divergence d : shown) {
        double w1 = d.happened().probability(Future.ESCALATION_TO_WAR);
        double w2 = d.withBot().probability(Future.ESCALATION_TO_WAR);
        double r1 = d.happened().probability(reached);
        double r2 = d.withBot().probability(reached);
        rows.add(List.of(d.turn() + 1, d.actor().name(), d.player(), words(d.chosen()),
            words(d.bot()) + String.format(Locale.ROOT, " (%.0f%%)", 100 * d.botProbability()),
            percent(w1) + " vs " + percent(w2),
            percent(r1) + " vs " + percent(r2),
            signedPoints(w1 - w2)));
      }
      if (!shown.isEmpty()) {
        b.table("Player's choice vs the bot's (turn, country, player, chosen, bot's most likely"
            + " move with its probability; odds after the turn: player's move vs bot's)",
            List.of("turn", "country", "player", "chose", "bot", "war risk", shortLabel(reached),
                "war risk moved"), rows);
        List<CategoryProbability> moved = new ArrayList<>();
        for (Divergence d : shown) {
          FutureEstimate e = d.happened().future(Future.ESCALATION_TO_WAR);
          moved.add(CategoryProbability.of("T" + (d.turn() + 1) + " " + d.actor().name() + " "
              + d.chosen().name(), e.probability(), e.low(), e.high()));
        }
        List<CategoryProbability> bots = new ArrayList<>();
        for (Divergence d : shown) {
          FutureEstimate e = d.withBot().future(Future.ESCALATION_TO_WAR);
          bots.add(CategoryProbability.of("T" + (d.turn() + 1) + " " + d.actor().name() + " "
              + d.chosen().name(), e.probability(), e.low(), e.high()));
        }
        if (notComputed > 0) {
          b.paragraph(notComputed + " later divergences are not shown (at most "
              + f.maxCounterfactuals() + " counterfactuals per debrief; an interrupted one is"
              + " left out).");
        }
        b.figure(ProbabilityBarChart.compare("War risk after each divergent choice", "choice",
            new ProbabilitySeries("player's move", moved),
            new ProbabilitySeries("bot's move", bots)).withSize(1000, 450),
            "War risk from the end of the turn: with the student's move vs with the bot's.");
      }
    }
    return b.build().toHtml();
  }

  /**
   * A move's name with spaces for underscores ("PUSH UN SANCTIONS"), so that a table of moves
   * wraps inside a printed page instead of running off its side.
   */
  public static String words(Action move) {
    return move.name().replace('_', ' ');
  }

  /** Finished with at least one run: its probabilities are numbers. */
  private static boolean complete(EnsembleSummary s) {
    return s != null && s.runsCompleted() > 0
        && s.futures().stream().allMatch(DebriefPage::finite);
  }

  private static boolean finite(FutureEstimate e) {
    return Double.isFinite(e.probability()) && Double.isFinite(e.low())
        && Double.isFinite(e.high());
  }

  static String percent(double p) {
    return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }

  static String shortLabel(Future f) {
    return switch (f) {
      case ESCALATION_TO_WAR -> "war";
      case NEGOTIATED_SETTLEMENT -> "settlement";
      case SANCTIONS_COLLAPSE -> "sanctions collapse";
      case TURBULENT_ESCALATION -> "turbulent escalation";
      case CONFRONTATIONAL_STABILITY -> "confrontational stability";
    };
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String signedPoints(double d) {
    return String.format(Locale.ROOT, "%+.1f points", 100 * d);
  }
}
