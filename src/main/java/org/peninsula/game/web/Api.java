package org.peninsula.game.web;

import java.util.List;
import org.peninsula.game.Briefing;

/** The JSON the server reads and writes, as records. */
public final class Api {
  private Api() {}

  // ---- requests -----------------------------------------------------------------------------

  /** Teacher: a new game. Only the scenario is required. */
  public record CreateGame(String scenario, Long seed, Integer turnMonths, Integer turns,
      Boolean allowPick, Boolean autoAdvance, Integer turnSeconds) {}

  /** Student: join with the code, a name and, if the game lets students pick, a country. */
  public record Join(String code, String name, String country) {}

  /** Student: take a free country. */
  public record Pick(String country) {}

  /** Student: the decision for the open turn; country and turn, if given, are checked. */
  public record Decide(String action, String country, Integer turn) {}

  /** Teacher: give a country to a participant, or with participant null to a bot. */
  public record AssignSeat(String country, String participant) {}

  /** Teacher: the turn deadline in seconds (0: none), for this turn and the next ones. */
  public record Deadline(Integer seconds) {}

  /** Teacher: an event for the open turn. */
  public record Inject(String event) {}

  // ---- answers ------------------------------------------------------------------------------

  public record Error(String error) {}

  public record Created(String id, String code) {}

  public record Joined(String game, String participant, String name, String country,
      String token) {}

  public record Accepted(boolean accepted, int turn, String country, String action,
      long seq) {}

  public record Ok(boolean ok) {}

  public record Choice(String name, String description) {}

  /** An acknowledged decision as stored (turn counts from 1). */
  public record Submission(long seq, int turn, String country, String participant,
      String action, long at) {}

  public record Scenarios(List<String> scenarios, List<Choice> injects) {}

  public record GameSummary(String id, String scenario, String status, int turn, int turns,
      int players, long createdAt) {}

  // ---- views --------------------------------------------------------------------------------

  /** Where a game stands; {@code turn} counts from 1. */
  public record GameInfo(String id, String code, String scenario, String status, int turn,
      int turns, int turnMonths, String period, Long deadlineAt, Long remainingMs,
      long serverTime, long version, boolean allowPick, boolean autoAdvance, int turnSeconds,
      List<String> injectsThisTurn) {}

  /** A country's seat: who plays it (null: a bot) and whether they have decided. */
  public record SeatInfo(String country, String name, String player, String participant,
      boolean decided) {}

  public record Relation(String from, String to, double value) {}

  /** The state of the world at the start of the open turn. */
  public record Dashboard(String date, double tension, double sanctionsStringency,
      double sanctionsPressure, String talks, double talksMomentum, double dprkCapability,
      double russiaStanding, double securityFramework, String rokGovernment,
      String usAdministration, boolean war, List<String> countries, List<Relation> relations) {}

  /**
   * One item of the news: kind is "move", "vote" or "event"; a move has a country, action,
   * seat ("player", "bot", "policy"), the player's name, and for a bot its reasons.
   */
  public record NewsItem(String date, String kind, String country, String action,
      String description, String seat, String player, String reasons, String text) {}

  public record News(String period, List<NewsItem> items) {}

  public record OutcomeView(String future, String label, List<Choice> figures) {}

  public record Me(String participant, String name, String country, String countryName) {}

  public record Decision(String action, String description, long at) {}

  /** What a student sees. */
  public record StudentView(GameInfo game, Me me, Briefing briefing, Decision decision,
      List<String> freeCountries, List<SeatInfo> seats, Dashboard dashboard, News news,
      OutcomeView outcome) {}

  public record ParticipantInfo(String id, String name, String country) {}

  /** What the teacher sees. */
  public record TeacherView(GameInfo game, List<SeatInfo> seats,
      List<ParticipantInfo> participants, List<Choice> injectMenu, List<String> undecided,
      Dashboard dashboard, News news, OutcomeView outcome) {}
}
