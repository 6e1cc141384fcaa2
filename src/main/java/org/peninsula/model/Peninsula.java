package org.peninsula.model;

import ec.util.MersenneTwisterFast;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulation: five country agents and the world they share, one MASON step per month. All
 * randomness comes from this SimState's generator, so one seed gives one history.
 *
 * <p>Each month runs the {@link Phase}s in order. Run it to the end with {@link #runToEnd()}, or
 * month by month with {@link #stepMonth()} (the classroom game does that, changing seats and
 * adding injects between months). {@link #snapshot()} copies the whole state, generator
 * included, so a run can be continued from any month.
 */
public final class Peninsula extends SimState {
  // 2: the events phase is scheduled per event month and the record phase closes the month, so
  // a snapshot from version 1 would continue differently; refuse it rather than misplay it.
  // 3: parameters are declared values (ModelParameters 2) and the wired stances change choices;
  // moves take effect together from the month's opening state, and the decisions phase draws
  // first.
  // 4: the decisions phase is one steppable (draws, then the agents), no longer a Sequence.
  // 5: the observation stream (launch counts, satellite launches).
  private static final long serialVersionUID = 5L;

  /** Indices into a series buffer passed to {@link #recordSeriesInto}. */
  public static final int SERIES_TENSION = 0;
  public static final int SERIES_SANCTIONS_PRESSURE = 1;
  public static final int SERIES_DPRK_CAPABILITY = 2;
  public static final int SERIES_RUSSIA_STANDING = 3;
  public static final int SERIES_COUNT = 4;

  ModelParameters params;
  final WorldState world = new WorldState();
  final CountryAgent[] agents = new CountryAgent[Actor.COUNT];
  final Seat[] seats = new Seat[Actor.COUNT];
  final OutcomeTally tally = new OutcomeTally();
  final MonthActivity activity = new MonthActivity();
  final UnSecurityCouncil council = new UnSecurityCouncil();
  /** The month's moves' changes, applied together (see {@link PendingChanges}). */
  final PendingChanges changes = new PendingChanges();
  /**
   * The order in which the decisions phase steps the countries. The world does not depend on it
   * (SimultaneityTest permutes it).
   */
  private final int[] order;
  /** Each country's uniform draw for this month's choice, made before any country decides. */
  private final double[] decisionDraws = new double[Actor.COUNT];
  /** How strongly each country answers what is done to it: 0.5 plus its reciprocity. */
  final double[] responsiveness = new double[Actor.COUNT];
  /** Share of an act's relation change that moves the actor's own view (per run). */
  double selfRelationShare;
  private static final int PASSED_TENSION = effect("COUNCIL.RESOLUTION_PASSED.tension");
  private static final int PASSED_DPRK = effect("COUNCIL.RESOLUTION_PASSED.relation.DPRK");
  private static final int VETO_USA = effect("COUNCIL.VETO.relation.USA");
  private static final int VETO_DPRK = effect("COUNCIL.VETO.relation.DPRK");
  private static final int VETO_STANDING = effect("COUNCIL.VETO.standing");
  private static final int SUMMIT_RELATION = effect("EVENT.RUSSIA_DPRK_SUMMIT.relation");
  private static final int SUMMIT_STANDING = effect("EVENT.RUSSIA_DPRK_SUMMIT.standing");
  private static final int SUMMIT_DEPENDENCE = effect("EVENT.RUSSIA_DPRK_SUMMIT.dependence");
  private static final Inject[][] NO_INJECTS = new Inject[0][];
  /** The permanent members whose veto moves relations, in the order their effects apply. */
  private static final Actor[] VETOERS = {Actor.CHN, Actor.RUS};
  private Inject[][] injectsByMonth;
  /** Month of an early ROK election an impeachment brought forward, and the one it replaces. */
  private int snapRokElection = -1;
  private int skippedRokElection = -1;
  /** The inject list {@link #injectsByMonth} was built from. */
  private transient List<Inject> indexedInjects;
  private final List<InjectEvent> pendingInjects = new ArrayList<>();
  private double rationality;
  private transient Chronicle chronicle;
  private transient double[][] series;
  /**
   * Months completed, kept here because the month loop asks for it several times a month and
   * {@link Schedule#getSteps()} is synchronized; the record phase, the last of each month,
   * advances it, so it always equals the schedule's step count between months.
   */
  private int monthsPlayed;
  /**
   * Months for which the events phase is (or was) on the schedule. Events (elections, scripted
   * and injected events) are scheduled for the months they happen in, as MASON intends, rather
   * than polled every month: most months have none.
   */
  private boolean[] eventMonths;
  // The phases hold no state of their own, so one of each serves every run of this object.
  private final MonthOpening opening = new MonthOpening();
  private final Decisions decisions = new Decisions();
  private final Resolution resolution = new Resolution();
  private final Dynamics dynamics = new Dynamics();
  private final MonthEnd monthEnd = new MonthEnd();
  /**
   * A second stream for what the record observes but no mechanism reads: how many launch days a
   * month of testing holds, and whether a long-range launch carried a satellite. Drawing them from
   * {@link #random} would shift every later draw, so declaring a new observation would change
   * every future; drawn here, the dynamics of a seed stay what they were. A run makes a few dozen
   * such draws, so SplitMix64 (seeded in one step) serves rather than a second Mersenne Twister.
   */
  private final SplitMixRandom observation = new SplitMixRandom(0);

  /** A new run of {@code params} with the given 64-bit seed, started and ready to step. */
  public Peninsula(ModelParameters params, long seed) {
    this(params, seed, Actor.values());
  }

  /** A run whose countries are stepped in {@code order} (a permutation of the five). */
  Peninsula(ModelParameters params, long seed, Actor[] order) {
    super(new MersenneTwisterFast(SeedKey.of(seed, SeedKey.SIMULATION)), new Schedule());
    if (order.length != Actor.COUNT || java.util.EnumSet.copyOf(java.util.List.of(order)).size()
        != Actor.COUNT) {
      throw new IllegalArgumentException("not an order of the five countries");
    }
    this.order = new int[Actor.COUNT];
    for (int i = 0; i < Actor.COUNT; i++) {
      this.order[i] = order[i].ordinal();
    }
    this.params = params;
    observation.setSeed(SplitMixRandom.streamState(seed, SeedKey.OBSERVATION));
    installPolicySeats();
    start();
  }

  /** Reuses this object for another run: reseeds, rebuilds the agents, starts again. */
  public void reset(ModelParameters newParams, long seed) {
    this.params = newParams;
    reseed(seed);
    java.util.Arrays.fill(seats, null);
    installPolicySeats();
    pendingInjects.clear();
    start();
  }

  /**
   * Seeds the generator for run seed {@code seed}: the one place a run's seed becomes the
   * simulation's random stream (a continuation of a restored snapshot reseeds the same way).
   */
  public void reseed(long seed) {
    reseed(random, seed);
    observation.setSeed(SplitMixRandom.streamState(seed, SeedKey.OBSERVATION));
  }

  /** A Poisson count with the given mean from the observation stream (inversion). */
  int observedCount(double mean) {
    if (mean <= 0) {
      return 0;
    }
    double u = observation.nextDouble();
    double p = Math.exp(-mean);
    double cdf = p;
    int k = 0;
    // The tail beyond cdf = 1 - 1e-12 would only loop on rounding.
    while (u > cdf && cdf < 1 - 1e-12) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    return k;
  }

  /** True with the given probability, from the observation stream. */
  boolean observedChance(double probability) {
    return probability > 0 && observation.nextDouble() < probability;
  }

  /** Seeds any MASON generator as a run with {@code seed} is seeded (shared with the bench). */
  public static void reseed(MersenneTwisterFast generator, long seed) {
    generator.setSeed(SeedKey.of(seed, SeedKey.SIMULATION));
  }

  private void installPolicySeats() {
    if (params.policies().isEmpty()) {
      return;
    }
    for (Actor a : Actor.values()) {
      List<PolicyRule> rules = new ArrayList<>();
      for (PolicyRule r : params.policies()) {
        if (r.actor() == a) {
          rules.add(r);
        }
      }
      if (!rules.isEmpty()) {
        seats[a.ordinal()] = new PolicySeat(rules);
      }
    }
  }

  @Override
  public void start() {
    super.start();
    monthsPlayed = 0;
    snapRokElection = -1;
    skippedRokElection = -1;
    rationality = params.mechanism(Mechanism.RATIONALITY);
    selfRelationShare = params.mechanism(Mechanism.SELF_RELATION_SHARE);
    world.initialise(params);
    tally.reset();
    activity.clear();
    indexInjects();
    agents[Actor.USA.ordinal()] = new UnitedStates(params);
    agents[Actor.CHN.ordinal()] = new China(params);
    agents[Actor.RUS.ordinal()] = new Russia(params);
    agents[Actor.ROK.ordinal()] = new SouthKorea(params);
    agents[Actor.DPRK.ordinal()] = new NorthKorea(params);
    for (int i = 0; i < Actor.COUNT; i++) {
      if (seats[i] != null) {
        agents[i].seat = seats[i];
      }
      responsiveness[i] = params.mechanism(Mechanism.BASE_RESPONSIVENESS) + agents[i].reciprocity;
    }
    world.effectivePressure = SanctionsRegime.effectivePressure(world, params);
    scheduleEvents();
    // The five countries decide simultaneously, from the same state (their moves take effect
    // together in the resolution phase): the decisions phase first draws the month's random
    // numbers, one per country in Actor order, then steps the countries in `order`.
    schedule.scheduleRepeating(Schedule.EPOCH, Phase.DECISIONS.ordering(), decisions, 1.0);
    schedule.scheduleRepeating(Schedule.EPOCH, Phase.RESOLUTION.ordering(), resolution, 1.0);
    schedule.scheduleRepeating(Schedule.EPOCH, Phase.DYNAMICS.ordering(), dynamics, 1.0);
    schedule.scheduleRepeating(Schedule.EPOCH, Phase.RECORD.ordering(), monthEnd, 1.0);
  }

  /**
   * Puts the events phase on the schedule for the first month with an election or a scripted
   * event; each events phase then schedules the next. One entry at a time keeps MASON's heap as
   * small as the five phases.
   */
  private void scheduleEvents() {
    int horizon = params.horizonMonths();
    if (eventMonths == null || eventMonths.length != horizon) {
      eventMonths = new boolean[horizon];
    } else {
      java.util.Arrays.fill(eventMonths, false);
    }
    scheduleEventsIn(nextEventMonth(0));
  }

  /** The first month at or after {@code from} with an election or a scripted event. */
  private int nextEventMonth(int from) {
    ElectionCalendar cal = params.elections();
    int next = Math.min(cal.nextRokElection(from), cal.nextUsElection(from));
    if (snapRokElection >= from) {
      next = Math.min(next, snapRokElection);
    }
    for (int m = Math.max(0, from); m < Math.min(next, injectsByMonth.length); m++) {
      if (injectsByMonth[m] != null) {
        return m;
      }
    }
    return next;
  }

  private void scheduleEventsIn(int month) {
    if (month >= 0 && month < eventMonths.length && !eventMonths[month]) {
      eventMonths[month] = true;
      schedule.scheduleOnce(Schedule.EPOCH + month, Phase.EVENTS.ordering(), opening);
    }
  }

  /** Scripted injects by month, so the events phase looks up its month directly. */
  private void indexInjects() {
    List<Inject> list = params.injects();
    if (list.isEmpty()) {
      injectsByMonth = NO_INJECTS;
      return;
    }
    // The runs of a scenario share one immutable inject list: it is indexed once, not per run.
    if (list == indexedInjects && injectsByMonth.length == params.horizonMonths()) {
      return;
    }
    indexedInjects = list;
    injectsByMonth = new Inject[params.horizonMonths()][];
    for (Inject i : list) {
      if (i.month() < 0 || i.month() >= injectsByMonth.length) {
        continue; // outside the run: it never comes
      }
      Inject[] at = injectsByMonth[i.month()];
      Inject[] grown = at == null ? new Inject[1] : java.util.Arrays.copyOf(at, at.length + 1);
      grown[grown.length - 1] = i;
      injectsByMonth[i.month()] = grown;
    }
  }

  private static int effect(String key) {
    return Declarations.index("effects." + key);
  }

  // ---- running ---------------------------------------------------------------------------

  /** The month about to be played (0-based); equals the number of months played so far. */
  public int month() {
    return monthsPlayed;
  }

  public boolean finished() {
    return world.war || month() >= params.horizonMonths();
  }

  /** Plays one month; returns false once the run is over. */
  public boolean stepMonth() {
    if (finished()) {
      return false;
    }
    schedule.step(this);
    return !finished();
  }

  /** Plays every remaining month and returns the outcome record. */
  public RunOutcome runToEnd() {
    while (!finished()) {
      schedule.step(this);
    }
    return outcome();
  }

  /** The outcome record as of now (final once {@link #finished()}). */
  public RunOutcome outcome() {
    double[] v = new double[Outcome.COUNT];
    tally.fill(world, v);
    return new RunOutcome(FutureClassifier.classify(v, params), v);
  }

  /** Writes the outcome values into {@code v} without allocating; returns the future. */
  public Future outcomeInto(double[] v) {
    tally.fill(world, v);
    return FutureClassifier.classify(v, params);
  }

  // ---- seats, injects, observers --------------------------------------------------------

  public void setSeat(Actor actor, Seat seat) {
    seats[actor.ordinal()] = seat;
    agents[actor.ordinal()].seat = seat;
  }

  public Seat seat(Actor actor) {
    return agents[actor.ordinal()].seat;
  }

  /** Queues an event for the next month played (the teacher's inject). */
  public void injectNextMonth(InjectEvent event) {
    if (event == InjectEvent.SHOCK) {
      throw new IllegalArgumentException("a SHOCK inject needs a key and a delta (scenario injects)");
    }
    pendingInjects.add(event);
    scheduleEventsIn(month());
  }

  /** Starts (or with null, stops) telling the run's story as it happens. */
  public void setChronicle(Chronicle chronicle) {
    this.chronicle = chronicle;
  }

  public Chronicle chronicle() {
    return chronicle;
  }

  /**
   * Records tension, sanctions pressure, DPRK capability and Russia's standing at the end of
   * every month into {@code buffer[SERIES_*][month]} (each row at least the horizon long).
   * Months after a run ended early (a war) are left as they were; the ensemble's worker, the one
   * reader, carries the last month forward when it bins the series.
   */
  public void recordSeriesInto(double[][] buffer) {
    this.series = buffer;
  }

  public WorldState world() {
    return world;
  }

  public ModelParameters parameters() {
    return params;
  }

  public CountryAgent agent(Actor actor) {
    return agents[actor.ordinal()];
  }

  double rationality() {
    return rationality;
  }

  double nuclearCommitment() {
    return ((NorthKorea) agents[Actor.DPRK.ordinal()]).nuclearCommitment();
  }

  /** The uniform number drawn for {@code actor}'s choice this month. */
  double decisionDraw(Actor actor) {
    return decisionDraws[actor.ordinal()];
  }

  /** Calendar label of the month being played, e.g. "2022-03". */
  public String date() {
    return params.calendarLabel(month());
  }

  void event(ChronicleEntry.EventKind kind, String text, String detail) {
    if (chronicle != null) {
      chronicle.record(new ChronicleEntry.Event(month(), kind, text + detail));
    }
  }

  // ---- copying ----------------------------------------------------------------------------

  /** The full state (generator, schedule, agents, world) as bytes; observers are not kept. */
  public byte[] snapshot() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(this);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A run restored from {@link #snapshot()}: continuing it continues the original history. */
  public static Peninsula restore(byte[] snapshot) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(snapshot))) {
      return (Peninsula) in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An independent copy of this run at its current month. */
  public Peninsula copy() {
    return restore(snapshot());
  }

  // ---- the phases -------------------------------------------------------------------------

  private void applyInject(InjectEvent e, String note, Shock shock) {
    if (chronicle != null) {
      String what = shock == null ? e.description() : String.format(java.util.Locale.ROOT,
          "%s (%s %+.2f)", e.description(), shock.key(), shock.delta());
      event(ChronicleEntry.EventKind.INJECT, "scripted event: " + what,
          note == null || note.isBlank() ? "" : " (" + note + ")");
    }
    double step = params.mechanism(Mechanism.RELATION_STEP);
    switch (e) {
      case MISSILE_TEST -> ActionEffects.weaponsTest(this, world, params, activity, 1, step);
      case ICBM_TEST -> ActionEffects.weaponsTest(this, world, params, activity, 2, step);
      case NUCLEAR_TEST -> ActionEffects.weaponsTest(this, world, params, activity, 3, step);
      case BORDER_CLASH -> MilitaryEscalation.clash(this, world, params, " (scripted)");
      case ROK_ELECTION -> Elections.hold(this, Actor.ROK);
      case US_ELECTION -> Elections.hold(this, Actor.USA);
      case RUSSIA_DPRK_SUMMIT -> {
        tally.summits++;
        double[] v = params.values();
        Diplomacy.act(this, Actor.RUS, Actor.DPRK, v[SUMMIT_RELATION] * step);
        RussianAims.brokered(world,
            v[SUMMIT_STANDING] * params.mechanism(Mechanism.STANDING_GAIN));
        world.chinaDependence = WorldState.clamp01(world.chinaDependence + v[SUMMIT_DEPENDENCE]);
      }
      case UN_VOTE -> activity.draftTabled = true;
      case IMPEACHMENT -> {
        // The early election replaces the next scheduled one (the new term starts afresh).
        int m = month();
        snapRokElection = m + (int) Math.round(params.mechanism(Mechanism.SNAP_ELECTION_DELAY));
        skippedRokElection = params.elections().nextRokElection(m + 1);
        scheduleEventsIn(snapRokElection);
      }
      case SHOCK -> shock.apply(world);
    }
  }

  /** Events phase, in months that have any: elections and scripted or injected events. */
  private final class MonthOpening implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
      int m = month();
      ElectionCalendar cal = params.elections();
      if ((cal.rokElectionIn(m) && m != skippedRokElection) || m == snapRokElection) {
        Elections.hold(Peninsula.this, Actor.ROK);
      }
      if (cal.usElectionIn(m)) {
        Elections.hold(Peninsula.this, Actor.USA);
      }
      Inject[] scripted = m < injectsByMonth.length ? injectsByMonth[m] : null;
      if (scripted != null) {
        for (Inject i : scripted) {
          applyInject(i.event(), i.note(), i.shock());
        }
      }
      if (!pendingInjects.isEmpty()) {
        for (InjectEvent e : pendingInjects) {
          applyInject(e, "injected", null);
        }
        pendingInjects.clear();
      }
      scheduleEventsIn(nextEventMonth(m + 1));
    }
  }

  /**
   * Decisions phase. First one uniform number for each country whose seat will use it, drawn
   * from the run's generator in the fixed order of {@link Actor}, so that a country's choice
   * does not depend on the order in which the countries are stepped; then the countries decide,
   * in {@code order}. The agents are stepped here rather than by a MASON Sequence: a call on
   * {@link CountryAgent} binds directly, where a Sequence's call on {@link Steppable} met six
   * classes and paid an interface dispatch for each agent every month.
   */
  private final class Decisions implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
      for (int i = 0; i < Actor.COUNT; i++) {
        Seat seat = agents[i].seat;
        decisionDraws[i] = seat == BotSeat.INSTANCE || seat.drawsThisMonth(Peninsula.this)
            ? LogitChoice.unitDraw(random) : Double.NaN;
      }
      for (int i = 0; i < Actor.COUNT; i++) {
        agents[order[i]].step(state);
      }
    }
  }

  /**
   * Resolution phase: the month's moves are worked out from the state at the start of the month
   * and the Council votes on any draft from that same state; then all of it takes effect at once,
   * the vote's consequences follow, and the talks take their step.
   */
  private final class Resolution implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
      if (world.war) {
        return;
      }
      ActionEffects.collect(Peninsula.this, world, params, activity, changes);
      if (activity.draftTabled) {
        tally.drafted++;
        council.vote(Peninsula.this);
      }
      changes.commit(world);
      if (activity.draftTabled) {
        councilVerdict();
      }
      TalksProcess.monthly(Peninsula.this, world, params, activity);
    }
  }

  private void councilVerdict() {
    world.monthsSinceDraft = 0;
    if (council.chinaVote == council.russiaVote) {
      tally.sameVotes++;
    }
    tally.abstentions += council.abstentions;
    double step = params.mechanism(Mechanism.RELATION_STEP);
    double[] v = params.values();
    if (council.passed) {
      tally.passed++;
      SanctionsRegime.resolutionPassed(world, params);
      world.addTension(v[PASSED_TENSION]);
      Diplomacy.act(this, Actor.USA, Actor.DPRK, v[PASSED_DPRK] * step);
    } else if (council.vetoed) {
      tally.vetoed++;
      for (Actor vetoer : VETOERS) {
        UnSecurityCouncil.Vote cast = vetoer == Actor.CHN ? council.chinaVote : council.russiaVote;
        if (cast == UnSecurityCouncil.Vote.VETO) {
          Diplomacy.act(this, vetoer, Actor.USA, v[VETO_USA] * step);
          Diplomacy.act(this, vetoer, Actor.DPRK, v[VETO_DPRK] * step);
        }
      }
      if (council.russiaVote == UnSecurityCouncil.Vote.VETO) {
        RussianAims.brokered(world, v[VETO_STANDING] * params.mechanism(Mechanism.STANDING_GAIN));
      }
    }
    if (chronicle != null) {
      String why = council.passed ? "passed" : council.vetoed ? "vetoed" : "failed: too few votes";
      chronicle.record(new ChronicleEntry.CouncilVote(month(), council.permanentVotes(),
          council.electedYes, council.totalYes, council.passed, council.vetoed, why));
      event(council.passed ? ChronicleEntry.EventKind.RESOLUTION_PASSED
              : council.vetoed ? ChronicleEntry.EventKind.RESOLUTION_VETOED
                  : ChronicleEntry.EventKind.RESOLUTION_FAILED,
          "UN sanctions resolution ", why);
    }
  }

  /** Dynamics phase: the world moves on by itself. */
  private final class Dynamics implements Steppable {
    private static final long serialVersionUID = 1L;

    // Declared mechanisms by index: read from the run's value array without a call.
    private static final int M_ALIGNMENT_MEMORY_RETENTION =
        Mechanism.ALIGNMENT_MEMORY_RETENTION.index();
    private static final int M_CAPABILITY_GROWTH = Mechanism.CAPABILITY_GROWTH.index();
    private static final int M_DEAL_CAPABILITY_GROWTH = Mechanism.DEAL_CAPABILITY_GROWTH.index();
    private static final int M_EXERCISE_MEMORY_RETENTION =
        Mechanism.EXERCISE_MEMORY_RETENTION.index();
    private static final int M_NUCLEAR_ACCEPTANCE_RATE = Mechanism.NUCLEAR_ACCEPTANCE_RATE.index();
    private static final int M_PROVOCATION_MEMORY_RETENTION =
        Mechanism.PROVOCATION_MEMORY_RETENTION.index();
    private static final int M_RELATION_MEMORY = Mechanism.RELATION_MEMORY.index();
    private static final int M_SANCTIONS_BITE = Mechanism.SANCTIONS_BITE.index();
    private static final int M_STRATEGIC_TEST_MEMORY_RETENTION =
        Mechanism.STRATEGIC_TEST_MEMORY_RETENTION.index();
    private static final int M_TALKS_TENSION_RELIEF = Mechanism.TALKS_TENSION_RELIEF.index();
    private static final int M_TENSION_DECAY = Mechanism.TENSION_DECAY.index();
    private static final int M_TENSION_FLOOR = Mechanism.TENSION_FLOOR.index();

    @Override
    public void step(SimState state) {
      if (world.war) {
        return;
      }
      WorldState w = world;
      ModelParameters p = params;
      double[] pv = p.values();
      w.tension += pv[M_TENSION_DECAY] * (pv[M_TENSION_FLOOR] - w.tension);
      if (w.talks != TalksFormat.NONE) {
        w.addTension(-pv[M_TALKS_TENSION_RELIEF] * w.momentum);
      }
      MilitaryEscalation.monthly(Peninsula.this, w, p, activity);
      SanctionsRegime.monthly(Peninsula.this, w, p);
      double bite = 1 - pv[M_SANCTIONS_BITE] * w.effectivePressure;
      w.capability = WorldState.clamp01(w.capability + pv[M_CAPABILITY_GROWTH]
          * (1 - w.capability) * bite
          * (w.dealInForce() ? pv[M_DEAL_CAPABILITY_GROWTH] : 1.0));
      w.nuclearAcceptance = WorldState.clamp01(w.nuclearAcceptance
          + pv[M_NUCLEAR_ACCEPTANCE_RATE] * w.capability
          * (1 - w.nuclearAcceptance));
      RussianAims.monthly(w, p);
      Diplomacy.remember(w, pv[M_RELATION_MEMORY]);
      w.provocationMemory *= pv[M_PROVOCATION_MEMORY_RETENTION];
      w.strategicTestMemory *= pv[M_STRATEGIC_TEST_MEMORY_RETENTION];
      w.exerciseMemory *= pv[M_EXERCISE_MEMORY_RETENTION];
      w.alignmentMemory *= pv[M_ALIGNMENT_MEMORY_RETENTION];
      w.monthsSinceDraft++;
    }
  }

  /** Record phase: the month is counted and, when asked, told. */
  private final class MonthEnd implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
      int m = month();
      tally.endOfMonth(world, params);
      if (series != null) {
        series[SERIES_TENSION][m] = world.tension;
        series[SERIES_SANCTIONS_PRESSURE][m] = world.effectivePressure;
        series[SERIES_DPRK_CAPABILITY][m] = world.capability;
        series[SERIES_RUSSIA_STANDING][m] = world.standing;
      }
      if (chronicle != null) {
        WorldState w = world;
        chronicle.record(new ChronicleEntry.MonthSummary(m, params.calendarLabel(m), w.tension,
            w.effectivePressure, w.stringency, w.capability, w.stress, w.standing,
            w.axisProgress, w.framework, w.talks, w.momentum, w.rokGovernment(),
            w.usAdministration(), WorldRecord.of(w)));
      }
      // The month is closed: its activity is spent and its talks offers become last month's.
      activity.clear();
      world.offersLastMonth = world.offersThisMonth;
      world.offersThisMonth = 0;
      monthsPlayed = m + 1;
    }
  }
}
