package org.peninsula.analysis.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.stat.StatUtils;
import org.peninsula.analysis.stats.Estimate;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;

/**
 * Compares two scenarios' runs, outcome by outcome, B relative to A, with one decision rule per
 * claim (docs/analysis.md, "Decision rule"): every claim has one primary test, and the table's
 * verdict, the sentence and the Holm family all come from that test; the direction of a claim
 * is the sign of that test's own effect size.
 *
 * <ul>
 *   <li>Whole distribution of futures: Stuart–Maxwell (paired) or chi-square/permutation
 *       (independent).
 *   <li>Each future and each binary outcome: exact McNemar (paired) or chi-square/Fisher
 *       (independent); effect: difference of proportions with its Newcombe interval and Cohen's
 *       h.
 *   <li>Each other numeric outcome: Wilcoxon signed-rank (paired) or Mann–Whitney
 *       (independent); effect: difference of means with its bootstrap interval and the
 *       rank-biserial correlation (paired) or Cliff's delta (independent) with bootstrap
 *       intervals.
 * </ul>
 *
 * <p>Holm's adjustment runs over the distribution test, one test per future and one per outcome
 * of role {@link Role#FAMILY}. Outcomes that restate a future ({@code war} is the indicator of
 * escalation to war, {@code dealInForce} of a negotiated settlement) and conditional outcomes
 * (defined only in runs where an event happened) are kept out of it. Every resampling is
 * seeded, so equal inputs give equal results.
 */
public final class ScenarioComparison {
  public static final double LEVEL = 0.95;
  /** Family-wise error rate of the verdicts. */
  public static final double ALPHA = 0.05;

  /** How an outcome enters the comparison. */
  public enum Role {
    /** One primary test in the Holm family. */
    FAMILY,
    /**
     * Defined only in runs where an event happened (e.g. the month of war): a difference mixes
     * the scenario's effect with which runs reach the event, so it is not a scenario effect;
     * tested, unadjusted, outside the family.
     */
    CONDITIONAL,
    /** The same hypothesis as a future's probability; not tested twice. */
    RESTATES_FUTURE
  }

  /** Outcomes defined only where an event happened (also: any outcome with a missing value). */
  public static final Set<Outcome> CONDITIONAL = Set.of(Outcome.WAR_MONTH, Outcome.DEAL_MONTH,
      Outcome.RUS_CHN_SAME_VOTE_SHARE);

  /**
   * Outcomes that are the indicator of a future: {@code war} is 1 exactly when the run ends in
   * escalation to war, and {@code dealInForce} when it ends in a negotiated settlement (unless
   * war came first), see {@code FutureClassifier}.
   */
  public static final Map<Outcome, Future> RESTATES = Map.of(Outcome.WAR,
      Future.ESCALATION_TO_WAR, Outcome.DEAL_IN_FORCE, Future.NEGOTIATED_SETTLEMENT);

  /** 0/1 outcomes, compared as proportions. */
  public static final Set<Outcome> BINARY = Set.of(Outcome.WAR, Outcome.DEAL,
      Outcome.DEAL_IN_FORCE);

  /**
   * One future: its probability under A and B, the difference B - A (with the primary test),
   * Cohen's h and the verdict.
   */
  public record FutureRow(Future future, long countA, int runsA, Estimate probabilityA,
      long countB, int runsB, Estimate probabilityB, ComparisonResult difference,
      double cohensH, String verdict, String sentence) {}

  /**
   * One numeric outcome: its role, sizes, means and medians, the independent and paired
   * families, the primary test (Holm-adjusted when in the family), the difference and the
   * standardised effect shown with it, the verdict. {@code note} says why tests are missing.
   */
  public record OutcomeRow(Outcome outcome, Role role, int nA, int nB, double meanA,
      double meanB, double medianA, double medianB, List<ComparisonResult> independent,
      List<ComparisonResult> paired, ComparisonResult primary, ComparisonResult difference,
      ComparisonResult effect, String verdict, String sentence, String note) {

    OutcomeRow with(ComparisonResult newPrimary, String newVerdict, String newSentence) {
      return new OutcomeRow(outcome, role, nA, nB, meanA, meanB, medianA, medianB,
          replace(independent, primary, newPrimary), replace(paired, primary, newPrimary),
          newPrimary, difference == primary ? newPrimary : difference,
          effect == primary ? newPrimary : effect, newVerdict, newSentence, note);
    }
  }

