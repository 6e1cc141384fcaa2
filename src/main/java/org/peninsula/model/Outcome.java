package org.peninsula.model;

/**
 * The numeric outcomes of a run, in a fixed order (the columns of {@code runs.csv}). Months are
 * counted from 0; a month that never came (no war, no deal) is NaN.
 */
public enum Outcome {
  WAR("war", "1 if war broke out"),
  WAR_MONTH("warMonth", "month war broke out (empty if none)"),
  CLASHES("clashes", "limited military clashes"),
  MISSILE_TESTS("missileTests", "DPRK ballistic-missile tests"),
  ICBM_TESTS("icbmTests", "months of DPRK long-range tests (IRBM or ICBM, or a satellite launch)"),
  NUCLEAR_TESTS("nuclearTests", "DPRK nuclear tests"),
  BORDER_PROVOCATIONS("borderProvocations", "DPRK border provocations"),
  RESOLUTIONS_DRAFTED("resolutionsDrafted", "US sanctions drafts put to a vote"),
  RESOLUTIONS_PASSED("resolutionsPassed", "sanctions resolutions passed"),
  RESOLUTIONS_VETOED("resolutionsVetoed", "sanctions resolutions vetoed"),
  RUS_CHN_SAME_VOTE_SHARE("rusChnSameVoteShare",
      "share of Council votes in which Russia and China voted alike (empty if no vote)"),
  FINAL_TENSION("finalTension", "tension at the end"),
  PEAK_TENSION("peakTension", "highest tension reached"),
  MONTHS_LOW_TENSION("monthsLowTension", "months with tension in the low band"),
  MONTHS_MEDIUM_TENSION("monthsMediumTension", "months with tension in the medium band"),
  MONTHS_HIGH_TENSION("monthsHighTension", "months with tension in the high band"),
  FINAL_STRINGENCY("finalStringency", "UN sanctions stringency at the end"),
  FINAL_SANCTIONS_PRESSURE("finalSanctionsPressure", "effective sanctions pressure at the end"),
  FINAL_ENFORCEMENT_CHN("finalEnforcementCHN", "China's enforcement at the end"),
  FINAL_ENFORCEMENT_RUS("finalEnforcementRUS", "Russia's enforcement at the end"),
  TALKS_EPISODES("talksEpisodes", "times talks opened"),
  TALKS_MONTHS("talksMonths", "months with talks open"),
  DEAL("deal", "1 if a deal was struck"),
  DEAL_MONTH("dealMonth", "month of the first deal (empty if none)"),
  DEAL_IN_FORCE("dealInForce", "1 if a deal still held at the end"),
  RUSSIA_MAJOR_ROLE("russiaMajorRole", "Russia's aim 1: its standing as a major player"),
  RUSSIA_ECONOMIC_AXIS("russiaEconomicAxis", "Russia's aim 2: north-south economic axis"),
  RUSSIA_SECURITY_FRAMEWORK("russiaSecurityFramework",
      "Russia's aim 3: multilateral security framework"),
  DPRK_CHINA_DEPENDENCE("dprkChinaDependence", "DPRK dependence on China at the end"),
  FINAL_DPRK_CAPABILITY("finalDprkCapability", "DPRK capability at the end"),
  NUCLEAR_ACCEPTANCE("nuclearAcceptance", "de facto acceptance of the DPRK's nuclear status"),
  ROK_RUSSIA_COOPERATION("rokRussiaCooperation", "months in which Seoul engaged Moscow"),
  FINAL_ROK_RUSSIA_RELATION("finalRokRussiaRelation", "Seoul's view of Moscow at the end"),
  ROK_GOVERNMENT_CHANGES("rokGovernmentChanges", "changes of camp in Seoul"),
  US_ADMINISTRATION_CHANGES("usAdministrationChanges", "changes of course in Washington"),
  MONTHS_SIMULATED("monthsSimulated", "months played (fewer than the horizon after a war)"),
  ABSTENTIONS("abstentions", "abstentions of China and Russia in Council votes on sanctions drafts"),
  SUMMITS("summits", "leaders' summits with the DPRK (talks summits and scripted ones)"),
  SHORT_RANGE_LAUNCHES("shortRangeLaunches",
      "launch days of short- and medium-range DPRK missiles (a month of tests may hold several)"),
  LONG_RANGE_LAUNCHES("longRangeLaunches",
      "launch days of intermediate-range and intercontinental DPRK missiles"),
  SATELLITE_LAUNCHES("satelliteLaunches",
      "DPRK satellite launches (long-range tests announced as space launches)");

  private static final Outcome[] ALL = values();
  public static final int COUNT = ALL.length;

  private final String key;
  private final String meaning;

  Outcome(String key, String meaning) {
    this.key = key;
    this.meaning = meaning;
  }

  public String key() {
    return key;
  }

  public String meaning() {
    return meaning;
  }

  public static Outcome byKey(String key) {
    for (Outcome o : ALL) {
      if (o.key.equals(key)) {
        return o;
      }
    }
    return null;
  }
}
