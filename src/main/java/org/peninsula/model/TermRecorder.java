package org.peninsula.model;

import java.util.ArrayList;
import java.util.List;

/** Collects the named parts of each option's utility for a trace. */
final class TermRecorder implements Terms {
  private final List<List<ChronicleEntry.Term>> terms = new ArrayList<>();

  TermRecorder(int options) {
    for (int i = 0; i < options; i++) {
      terms.add(new ArrayList<>());
    }
  }

  @Override
  public double add(int action, String reason, double value) {
    if (value != 0.0) {
      terms.get(action).add(new ChronicleEntry.Term(reason, value));
    }
    return value;
  }

  List<ChronicleEntry.Term> of(int action) {
    return List.copyOf(terms.get(action));
  }
}
