package org.peninsula.game.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The games, in an embedded H2 database file ({@code games.mv.db} in the data directory). Every
 * write is committed, and flushed to the file, before the method returns
 * ({@code WRITE_DELAY=0}), so what a caller acknowledges survives a killed process. Writes made
 * at the same moment share one commit ({@link GroupCommit}). A game's
 * history is its setup, the moves of closed turns and the injects; the simulation is rebuilt
 * from them.
 */
public final class GameStore implements AutoCloseable {

  private static final String SCHEMA = """
      CREATE TABLE IF NOT EXISTS game (
        id VARCHAR(16) PRIMARY KEY,
        created_at BIGINT NOT NULL,
        scenario_file VARCHAR(255) NOT NULL,
        scenario_text CLOB NOT NULL,
        seed BIGINT NOT NULL,
        turn_months INT NOT NULL,
        turns INT NOT NULL,
        allow_pick BOOLEAN NOT NULL,
        auto_advance BOOLEAN NOT NULL,
        turn_seconds INT NOT NULL,
        status VARCHAR(12) NOT NULL,
        turn INT NOT NULL,
        deadline_at BIGINT,
        remaining_ms BIGINT);
      CREATE TABLE IF NOT EXISTS participant (
        id VARCHAR(24) PRIMARY KEY,
        game_id VARCHAR(16) NOT NULL REFERENCES game(id),
        name VARCHAR(64) NOT NULL,
        token_hash VARCHAR(64) NOT NULL UNIQUE,
        actor VARCHAR(8),
        joined_at BIGINT NOT NULL);
      CREATE TABLE IF NOT EXISTS submission (
        seq BIGINT AUTO_INCREMENT PRIMARY KEY,
        game_id VARCHAR(16) NOT NULL REFERENCES game(id),
        turn INT NOT NULL,
        actor VARCHAR(8) NOT NULL,
        participant_id VARCHAR(24) NOT NULL,
        action VARCHAR(48) NOT NULL,
        at BIGINT NOT NULL);
      CREATE INDEX IF NOT EXISTS submission_turn ON submission(game_id, turn);
      CREATE TABLE IF NOT EXISTS inject (
        seq BIGINT AUTO_INCREMENT PRIMARY KEY,
        game_id VARCHAR(16) NOT NULL REFERENCES game(id),
        turn INT NOT NULL,
        event VARCHAR(32) NOT NULL,
        at BIGINT NOT NULL);
      CREATE TABLE IF NOT EXISTS closed_turn (
        game_id VARCHAR(16) NOT NULL REFERENCES game(id),
        turn INT NOT NULL,
        closed_at BIGINT NOT NULL,
        PRIMARY KEY (game_id, turn));
      CREATE TABLE IF NOT EXISTS turn_move (
        game_id VARCHAR(16) NOT NULL REFERENCES game(id),
        turn INT NOT NULL,
        actor VARCHAR(8) NOT NULL,
        action VARCHAR(48) NOT NULL,
        player VARCHAR(64) NOT NULL,
        PRIMARY KEY (game_id, turn, actor));
      ALTER TABLE game ADD COLUMN IF NOT EXISTS locked BOOLEAN DEFAULT FALSE NOT NULL;
      ALTER TABLE participant ADD COLUMN IF NOT EXISTS rejoin_hash VARCHAR(64);
      """;

  private final JdbcConnectionPool pool;
  private GroupCommit writes;

  private GameStore(JdbcConnectionPool pool) {
    this.pool = pool;
  }

