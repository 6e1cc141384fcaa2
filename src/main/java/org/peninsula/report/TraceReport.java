package org.peninsula.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.peninsula.model.Action;
import org.peninsula.model.Actor;
import org.peninsula.model.ChronicleEntry;
import org.peninsula.model.ModelParameters;
import org.peninsula.model.Outcome;
import org.peninsula.model.RunOutcome;
import org.peninsula.report.chart.CalendarAxis;
import org.peninsula.report.chart.Chart;
import org.peninsula.report.chart.TimelineChart;
import org.peninsula.report.data.MonthValue;
import org.peninsula.report.data.MonthlySeries;
import org.peninsula.report.data.TimelineEvent;

/**
 * The chronicle of one run as a self-contained HTML page ({@code peninsula trace --html}): the
 * outcome, a timeline of tension and sanctions pressure with the events marked, a table of the
 * events, the five countries' decisions month by month, and the drawn parameters.
 */
public final class TraceReport {

  private TraceReport() {}

  /**
   * Builds the page.
   *
   * @param scenario the scenario's name
   * @param runSeed the run seed ({@code trace --seed})
   * @param params the run's parameters (for calendar labels)
   * @param drawn the uncertain parameters' values for this run, by path
   * @param entries the chronicle in the order it was recorded
   */
  public static HtmlReport build(String scenario, long runSeed, ModelParameters params,
      Map<String, Double> drawn, List<ChronicleEntry> entries, RunOutcome outcome) {
    YearMonth start = YearMonth.of(params.startYear(), params.startMonth());
    List<ChronicleEntry.MonthSummary> months = new ArrayList<>();
    List<ChronicleEntry.Event> events = new ArrayList<>();
    Map<Integer, ChronicleEntry.CouncilVote> votes = new TreeMap<>();
    Map<Integer, Map<Actor, ChronicleEntry.Decision>> decisions = new TreeMap<>();
    for (ChronicleEntry e : entries) {
      if (e instanceof ChronicleEntry.MonthSummary s) {
        months.add(s);
      } else if (e instanceof ChronicleEntry.Event ev) {
        events.add(ev);
      } else if (e instanceof ChronicleEntry.CouncilVote v) {
        votes.put(v.month(), v);
      } else if (e instanceof ChronicleEntry.Decision d) {
        decisions.computeIfAbsent(d.month(), m -> new EnumMap<>(Actor.class)).put(d.actor(), d);
      }
    }
    int played = months.size();
    HtmlReport.Builder b = HtmlReport.builder("Trace: " + scenario + ", seed " + runSeed)
        .subtitle(String.format(Locale.ROOT, "One run, %d months from %s \u00b7 future: %s",
            played, params.calendarLabel(0), outcome.future().label()));
    b.paragraph("One run of the scenario, month by month: what each country chose, what"
        + " happened, and how it ended. peninsula trace " + scenario + " --seed " + runSeed
        + " prints the same run as text, with every country's reasons. It ended in "
        + outcome.future().label() + ".");

    b.section("Timeline");
    if (!months.isEmpty()) {
      b.figure(timeline(scenario, runSeed, start, months, events), "Tension and effective"
          + " sanctions pressure month by month (top); each event as a marker in its row"
          + " (bottom), carried into the top panel by a grey line. Table 1 lists the events.");
    }
    List<List<String>> eventRows = new ArrayList<>();
    for (ChronicleEntry.Event ev : events) {
      String what = ev.text();
      ChronicleEntry.CouncilVote v = votes.get(ev.month());
      if (v != null && category(ev.kind()).equals(UN)) {
        what += " (" + ChronicleText.ballot(v) + ")";
      }
      eventRows.add(List.of(date(start, ev.month()), category(ev.kind()).replace(' ', '\u00a0'),
          what));
    }
    if (eventRows.isEmpty()) {
      b.paragraph("Nothing out of the ordinary happened in this run.");
    } else {
      b.table("Events of the run", List.of("Month", "Kind", "What happened"), eventRows);
    }

    b.section("Decisions month by month");
    b.paragraph("Each country's move every month (\u00b7 = the same move as the month before),"
        + " with tension and sanctions pressure at the month's end. A seat not played by the"
        + " model's bot is marked with the player in brackets.");
    List<String> header = new ArrayList<>(List.of("Month"));
    for (Actor a : Actor.values()) {
      header.add(a.name());
    }
    header.add("Tension");
    header.add("Sanctions");
    List<List<String>> rows = new ArrayList<>();
    Map<Actor, Action> last = new EnumMap<>(Actor.class);
    Map<Integer, ChronicleEntry.MonthSummary> byMonth = new TreeMap<>();
    months.forEach(s -> byMonth.put(s.month(), s));
    Map<Action, Integer> used = new LinkedHashMap<>();
    for (Map.Entry<Integer, Map<Actor, ChronicleEntry.Decision>> e : decisions.entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(date(start, e.getKey()));
      for (Actor a : Actor.values()) {
        ChronicleEntry.Decision d = e.getValue().get(a);
        if (d == null) {
          row.add("");
          continue;
        }
        used.merge(d.chosen(), 1, Integer::sum);
        String seat = "bot".equals(d.seat()) ? "" : " [" + d.seat() + "]";
        row.add(d.chosen() == last.get(a) && seat.isEmpty() ? "\u00b7"
            : words(d.chosen()) + seat);
        last.put(a, d.chosen());
      }
      ChronicleEntry.MonthSummary s = byMonth.get(e.getKey());
      row.add(s == null ? "" : String.format(Locale.ROOT, "%.2f", s.tension()));
      row.add(s == null ? "" : String.format(Locale.ROOT, "%.2f", s.effectivePressure()));
      rows.add(row);
    }
    b.table("The five countries' moves", header, rows);
    List<List<String>> legend = new ArrayList<>();
    used.forEach((a, n) -> legend.add(List.of(a.actor().name(), words(a), a.description(),
        Integer.toString(n))));
    legend.sort((x, y) -> x.get(0).equals(y.get(0)) ? 0
        : Integer.compare(Actor.valueOf(x.get(0)).ordinal(), Actor.valueOf(y.get(0)).ordinal()));
    b.table("What the moves mean", List.of("Country", "Move", "Meaning", "Months"), legend);

    b.section("Outcome");
    b.paragraph("This run ended in " + outcome.future().label() + ".");
    List<List<String>> out = new ArrayList<>();
    for (Outcome o : Outcome.values()) {
      double v = outcome.get(o);
      out.add(List.of(o.key(), o.meaning(), Double.isNaN(v) ? "\u2013"
          : o.key().endsWith("Month") ? params.calendarLabel((int) v)
          : EnsembleReport.num(v)));
    }
    b.table("Outcomes of this run", List.of("Outcome", "Meaning", "Value"), out);

    b.section("This run");
    Map<String, String> run = new LinkedHashMap<>();
    run.put("Scenario", scenario);
    run.put("Run seed", Long.toString(runSeed));
    run.put("Start", params.calendarLabel(0));
    run.put("Months played", Integer.toString(played));
    drawn.forEach((k, v) -> run.put("Drawn " + k, String.format(Locale.ROOT, "%.3f", v)));
    b.keyValues("Seed and drawn parameters", run);
    return b.build();
  }

