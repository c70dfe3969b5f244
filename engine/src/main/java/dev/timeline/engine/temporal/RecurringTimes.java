package dev.timeline.engine.temporal;

import java.util.List;
import java.util.Set;

/**
 * A refiner: a clock time beside a recurrence ("at 6 a.m. every weekday", "open daily from 8 a.m.
 * to 6 p.m.") is a time of that recurrence, not of the publication day; it stays underspecified
 * ({@code XXXX-XX-XXT06:00}) and dates no event.
 */
final class RecurringTimes {
  /** What may stand between a recurrence and its time, or between the two ends of a time range. */
  private static final Set<String> GAP = Set.of("at", "from", "on", ",", "to", "until", "-", "and", "till");

  private RecurringTimes() {}

  static void mark(TokenSequence t, List<Draft> drafts) {
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

  private static String text(TokenSequence t, Draft d) {
    return t.text().substring(t.begin(d.first), t.end(d.end - 1));
  }
}