  /** Opens (creating if needed) the database in {@code dataDir}. */
  public static GameStore open(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
    }
    OwnerOnly.directory(dataDir);
    String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("games")
        + ";WRITE_DELAY=0";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "peninsula", "");
    pool.setMaxConnections(16);
    GameStore store = new GameStore(pool);
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      for (String ddl : SCHEMA.split(";")) {
        if (!ddl.isBlank()) {
          s.execute(ddl);
        }
      }
      store.writes = new GroupCommit(pool.getConnection());
      OwnerOnly.filesIn(dataDir);
    } catch (SQLException e) {
      pool.dispose();
      throw new StoreException("cannot open the games database in " + dataDir + ": "
          + e.getMessage(), e);
    }
    return store;
  }

  @Override
  public void close() {
    writes.close();
    pool.dispose();
  }

  /** True if a game with this id exists. */
  public boolean exists(String id) {
    return query("SELECT 1 FROM game WHERE id = ?", ps -> ps.setString(1, id),
        rs -> true).size() > 0;
  }

  public void insertGame(GameRow g) {
    update("INSERT INTO game (id, created_at, scenario_file, scenario_text, seed, turn_months,"
        + " turns, allow_pick, auto_advance, turn_seconds, status, turn, deadline_at,"
        + " remaining_ms, locked) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ps -> {
          ps.setString(1, g.id());
          ps.setLong(2, g.createdAt());
          ps.setString(3, g.scenarioFile());
          ps.setString(4, g.scenarioText());
          ps.setLong(5, g.seed());
          ps.setInt(6, g.turnMonths());
          ps.setInt(7, g.turns());
          ps.setBoolean(8, g.allowPick());
          ps.setBoolean(9, g.autoAdvance());
          ps.setInt(10, g.turnSeconds());
          ps.setString(11, g.status());
          ps.setInt(12, g.turn());
          setLong(ps, 13, g.deadlineAt());
          setLong(ps, 14, g.remainingMs());
          ps.setBoolean(15, g.locked());
        });
  }

  /** Locks (no new players) or unlocks a game's lobby. */
  public void updateLocked(String gameId, boolean locked) {
    update("UPDATE game SET locked = ? WHERE id = ?", ps -> {
      ps.setBoolean(1, locked);
      ps.setString(2, gameId);
    });
  }

  /** Starts a game: its status and clock, and its lobby locked, in one write. */
  public void updateStarted(String gameId, String status, Long deadlineAt) {
    update("UPDATE game SET status = ?, deadline_at = ?, remaining_ms = NULL, locked = TRUE"
        + " WHERE id = ?", ps -> {
          ps.setString(1, status);
          setLong(ps, 2, deadlineAt);
          ps.setString(3, gameId);
        });
  }

  public void renameParticipant(String gameId, String participantId, String name) {
    update("UPDATE participant SET name = ? WHERE game_id = ? AND id = ?", ps -> {
      ps.setString(1, name);
      ps.setString(2, gameId);
      ps.setString(3, participantId);
    });
  }

  /** A participant's new token and, if not null, rejoin code (hashes). */
  public void updateParticipantSecrets(String gameId, String participantId, String tokenHash,
      String rejoinHash) {
    update("UPDATE participant SET token_hash = ?, rejoin_hash = COALESCE(?, rejoin_hash)"
        + " WHERE game_id = ? AND id = ?", ps -> {
          ps.setString(1, tokenHash);
          ps.setString(2, rejoinHash);
          ps.setString(3, gameId);
          ps.setString(4, participantId);
        });
  }

  /** Removes a participant (their past decisions stay in the log of submissions). */
  public void deleteParticipant(String gameId, String participantId) {
    update("DELETE FROM participant WHERE game_id = ? AND id = ?", ps -> {
      ps.setString(1, gameId);
      ps.setString(2, participantId);
    });
  }

  /** Records the game's status and clock. */
  public void updateState(String gameId, String status, Long deadlineAt, Long remainingMs) {
    update("UPDATE game SET status = ?, deadline_at = ?, remaining_ms = ? WHERE id = ?", ps -> {
      ps.setString(1, status);
      setLong(ps, 2, deadlineAt);
      setLong(ps, 3, remainingMs);
      ps.setString(4, gameId);
    });
  }

  public void updateTurnSeconds(String gameId, int seconds) {
    update("UPDATE game SET turn_seconds = ? WHERE id = ?", ps -> {
      ps.setInt(1, seconds);
      ps.setString(2, gameId);
    });
  }

  public void insertParticipant(ParticipantRow p) {
    update("INSERT INTO participant (id, game_id, name, token_hash, actor, joined_at,"
        + " rejoin_hash) VALUES (?,?,?,?,?,?,?)", ps -> {
          ps.setString(1, p.id());
          ps.setString(2, p.gameId());
          ps.setString(3, p.name());
          ps.setString(4, p.tokenHash());
          ps.setString(5, p.actor());
          ps.setLong(6, p.joinedAt());
          ps.setString(7, p.rejoinHash());
        });
  }

  /**
   * Gives {@code actor} to {@code participantId} (null: to a bot), taking it from whoever held
   * it, in one transaction.
   */
  public void assignSeat(String gameId, String actor, String participantId) {
    transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE participant SET actor = NULL WHERE game_id = ? AND actor = ?")) {
        ps.setString(1, gameId);
        ps.setString(2, actor);
        ps.executeUpdate();
      }
      if (participantId != null) {
        try (PreparedStatement ps = c.prepareStatement(
            "UPDATE participant SET actor = ? WHERE game_id = ? AND id = ?")) {
          ps.setString(1, actor);
          ps.setString(2, gameId);
          ps.setString(3, participantId);
          ps.executeUpdate();
        }
      }
    });
  }

  /** Stores an acknowledged decision; returns its sequence number. */
  public long insertSubmission(SubmissionRow s) {
    return insertReturningKey("INSERT INTO submission (game_id, turn, actor, participant_id,"
        + " action, at) VALUES (?,?,?,?,?,?)", ps -> {
          ps.setString(1, s.gameId());
          ps.setInt(2, s.turn());
          ps.setString(3, s.actor());
          ps.setString(4, s.participantId());
          ps.setString(5, s.action());
          ps.setLong(6, s.at());
        });
  }

  public long insertInject(InjectRow i) {
    return insertReturningKey("INSERT INTO inject (game_id, turn, event, at) VALUES (?,?,?,?)",
        ps -> {
          ps.setString(1, i.gameId());
          ps.setInt(2, i.turn());
          ps.setString(3, i.event());
          ps.setLong(4, i.at());
        });
  }

  /**
   * Closes turn {@code turn}: stores the moves of the seats people held, opens the next turn
   * with its deadline, and sets the status, all in one transaction.
   */
  public void closeTurn(String gameId, int turn, List<MoveRow> moves, long closedAt,
      String status, Long nextDeadline) {
    transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO closed_turn (game_id, turn, closed_at) VALUES (?,?,?)")) {
        ps.setString(1, gameId);
        ps.setInt(2, turn);
        ps.setLong(3, closedAt);
        ps.executeUpdate();
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO turn_move (game_id, turn,"
          + " actor, action, player) VALUES (?,?,?,?,?)")) {
        for (MoveRow m : moves) {
          ps.setString(1, gameId);
          ps.setInt(2, turn);
          ps.setString(3, m.actor());
          ps.setString(4, m.action());
          ps.setString(5, m.player());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE game SET turn = ?, status = ?,"
          + " deadline_at = ?, remaining_ms = NULL WHERE id = ?")) {
        ps.setInt(1, turn + 1);
        ps.setString(2, status);
        setLong(ps, 3, nextDeadline);
        ps.setString(4, gameId);
        ps.executeUpdate();
      }
    });
  }

  /** Every game with its participants, injects, closed turns and open-turn decisions. */
  public List<StoredGame> loadAll() {
    List<GameRow> games = query("SELECT id, created_at, scenario_file, scenario_text, seed,"
        + " turn_months, turns, allow_pick, auto_advance, turn_seconds, status, turn,"
        + " deadline_at, remaining_ms, locked FROM game ORDER BY created_at, id", ps -> { },
        rs -> new GameRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getLong(5), rs.getInt(6), rs.getInt(7), rs.getBoolean(8), rs.getBoolean(9),
            rs.getInt(10), rs.getString(11), rs.getInt(12), getLong(rs, 13),
            getLong(rs, 14), rs.getBoolean(15)));
    Map<String, List<ParticipantRow>> people = group(query("SELECT id, game_id, name,"
        + " token_hash, actor, joined_at, rejoin_hash FROM participant ORDER BY joined_at, id",
        ps -> { }, rs -> new ParticipantRow(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7))),
        ParticipantRow::gameId);
    Map<String, List<SubmissionRow>> subs = group(query("SELECT s.seq, s.game_id, s.turn,"
        + " s.actor, s.participant_id, s.action, s.at FROM submission s JOIN game g"
        + " ON s.game_id = g.id AND s.turn = g.turn ORDER BY s.seq", ps -> { },
        rs -> new SubmissionRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getLong(7))), SubmissionRow::gameId);
    Map<String, List<InjectRow>> injects = group(query("SELECT seq, game_id, turn, event, at"
        + " FROM inject ORDER BY seq", ps -> { }, rs -> new InjectRow(rs.getLong(1),
            rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5))), InjectRow::gameId);
    Map<String, List<Object[]>> closed = group(query("SELECT game_id, turn FROM closed_turn"
        + " ORDER BY turn", ps -> { }, rs -> new Object[] {rs.getString(1), rs.getInt(2)}),
        r -> (String) r[0]);
    Map<String, List<MoveRow>> moves = group(query("SELECT game_id, turn, actor, action, player"
        + " FROM turn_move ORDER BY turn, actor", ps -> { }, rs -> new MoveRow(rs.getString(1),
            rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5))),
        MoveRow::gameId);
    List<StoredGame> out = new ArrayList<>();
    for (GameRow g : games) {
      out.add(new StoredGame(g, people.getOrDefault(g.id(), List.of()),
          subs.getOrDefault(g.id(), List.of()), injects.getOrDefault(g.id(), List.of()),
          closed.getOrDefault(g.id(), List.<Object[]>of()).stream()
              .map(r -> (Integer) r[1]).toList(),
          moves.getOrDefault(g.id(), List.of())));
    }
    return out;
  }

  /** Every acknowledged decision of a game, all turns, in the order they were stored. */
  public List<SubmissionRow> submissions(String gameId) {
    return query("SELECT seq, game_id, turn, actor, participant_id, action, at FROM submission"
        + " WHERE game_id = ? ORDER BY seq", ps -> ps.setString(1, gameId),
        rs -> new SubmissionRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getLong(7)));
  }

  // ---- JDBC plumbing ------------------------------------------------------------------------

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  @FunctionalInterface
  private interface Work {
    void run(Connection c) throws SQLException;
  }

  private void update(String sql, Binder binder) {
    writes.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        binder.bind(ps);
        return ps.executeUpdate();
      }
    });
  }

  private long insertReturningKey(String sql, Binder binder) {
    return writes.write(c -> {
      try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
        binder.bind(ps);
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
          return keys.next() ? keys.getLong(1) : -1L;
        }
      }
    });
  }

  /** Several statements that stand or fall together (one savepoint in the writer's batch). */
  private void transaction(Work work) {
    writes.write(c -> {
      work.run(c);
      return null;
    });
  }

  private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("database read failed: " + e.getMessage(), e);
    }
  }

  private static <T> Map<String, List<T>> group(List<T> rows,
      java.util.function.Function<T, String> key) {
    Map<String, List<T>> m = new LinkedHashMap<>();
    for (T r : rows) {
      m.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
    }
    return m;
  }

  private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  private static Long getLong(ResultSet rs, int i) throws SQLException {
    long v = rs.getLong(i);
    return rs.wasNull() ? null : v;
  }
}
