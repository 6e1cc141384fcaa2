package org.peninsula.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.ChronicleEntry.Option;
import org.peninsula.model.ChronicleEntry.Term;
import org.peninsula.model.RokAction;
import org.peninsula.model.UnSecurityCouncil.Vote;

/** The one text rendering of a run's history, shared by {@code trace} and the game. */
class ChronicleTextTest {

  private static ChronicleEntry.Decision engage(String seat) {
    // Options in the order of the country's moves, as the model records them.
    return new ChronicleEntry.Decision(4, Actor.ROK, RokAction.ENGAGE_NORTH, seat, List.of(
        new Option(RokAction.ENGAGE_NORTH, 0.125, 0.41, List.of(new Term("stance", 0.6),
            new Term("nothing", 0.0), new Term("small", 0.01), new Term("cost", -0.5),
            new Term("trust", 0.2), new Term("alliance", -0.25), new Term("tiny", -0.02))),
        new Option(RokAction.ALIGN_WITH_US, 0.07, 0.29, List.of(new Term("pressure", 0.3)))));
  }

  @Test
  void aBotsMoveComesWithItsNumbersAndTheLargestReasonsOnEachSide() {
    assertEquals("ROK  ENGAGE_NORTH: utility 0.13 (p=0.41), best other ALIGN_WITH_US 0.07;"
        + " for: stance (+0.60), trust (+0.20); against: cost (-0.50), alliance (-0.25)",
        ChronicleText.line(engage("bot"), null));
    assertEquals("  " + ChronicleText.line(engage("bot"), null),
        ChronicleText.text(engage("bot")), "trace indents the same line");
    assertEquals("ROK  ENGAGE_NORTH: utility 0.13 (p=0.41), best other ALIGN_WITH_US 0.07"
        + " [policy]; for: stance (+0.60), trust (+0.20); against: cost (-0.50),"
        + " alliance (-0.25)", ChronicleText.line(engage("policy"), null));
  }

  @Test
  void aStudentsMoveIsToldByTheStudentsName() {
    assertEquals("ROK  ENGAGE_NORTH (player Ana)", ChronicleText.line(engage("player"), "Ana"));
  }

  @Test
  void reasonsLeaveOutZeroTermsAndSayNothingWhenThereAreNone() {
    ChronicleEntry.Decision zeros = new ChronicleEntry.Decision(0, Actor.ROK,
        RokAction.ENGAGE_NORTH, "bot", List.of(new Option(RokAction.ENGAGE_NORTH, 0, 1,
            List.of(new Term("none", 0.0)))));
    assertEquals("", ChronicleText.reasons(zeros));
    assertEquals("ROK  ENGAGE_NORTH: utility 0.00 (p=1.00)", ChronicleText.line(zeros, null));
  }

  @Test
  void councilVotesAndEventsHaveOneFormat() {
    Map<Actor, Vote> votes = new EnumMap<>(Actor.class);
    votes.put(Actor.USA, Vote.YES);
    votes.put(Actor.CHN, Vote.ABSTAIN);
    votes.put(Actor.RUS, Vote.VETO);
    ChronicleEntry.CouncilVote v = new ChronicleEntry.CouncilVote(3, votes, 8, 10, false, true,
        "vetoed");
    assertEquals("China abstain, Russia veto, 10 of 15 in favour", ChronicleText.ballot(v));
    assertEquals("UN   sanctions draft vetoed: China abstain, Russia veto, 10 of 15 in favour",
        ChronicleText.line(v, "ignored"));
    assertEquals("*    a clash", ChronicleText.line(new ChronicleEntry.Event(3,
        ChronicleEntry.EventKind.CLASH, "a clash"), null));
  }

  @Test
  void outcomeValuesAreWholeNumbersOrThreeDecimals() {
    assertEquals("-", ChronicleText.value(Double.NaN));
    assertEquals("12", ChronicleText.value(12.0));
    assertEquals("-3", ChronicleText.value(-3.0));
    assertEquals("0.123", ChronicleText.value(0.12345));
    assertEquals("1.000", ChronicleText.value(0.99999));
  }
}
