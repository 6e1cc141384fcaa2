package org.peninsula.game.odds;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peninsula.experiment.Ensemble;
import org.peninsula.experiment.EnsembleControl;
import org.peninsula.experiment.EnsembleOptions;
import org.peninsula.experiment.EnsembleSummary;
import org.peninsula.game.TurnRecord;
import org.peninsula.game.live.Game;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.Outcome;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.RunOutcome;
import org.peninsula.report.DebriefPage;

/**
 * The debrief of a game, computed here and drawn by {@link DebriefPage} (charts belong to
 * {@code report}), one self-contained HTML page: the game's timeline, the future the class
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
        if (!complete(r.happened()) || !complete(r.whatIf())) {
          skipped++; // interrupted (shutdown): it has no odds, so it is not shown
          continue;
        }
        happened.put(t, r.happened());
        double p = d.options().get(bot.index()).probability();
        out.add(new Divergence(t, e.getKey(), e.getValue().player(), e.getValue().action(), bot,
            p, r.happened(), r.whatIf()));
      }
    }
    return new Findings(g.id(), new History(h, chronicle, g.scenario().name()), outcome,
        scenario, samples, out, skipped, liveOdds, cfRuns);
  }

  /** The debrief page (drawn by {@link DebriefPage}). */
  public static String html(Findings f) {
    return DebriefPage.html(page(f));
  }

  /**
   * The findings as the page shows them: moves by turn, percentiles, and only the divergences
   * whose two ensembles finished (a computation interrupted before its first run has no odds;
   * it counts as not computed).
   */
  public static DebriefPage.Data page(Findings f) {
    Counterfactual.History h = f.history().h();
    List<DebriefPage.TurnRow> turns = new ArrayList<>();
    ModelParameters calendar = h.scenario().parameters(h.setup().seed());
    for (TurnRecord t : h.played()) {
      Map<Actor, String> moves = new EnumMap<>(Actor.class);
      for (Actor a : Actor.values()) {
        ChronicleEntry.Decision d = h.decision(t.turn(), a);
        TurnRecord.PlayerMove m = t.players().get(a);
        moves.put(a, d == null ? "" : DebriefPage.words(d.chosen()) + (m != null ? " ("
            + m.player() + ")" : ""));
      }
      turns.add(new DebriefPage.TurnRow(t.turn(), calendar.calendarLabel(t.turn()
          * h.turnMonths()), moves));
    }
    Map<Outcome, Double> percentiles = new EnumMap<>(Outcome.class);
    for (Outcome o : FIGURES) {
      double[] s = f.samples().get(o);
      percentiles.put(o, percentile(s, s.length, f.outcome().get(o)));
    }
    List<DebriefPage.Divergence> shown = new ArrayList<>();
    int dropped = 0;
    for (Divergence d : f.divergences()) {
      if (complete(d.happened()) && complete(d.withBot())) {
        shown.add(new DebriefPage.Divergence(d.turn(), d.actor(), d.player(), d.chosen(),
            d.bot(), d.botProbability(), d.happened(), d.withBot()));
      } else {
        dropped++;
      }
    }
    return new DebriefPage.Data(f.gameId(), f.history().scenarioName(), h.setup().seed(),
        h.played().size(), h.setup().turnMonths(), h.setup().months(), f.outcome(),
        f.scenario(), FIGURES, f.samples(), percentiles, f.history().chronicle(), turns, shown,
        f.divergencesNotComputed() + dropped, MAX_COUNTERFACTUALS, f.liveOdds(), f.cfRuns());
  }

  /** An ensemble that finished every run it was asked for, and at least one. */
  static boolean complete(EnsembleSummary s) {
    return s != null && s.runsCompleted() > 0
        && s.runsCompleted() + s.runsFailed() >= s.runsAsked();
  }
}
