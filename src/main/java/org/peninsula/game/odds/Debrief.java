package org.peninsula.game.odds;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.plot.ValueMarker;
import org.peninsula.experiment.Ensemble;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.EnsembleOptions;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.experiment.FutureEstimate;
import org.peninsula.game.TurnRecord;
import org.peninsula.game.live.Game;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;
import org.peninsula.model.RunOutcome;
import org.peninsula.report.HtmlReport;
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
 * The debrief of a game, one self-contained HTML page: the game's timeline, the future the class
 * reached and how likely the scenario made it, where the class stands in the scenario's
 * distribution of the key figures, and, for every country a student played, the turns where the
 * student chose differently from the bot's most likely move and how much that moved the odds.
 */
public final class Debrief {
  private Debrief() {}

  /** Counterfactuals a debrief computes at most (the earliest divergences). */
  public static final int MAX_COUNTERFACTUALS = 40;

  /** The figures the class is placed against the scenario's distribution. */
  public static final List<Outcome> FIGURES = List.of(Outcome.PEAK_TENSION,
      Outcome.FINAL_SANCTIONS_PRESSURE, Outcome.FINAL_DPRK_CAPABILITY,
      Outcome.RUSSIA_MAJOR_ROLE, Outcome.RUSSIA_ECONOMIC_AXIS,
      Outcome.RUSSIA_SECURITY_FRAMEWORK);

  /** Where the class's value falls among the scenario's runs (0-100; ties count half). */
  public static double percentile(double[] sample, int n, double value) {
    if (n == 0 || Double.isNaN(value)) {
      return Double.NaN;
    }
    long below = 0;
    long equal = 0;
    for (int i = 0; i < n; i++) {
      if (sample[i] < value) {
        below++;
      } else if (sample[i] == value) {
        equal++;
      }
    }
    return 100.0 * (below + 0.5 * equal) / n;
  }

  /** A player's decision that differed from the bot's most likely move. */
  public record Divergence(int turn, Actor actor, String player, Action chosen, Action bot,
      double botProbability, EnsembleSummary happened, EnsembleSummary withBot) {}

  /** What the debrief found, before it is laid out. */
  public record Findings(String gameId, History history, RunOutcome outcome,
      EnsembleSummary scenario, Map<Outcome, double[]> samples, List<Divergence> divergences,
      int divergencesNotComputed, Map<Integer, EnsembleSummary> liveOdds, long cfRuns) {}

  /** Keeps {@link Counterfactual.History} short to type here. */
  public record History(Counterfactual.History h, List<ChronicleEntry> chronicle,
      String scenarioName) {}

  /**
   * Computes the debrief's figures: the scenario's ensemble ({@code runs} runs, master seed the
   * game's seed) and a counterfactual ({@code cfRuns} continuations) for each divergence.
   */
  public static Findings findings(Game g, LiveOdds live, int runs, int cfRuns, int threads,
      EnsembleControl control) {
    Counterfactual.History h = Counterfactual.History.of(g);
    List<ChronicleEntry> chronicle = g.read(x -> List.copyOf(x.run().chronicle()));
    RunOutcome outcome = g.read(x -> x.run().outcome());
    long seed = g.setup().seed();
    Map<Outcome, double[]> samples = new LinkedHashMap<>();
    for (Outcome o : FIGURES) {
      samples.put(o, new double[runs]);
    }
    int[] filled = {0};
    EnsembleSummary scenario = Ensemble.run(new GameSource(g.scenario(), g.setup()),
        new EnsembleOptions(runs, seed, threads, false), null,
        (i, s, drawn, future, values, error) -> {
          if (future != null) {
            for (Outcome o : FIGURES) {
              samples.get(o)[filled[0]] = values[o.ordinal()];
            }
            filled[0]++;
          }
        }, control);
    for (Outcome o : FIGURES) {
      samples.put(o, java.util.Arrays.copyOf(samples.get(o), filled[0]));
    }
    Map<Integer, EnsembleSummary> liveOdds = new HashMap<>();
    for (int t = 0; t <= h.played().size(); t++) {
      EnsembleSummary s = live == null ? null : live.summary(g.id(), t);
      if (s != null) {
        liveOdds.put(t, s);
      }
    }
    EnsembleOptions cf = new EnsembleOptions(cfRuns, seed, threads, false);
    Map<Integer, EnsembleSummary> happened = new HashMap<>();
    List<Divergence> out = new ArrayList<>();
    int skipped = 0;
    for (int t = 0; t < h.played().size() && !control.cancelled(); t++) {
      TurnRecord rec = h.played().get(t);
      for (Map.Entry<Actor, TurnRecord.PlayerMove> e : rec.players().entrySet()) {
        ChronicleEntry.Decision d = h.decision(t, e.getKey());
        if (d == null) {
          continue;
        }
        Action bot = Counterfactual.botChoice(d);
        if (bot == null || bot == e.getValue().action()) {
          continue;
        }
        if (out.size() >= MAX_COUNTERFACTUALS) {
          skipped++;
          continue;
        }
        EnsembleSummary real = happened.get(t);
        if (real == null && live != null && cfRuns == live.runs()) {
          real = live.summary(g.id(), t + 1);
        }
        Counterfactual.Result r = Counterfactual.compute(h, t, e.getKey(), bot, cf, real,
            control);
        happened.put(t, r.happened());
        double p = d.options().get(bot.index()).probability();
        out.add(new Divergence(t, e.getKey(), e.getValue().player(), e.getValue().action(), bot,
            p, r.happened(), r.whatIf()));
      }
    }
    return new Findings(g.id(), new History(h, chronicle, g.scenario().name()), outcome,
        scenario, samples, out, skipped, liveOdds, cfRuns);
  }

