package org.peninsula.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Every variable of the world at the end of a month, copied for a trace so that anyone can check
 * the model's story from outside. Built only when a run is traced: the month loop of an ensemble
 * never makes one.
 *
 * @param relations a's view of b at {@code relations.get(a).get(b)}, all 25 pairs
 * @param offersThisMonth countries that offered talks this month
 * @param offersLastMonth countries that offered talks the month before
 */
public record WorldRecord(double tension, double dprkCapability, double sanctionsStringency,
    Map<Actor, Double> enforcement, double effectivePressure, double dprkStress,
    double chinaDependence, double russiaAxisProgress, double russiaStanding,
    double securityFramework, double nuclearAcceptance, double rokLeaning, double usLeaning,
    double missileDefence, TalksStage talksStage, TalksFormat talks, double talksMomentum,
    boolean dealInForce, double provocationMemory, double strategicTestMemory,
    double exerciseMemory, double alignmentMemory, int monthsSinceDraft,
    Set<Actor> offersThisMonth, Set<Actor> offersLastMonth, boolean war, int warMonth,
    Map<Actor, Map<Actor, Double>> relations) {

  static WorldRecord of(WorldState w) {
    Map<Actor, Double> enforcement = new EnumMap<>(Actor.class);
    Map<Actor, Map<Actor, Double>> relations = new EnumMap<>(Actor.class);
    for (Actor a : Actor.values()) {
      enforcement.put(a, w.enforcement[a.ordinal()]);
      Map<Actor, Double> row = new EnumMap<>(Actor.class);
      for (Actor b : Actor.values()) {
        row.put(b, w.relation(a, b));
      }
      relations.put(a, Collections.unmodifiableMap(row));
    }
    return new WorldRecord(w.tension, w.capability, w.stringency,
        Collections.unmodifiableMap(enforcement), w.effectivePressure, w.stress,
        w.chinaDependence, w.axisProgress, w.standing, w.framework, w.nuclearAcceptance,
        w.rokLeaning, w.usLeaning, w.missileDefence, w.stage, w.talks, w.momentum,
        w.dealInForce(), w.provocationMemory, w.strategicTestMemory, w.exerciseMemory,
        w.alignmentMemory, w.monthsSinceDraft, actors(w.offersThisMonth),
        actors(w.offersLastMonth), w.war, w.warMonth, Collections.unmodifiableMap(relations));
  }

  private static Set<Actor> actors(int bits) {
    Set<Actor> s = EnumSet.noneOf(Actor.class);
    for (Actor a : Actor.values()) {
      if ((bits & (1 << a.ordinal())) != 0) {
        s.add(a);
      }
    }
    return Collections.unmodifiableSet(s);
  }
}
