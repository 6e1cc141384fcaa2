package org.peninsula.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Outcomes of A and B aligned by a pairing key, normally the run seed: with common random numbers
 * each seed gives one A run and one B run, and pairing them removes the seed-to-seed noise from
 * the comparison. Keys present in only one scenario are dropped and counted.
 */
public record PairedSamples<K extends Comparable<? super K>>(
    List<K> keys, double[] a, double[] b, int unmatched) {

  public PairedSamples {
    keys = List.copyOf(keys);
    a = a.clone();
    b = b.clone();
    if (a.length != b.length || a.length != keys.size()) {
      throw new IllegalArgumentException("keys, a and b must have the same length");
    }
  }

  /** Pairs up the outcomes with equal keys, in key order. */
  public static <K extends Comparable<? super K>> PairedSamples<K> align(
      Map<K, Double> outcomesA, Map<K, Double> outcomesB) {
    TreeSet<K> common = new TreeSet<>(outcomesA.keySet());
    common.retainAll(outcomesB.keySet());
    List<K> keys = new ArrayList<>(common);
    double[] a = new double[keys.size()];
    double[] b = new double[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      a[i] = outcomesA.get(keys.get(i));
      b[i] = outcomesB.get(keys.get(i));
    }
    int unmatched = outcomesA.size() + outcomesB.size() - 2 * keys.size();
    return new PairedSamples<>(keys, a, b, unmatched);
  }

  @Override
  public double[] a() {
    return a.clone();
  }

  @Override
  public double[] b() {
    return b.clone();
  }

  public int size() {
    return keys.size();
  }
}