  /** Everything, in a fixed order. */
  public record Result(String labelA, String labelB, int runsA, int runsB, long failedA,
      long failedB, boolean paired, int pairs, ComparisonResult distribution,
      List<FutureRow> futures, List<OutcomeRow> outcomes) {

    /** The sentences, futures first. */
    public List<String> sentences() {
      List<String> s = new ArrayList<>();
      futures.forEach(f -> s.add(f.sentence()));
      outcomes.forEach(o -> s.add(o.sentence()));
      return s;
    }
  }

  private final NumericComparison numeric;
  private final CategoricalComparison categorical;
  private final int resamples;
  private final long seed;
  private final int threads;

  /** @param resamples bootstrap resamples per interval; @param seed of every resampling */
  public ScenarioComparison(int resamples, long seed) {
    this(resamples, seed, 1);
  }

  /** As above, computing the outcomes on {@code threads} threads (same results). */
  public ScenarioComparison(int resamples, long seed, int threads) {
    this.threads = Math.max(1, threads);
    this.numeric = new NumericComparison(resamples, LEVEL, seed);
    this.categorical = new CategoricalComparison(10_000, seed);
    this.resamples = resamples;
    this.seed = seed;
  }

  public Result compare(RunSample a, RunSample b) {
    if (a.size() == 0 || b.size() == 0) {
      throw new IllegalArgumentException("no completed runs in "
          + (a.size() == 0 ? a.label() : b.label()));
    }
    // pair runs by seed
    Map<Long, Integer> indexB = new HashMap<>();
    for (int i = 0; i < b.size(); i++) {
      indexB.putIfAbsent(b.seed(i), i);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      Integer j = indexB.get(a.seed(i));
      if (j != null) {
        pairs.add(new int[] {i, j});
      }
    }
    boolean paired = pairs.size() >= 2 && pairs.size() * 2 >= Math.min(a.size(), b.size());

    ComparisonResult distribution;
    if (paired) {
      Future[] all = Future.values();
      long[][] table = new long[all.length][all.length];
      for (int[] pr : pairs) {
        table[a.future(pr[0]).ordinal()][b.future(pr[1]).ordinal()]++;
      }
      distribution = MarginalHomogeneity.stuartMaxwell(table);
    } else {
      Map<String, Long> countsA = new LinkedHashMap<>();
      Map<String, Long> countsB = new LinkedHashMap<>();
      for (Future f : Future.values()) {
        countsA.put(f.name(), a.count(f));
        countsB.put(f.name(), b.count(f));
      }
      distribution = categorical.compare(countsA, countsB);
    }

    List<FutureRow> futures = new ArrayList<>();
    for (Future f : Future.values()) {
      long ca = a.count(f);
      long cb = b.count(f);
      ComparisonResult d;
      if (paired) {
        boolean[] xa = new boolean[pairs.size()];
        boolean[] xb = new boolean[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
          xa[k] = a.future(pairs.get(k)[0]) == f;
          xb[k] = b.future(pairs.get(k)[1]) == f;
        }
        d = Proportions.pairedDifference(xa, xb, LEVEL);
      } else {
        d = Proportions.difference(ca, a.size(), cb, b.size(), LEVEL);
      }
      Estimate pa = Proportions.wilson(ca, a.size(), LEVEL);
      Estimate pb = Proportions.wilson(cb, b.size(), LEVEL);
      futures.add(new FutureRow(f, ca, a.size(), pa, cb, b.size(), pb, d,
          Proportions.cohensH(pa.value(), pb.value()), null, null));
    }

    List<OutcomeRow> outcomes = outcomeRows(a, b, pairs, paired);

    // Holm over the family: the distribution, one test per future, one per FAMILY outcome
    List<ComparisonResult> family = new ArrayList<>();
    family.add(distribution);
    futures.forEach(f -> family.add(f.difference()));
    for (OutcomeRow r : outcomes) {
      if (r.role() == Role.FAMILY && r.primary() != null) {
        family.add(r.primary());
      }
    }
    List<ComparisonResult> adjusted = MultipleComparisons.holm(family);
    int k = 0;
    distribution = adjusted.get(k++);
    List<FutureRow> fs = new ArrayList<>();
    for (FutureRow f : futures) {
      ComparisonResult d = adjusted.get(k++);
      String verdict = verdict(d.adjustedPValue(), d.estimate(), "more likely", "less likely");
      FutureRow row = new FutureRow(f.future(), f.countA(), f.runsA(), f.probabilityA(),
          f.countB(), f.runsB(), f.probabilityB(), d, f.cohensH(), verdict, null);
      fs.add(new FutureRow(f.future(), f.countA(), f.runsA(), f.probabilityA(), f.countB(),
          f.runsB(), f.probabilityB(), d, f.cohensH(), verdict,
          futureSentence(row, a.label(), b.label(), paired)));
    }
    List<OutcomeRow> os = new ArrayList<>();
    for (OutcomeRow r : outcomes) {
      ComparisonResult p = r.role() == Role.FAMILY && r.primary() != null ? adjusted.get(k++)
          : r.primary();
      String verdict = outcomeVerdict(r.role(), p, r.effect());
      OutcomeRow row = r.with(p, verdict, null);
      os.add(row.with(p, verdict, outcomeSentence(row, a.label(), b.label(), paired)));
    }
    return new Result(a.label(), b.label(), a.size(), b.size(), a.failed(), b.failed(), paired,
        pairs.size(), distribution, fs, os);
  }

