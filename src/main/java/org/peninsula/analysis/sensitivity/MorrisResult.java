package org.peninsula.analysis.sensitivity;

import java.util.Comparator;
import java.util.List;

/** Morris screening statistics for every parameter, in parameter-space order. */
public record MorrisResult(List<MorrisIndices> indices, String method) {

  public MorrisResult {
    indices = List.copyOf(indices);
  }

  public MorrisIndices of(String parameter) {
    return indices.stream()
        .filter(m -> m.parameter().equals(parameter))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter " + parameter));
  }

  /** Most influential first, by μ*. */
  public List<MorrisIndices> rankedByMuStar() {
    return indices.stream()
        .sorted(Comparator.comparingDouble((MorrisIndices m) -> m.muStar().value()).reversed())
        .toList();
  }
}
