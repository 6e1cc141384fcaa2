package org.peninsula.analysis.prim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;

/**
 * The Patient Rule Induction Method of Friedman and Fisher (1999), used for scenario discovery
 * (Bryant and Lempert 2010): find an axis-aligned box of parameter space in which the outcome of
 * interest is much more frequent than overall.
 *
 * <p>Peeling: starting from the box around all data, every candidate peel removes about
 * {@code peelAlpha} of the points in the box from the low or the high end of one parameter; the
 * best one by the {@link PeelObjective} is taken while it raises the density and leaves at least
 * {@code minMass} of all points. Pasting: the final peeled box is then widened, again one
 * parameter side at a time by about {@code pasteAlpha} of its point count, as long as that raises
 * the density. Every box along the way is recorded, so the analyst can choose the trade-off
 * between coverage and density afterwards.
 *
 * <p>A peel removes at least one point; with tied values it removes the whole tie, so discrete
 * parameters are peeled one value at a time.
 */
public final class Prim {

  private final PrimSettings settings;

  public Prim(PrimSettings settings) {
    this.settings = settings;
  }

  public Prim() {
    this(PrimSettings.defaults());
  }

  public PrimResult find(PrimData data) {
    Search search = new Search(data);
    Box box = search.fullBox();
    List<PrimBox> trajectory = new ArrayList<>();
    trajectory.add(search.describe(box, 0, PrimBox.Phase.START));
    for (Box next = search.bestPeel(box); next != null; next = search.bestPeel(box)) {
      box = next;
      trajectory.add(search.describe(box, trajectory.size(), PrimBox.Phase.PEEL));
    }
    for (Box next = search.bestPaste(box); next != null; next = search.bestPaste(box)) {
      box = next;
      trajectory.add(search.describe(box, trajectory.size(), PrimBox.Phase.PASTE));
    }
    return new PrimResult(trajectory, data.size(), data.countOfInterest(), settings);
  }

  /**
   * Pastes a box chosen from the trajectory until no paste raises its density; returns the box
   * itself if none does. The returned box keeps the chosen box's step number.
   */
  public PrimBox paste(PrimData data, PrimBox chosen) {
    Search search = new Search(data);
    Box box = search.fromLimits(chosen.limits());
    PrimBox.Phase phase = chosen.phase();
    for (Box next = search.bestPaste(box); next != null; next = search.bestPaste(box)) {
      box = next;
      phase = PrimBox.Phase.PASTE;
    }
    return search.describe(box, chosen.step(), phase);
  }

  /**
   * For each restricted parameter of a box, a one-sided binomial p-value for the hypothesis that
   * the restriction adds nothing: the box's density is compared with the density of the same box
   * without that restriction (the "quasi-p" values of the EMA Workbench, after Bryant and Lempert
   * 2010). Large values flag restrictions that peeling may have made to fit noise.
   */
  public Map<String, Double> restrictionPValues(PrimData data, PrimBox box) {
    Search search = new Search(data);
    Box inside = search.fromLimits(box.limits());
    Map<String, Double> pValues = new LinkedHashMap<>();
    for (int j = 0; j < data.dimension(); j++) {
      BoxLimit limit = box.limits().get(j);
      if (!limit.restricted() || inside.points() == 0) {
        continue;
      }
      List<BoxLimit> relaxed = new ArrayList<>(box.limits());
      relaxed.set(j, new BoxLimit(limit.parameter(), Double.NEGATIVE_INFINITY,
          Double.POSITIVE_INFINITY, false));
      double baseline = search.fromLimits(relaxed).density();
      double p = baseline >= 1 ? 1 : new BinomialTest().binomialTest(inside.points(),
          inside.ofInterest(), baseline, AlternativeHypothesis.GREATER_THAN);
      pValues.put(limit.parameter(), p);
    }
    return pValues;
  }

  /** A box during the search: its limits, which rows it holds, and their counts. */
  private record Box(double[] lower, double[] upper, boolean[] inside, int points, int ofInterest) {

    double density() {
      return points == 0 ? 0 : (double) ofInterest / points;
    }
  }

  /** The data with each column's row order precomputed, and the moves on boxes. */
  private final class Search {

    private final PrimData data;
    private final int[][] ascending;
    private final double[] min;
    private final double[] max;
    private final int minPoints;

