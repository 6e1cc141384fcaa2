package org.peninsula.model;

/** Receives a run's chronicle as it happens. Absent (null) in ensembles: nothing is built. */
@FunctionalInterface
public interface Chronicle {
  void record(ChronicleEntry entry);
}
