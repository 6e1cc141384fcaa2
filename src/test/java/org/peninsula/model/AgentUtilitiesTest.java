package org.peninsula.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules the five countries' utilities promise in their own words: a utility is exactly the
 * sum of its named terms (the explanation is the decision), holding still is the zero every move
 * is measured against, and each named term moves the way its name says when what it names
 * changes ("answer to recent provocations" grows with the memory of provocations, "cost of ..."
 * does not move at all). Mutation testing (docs/testing.md) found these unchecked.
 */
class AgentUtilitiesTest {

  /** A world and stances with every quantity inside its range and every term switched on. */
  private static final class State {
    /** Staged stances; built into the agents' parameters each time terms are read. */
    final ModelParameters.Builder params = ModelParameters.defaults().toBuilder();
    final WorldState w = new WorldState();

    State() {
      for (Actor a : Actor.values()) {
        for (StanceParameter s : StanceParameter.values()) {
          if (s.appliesTo(a)) {
            params.setStance(a, s, 0.5);
          }
        }
      }
      w.tension = 0.5;
      w.capability = 0.5;
      w.stringency = 0.5;
      java.util.Arrays.fill(w.enforcement, 0.5);
      w.enforcement[Actor.CHN.ordinal()] = 0.4; // off China's own standard (0.5), either way
      w.effectivePressure = 0.5;
      w.stress = 0.9; // above the DPRK's tolerance, so the squeeze terms are on
      w.chinaDependence = 0.5;
      w.rokLeaning = 0.2;
      w.usLeaning = 0.2;
      w.missileDefence = 0.3;
      java.util.Arrays.fill(w.relations, 0.1);
      w.talks = TalksFormat.MULTILATERAL;
      w.momentum = 0.5;
      w.provocationMemory = 0.3;
      w.strategicTestMemory = 0.3;
      w.exerciseMemory = 0.3;
      w.alignmentMemory = 0.3;
      w.monthsSinceDraft = 99;
      w.offersLastMonth = 1;
    }

    /** Every country's named terms, keyed "ACTOR OPTION: reason". */
    Map<String, Double> terms() {
      ModelParameters built = params.build();
      Peninsula sim = new Peninsula(built, 1);
      Map<String, Double> all = new LinkedHashMap<>();
      for (Actor a : Actor.values()) {
        CountryAgent agent = agent(a, built);
        TermRecorder rec = new TermRecorder(agent.options);
        double[] u = new double[agent.options];
        agent.evaluate(sim, w, u, rec);
        List<Action> moves = Action.repertoire(a);
        for (int i = 0; i < agent.options; i++) {
          for (ChronicleEntry.Term t : rec.of(i)) {
            all.put(a + " " + moves.get(i).name() + ": " + t.reason(), t.value());
          }
        }
      }
      return all;
    }
  }

  static CountryAgent agent(Actor a, ModelParameters p) {
    return switch (a) {
      case USA -> new UnitedStates(p);
      case CHN -> new China(p);
      case RUS -> new Russia(p);
      case ROK -> new SouthKorea(p);
      case DPRK -> new NorthKorea(p);
    };
  }

