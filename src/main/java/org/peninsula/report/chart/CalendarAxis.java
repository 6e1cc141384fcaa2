package org.peninsula.report.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.YearMonth;
import java.util.Objects;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/**
 * Puts calendar dates on the month axis of a chart built on month indices (fan, timeline): month
 * 0 is {@code start}. Ticks are labelled "Mar 2021" and spaced by 1, 3 or 6 months or by 1, 2,
 * 3, 5 or 10 years (whichever fits), counted from the start, so a reader sees when, not
 * "month 47".
 */
public final class CalendarAxis {

  /** Axis label once dates replace indices. */
  public static final String LABEL = "Date (month and year)";

  private CalendarAxis() {}

  /**
   * Relabels the month axis of {@code chart} (an XY chart, also a combined one) with calendar
   * dates from {@code start}; returns the same chart. Charts without a numeric domain axis are
   * returned unchanged.
   */
  public static Chart apply(Chart chart, YearMonth start) {
    Objects.requireNonNull(start, "start");
    Plot plot = chart.jfreeChart().getPlot();
    ValueAxis axis = null;
    if (plot instanceof CombinedDomainXYPlot combined) {
      axis = combined.getDomainAxis();
    } else if (plot instanceof XYPlot xy) {
      axis = xy.getDomainAxis();
    }
    if (axis instanceof NumberAxis number) {
      number.setLabel(LABEL);
      NumberFormat format = new MonthFormat(start);
      TickUnits units = new TickUnits();
      for (int step : new int[] {1, 3, 6, 12, 24, 36, 60, 120}) {
        units.add(new NumberTickUnit(step, format, step >= 12 ? 0 : 1));
      }
      number.setStandardTickUnits(units);
      number.setAutoTickUnitSelection(true);
    }
    return chart;
  }

  /** Formats a month index as "Mar 2021". */
  static final class MonthFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
        "Aug", "Sep", "Oct", "Nov", "Dec"};
    private final YearMonth start;

    MonthFormat(YearMonth start) {
      this.start = start;
    }

    static String label(YearMonth start, long month) {
      YearMonth ym = start.plusMonths(month);
      return MONTHS[ym.getMonthValue() - 1] + " " + ym.getYear();
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
      return format(Math.round(number), to, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
      return to.append(label(start, number));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      return null;
    }

    @Override
    public String toString() {
      return "MonthFormat[" + start + "]";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MonthFormat m && m.start.equals(start);
    }

    @Override
    public int hashCode() {
      return start.hashCode();
    }
  }
}
