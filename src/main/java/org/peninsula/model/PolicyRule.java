package org.peninsula.model;

import java.io.Serializable;

/** A scripted policy: {@code actor} plays {@code action} in months {@code from..to} inclusive. */
public record PolicyRule(Actor actor, int fromMonth, int toMonth, Action action)
    implements Serializable {

  public boolean covers(int month) {
    return month >= fromMonth && month <= toMonth;
  }
}