  @Test
  void aUtilityIsExactlyTheSumOfItsNamedTermsAndHoldIsZero() {
    Random r = new Random(16);
    for (int k = 0; k < 200; k++) {
      State s = new State();
      for (Actor a : Actor.values()) {
        for (StanceParameter p : StanceParameter.values()) {
          if (p.appliesTo(a)) {
            s.params.setStance(a, p, r.nextDouble());
          }
        }
      }
      s.w.tension = r.nextDouble();
      s.w.capability = r.nextDouble();
      s.w.stringency = r.nextDouble();
      s.w.effectivePressure = r.nextDouble();
      s.w.stress = r.nextDouble();
      s.w.chinaDependence = r.nextDouble();
      s.w.missileDefence = r.nextDouble();
      s.w.rokLeaning = 2 * r.nextDouble() - 1;
      s.w.usLeaning = 2 * r.nextDouble() - 1;
      for (int i = 0; i < s.w.relations.length; i++) {
        s.w.relations[i] = 2 * r.nextDouble() - 1;
      }
      s.w.talks = TalksFormat.values()[r.nextInt(TalksFormat.values().length)];
      s.w.momentum = r.nextDouble();
      s.w.provocationMemory = r.nextDouble();
      s.w.strategicTestMemory = r.nextDouble();
      s.w.exerciseMemory = r.nextDouble();
      s.w.alignmentMemory = r.nextDouble();
      s.w.monthsSinceDraft = r.nextInt(12);
      s.w.offersLastMonth = r.nextInt(32);
      ModelParameters built = s.params.build();
      Peninsula sim = new Peninsula(built, 1);
      for (Actor a : Actor.values()) {
        CountryAgent agent = agent(a, built);
        TermRecorder rec = new TermRecorder(agent.options);
        double[] u = new double[agent.options];
        agent.evaluate(sim, s.w, u, rec);
        double[] plain = new double[agent.options];
        agent.evaluate(sim, s.w, plain, Terms.NONE);
        List<Action> moves = Action.repertoire(a);
        for (int i = 0; i < agent.options; i++) {
          double sum = 0;
          for (ChronicleEntry.Term t : rec.of(i)) {
            sum += t.value();
          }
          String what = a + " " + moves.get(i).name() + " in state " + k;
          assertEquals(sum, u[i], 1e-12, what + ": the terms explain the whole utility");
          assertEquals(u[i], plain[i], what + ": explaining does not change the decision");
        }
        int hold = Action.hold(a).index();
        assertEquals(0.0, u[hold], a + " HOLD is the zero reference");
        assertTrue(rec.of(hold).isEmpty(), a + " HOLD has no terms");
      }
    }
  }

  /** A named term and how it must move when one thing changes. */
  private record Rule(String change, Consumer<State> perturb, int sign, List<String> reasons) {}

  private static Rule up(String change, Consumer<State> perturb, String... reasons) {
    return new Rule(change, perturb, +1, List.of(reasons));
  }

  private static Rule down(String change, Consumer<State> perturb, String... reasons) {
    return new Rule(change, perturb, -1, List.of(reasons));
  }

  private static Consumer<State> stance(StanceParameter p) {
    return s -> {
      for (Actor a : Actor.values()) {
        if (p.appliesTo(a)) {
          s.params.setStance(a, p, 0.6);
        }
      }
    };
  }

