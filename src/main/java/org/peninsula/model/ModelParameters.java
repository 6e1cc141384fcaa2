package org.peninsula.model;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Every number one run needs, already resolved (distributions drawn). The scenario layer builds
 * these; the model only reads them.
 */
public final class ModelParameters implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double[][] stance = new double[Actor.COUNT][StanceParameter.COUNT];
  private final double[][] relations = new double[Actor.COUNT][Actor.COUNT];
  private final double[] world = new double[WorldVariable.COUNT];
  private final double[] mechanisms = new double[Mechanism.COUNT];
  private int horizonMonths = 180;
  private int startYear = 2021;
  private int startMonth = 3;
  private ElectionCalendar elections = new ElectionCalendar(12, 60, 44, 48);
  private List<Inject> injects = List.of();
  private List<PolicyRule> policies = List.of();

  /** Parameters at every documented default, neutral stances (0.5) and neutral relations. */
  public ModelParameters() {
    for (double[] row : stance) {
      java.util.Arrays.fill(row, 0.5);
    }
    for (WorldVariable v : WorldVariable.values()) {
      world[v.ordinal()] = v.defaultValue();
    }
    for (Mechanism m : Mechanism.values()) {
      mechanisms[m.ordinal()] = m.defaultValue();
    }
  }

  public ModelParameters copy() {
    ModelParameters c = new ModelParameters();
    for (int i = 0; i < Actor.COUNT; i++) {
      System.arraycopy(stance[i], 0, c.stance[i], 0, StanceParameter.COUNT);
      System.arraycopy(relations[i], 0, c.relations[i], 0, Actor.COUNT);
    }
    System.arraycopy(world, 0, c.world, 0, world.length);
    System.arraycopy(mechanisms, 0, c.mechanisms, 0, mechanisms.length);
    c.horizonMonths = horizonMonths;
    c.startYear = startYear;
    c.startMonth = startMonth;
    c.elections = elections;
    c.injects = injects;
    c.policies = policies;
    return c;
  }

  public double stance(Actor actor, StanceParameter p) {
    return stance[actor.ordinal()][p.ordinal()];
  }

  public ModelParameters setStance(Actor actor, StanceParameter p, double value) {
    stance[actor.ordinal()][p.ordinal()] = value;
    return this;
  }

  /** Initial relation between two countries, in [-1, 1]; symmetric at the start. */
  public double relation(Actor a, Actor b) {
    return relations[a.ordinal()][b.ordinal()];
  }

  public ModelParameters setRelation(Actor a, Actor b, double value) {
    relations[a.ordinal()][b.ordinal()] = value;
    relations[b.ordinal()][a.ordinal()] = value;
    return this;
  }

  public double world(WorldVariable v) {
    return world[v.ordinal()];
  }

  public ModelParameters setWorld(WorldVariable v, double value) {
    world[v.ordinal()] = value;
    return this;
  }

  public double mechanism(Mechanism m) {
    return mechanisms[m.ordinal()];
  }

  public ModelParameters setMechanism(Mechanism m, double value) {
    mechanisms[m.ordinal()] = value;
    return this;
  }

  public int horizonMonths() {
    return horizonMonths;
  }

  public ModelParameters setHorizonMonths(int months) {
    this.horizonMonths = months;
    return this;
  }

  public int startYear() {
    return startYear;
  }

  public int startMonth() {
    return startMonth;
  }

  public ModelParameters setStart(int year, int month) {
    this.startYear = year;
    this.startMonth = month;
    return this;
  }

  public ElectionCalendar elections() {
    return elections;
  }

  public ModelParameters setElections(ElectionCalendar calendar) {
    this.elections = calendar;
    return this;
  }

  public List<Inject> injects() {
    return injects;
  }

  public ModelParameters setInjects(List<Inject> list) {
    this.injects = List.copyOf(list);
    return this;
  }

  public List<PolicyRule> policies() {
    return policies;
  }

  public ModelParameters setPolicies(List<PolicyRule> list) {
    this.policies = List.copyOf(list);
    return this;
  }

  /** "2021-03" style label of a month index. */
  public String calendarLabel(int monthIndex) {
    int total = startYear * 12 + (startMonth - 1) + monthIndex;
    return String.format(Locale.ROOT, "%04d-%02d", total / 12, total % 12 + 1);
  }
}
