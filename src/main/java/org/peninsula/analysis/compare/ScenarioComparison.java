package org.peninsula.analysis.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.StatUtils;
import org.peninsula.analysis.stats.Estimate;
import org.peninsula.model.Future;
import org.peninsula.model.Outcome;

/**
 * Compares two scenarios' runs, outcome by outcome, B relative to A. When the runs pair by seed
 * (the same master seed: common random numbers) the primary tests are paired: McNemar per future,
 * Wilcoxon signed-rank per numeric outcome; otherwise Newcombe/chi-square and Mann–Whitney. The
 * whole distribution of futures is tested with {@link CategoricalComparison}. Holm's adjustment
 * runs over the family of primary tests (one per future, one for the distribution, one per
 * numeric outcome). Every resampling is seeded, so equal inputs give equal results.
 */
public final class ScenarioComparison {
  public static final double LEVEL = 0.95;

  /** One future: its probability under A and B and the difference B - A. */
  public record FutureRow(Future future, long countA, int runsA, Estimate probabilityA,
      long countB, int runsB, Estimate probabilityB, ComparisonResult difference,
      String sentence) {}

  /**
   * One numeric outcome: sizes, means and medians, the independent and paired families, and the
   * primary test (with its Holm-adjusted p-value). {@code note} says why tests are missing.
   */
  public record OutcomeRow(Outcome outcome, int nA, int nB, double meanA, double meanB,
      double medianA, double medianB, List<ComparisonResult> independent,
      List<ComparisonResult> paired, ComparisonResult primary, String sentence, String note) {}

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