  private static final List<Rule> RULES = List.of(
      up("pressure stance", stance(StanceParameter.PRESSURE), "pressure stance"),
      down("pressure stance", stance(StanceParameter.PRESSURE), "dialogue stance",
          "engagement stance", "dialogue stance and tension", "northern economic policy"),
      up("sanctions tolerance", stance(StanceParameter.SANCTIONS_TOLERANCE), "sanctions stance"),
      down("sanctions tolerance", stance(StanceParameter.SANCTIONS_TOLERANCE),
          "opposition to sanctions"),
      up("risk tolerance", stance(StanceParameter.RISK_TOLERANCE), "appetite for risk",
          "Chinese retaliation"),
      up("status seeking", stance(StanceParameter.STATUS_SEEKING), "standing as a broker",
          "wish to be an equal broker"),
      down("status seeking", stance(StanceParameter.STATUS_SEEKING),
          "wants to be an equal, not a follower"),
      up("economic interest", stance(StanceParameter.ECONOMIC_INTEREST), "economic interest",
          "economic interest, as far as sanctions allow", "sanctions block its projects"),
      up("reciprocity (relations friendly)", stance(StanceParameter.RECIPROCITY),
          "answer cooperation in kind", "answer the North in kind", "answer Seoul in kind"),
      down("reciprocity (relations friendly)", stance(StanceParameter.RECIPROCITY),
          "answer hostility in kind"),
      up("provocation propensity", stance(StanceParameter.PROVOCATION_PROPENSITY),
          "provocation propensity"),
      down("provocation propensity", stance(StanceParameter.PROVOCATION_PROPENSITY),
          "restraint"),
      up("nuclear commitment", stance(StanceParameter.NUCLEAR_COMMITMENT), "nuclear commitment"),
      down("nuclear commitment", stance(StanceParameter.NUCLEAR_COMMITMENT),
          "openness on its nuclear status"),
      up("provocation memory", s -> s.w.provocationMemory = 0.4,
          "answer to recent provocations", "tests call for a freeze", "deter after provocations"),
      down("provocation memory", s -> s.w.provocationMemory = 0.4,
          "no outreach right after provocations", "no talks right after provocations",
          "looks weak after provocations", "no one listens right after tests"),
      up("strategic test memory", s -> s.w.strategicTestMemory = 0.4,
          "answer to recent ICBM or nuclear tests"),
      down("strategic test memory", s -> s.w.strategicTestMemory = 0.4,
          "looks complicit after tests", "hard to defend right after tests"),
      up("exercise memory", s -> s.w.exerciseMemory = 0.4, "answer to US-ROK exercises",
          "answer to US-led exercises", "joint line against US pressure"),
      up("alignment memory", s -> s.w.alignmentMemory = 0.4,
          "ROK alignment and missile defence"),
      up("tension", s -> s.w.tension = 0.6, "crisis needs a multilateral format",
          "tension calls for a common line", "calm a tense peninsula",
          "dialogue stance and tension"),
      down("tension", s -> s.w.tension = 0.6, "avoid feeding tension",
          "risky when tension is high"),
      down("stringency", s -> s.w.stringency = 0.6, "sanctions already strict",
          "sanctions obligations"),
      down("China's enforcement", s -> s.w.enforcement[Actor.CHN.ordinal()] = 0.6,
          "China not enforcing", "enforcement below its own standard"),
      // Washington reads the enforcement it observes, China's included, to expect a veto.
      up("China's enforcement", s -> s.w.enforcement[Actor.CHN.ordinal()] = 0.6,
          "enforcement above its own standard", "a veto is expected"),
      up("DPRK stress", s -> s.w.stress = 0.95, "economic need", "sanctions are biting",
          "DPRK economic distress", "humanitarian cost in the North",
          "worry about the regime's stability", "sanctions stress beyond what it absorbs"),
      up("DPRK capability", s -> s.w.capability = 0.6, "DPRK missile threat",
          "capability already sufficient"),
      down("DPRK capability", s -> s.w.capability = 0.6, "weapons development"),
      down("missile defence", s -> s.w.missileDefence = 0.4, "already deployed"),
      up("sanctions pressure", s -> s.w.effectivePressure = 0.6,
          "defiance of sanctions pressure"),
      down("sanctions pressure", s -> s.w.effectivePressure = 0.6,
          "projects run against sanctions", "economic interest, as far as sanctions allow"),
      up("dependence on China", s -> s.w.chinaDependence = 0.6,
          "hedge against dependence on China"),
      down("dependence on China", s -> s.w.chinaDependence = 0.6,
          "wariness of Chinese domination"),
      up("relations", s -> java.util.Arrays.fill(s.w.relations, 0.2), "relations with Washington",
          "ties with Pyongyang", "alliance with Washington", "partnership with Moscow",
          "partnership with Beijing", "relations with Moscow", "ties with Moscow",
          "ties with Beijing", "Seoul's interest in the north-south axis"),
      down("relations", s -> java.util.Arrays.fill(s.w.relations, 0.2), "rivalry with Washington",
          "hostility toward Seoul", "angering Beijing and Moscow"),
      down("Seoul's leaning", s -> s.w.rokLeaning = 0.3, "Seoul's government is receptive"),
      down("Washington's leaning", s -> s.w.usLeaning = 0.3, "Washington frowns on it"),
      up("offers on the table", s -> s.w.offersLastMonth = 3, "offers on the table"),
      up("talks momentum", s -> s.w.momentum = 0.6, "keep talks alive"));

