package dev.timeline.engine.temporal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * The calendar months a fiscal quarter or half covers, when the text says where it ended: "its
 * fiscal third quarter, which ended March 31" keeps the value {@code 2025-Q3} (TimeML keeps the
 * company's label) but covers January to March, so the timeline puts it before an April report.
 */
final class FiscalSpans {
  /** What may stand between the period and "ended": "its fiscal third quarter, which ended". */
  private static final Set<String> GAP = Set.of(",", "which", "that");
  private static final int MAX_GAP = 2;

  /** Verbs that give a fiscal year's last month: "whose fiscal year ends June 30". */
  private static final Set<String> ENDS = Set.of("ends", "ending", "ended", "end", "closes", "closing", "closed");
  private static final Set<String> RUNS = Set.of("runs", "run", "running", "ran");

  private FiscalSpans() {}

  /**
   * The month a text says its company's fiscal year ends in ("fiscal year ends June 30", "fiscal
   * 2025, which ended in September", "its fiscal year runs from July to June"), or NONE.
   */
  static int yearEndMonth(TokenSequence t, TokenPatterns p) {
    for (int i = 0; i + 3 < t.size(); i++) {
      if (!t.is(i, "fiscal") || !t.is(i + 1, "year") && !(t.isNumber(i + 1) && t.digits(i + 1) == 4)) {
        continue;
      }
      int k = i + 2;
      while (k < i + 2 + MAX_GAP && GAP.contains(t.lower(k))) {
        k++;
      }
      if (ENDS.contains(t.lower(k))) {
        int at = t.is(k + 1, "on") || t.is(k + 1, "in") ? k + 2 : k + 1;
        int month = p.monthAt(at);
        if (month != Draft.NONE) {
          return month;
        }
      } else if (RUNS.contains(t.lower(k)) && t.is(k + 1, "from") && p.monthAt(k + 2) != Draft.NONE) {
        int to = t.is(k + 3, ".") ? k + 4 : k + 3;
        if ((t.is(to, "to") || t.is(to, "through")) && p.monthAt(to + 1) != Draft.NONE) {
          return p.monthAt(to + 1);
        }
      }
    }
    return Draft.NONE;
  }

  /**
   * "fiscal 2025" where the fiscal year ends in June: July 2024 to June 2025. A fiscal year is named
   * for the calendar year it ends in, as US companies name theirs; December is the calendar year.
   */
  static Optional<TimeInterval> year(Draft d, CalendarPoint p, int endMonth) {
    if (!d.rule.equals("fiscal-year") || p.granularity() != Granularity.YEAR || endMonth == Draft.NONE
        || endMonth == 12 || d.mod != TimexModifier.NONE) {
      return Optional.empty();
    }
    return Optional.of(span(p.date().getYear(), endMonth));
  }

  /** The months of the fiscal year named {@code label} that ends in {@code endMonth}. */
  private static TimeInterval span(int label, int endMonth) {
    LocalDate after = LocalDate.of(label, endMonth, 1).plusMonths(1);
    return new TimeInterval(after.minusYears(1).atStartOfDay(), after.atStartOfDay());
  }

  /**
   * "the full year" in a story that gave its company's fiscal year end: the fiscal year running on
   * {@code day}, named for the year it ends in, and its months; empty for a calendar year.
   */
  static Optional<TimeInterval> running(LocalDate day, int endMonth) {
    if (endMonth == Draft.NONE || endMonth == 12) {
      return Optional.empty();
    }
    return Optional.of(span(day.getYear() + (day.getMonthValue() > endMonth ? 1 : 0), endMonth));
  }

  /** The interval of a fiscal quarter or half followed by "ended" + month and day, if any. */
  static Optional<TimeInterval> ended(TokenSequence t, TokenPatterns p, Draft d, Granularity g,
      Optional<LocalDate> published) {
    if (!d.fiscal || published.isEmpty() || g != Granularity.QUARTER && g != Granularity.HALF_YEAR) {
      return Optional.empty();
    }
    int k = d.end;
    while (k < d.end + MAX_GAP && GAP.contains(t.lower(k))) {
      k++;
    }
    if (!t.is(k, "ended")) {
      return Optional.empty();
    }
    int month = p.monthAt(k + 1);
    int dayAt = t.is(k + 2, ".") ? k + 3 : k + 2;
    if (month == Draft.NONE || !t.isNumber(dayAt) || t.intValue(dayAt) < 1 || t.intValue(dayAt) > 31) {
      return Optional.empty();
    }
    LocalDate pub = published.get();
    int day = t.intValue(dayAt);
    LocalDate end = null;
    for (int y = pub.getYear(); y >= pub.getYear() - 1 && end == null; y--) {
      // "ended": the last such day on or before publication.
      if (day <= YearMonth.of(y, month).lengthOfMonth() && !LocalDate.of(y, month, day).isAfter(pub)) {
        end = LocalDate.of(y, month, day);
      }
    }
    if (end == null) {
      return Optional.empty();
    }
    LocalDate after = end.plusDays(1);
    LocalDate begin = after.minusMonths(g == Granularity.QUARTER ? 3 : 6);
    return Optional.of(new TimeInterval(begin.atStartOfDay(), after.atStartOfDay()));
  }
}
