package dev.timeline.engine.temporal;

import java.util.List;
import java.util.Set;

/**
 * A refiner: a clock time with no day of its own takes the day of the date beside it ("Monday at
 * 2:15 p.m.", "10:30 a.m. on Monday", "Sept. 14 at 5:30 p.m.", "2014-09-14 17:30:00"), instead of
 * the publication day. Both stay separate expressions, as TimeML spans them; only the time's value
 * changes. The time copies the date's day-defining fields, so it resolves exactly as the date does
 * (same tense, same direction).
 */
final class ClockDays {
  /** What may stand between the two: "at", "on", a comma, nothing. */
  private static final Set<String> GAP = Set.of("at", "on", ",");
  private static final int MAX_GAP = 2;

  private ClockDays() {}

  static void lend(TokenSequence t, List<Draft> drafts) {
    for (int k = 0; k < drafts.size(); k++) {
      Draft time = drafts.get(k);
      if (!clockOnly(time)) {
        continue;
      }
      Draft before = k > 0 ? drafts.get(k - 1) : null;
      Draft after = k + 1 < drafts.size() ? drafts.get(k + 1) : null;
      if (before != null && dayPrecise(before) && adjacent(t, before.end, time.first)) {
        copyDay(t, before, time);
      } else if (after != null && dayPrecise(after) && adjacent(t, time.end, after.first)) {
        copyDay(t, after, time);
      }
    }
  }

  static boolean clockOnly(Draft d) {
    return d.kind == Draft.Kind.TIME && d.hour != Draft.NONE && d.noDayOfItsOwn();
  }

  /** A date of one day: "Monday", "Sept. 14", "yesterday", "Christmas". */
  private static boolean dayPrecise(Draft d) {
    if (d.kind != Draft.Kind.DATE || d.mod != TimexModifier.NONE || d.partOfDay != null) {
      return false;
    }
    if (d.relative != Draft.Relative.NONE) {
      return d.unit == CalendarUnit.DAY && d.weekday == Draft.NONE && d.month == Draft.NONE;
    }
    return d.day != Draft.NONE && d.month != Draft.NONE || d.weekday != Draft.NONE
        || d.holidayRule != null;
  }

  private static boolean adjacent(TokenSequence t, int from, int to) {
    return adjacent(t, from, to, GAP);
  }

  /** At most two tokens between {@code from} and {@code to}, each one of {@code gap}. */
  static boolean adjacent(TokenSequence t, int from, int to, Set<String> gap) {
    if (to < from || to - from > MAX_GAP) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!gap.contains(t.lower(i))) {
        return false;
      }
    }
    return true;
  }

  private static void copyDay(TokenSequence t, Draft date, Draft time) {
    time.daySource = t.text().substring(t.begin(date.first), t.end(date.end - 1));
    time.dayFirst = date.first;
    time.dayEnd = date.end;
    time.year = date.year;
    time.month = date.month;
    time.day = date.day;
    time.weekday = date.weekday;
    time.holidayRule = date.holidayRule;
    time.needsCentury = date.needsCentury;
    time.relative = date.relative;
    time.unit = date.unit;
    time.offset = date.offset;
    time.vagueOffset = date.vagueOffset;
    time.pick = date.pick;
    time.storyAnchor = date.storyAnchor;
  }
}
