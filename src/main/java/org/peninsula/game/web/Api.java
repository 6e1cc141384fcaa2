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

  /**
   * Teacher: give a country to a participant, or with participant null to a bot; re-seating a
   * student who has decided this turn needs {@code confirm: true} (else 409).
   */
  public record AssignSeat(String country, String participant, Boolean confirm) {}

  /** Student: back to one's seat with the rejoin code given at join. */
  public record Rejoin(String rejoinCode) {}

  /** Teacher: a participant's new name. */
  public record Rename(String name) {}

  /** Teacher: lock (true, the default) or unlock the lobby. */
  public record Lock(Boolean locked) {}

  /** Teacher: the turn deadline in seconds (0: none), for this turn and the next ones. */
  public record Deadline(Integer seconds) {}

  /** Teacher: an event for the open turn. */
  public record Inject(String event) {}

  // ---- answers ------------------------------------------------------------------------------

  public record Error(String error) {}

  public record Created(String id, String code) {}

  /**
   * A join or rejoin: the token goes in header X-Player-Token (the answer also sets the HttpOnly
   * cookie peninsula_player_{game} for event streams and links); the rejoin code brings the
   * student back to {@code seat} from another tab or device (null on a rejoin: it is unchanged).
   */
  public record Joined(String game, String participant, String name, String country,
      String seat, String token, String rejoinCode) {}

  /** Teacher: a fresh rejoin code for a participant (the old one stops working). */
  public record RejoinCode(String participant, String rejoinCode) {}

  /** Teacher: a one-time login link for another device (single use, expires). */
  public record LoginLink(String url, List<String> urls, long expiresAt) {}

  /** The machine's addresses students can use, and the join URL on each. */
  public record Addresses(List<String> addresses, List<String> urls, int port, String scheme) {}

  /** What the server is: {@code tls} false means tokens travel in clear on the network. */
  public record ServerInfo(boolean tls, int port, List<String> addresses, List<String> urls,
      int maxParticipants, String warning) {}

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
      List<String> injectsThisTurn, boolean locked) {}

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

  public record ParticipantInfo(String id, String name, String country, boolean decided) {}

  /** What the teacher sees. */
  public record TeacherView(GameInfo game, List<SeatInfo> seats,
      List<ParticipantInfo> participants, List<Choice> injectMenu, List<String> undecided,
      Dashboard dashboard, News news, OutcomeView outcome) {}

  /**
   * One seat of the open turn as the teacher sees it before Advance. {@code holder} is "player",
   * "bot" or "policy". A player's seat: their latest decision (null: not decided; the seat holds
   * if the turn closes). A bot's or policy's seat: the move it will play in the turn's first
   * month if nothing changes, and the move its utilities make likeliest with its probability.
   */
  public record SeatChoice(String country, String countryName, String holder, String player,
      String participant, boolean decided, String action, String description, Long at,
      String likeliest, Double likeliestProbability) {}

  /** Teacher: the open turn's choices (turn counts from 1). */
  public record TurnChoices(String game, int turn, String status, List<SeatChoice> seats,
      List<String> injects) {}

  /** Someone in the game, as the projector shows them. */
  public record ProjectorPlayer(String name, String country, String countryName) {}

  /**
   * The projector view: everything a class may see on the wall, nothing secret. {@code joinUrls}
   * has one address per network interface, code filled in; {@code qrSvg} encodes the first.
   */
  public record ProjectorView(String joinCode, List<String> joinUrls, String qrSvg,
      String scenario, String status, int turn, int turns, String period, Long deadlineAt,
      Long remainingMs, long serverTime, long version, boolean locked,
      List<ProjectorPlayer> participants, List<SeatInfo> seats, News news,
      OutcomeView outcome) {}
}
