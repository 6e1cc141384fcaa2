package org.peninsula.model;

import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A country as a MASON agent. Each month, in the decisions phase, it scores every move in its
 * repertoire from its stance and the state of the world, and its seat picks one. Moves take
 * effect together afterwards (see {@link Peninsula}), so the order in which MASON steps the five
 * agents does not matter.
 */
public abstract class CountryAgent implements Steppable {
  private static final long serialVersionUID = 1L;
  private static final Action[][] REPERTOIRES = new Action[Actor.COUNT][];
  /** Each declaration's term label (empty for non-weights), by declaration index. */
  private static final String[] LABELS = new String[Declarations.count()];

  static {
    for (Actor a : Actor.values()) {
      REPERTOIRES[a.ordinal()] = Action.repertoire(a).toArray(new Action[0]);
    }
    for (ParameterDeclaration d : Declarations.all()) {
      LABELS[d.index()] = d.label();
    }
  }

  private final Actor actor;
  private final Action[] repertoire;
  final int options;
  final double[] utilities;
  final double[] scratch;
  Seat seat = BotSeat.INSTANCE;
  int chosen = -1;

  // Stance, copied out of the parameters once per run: read every month.
  final double pressure;
  final double sanctionsTolerance;
  final double riskTolerance;
  final double reciprocity;
  final double economicInterest;
  final double statusSeeking;
  /** The run's parameter values by declaration index (shared, never written). */
  final double[] v;

  protected CountryAgent(Actor actor, ModelParameters p) {
    this.actor = actor;
    this.repertoire = REPERTOIRES[actor.ordinal()];
    this.options = repertoire.length;
    this.utilities = new double[options];
    this.scratch = new double[options];
    this.pressure = p.stance(actor, StanceParameter.PRESSURE);
    this.sanctionsTolerance = p.stance(actor, StanceParameter.SANCTIONS_TOLERANCE);
    this.riskTolerance = p.stance(actor, StanceParameter.RISK_TOLERANCE);
    this.reciprocity = p.stance(actor, StanceParameter.RECIPROCITY);
    this.economicInterest = p.stance(actor, StanceParameter.ECONOMIC_INTEREST);
    this.statusSeeking = p.stance(actor, StanceParameter.STATUS_SEEKING);
    this.v = p.values();
  }

  /** Index of the declared weight of a term of {@code actor}'s utility of {@code move}. */
  static int weight(Actor actor, String move, String term) {
    return Declarations.index(Declarations.weightKey(actor, move, term));
  }

  /** One term of a utility: the declared weight {@code id} times its feature, reported to t. */
  final double term(Terms t, int action, int id, double feature) {
    // Ensembles pass NONE: the label lookup is skipped, the value is the same.
    return t == Terms.NONE ? v[id] * feature : t.add(action, LABELS[id], v[id] * feature);
  }

  /** A term whose feature is a product of two factors, multiplied in this order. */
  final double term(Terms t, int action, int id, double f1, double f2) {
    return t == Terms.NONE ? v[id] * f1 * f2 : t.add(action, LABELS[id], v[id] * f1 * f2);
  }

  public Actor actor() {
    return actor;
  }

  public Seat seat() {
    return seat;
  }

  /** The action chosen this month (null before the first decision). */
  public Action chosen() {
    return chosen < 0 ? null : repertoire[chosen];
  }

  /** Pressure as this country's government currently applies it (leaning included). */
  double effectivePressure(WorldState w) {
    return pressure;
  }

  /** Scores every option into {@code u}, reporting each named part to {@code t}. */
  protected abstract void evaluate(Peninsula sim, WorldState w, double[] u, Terms t);

  @Override
  public void step(SimState state) {
    Peninsula sim = (Peninsula) state;
    Chronicle chronicle = sim.chronicle();
    if (chronicle == null) {
      evaluate(sim, sim.world, utilities, Terms.NONE);
      chosen = seat.choose(this, sim, utilities, options);
      return;
    }
    TermRecorder recorder = new TermRecorder(options);
    evaluate(sim, sim.world, utilities, recorder);
    LogitChoice.probabilities(utilities, options, sim.rationality(), scratch);
    double[] probs = scratch.clone();
    chosen = seat.choose(this, sim, utilities, options);
    List<ChronicleEntry.Option> opts = new ArrayList<>(options);
    for (int i = 0; i < options; i++) {
      opts.add(new ChronicleEntry.Option(repertoire[i], utilities[i], probs[i],
          recorder.of(i)));
    }
    chronicle.record(new ChronicleEntry.Decision(sim.month(), actor, repertoire[chosen],
        seat.label(), List.copyOf(opts)));
  }

  /** Relation on the [-1, 1] scale mapped to [0, 1]. */
  static double warmth(WorldState w, Actor a, Actor b) {
    return (w.relation(a, b) + 1) * 0.5;
  }
}
