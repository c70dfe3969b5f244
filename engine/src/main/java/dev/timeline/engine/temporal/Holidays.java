package dev.timeline.engine.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Evaluates the holiday rules of holidays.tsv: fixed dates, nth weekday, Easter offsets. */
final class Holidays {
  private Holidays() {}

  /** The holiday's date in year y, or null if the rule is malformed. */
  static LocalDate date(String rule, int y) {
    String[] f = rule.split(" ");
    try {
      return switch (f[0]) {
        case "FIXED" -> LocalDate.of(y, Integer.parseInt(f[1].substring(0, 2)),
            Integer.parseInt(f[1].substring(3, 5)));
        case "NTH" -> {
          LocalDate first = LocalDate.of(y, Integer.parseInt(f[1]), 1);
          DayOfWeek dow = DayOfWeek.of(Integer.parseInt(f[2]));
          int n = Integer.parseInt(f[3]);
          yield n < 0 ? first.with(TemporalAdjusters.lastInMonth(dow))
              : first.with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
        }
        case "EASTER" -> easter(y).plusDays(Integer.parseInt(f[1]));
        case "AFTER", "BEFORE" -> {
          // "AFTER 1 NTH 11 4 4": the weekday after (or before) the date of the rule that follows.
          LocalDate base = date(rule.substring(f[0].length() + f[1].length() + 2), y);
          DayOfWeek dow = DayOfWeek.of(Integer.parseInt(f[1]));
          yield base == null ? null : base.with(f[0].equals("AFTER")
              ? TemporalAdjusters.next(dow) : TemporalAdjusters.previous(dow));
        }
        default -> null;
      };
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Western Easter Sunday (the anonymous Gregorian algorithm). */
  static LocalDate easter(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(y, month, day);
  }
}
