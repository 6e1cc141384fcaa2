package org.peninsula.model;

import java.io.Serializable;

/**
 * A scripted event forced into a given month (0 is the scenario's first month).
 *
 * @param shock for {@link InjectEvent#SHOCK}, the variable or relation jolted and by how much;
 *     null for every other event
 */
public record Inject(int month, InjectEvent event, String note, Shock shock)
    implements Serializable {

  public Inject {
    if ((event == InjectEvent.SHOCK) != (shock != null)) {
      throw new IllegalArgumentException("a SHOCK inject, and only it, needs a shock");
    }
  }

  public Inject(int month, InjectEvent event, String note) {
    this(month, event, note, null);
  }
}
