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

  private FiscalSpans() {}

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
