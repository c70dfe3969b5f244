package dev.timeline.engine.temporal;

import java.util.List;
import java.util.Set;

/**
 * A refiner for times that recur rather than happen once; they stay underspecified and date no
 * event: a clock time beside a recurrence ("at 6 a.m. every weekday", "open daily from 8 a.m. to 6
 * p.m." give {@code XXXX-XX-XXT06:00}), and the months of a fiscal calendar ("its fiscal year runs
 * from July to June" gives {@code XXXX-07}; "fiscal 2024, which begins in January" is one year's),
 * and the days of a weekly timetable ("the office is open from Monday to Friday" gives
 * {@code XXXX-WXX-1} and {@code XXXX-WXX-5}; "the fair runs from Monday to Friday" is one week's).
 */
final class RecurringTimes {
  /** What may stand between a recurrence and its time, or between the two ends of a time range. */
  private static final Set<String> GAP = Set.of("at", "from", "on", ",", "to", "until", "-", "and", "till");

  private RecurringTimes() {}

  static void mark(TokenSequence t, List<Draft> drafts) {
    markFiscalMonths(t, drafts);
    markWeeklySchedules(t, drafts);
    markClockTimes(t, drafts);
  }

  /** Words of opening hours, which hold every week: "is open", "closes", "operates", "staffed". */
  private static final Set<String> TIMETABLE_WORDS = Set.of("open", "opens", "closed", "closes",
      "operates", "operate", "staffed", "hours");
  /** Words that put a sentence in the past or future, where a day range is one week's. */
  private static final Set<String> NOT_PRESENT = Set.of("was", "were", "will", "would", "had", "did",
      "'ll", "shall", "going");
  private static final Set<String> DAY_RANGE = Set.of("to", "through", "thru", "until", "till", "-", "–");

  /**
   * "open from Monday to Friday": a weekday range in a present-tense sentence about opening hours,
   * with no date of its own that would name one particular week, is a weekly timetable.
   */
  private static void markWeeklySchedules(TokenSequence t, List<Draft> drafts) {
    for (int k = 0; k + 1 < drafts.size(); k++) {
      Draft a = drafts.get(k);
      Draft b = drafts.get(k + 1);
      if (!bareWeekday(a) || !bareWeekday(b) || b.first != a.end + 1 || !DAY_RANGE.contains(t.lower(a.end))
          || !timetableSentence(t, drafts, k)) {
        continue;
      }
      for (Draft d : List.of(a, b)) {
        d.kind = Draft.Kind.SET;
        d.value = "XXXX-WXX-" + d.weekday;
        d.quantity = "EVERY";
      }
      k++;
    }
  }

  private static boolean bareWeekday(Draft d) {
    return d.kind == Draft.Kind.DATE && d.rule.equals("weekday") && d.weekday != Draft.NONE
        && d.pick == Draft.Pick.TENSE && d.relative == Draft.Relative.NONE && d.mod == TimexModifier.NONE;
  }

  /** The sentence of drafts k and k+1 speaks of opening hours, in the present, and names no date. */
  private static boolean timetableSentence(TokenSequence t, List<Draft> drafts, int k) {
    int begin = drafts.get(k).first;
    while (begin > 0 && !t.endsSentence(begin - 1)) {
      begin--;
    }
    int end = drafts.get(k + 1).end;
    while (end < t.size() && !t.endsSentence(end)) {
      end++;
    }
    boolean timetable = false;
    for (int i = begin; i < end; i++) {
      if (NOT_PRESENT.contains(t.lower(i))) {
        return false;
      }
      timetable |= TIMETABLE_WORDS.contains(t.lower(i));
    }
    for (int j = 0; j < drafts.size(); j++) {
      Draft d = drafts.get(j);
      if (j != k && j != k + 1 && d.first >= begin && d.end <= end && d.calendarDate() && !ClockDays.clockOnly(d)) {
        return false; // "open from Monday to Friday next week"
      }
    }
    return timetable;
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
      } else {
        Draft set = dailySetOfSentence(t, drafts, k);
        if (set != null) {
          time.recurrence = text(t, set);
        }
      }
    }
    // "from 10 a.m. to 5 p.m. daily": the range's first end recurs with its second.
    for (int k = drafts.size() - 2; k >= 0; k--) {
      Draft time = drafts.get(k);
      Draft next = drafts.get(k + 1);
      if (time.recurrence == null && ClockDays.clockOnly(time) && ClockDays.clockOnly(next)
          && next.recurrence != null && ClockDays.adjacent(t, time.end, next.first, GAP)) {
        time.recurrence = next.recurrence;
      }
    }
  }

  /**
   * "On Saturdays, the road will be closed to cars from 5 p.m.": a set of days or of a part of the
   * day elsewhere in the clock time's sentence, which names no date, is what the time recurs with;
   * else the time would fall on the publication day. Null when there is no such set.
   */
  private static Draft dailySetOfSentence(TokenSequence t, List<Draft> drafts, int k) {
    Draft time = drafts.get(k);
    int begin = time.first;
    while (begin > 0 && !t.endsSentence(begin - 1)) {
      begin--;
    }
    int end = time.end;
    while (end < t.size() && !t.endsSentence(end)) {
      end++;
    }
    // Drafts come in text order: only the neighbours inside the sentence need a look, which
    // keeps a long text linear (a scan of every draft made 10 MB take minutes).
    int lo = k;
    while (lo > 0 && drafts.get(lo - 1).first >= begin) {
      lo--;
    }
    int hi = k;
    while (hi + 1 < drafts.size() && drafts.get(hi + 1).first <= end) {
      hi++;
    }
    Draft set = null;
    for (int j = lo; j <= hi; j++) {
      Draft d = drafts.get(j);
      if (j == k || d.first < begin || d.end > end + 1) {
        continue;
      }
      if (d.kind == Draft.Kind.SET && d.value != null
          && (d.value.startsWith("XXXX-WXX-") || d.value.startsWith("XXXX-XX-XXT")
              || d.value.equals("P1D"))) {
        set = d;
      } else if (d.calendarDate() && !ClockDays.clockOnly(d)) {
        return null; // "on Saturdays, and this Friday from 5 p.m.": one day is named
      }
    }
    return set;
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
