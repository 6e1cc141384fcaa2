package org.peninsula.game.store;

import java.util.List;

/** Everything stored about one game, as loaded at start-up. */
public record StoredGame(GameRow game, List<ParticipantRow> participants,
    List<SubmissionRow> submissions, List<InjectRow> injects, List<Integer> closedTurns,
    List<MoveRow> moves) {}