    Map<String, Long> countsA = new LinkedHashMap<>();
    Map<String, Long> countsB = new LinkedHashMap<>();
    for (Future f : Future.values()) {
      countsA.put(f.name(), a.count(f));
      countsB.put(f.name(), b.count(f));
    }
    ComparisonResult distribution = categorical.compare(countsA, countsB);

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
      futures.add(new FutureRow(f, ca, a.size(), Proportions.wilson(ca, a.size(), LEVEL), cb,
          b.size(), Proportions.wilson(cb, b.size(), LEVEL), d, null));
    }

    List<OutcomeRow> outcomes = outcomeRows(a, b, pairs, paired);

    // Holm over the primary family
    List<ComparisonResult> family = new ArrayList<>();
    family.add(distribution);
    futures.forEach(f -> family.add(f.difference()));
    for (OutcomeRow r : outcomes) {
      if (r.primary() != null) {
        family.add(r.primary());
      }
    }
    List<ComparisonResult> adjusted = MultipleComparisons.holm(family);
    int k = 0;
    distribution = adjusted.get(k++);
    List<FutureRow> fs = new ArrayList<>();
    for (FutureRow f : futures) {
      ComparisonResult d = adjusted.get(k++);
      fs.add(new FutureRow(f.future(), f.countA(), f.runsA(), f.probabilityA(), f.countB(),
          f.runsB(), f.probabilityB(), d, futureSentence(f, d, a.label(), b.label())));
    }
    List<OutcomeRow> os = new ArrayList<>();
    for (OutcomeRow r : outcomes) {
      ComparisonResult p = r.primary() == null ? null : adjusted.get(k++);
      // the primary result, with its adjusted p-value, also in its family's list
      List<ComparisonResult> independent = replace(r.independent(), r.primary(), p);
      List<ComparisonResult> pairedList = replace(r.paired(), r.primary(), p);
      OutcomeRow row = new OutcomeRow(r.outcome(), r.nA(), r.nB(), r.meanA(), r.meanB(),
          r.medianA(), r.medianB(), independent, pairedList, p, null, r.note());
      os.add(new OutcomeRow(r.outcome(), r.nA(), r.nB(), r.meanA(), r.meanB(), r.medianA(),
          r.medianB(), independent, pairedList, p, outcomeSentence(row, a.label(), b.label()),
          r.note()));
    }
    return new Result(a.label(), b.label(), a.size(), b.size(), a.failed(), b.failed(), paired,
        pairs.size(), distribution, fs, os);
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

  private OutcomeRow outcomeRow(Outcome o, RunSample a, RunSample b, List<int[]> pairs,
      boolean paired) {
    double[] va = a.values(o);
    double[] vb = b.values(o);
    double meanA = va.length == 0 ? Double.NaN : StatUtils.mean(va);
    double meanB = vb.length == 0 ? Double.NaN : StatUtils.mean(vb);
    double medA = va.length == 0 ? Double.NaN : StatUtils.percentile(va, 50);
    double medB = vb.length == 0 ? Double.NaN : StatUtils.percentile(vb, 50);
    List<ComparisonResult> independent = List.of();
    List<ComparisonResult> pairedResults = List.of();
    ComparisonResult primary = null;
    String note = null;
    if (va.length >= 2 && vb.length >= 2) {
      independent = new ArrayList<>(numeric.compareIndependent(va, vb));
      primary = independent.get(4); // Mann-Whitney
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
          pairedResults = numeric.comparePaired(unbox(pa), unbox(pb));
          primary = pairedResults.get(2); // Wilcoxon signed-rank
        } else {
          note = "fewer than 2 pairs where it happened in both; independent tests only";
        }
      }
    } else {
      note = "happened in fewer than 2 runs of " + (va.length < 2 ? "A" : "B")
          + "; not tested";
    }
    return new OutcomeRow(o, va.length, vb.length, meanA, meanB, medA, medB,
        independent, pairedResults, primary, null, note);
  }

  /** How the numbers were computed, for reports. */
  public String method() {
    return "95% intervals; bootstrap percentile intervals with " + resamples
        + " resamples (seed " + seed + "); permutation tests seeded " + seed
        + "; Holm's adjustment over one primary test per future, the distribution of futures"
        + " and one per numeric outcome";
  }

  private static List<ComparisonResult> replace(List<ComparisonResult> list,
      ComparisonResult old, ComparisonResult replacement) {
    List<ComparisonResult> out = new ArrayList<>(list.size());
    for (ComparisonResult c : list) {
      out.add(c == old ? replacement : c);
    }
    return List.copyOf(out);
  }

  private static double[] unbox(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static String futureSentence(FutureRow f, ComparisonResult d, String a, String b) {
    String name = capitalise(f.future().label());
    String pa = pct(f.probabilityA().value());
    String pb = pct(f.probabilityB().value());
    String diff = String.format(Locale.ROOT, "difference %+.1f points [%.1f, %.1f]",
        100 * d.estimate(), 100 * d.lower(), 100 * d.upper());
    String p = pText(d.adjustedPValue());
    if (d.estimate() == 0 && d.lower() <= 0 && d.upper() >= 0 && f.countA() == f.countB()
        && d.statistic() == 0 && d.pValue() >= 0.05) {
      return name + " is as likely under " + b + " as under " + a + ": " + pa + " vs " + pa
          + ", " + diff + " (" + p + ")";
    }
    if (d.intervalExcludes(0)) {
      String how = d.estimate() > 0 ? "more" : "less";
      return name + " is " + how + " likely under " + b + " than under " + a + ": " + pb
          + " vs " + pa + ", " + diff + " (" + p + ")";
    }
    return name + ": no clear difference between " + b + " and " + a + ": " + pb + " vs " + pa
        + ", " + diff + " (" + p + ")";
  }

  static String outcomeSentence(OutcomeRow r, String a, String b) {
    String name = r.outcome().key() + " (" + r.outcome().meaning() + ")";
    if (r.primary() == null) {
      return name + ": " + r.note() + ".";
    }
    ComparisonResult mean = r.paired().isEmpty() ? r.independent().get(0)
        : r.paired().get(0);
    String diff = String.format(Locale.ROOT, "mean %s vs %s, difference %s [%s, %s]",
        num(r.meanB()), num(r.meanA()), num(mean.estimate()), num(mean.lower()),
        num(mean.upper()));
    String p = pText(r.primary().adjustedPValue());
    boolean significant = r.primary().adjustedPValue() < 0.05;
    if (significant && mean.intervalExcludes(0)) {
      return name + " is " + (mean.estimate() > 0 ? "higher" : "lower") + " under " + b
          + " than under " + a + ": " + diff + " (" + p + ")";
    }
    return name + ": no clear difference between " + b + " and " + a + ": " + diff + " (" + p
        + ")";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String pct(double p) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * p);
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

  static String pText(double p) {
    if (Double.isNaN(p)) {
      return "no test";
    }
    return p < 0.001 ? "Holm-adjusted p < 0.001"
        : String.format(Locale.ROOT, "Holm-adjusted p = %.3f", p);
  }
}