  @TestFactory
  Stream<DynamicTest> eachNamedTermMovesTheWayItsNameSays() {
    Map<String, Double> before = new State().terms();
    return RULES.stream().map(rule -> DynamicTest.dynamicTest(
        (rule.sign() > 0 ? "more " : "less with more ") + rule.change() + ": " + rule.reasons(),
        () -> {
          State s = new State();
          rule.perturb().accept(s);
          Map<String, Double> after = s.terms();
          for (String reason : rule.reasons()) {
            List<String> keys = new ArrayList<>();
            for (String k : before.keySet()) {
              if (k.endsWith(": " + reason)) {
                keys.add(k);
              }
            }
            assertFalse(keys.isEmpty(), "no country has a term '" + reason + "'");
            for (String k : keys) {
              double delta = after.getOrDefault(k, 0.0) - before.get(k);
              assertTrue(Math.signum(delta) == rule.sign(),
                  k + " should " + (rule.sign() > 0 ? "rise" : "fall") + " with more "
                      + rule.change() + " (" + before.get(k) + " -> " + after.get(k) + ")");
            }
          }
        }));
  }

  @Test
  void costsAreNegativeAndDoNotDependOnTheWorld() {
    Map<String, Double> base = new State().terms();
    State other = new State();
    other.w.tension = 0.9;
    other.w.stress = 0.2;
    java.util.Arrays.fill(other.w.relations, -0.5);
    other.w.provocationMemory = 0.8;
    Map<String, Double> moved = other.terms();
    int costs = 0;
    for (Map.Entry<String, Double> e : base.entrySet()) {
      String reason = e.getKey().substring(e.getKey().indexOf(": ") + 2);
      if (reason.startsWith("cost ") || reason.equals("diplomatic effort")
          || reason.equals("looks weak") || reason.equals("distrust of negotiations")
          || reason.equals("risk of a clash")) {
        costs++;
        assertTrue(e.getValue() < 0, e.getKey() + " is a cost");
        assertEquals(e.getValue(), moved.get(e.getKey()), e.getKey() + " is fixed");
      }
    }
    assertTrue(costs >= 20, "costs found: " + costs);
  }

  @Test
  void talkTermsAreOffWithoutTalksAndScaleWithMomentum() {
    State none = new State();
    none.w.talks = TalksFormat.NONE;
    Map<String, Double> off = none.terms();
    Map<String, Double> on = new State().terms();
    State more = new State();
    more.w.momentum = 0.8;
    Map<String, Double> stronger = more.terms();
    int seen = 0;
    for (String k : on.keySet()) {
      if (k.endsWith(": talks under way") || k.endsWith(": keep talks alive")) {
        seen++;
        assertFalse(off.containsKey(k), k + " without talks");
        assertTrue(Math.abs(stronger.get(k)) > Math.abs(on.get(k)), k + " with more momentum");
      }
    }
    assertTrue(seen >= 8, "talk terms found: " + seen);
  }

  @Test
  void conditionalTermsAppearOnlyWhenTheirConditionHolds() {
    Map<String, Double> base = new State().terms();
    assertFalse(base.containsKey("USA PUSH_UN_SANCTIONS: a resolution was tabled recently"));
    State drafted = new State();
    drafted.w.monthsSinceDraft = 5;
    assertTrue(drafted.terms().getOrDefault(
        "USA PUSH_UN_SANCTIONS: a resolution was tabled recently", 0.0) < 0);
    drafted.w.monthsSinceDraft = 6;
    assertFalse(drafted.terms().containsKey(
        "USA PUSH_UN_SANCTIONS: a resolution was tabled recently"), "six months on");

    assertTrue(base.keySet().stream().anyMatch(k -> k.endsWith(": talks already multilateral")));
    assertFalse(base.keySet().stream().anyMatch(k -> k.endsWith(": left out of bilateral talks")));
    State bilateral = new State();
    bilateral.w.talks = TalksFormat.US_DPRK;
    Map<String, Double> b = bilateral.terms();
    assertTrue(b.keySet().stream().anyMatch(k -> k.endsWith(": left out of bilateral talks")));
    assertFalse(b.keySet().stream().anyMatch(k -> k.endsWith(": talks already multilateral")));

    State noLeaning = new State();
    noLeaning.w.usLeaning = -0.3;
    assertFalse(noLeaning.terms().keySet().stream()
        .anyMatch(k -> k.endsWith(": Washington frowns on it")), "only a hawkish Washington");
  }
}