    Search(PrimData data) {
      this.data = data;
      int k = data.dimension();
      ascending = new int[k][];
      min = new double[k];
      max = new double[k];
      for (int j = 0; j < k; j++) {
        final int column = j;
        ascending[j] = Arrays.stream(sequence(data.size()))
            .boxed()
            .sorted(Comparator.comparingDouble(r -> data.value(r, column)))
            .mapToInt(Integer::intValue)
            .toArray();
        min[j] = data.value(ascending[j][0], j);
        max[j] = data.value(ascending[j][data.size() - 1], j);
      }
      minPoints = (int) Math.ceil(settings.minMass() * data.size() - 1e-9);
    }

    private static int[] sequence(int n) {
      int[] s = new int[n];
      for (int i = 0; i < n; i++) {
        s[i] = i;
      }
      return s;
    }

    Box fullBox() {
      boolean[] inside = new boolean[data.size()];
      Arrays.fill(inside, true);
      return new Box(min.clone(), max.clone(), inside, data.size(), data.countOfInterest());
    }

    Box fromLimits(List<BoxLimit> limits) {
      int k = data.dimension();
      double[] lower = new double[k];
      double[] upper = new double[k];
      for (int j = 0; j < k; j++) {
        lower[j] = limits.get(j).lower();
        upper[j] = limits.get(j).upper();
      }
      boolean[] inside = new boolean[data.size()];
      int points = 0;
      int interest = 0;
      for (int r = 0; r < data.size(); r++) {
        inside[r] = within(r, lower, upper, -1);
        if (inside[r]) {
          points++;
          interest += data.isOfInterest(r) ? 1 : 0;
        }
      }
      return new Box(lower, upper, inside, points, interest);
    }

    /** Whether row r satisfies every limit except possibly that of column {@code skip}. */
    private boolean within(int r, double[] lower, double[] upper, int skip) {
      for (int j = 0; j < lower.length; j++) {
        if (j != skip) {
          double v = data.value(r, j);
          if (v < lower[j] || v > upper[j]) {
            return false;
          }
        }
      }
      return true;
    }

    PrimBox describe(Box box, int step, PrimBox.Phase phase) {
      List<BoxLimit> limits = new ArrayList<>(data.dimension());
      for (int j = 0; j < data.dimension(); j++) {
        boolean restricted = box.lower()[j] > min[j] || box.upper()[j] < max[j];
        limits.add(new BoxLimit(data.parameters().get(j), Math.max(box.lower()[j], min[j]),
            Math.min(box.upper()[j], max[j]), restricted));
      }
      int total = data.countOfInterest();
      return new PrimBox(step, phase,
          total == 0 ? 0 : (double) box.ofInterest() / total,
          box.density(),
          (double) box.points() / data.size(),
          box.points(), box.ofInterest(), limits);
    }

    /** The best admissible peel, or null when none raises the density. */
    Box bestPeel(Box box) {
      Box best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < data.dimension(); j++) {
        int[] rows = rowsInside(box, j);
        for (boolean fromBelow : new boolean[] {true, false}) {
          Box candidate = peel(box, j, rows, fromBelow);
          if (candidate == null || candidate.points() < minPoints) {
            continue;
          }
          double score = score(box, candidate);
          if (best == null || score > bestScore
              || (score == bestScore && simpler(candidate, best))) {
            best = candidate;
            bestScore = score;
          }
        }
      }
      return best != null && best.density() > box.density() ? best : null;
    }

    /** Tie-break between equally good peels: fewer restricted parameters, then more points. */
    private boolean simpler(Box candidate, Box incumbent) {
      int restricted = restrictedCount(candidate);
      int incumbentRestricted = restrictedCount(incumbent);
      if (restricted != incumbentRestricted) {
        return restricted < incumbentRestricted;
      }
      return candidate.points() > incumbent.points();
    }

    private int restrictedCount(Box box) {
      int count = 0;
      for (int j = 0; j < min.length; j++) {
        if (box.lower()[j] > min[j] || box.upper()[j] < max[j]) {
          count++;
        }
      }
      return count;
    }

    private double score(Box before, Box after) {
      if (settings.objective() == PeelObjective.ORIGINAL) {
        return after.density();
      }
      double massRemoved = (double) (before.points() - after.points()) / data.size();
      return (after.density() - before.density()) / massRemoved;
    }