  private static final String UN = "UN Council votes";

  /** Rows of the timeline's event strip. */
  static String category(ChronicleEntry.EventKind kind) {
    return switch (kind) {
      case WEAPONS_TEST -> "Weapons tests";
      case CLASH, WAR -> "Clashes and war";
      case RESOLUTION_PASSED, RESOLUTION_VETOED, RESOLUTION_FAILED -> UN;
      case TALKS_OPENED, TALKS_COLLAPSED, SUMMIT, DEAL, DEAL_BROKEN -> "Talks and deals";
      case ELECTION -> "Elections";
      case INJECT -> "Scripted events";
    };
  }

  private static Chart timeline(String scenario, long seed, YearMonth start,
      List<ChronicleEntry.MonthSummary> months, List<ChronicleEntry.Event> events) {
    List<MonthValue> tension = new ArrayList<>();
    List<MonthValue> pressure = new ArrayList<>();
    for (ChronicleEntry.MonthSummary s : months) {
      tension.add(new MonthValue(s.month(), s.tension()));
      pressure.add(new MonthValue(s.month(), s.effectivePressure()));
    }
    List<TimelineEvent> marks = new ArrayList<>();
    for (ChronicleEntry.Event ev : events) {
      marks.add(new TimelineEvent(ev.month(), category(ev.kind()), ev.text()));
    }
    Chart chart = TimelineChart.of("Tension and events, seed " + seed, "Index (0\u20131)",
        List.of(new MonthlySeries("Tension", tension),
            new MonthlySeries("Sanctions pressure", pressure)), marks)
        .withName(scenario + "-timeline");
    return CalendarAxis.apply(chart, start);
  }

  private static final java.util.Set<String> ACRONYMS =
      java.util.Set.of("US", "UN", "ROK", "DPRK", "ICBM");
  private static final java.util.Set<String> NAMES =
      java.util.Set.of("SEOUL", "CHINA", "RUSSIA", "WASHINGTON", "JAPAN", "PYONGYANG");

  /** PUSH_UN_SANCTIONS -> "push UN sanctions": lower case except acronyms. */
  static String words(Action a) {
    StringBuilder sb = new StringBuilder();
    for (String w : a.name().split("_")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(ACRONYMS.contains(w) ? w : NAMES.contains(w)
          ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w.toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /** "Jul 2017", with a no-break space so table cells do not wrap inside a date. */
  static String date(YearMonth start, int month) {
    YearMonth ym = start.plusMonths(month);
    return ym.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
        + "\u00a0" + ym.getYear();
  }
}