  /**
   * The verdict of a claim from its primary test: the direction when the (Holm-adjusted, or for
   * conditional outcomes unadjusted) p is below {@link #ALPHA}, the sign taken from the test's
   * own effect.
   */
  static String verdict(double p, double signedEffect, String up, String down) {
    if (Double.isNaN(p)) {
      return "not tested";
    }
    if (p < ALPHA && signedEffect != 0) {
      return signedEffect > 0 ? up : down;
    }
    return "no clear difference";
  }

  private static String outcomeVerdict(Role role, ComparisonResult primary,
      ComparisonResult effect) {
    if (role == Role.RESTATES_FUTURE) {
      return "see the future";
    }
    if (primary == null) {
      return "not tested";
    }
    double p = role == Role.FAMILY ? primary.adjustedPValue() : primary.pValue();
    String v = verdict(p, effect.estimate(), "higher", "lower");
    return role == Role.CONDITIONAL ? v + " (conditional)" : v;
  }

  /**
   * One row per outcome, computed on {@code threads} threads; every resampling is seeded per
   * call, so the rows do not depend on the thread count.
   */
  private List<OutcomeRow> outcomeRows(RunSample a, RunSample b, List<int[]> pairs,
      boolean paired) {
    Outcome[] all = Outcome.values();
    if (threads <= 1) {
      List<OutcomeRow> rows = new ArrayList<>();
      for (Outcome o : all) {
        rows.add(outcomeRow(o, a, b, pairs, paired));
      }
      return rows;
    }
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
    try {
      return pool.submit(() -> java.util.Arrays.stream(all).parallel()
          .map(o -> outcomeRow(o, a, b, pairs, paired)).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** The role of an outcome in this comparison. */
  public static Role role(Outcome o, int nA, int runsA, int nB, int runsB) {
    if (RESTATES.containsKey(o)) {
      return Role.RESTATES_FUTURE;
    }
    if (CONDITIONAL.contains(o) || nA < runsA || nB < runsB) {
      return Role.CONDITIONAL;
    }
    return Role.FAMILY;
  }

  private OutcomeRow outcomeRow(Outcome o, RunSample a, RunSample b, List<int[]> pairs,
      boolean paired) {
    double[] va = a.values(o);
    double[] vb = b.values(o);
    Role role = role(o, va.length, a.size(), vb.length, b.size());
    double meanA = va.length == 0 ? Double.NaN : StatUtils.mean(va);
    double meanB = vb.length == 0 ? Double.NaN : StatUtils.mean(vb);
    double medA = va.length == 0 ? Double.NaN : StatUtils.percentile(va, 50);
    double medB = vb.length == 0 ? Double.NaN : StatUtils.percentile(vb, 50);
    boolean binary = BINARY.contains(o) && isBinary(va) && isBinary(vb);
    List<ComparisonResult> independent = List.of();
    List<ComparisonResult> pairedResults = List.of();
    ComparisonResult primary = null;
    ComparisonResult difference = null;
    ComparisonResult effect = null;
    String note = null;
    if (va.length >= 2 && vb.length >= 2) {
      independent = new ArrayList<>(numeric.compareIndependent(va, vb));
      primary = independent.get(4); // Mann-Whitney
      difference = independent.get(0);
      effect = independent.get(3); // Cliff's delta: Mann-Whitney's own effect, 2A - 1
      if (binary) {
        ComparisonResult d = Proportions.difference(count(va), va.length, count(vb),
            vb.length, LEVEL);
        independent.add(d);
        primary = d;
        difference = d;
        effect = d;
      }
      independent = List.copyOf(independent);
      if (paired) {
        List<Double> pa = new ArrayList<>();
        List<Double> pb = new ArrayList<>();
        for (int[] p : pairs) {
          double x = a.value(p[0], o);
          double y = b.value(p[1], o);
          if (!Double.isNaN(x) && !Double.isNaN(y)) {
            pa.add(x);
            pb.add(y);
          }
        }
        if (pa.size() >= 2) {
          double[] xa = unbox(pa);
          double[] xb = unbox(pb);
          List<ComparisonResult> list = new ArrayList<>(numeric.comparePaired(xa, xb));
          primary = list.get(2); // Wilcoxon signed-rank
          difference = list.get(0);
          effect = list.get(2); // its rank-biserial correlation
          if (binary) {
            boolean[] ba = new boolean[xa.length];
            boolean[] bb = new boolean[xb.length];
            for (int i = 0; i < xa.length; i++) {
              ba[i] = xa[i] == 1;
              bb[i] = xb[i] == 1;
            }
            ComparisonResult d = Proportions.pairedDifference(ba, bb, LEVEL);
            list.add(d);
            primary = d;
            difference = d;
            effect = d;
          }
          pairedResults = List.copyOf(list);
        } else {
          note = "fewer than 2 pairs where it happened in both; independent tests only";
        }
      }
    } else {
      note = "happened in fewer than 2 runs of " + (va.length < 2 ? "A" : "B")
          + "; not tested";
    }
    return new OutcomeRow(o, role, va.length, vb.length, meanA, meanB, medA, medB,
        independent, pairedResults, primary, difference, effect, null, null, note);
  }

  private static boolean isBinary(double[] v) {
    for (double x : v) {
      if (x != 0 && x != 1) {
        return false;
      }
    }
    return true;
  }

  private static long count(double[] v) {
    long c = 0;
    for (double x : v) {
      if (x == 1) {
        c++;
      }
    }
    return c;
  }

  /** How the numbers were computed, for reports. */
  public String method() {
    return "95% intervals; bootstrap percentile intervals with " + resamples
        + " resamples (seed " + seed + "); permutation tests seeded " + seed
        + "; one primary test per claim (Stuart-Maxwell or chi-square for the distribution of"
        + " futures, McNemar or chi-square/Fisher per future and binary outcome, Wilcoxon"
        + " signed-rank or Mann-Whitney per numeric outcome); Holm's adjustment over the"
        + " distribution, the futures and the outcomes that are neither conditional nor a"
        + " restatement of a future; verdicts at family-wise alpha " + ALPHA;
  }

  private static List<ComparisonResult> replace(List<ComparisonResult> list,
      ComparisonResult old, ComparisonResult replacement) {
    if (old == null) {
      return list;
    }
    List<ComparisonResult> out = new ArrayList<>(list.size());
    for (ComparisonResult c : list) {
      out.add(c == old ? replacement : c);
    }
    return List.copyOf(out);
  }

  private static double[] unbox(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Verdict of the whole-distribution test. */
  public static String verdictOfDistribution(ComparisonResult d) {
    if (Double.isNaN(d.adjustedPValue())) {
      return "not tested";
    }
    return d.adjustedPValue() < ALPHA ? "differs" : "no clear difference";
  }

  /** Short name of a primary test for tables. */
  public static String shortTestName(ComparisonResult c) {
    if (c.method().contains("Stuart-Maxwell")) {
      return "Stuart-Maxwell";
    }
    if (c.method().contains("permutation")) {
      return "permutation X2";
    }
    return testName(c);
  }

  /** The name of a primary test for sentences. */
  static String testName(ComparisonResult c) {
    String m = c.method();
    if (m.contains("McNemar")) {
      return "exact McNemar";
    }
    if (m.contains("Wilcoxon")) {
      return "Wilcoxon signed-rank";
    }
    if (m.contains("Mann-Whitney")) {
      return "Mann-Whitney";
    }
    if (m.contains("Fisher")) {
      return "Fisher exact";
    }
    if (m.contains("chi-square")) {
      return "chi-square";
    }
    return m;
  }

  static String futureSentence(FutureRow f, String a, String b, boolean paired) {
    ComparisonResult d = f.difference();
    String name = capitalise(f.future().label());
    String pa = pct(f.probabilityA().value());
    String pb = pct(f.probabilityB().value());
    String effect = String.format(Locale.ROOT, "difference %+.1f points [%.1f, %.1f];"
        + " Cohen's h %+.2f, %s", 100 * d.estimate(), 100 * d.lower(), 100 * d.upper(),
        f.cohensH(), magnitudeH(f.cohensH()));
    String test = "[" + testName(d) + ", " + pText(d.adjustedPValue()) + "]";
    if (f.countA() == f.countB() && d.statistic() == 0 && d.estimate() == 0
        && "no clear difference".equals(f.verdict())) {
      return name + " is as likely under " + b + " as under " + a + " " + test + ": " + pa
          + " vs " + pa + ", " + effect + ".";
    }
    if (!"no clear difference".equals(f.verdict()) && !"not tested".equals(f.verdict())) {
      return name + " is " + f.verdict() + " under " + b + " than under " + a + " " + test
          + ": " + pb + " vs " + pa + ", " + effect + ".";
    }
    return name + ": no clear difference between " + b + " and " + a + " " + test + ": " + pb
        + " vs " + pa + ", " + effect + ".";
  }

  static String outcomeSentence(OutcomeRow r, String a, String b, boolean paired) {
    String name = r.outcome().key() + " (" + r.outcome().meaning() + ")";
    if (r.role() == Role.RESTATES_FUTURE) {
      return name + " is the indicator of the future \"" + RESTATES.get(r.outcome()).label()
          + "\": see that future (not tested twice).";
    }
    if (r.primary() == null) {
      return name + ": " + r.note() + ".";
    }
    ComparisonResult diff = r.difference();
    String numbers;
    if (diff == r.primary() && diff.quantity().contains("proportions")) {
      numbers = String.format(Locale.ROOT, "%s vs %s, difference %+.1f points [%.1f, %.1f];"
          + " Cohen's h %+.2f, %s", pct(r.meanB()), pct(r.meanA()), 100 * diff.estimate(),
          100 * diff.lower(), 100 * diff.upper(), Proportions.cohensH(r.meanA(), r.meanB()),
          magnitudeH(Proportions.cohensH(r.meanA(), r.meanB())));
    } else {
      String effectName = r.effect().quantity().startsWith("matched-pairs")
          ? "rank-biserial r" : "Cliff's delta";
      numbers = String.format(Locale.ROOT, "mean %s vs %s, difference %s [%s, %s]; %s %s"
          + " [%s, %s], %s", num(r.meanB()), num(r.meanA()), signed(diff.estimate()),
          num(diff.lower()), num(diff.upper()), effectName, signed(r.effect().estimate()),
          num(r.effect().lower()), num(r.effect().upper()),
          magnitudeDelta(r.effect().estimate()));
    }
    String verdict = r.verdict();
    if (r.role() == Role.CONDITIONAL) {
      String test = "[" + testName(r.primary()) + ", unadjusted " + plainP(r.primary().pValue())
          + "; conditional, outside the Holm family]";
      String base = verdict.startsWith("higher") || verdict.startsWith("lower")
          ? name + ", among the runs where it is defined, is " + verdict.replace(
              " (conditional)", "") + " under " + b + " than under " + a
          : name + ", among the runs where it is defined: no clear difference between " + b
              + " and " + a;
      return base + " " + test + ": " + numbers + " (" + r.nA() + " and " + r.nB()
          + " runs).";
    }
    String test = "[" + testName(r.primary()) + ", " + pText(r.primary().adjustedPValue()) + "]";
    if (verdict.equals("higher") || verdict.equals("lower")) {
      return name + " is " + verdict + " under " + b + " than under " + a + " " + test + ": "
          + numbers + ".";
    }
    return name + ": no clear difference between " + b + " and " + a + " " + test + ": "
        + numbers + ".";
  }

  /** Cliff's delta / rank-biserial magnitude, thresholds of Romano et al. (2006). */
  public static String magnitudeDelta(double d) {
    double x = Math.abs(d);
    return x < 0.147 ? "negligible" : x < 0.33 ? "small" : x < 0.474 ? "medium" : "large";
  }

  /** Cohen's h magnitude, thresholds of Cohen (1988). */
  public static String magnitudeH(double h) {
    double x = Math.abs(h);
    return x < 0.2 ? "negligible" : x < 0.5 ? "small" : x < 0.8 ? "medium" : "large";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String pct(double p) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }

  static String signed(double v) {
    String n = num(v);
    return v > 0 ? "+" + n : n;
  }

  static String num(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e6) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  static String plainP(double p) {
    if (Double.isNaN(p)) {
      return "no test";
    }
    return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
  }

  static String pText(double p) {
    if (Double.isNaN(p)) {
      return "no test";
    }
    return "Holm " + plainP(p);
  }
}