    /** Rows in the box in ascending order of column j. */
    private int[] rowsInside(Box box, int j) {
      int[] rows = new int[box.points()];
      int n = 0;
      for (int r : ascending[j]) {
        if (box.inside()[r]) {
          rows[n++] = r;
        }
      }
      return rows;
    }

    /**
     * Removes the lowest (or highest) ~alpha share of the box's rows on column j: the cut is at
     * the value of rank max(1, floor(alpha m)) from that end, moved past ties so at least one
     * row goes, and the new limit lies midway between the last removed and first kept value.
     */
    private Box peel(Box box, int j, int[] rows, boolean fromBelow) {
      int m = rows.length;
      int take = Math.max(1, (int) Math.floor(settings.peelAlpha() * m));
      if (take >= m) {
        return null;
      }
      // Position in peeling order of the first row that is kept.
      int keep = take;
      double boundary = valueAt(rows, j, keep, fromBelow);
      while (keep > 0 && valueAt(rows, j, keep - 1, fromBelow) == boundary) {
        keep--;
      }
      if (keep == 0) {
        // The cut fell inside a tie at the end: remove that whole tie instead.
        while (keep < m && valueAt(rows, j, keep, fromBelow) == boundary) {
          keep++;
        }
        if (keep == m) {
          return null;
        }
      }
      double limit = (valueAt(rows, j, keep - 1, fromBelow) + valueAt(rows, j, keep, fromBelow))
          / 2;
      boolean[] inside = box.inside().clone();
      int interest = box.ofInterest();
      for (int p = 0; p < keep; p++) {
        int r = rows[fromBelow ? p : m - 1 - p];
        inside[r] = false;
        interest -= data.isOfInterest(r) ? 1 : 0;
      }
      double[] lower = box.lower().clone();
      double[] upper = box.upper().clone();
      if (fromBelow) {
        lower[j] = limit;
      } else {
        upper[j] = limit;
      }
      return new Box(lower, upper, inside, m - keep, interest);
    }

    private double valueAt(int[] rows, int j, int position, boolean fromBelow) {
      return data.value(rows[fromBelow ? position : rows.length - 1 - position], j);
    }

    /** The paste that raises the density most, or null when none raises it. */
    Box bestPaste(Box box) {
      Box best = null;
      for (int j = 0; j < data.dimension(); j++) {
        for (boolean below : new boolean[] {true, false}) {
          Box candidate = paste(box, j, below);
          if (candidate != null && (best == null || candidate.density() > best.density())) {
            best = candidate;
          }
        }
      }
      return best != null && best.density() > box.density() ? best : null;
    }

    /**
     * Adds the ~pasteAlpha m rows nearest the box below (or above) its limit on column j among
     * those that satisfy every other limit, together with any rows tied with the farthest one.
     */
    private Box paste(Box box, int j, boolean below) {
      List<Integer> candidates = new ArrayList<>();
      int[] order = ascending[j];
      for (int p = 0; p < order.length; p++) {
        int r = order[below ? order.length - 1 - p : p];
        double v = data.value(r, j);
        boolean outside = below ? v < box.lower()[j] : v > box.upper()[j];
        if (outside && within(r, box.lower(), box.upper(), j)) {
          candidates.add(r);
        }
      }
      if (candidates.isEmpty()) {
        return null;
      }
      int add = Math.min(candidates.size(),
          Math.max(1, (int) Math.ceil(settings.pasteAlpha() * box.points())));
      double farthest = data.value(candidates.get(add - 1), j);
      while (add < candidates.size() && data.value(candidates.get(add), j) == farthest) {
        add++;
      }
      boolean[] inside = box.inside().clone();
      int interest = box.ofInterest();
      for (int p = 0; p < add; p++) {
        int r = candidates.get(p);
        inside[r] = true;
        interest += data.isOfInterest(r) ? 1 : 0;
      }
      double limit = add == candidates.size()
          ? (below ? min[j] : max[j])
          : (farthest + data.value(candidates.get(add), j)) / 2;
      double[] lower = box.lower().clone();
      double[] upper = box.upper().clone();
      if (below) {
        lower[j] = limit;
      } else {
        upper[j] = limit;
      }
      return new Box(lower, upper, inside, box.points() + add, interest);
    }
  }
}
