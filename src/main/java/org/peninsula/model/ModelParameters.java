package org.peninsula.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every number one run needs, already resolved (distributions drawn): one value per
 * {@link Declarations declared parameter}, plus the run's calendar, injects and policies.
 * Immutable and validated: {@link Builder#build()} refuses a value outside its declared range,
 * so the model cannot be handed one. The scenario layer builds these; the model only reads them.
 */
public final class ModelParameters implements Serializable {
  private static final long serialVersionUID = 2L;

  /** Run length when a scenario gives none: the "10-15 years" of confrontational stability. */
  public static final int DEFAULT_HORIZON_MONTHS = 180;
  public static final int DEFAULT_START_YEAR = 2021;
  public static final int DEFAULT_START_MONTH = 3;

  private static final int[][] STANCE = new int[Actor.COUNT][StanceParameter.COUNT];
  private static final int[] RELATION = new int[Actor.COUNT * Actor.COUNT];
  private static final double[] DEFAULTS = new double[Declarations.count()];

  static {
    for (Actor a : Actor.values()) {
      for (StanceParameter s : StanceParameter.values()) {
        STANCE[a.ordinal()][s.ordinal()] = s.appliesTo(a)
            ? Declarations.index(Declarations.stanceKey(a, s)) : -1;
      }
      for (Actor b : Actor.values()) {
        RELATION[a.ordinal() * Actor.COUNT + b.ordinal()] = a == b ? -1
            : Declarations.index(Declarations.relationKey(a, b));
      }
    }
  }

  private static final ModelParameters DEFAULT = new Builder().build();

  private final double[] values;
  private final int horizonMonths;
  private final int startYear;
  private final int startMonth;
  private final ElectionCalendar elections;
  private final List<Inject> injects;
  private final List<PolicyRule> policies;

  private ModelParameters(Builder b) {
    this.values = b.values.clone();
    this.horizonMonths = b.horizonMonths;
    this.startYear = b.startYear;
    this.startMonth = b.startMonth;
    this.elections = b.elections != null ? b.elections
        : ElectionCalendar.standard(startYear, startMonth);
    this.injects = b.injects;
    this.policies = b.policies;
  }

  /** Every parameter at its declared default, the default calendar, no injects or policies. */
  public static ModelParameters defaults() {
    return DEFAULT;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these parameters. */
  public Builder toBuilder() {
    Builder b = new Builder();
    System.arraycopy(values, 0, b.values, 0, values.length);
    b.horizonMonths = horizonMonths;
    b.startYear = startYear;
    b.startMonth = startMonth;
    b.elections = elections;
    b.injects = injects;
    b.policies = policies;
    return b;
  }

  /** The value of a declared parameter. */
  public double value(ParameterDeclaration d) {
    return values[d.index()];
  }

  public double value(int index) {
    return values[index];
  }

  /**
   * The values array itself, for the model's classes to cache once per run: indexed by
   * declaration, never written.
   */
  double[] values() {
    return values;
  }

  public double stance(Actor actor, StanceParameter p) {
    int i = STANCE[actor.ordinal()][p.ordinal()];
    return i < 0 ? (p == StanceParameter.ENFORCEMENT ? 0.0 : Double.NaN) : values[i];
  }

  /** Initial relation between two countries, in [-1, 1]; symmetric at the start. */
  public double relation(Actor a, Actor b) {
    int i = RELATION[a.ordinal() * Actor.COUNT + b.ordinal()];
    return i < 0 ? 1.0 : values[i];
  }

  public double world(WorldVariable v) {
    return values[v.index()];
  }

  public double mechanism(Mechanism m) {
    return values[m.index()];
  }

  public int horizonMonths() {
    return horizonMonths;
  }

  public int startYear() {
    return startYear;
  }

  public int startMonth() {
    return startMonth;
  }

  public ElectionCalendar elections() {
    return elections;
  }

  public List<Inject> injects() {
    return injects;
  }

  public List<PolicyRule> policies() {
    return policies;
  }

  /** "2021-03" style label of a month index. */
  public String calendarLabel(int monthIndex) {
    int total = startYear * 12 + (startMonth - 1) + monthIndex;
    return String.format(Locale.ROOT, "%04d-%02d", total / 12, total % 12 + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelParameters p && Arrays.equals(values, p.values)
        && horizonMonths == p.horizonMonths && startYear == p.startYear
        && startMonth == p.startMonth && elections.equals(p.elections)
        && injects.equals(p.injects) && policies.equals(p.policies);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values) * 31 + horizonMonths;
  }

  /**
   * Mutable staging for {@link ModelParameters}, for the scenario layer and tests. Setters check
   * the declared range at once, so the error names the parameter where it was set.
   */
  public static final class Builder {
    private final double[] values;
    private int horizonMonths = DEFAULT_HORIZON_MONTHS;
    private int startYear = DEFAULT_START_YEAR;
    private int startMonth = DEFAULT_START_MONTH;
    private ElectionCalendar elections;
    private List<Inject> injects = List.of();
    private List<PolicyRule> policies = List.of();

    private Builder() {
      values = new double[Declarations.count()];
      if (DEFAULT == null) {
        for (ParameterDeclaration d : Declarations.all()) {
          values[d.index()] = d.defaultValue();
        }
        System.arraycopy(values, 0, DEFAULTS, 0, values.length);
      } else {
        System.arraycopy(DEFAULTS, 0, values, 0, values.length);
      }
    }

    /**
     * Sets a declared parameter.
     *
     * @throws IllegalArgumentException naming the key when the value is outside its range
     */
    public Builder set(ParameterDeclaration d, double value) {
      if (!d.admits(value)) {
        throw new IllegalArgumentException(d.key() + ": " + ParameterDeclaration.number(value)
            + " is outside " + d.rangeText());
      }
      values[d.index()] = value;
      return this;
    }

    /** Sets a parameter by key; throws naming the key if it is not declared or out of range. */
    public Builder set(String key, double value) {
      ParameterDeclaration d = Declarations.byKey(key);
      if (d == null) {
        throw new IllegalArgumentException("'" + key + "' names no declared parameter");
      }
      return set(d, value);
    }

    public double get(ParameterDeclaration d) {
      return values[d.index()];
    }

    public Builder setStance(Actor actor, StanceParameter p, double value) {
      int i = STANCE[actor.ordinal()][p.ordinal()];
      if (i < 0) {
        throw new IllegalArgumentException(actor + " has no stance '" + p.key() + "'");
      }
      return set(Declarations.get(i), value);
    }

    public Builder setRelation(Actor a, Actor b, double value) {
      return set(Declarations.relationKey(a, b), value);
    }

    public Builder setWorld(WorldVariable v, double value) {
      return set(v.declaration(), value);
    }

    public Builder setMechanism(Mechanism m, double value) {
      return set(m.declaration(), value);
    }

    public Builder setHorizonMonths(int months) {
      if (months < 1) {
        throw new IllegalArgumentException("horizon must be at least one month: " + months);
      }
      this.horizonMonths = months;
      return this;
    }

    public Builder setStart(int year, int month) {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException("no month " + month);
      }
      this.startYear = year;
      this.startMonth = month;
      return this;
    }

    /** The election calendar; null restores the standard one for the start month. */
    public Builder setElections(ElectionCalendar calendar) {
      this.elections = calendar;
      return this;
    }

    public Builder setInjects(List<Inject> list) {
      this.injects = List.copyOf(list);
      return this;
    }

    public Builder setPolicies(List<PolicyRule> list) {
      this.policies = List.copyOf(list);
      return this;
    }

    public ModelParameters build() {
      return new ModelParameters(this);
    }
  }
}