  /** The debrief page. */
  public static String html(Findings f) {
    Counterfactual.History h = f.history().h();
    Future reached = f.outcome().future();
    FutureEstimate est = f.scenario().future(reached);
    HtmlReport.Builder b = HtmlReport.builder("Debrief: game " + f.gameId())
        .subtitle(f.history().scenarioName() + " \u00b7 seed " + h.setup().seed() + " \u00b7 "
            + h.played().size() + " turns of " + h.setup().turnMonths() + " months \u00b7 "
            + f.scenario().runsCompleted() + " runs of the scenario")
        .pngScale(1.0);

    // ---- the future ------------------------------------------------------------------------
    b.section("The future the class reached");
    b.paragraph("The class reached " + reached.label() + ". Of " + f.scenario().runsCompleted()
        + " runs of the scenario over the same " + h.setup().months() + " months (master seed "
        + h.setup().seed() + ", bots in every seat), " + est.count() + " ended there: "
        + LiveOdds.percent(est.probability()) + " (95% interval "
        + LiveOdds.percent(est.low()) + " to " + LiveOdds.percent(est.high()) + ").");
    List<CategoryProbability> cats = new ArrayList<>();
    for (FutureEstimate e : f.scenario().futures()) {
      cats.add(CategoryProbability.of(shortLabel(e.future()), e.probability(), e.low(),
          e.high()));
    }
    b.figure(ProbabilityBarChart.of("Futures of the scenario", "future",
        new ProbabilitySeries("scenario", cats)).withSize(1000, 450),
        "Share of the scenario's runs ending in each future, with 95% Wilson intervals. The"
            + " class reached " + shortLabel(reached) + ".");

    // ---- the timeline ----------------------------------------------------------------------
    b.section("Timeline of the game");
    List<MonthValue> tension = new ArrayList<>();
    List<MonthValue> pressure = new ArrayList<>();
    List<MonthValue> capability = new ArrayList<>();
    List<TimelineEvent> events = new ArrayList<>();
    for (ChronicleEntry e : f.history().chronicle()) {
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
    org.peninsula.model.ModelParameters calendar = h.scenario().parameters(h.setup().seed());
    for (TurnRecord t : h.played()) {
      List<Object> row = new ArrayList<>();
      row.add(t.turn() + 1);
      row.add(date(calendar, t.turn() * h.turnMonths()));
      for (Actor a : Actor.values()) {
        ChronicleEntry.Decision d = h.decision(t.turn(), a);
        TurnRecord.PlayerMove m = t.players().get(a);
        row.add(d == null ? "" : d.chosen().name() + (m != null ? " (" + m.player() + ")"
            : ""));
      }
      EnsembleSummary after = f.liveOdds().get(t.turn() + 1);
      row.add(after == null ? "" : LiveOdds.percent(after.probability(
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
        f.liveOdds().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
            vals.add(new MonthValue(e.getKey() * h.turnMonths(), e.getValue().probability(fu))));
        lines.add(new MonthlySeries(shortLabel(fu), vals));
      }
      b.figure(TimelineChart.of("Live odds turn by turn", "probability", lines, List.of())
          .withSize(1000, 500), "The odds of each future shown to the class at the start of"
          + " each turn (month 0: the scenario's ensemble; later: continuations of the game).");
    }

    // ---- percentiles -----------------------------------------------------------------------
    b.section("The class against the scenario");
    List<List<?>> pct = new ArrayList<>();
    for (Outcome o : FIGURES) {
      double[] s = f.samples().get(o);
      double v = f.outcome().get(o);
      double p = percentile(s, s.length, v);
      pct.add(List.of(o.meaning(), fmt(v), fmt(f.scenario().outcome(o).median()),
          Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.0f", p)));
    }
    b.table("The class's figures and their percentile among the scenario's runs (50: a typical"
        + " run; 95: higher than 95% of runs)", List.of("figure", "class", "scenario median",
        "percentile"), pct);
    for (Outcome o : FIGURES) {
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
      b.figure(c, "The scenario's runs; the solid line is the class (percentile "
          + String.format(Locale.ROOT, "%.0f", percentile(s, s.length, v)) + ").");
    }

    // ---- players vs bots ------------------------------------------------------------------
    b.section("Where players chose differently from the bots");
    if (f.divergences().isEmpty()) {
      b.paragraph("Every player chose what the country's bot would most likely have chosen"
          + " (or no seat was played by a student).");
    } else {
      b.paragraph("For each turn where a student chose differently from the bot's most likely"
          + " move (by the model's utilities for that month), the odds after the turn with the"
          + " student's move and with the bot's, from " + f.cfRuns() + " continuations each with"
          + " the same seeds.");
      List<List<?>> rows = new ArrayList<>();
      for (Divergence d : f.divergences()) {
        double w1 = d.happened().probability(Future.ESCALATION_TO_WAR);
        double w2 = d.withBot().probability(Future.ESCALATION_TO_WAR);
        double r1 = d.happened().probability(reached);
        double r2 = d.withBot().probability(reached);
        rows.add(List.of(d.turn() + 1, d.actor().name(), d.player(), d.chosen().name(),
            d.bot().name() + String.format(Locale.ROOT, " (%.0f%%)", 100 * d.botProbability()),
            LiveOdds.percent(w1) + " vs " + LiveOdds.percent(w2),
            LiveOdds.percent(r1) + " vs " + LiveOdds.percent(r2),
            signedPoints(w1 - w2)));
      }
      b.table("Player's choice vs the bot's (turn, country, player, chosen, bot's most likely"
          + " move with its probability; odds after the turn: player's move vs bot's)",
          List.of("turn", "country", "player", "chose", "bot", "war risk", shortLabel(reached),
              "war risk moved"), rows);
      List<CategoryProbability> moved = new ArrayList<>();
      for (Divergence d : f.divergences()) {
        FutureEstimate e = d.happened().future(Future.ESCALATION_TO_WAR);
        moved.add(CategoryProbability.of("T" + (d.turn() + 1) + " " + d.actor().name() + " "
            + d.chosen().name(), e.probability(), e.low(), e.high()));
      }
      List<CategoryProbability> bots = new ArrayList<>();
      for (Divergence d : f.divergences()) {
        FutureEstimate e = d.withBot().future(Future.ESCALATION_TO_WAR);
        bots.add(CategoryProbability.of("T" + (d.turn() + 1) + " " + d.actor().name() + " "
            + d.chosen().name(), e.probability(), e.low(), e.high()));
      }
      if (f.divergencesNotComputed() > 0) {
        b.paragraph(f.divergencesNotComputed() + " later divergences are not shown (at most "
            + MAX_COUNTERFACTUALS + " counterfactuals per debrief).");
      }
      b.figure(ProbabilityBarChart.compare("War risk after each divergent choice", "choice",
          new ProbabilitySeries("player's move", moved),
          new ProbabilitySeries("bot's move", bots)).withSize(1000, 450),
          "War risk from the end of the turn: with the student's move vs with the bot's.");
    }
    return b.build().toHtml();
  }

  private static String date(org.peninsula.model.ModelParameters p, int month) {
    return p.calendarLabel(month);
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
