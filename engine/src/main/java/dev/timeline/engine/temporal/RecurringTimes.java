package dev.timeline.engine.temporal;

import java.util.List;
import java.util.Set;

/**
 * A refiner for times that recur rather than happen once; they stay underspecified and date no
 * event: a clock time beside a recurrence ("at 6 a.m. every weekday", "open daily from 8 a.m. to 6
 * p.m." give {@code XXXX-XX-XXT06:00}), and the months of a fiscal calendar ("its fiscal year runs
 * from July to June" gives {@code XXXX-07}; "fiscal 2024, which begins in January" is one year's).
 */
final class RecurringTimes {
  /** What may stand between a recurrence and its time, or between the two ends of a time range. */
  private static final Set<String> GAP = Set.of("at", "from", "on", ",", "to", "until", "-", "and", "till");

  private RecurringTimes() {}

  static void mark(TokenSequence t, List<Draft> drafts) {
    markFiscalMonths(t, drafts);
    markClockTimes(t, drafts);
  }

  private static void markClockTimes(TokenSequence t, List<Draft> drafts) {
    for (int k = 0; k < drafts.size(); k++) {
      Draft time = drafts.get(k);
      if (!ClockDays.clockOnly(time)) {
        continue;
      }
      Draft before = k > 0 ? drafts.get(k - 1) : null;
      Draft after = k + 1 < drafts.size() ? drafts.get(k + 1) : null;
      if (before != null && ClockDays.adjacent(t, before.end, time.first, GAP)
          && (before.kind == Draft.Kind.SET || before.recurrence != null)) {
        time.recurrence = before.kind == Draft.Kind.SET ? text(t, before) : before.recurrence;
      } else if (after != null && after.kind == Draft.Kind.SET && ClockDays.adjacent(t, time.end, after.first, GAP)) {
        time.recurrence = text(t, after);
      }
    }
  }

  /** Present-tense verbs that describe a fiscal calendar rather than one year of it. */
  private static final Set<String> CALENDAR_VERBS = Set.of("runs", "run", "begins", "begin", "starts",
      "start", "ends", "end", "closes", "close");
  /** How far back from the month "fiscal year" may stand: "fiscal year runs from July to June". */
  private static final int FISCAL_REACH = 6;

  private static void markFiscalMonths(TokenSequence t, List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.month == Draft.NONE || d.day != Draft.NONE || d.year != Draft.NONE
          || d.relative != Draft.Relative.NONE || d.pick != Draft.Pick.TENSE) {
        continue;
      }
      boolean verb = false;
      for (int k = d.first - 1; k >= 0 && k >= d.first - FISCAL_REACH && !t.is(k, "."); k--) {
        verb |= CALENDAR_VERBS.contains(t.lower(k));
        if (verb && t.is(k, "year") && t.is(k - 1, "fiscal") && !t.isNumber(k + 1)) {
          d.recurrence = "fiscal year";
          break;
        }
      }
    }
  }

  private static String text(TokenSequence t, Draft d) {
    return t.text().substring(t.begin(d.first), t.end(d.end - 1));
  }
}
