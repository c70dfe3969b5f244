package dev.timeline.engine.temporal;

import java.time.LocalDate;

/** The units durations and offsets are counted in, with their TIMEX3 duration letters. */
enum CalendarUnit {
  MILLENNIUM("Y", 1000, Granularity.MILLENNIUM, false),
  CENTURY("Y", 100, Granularity.CENTURY, false),
  DECADE("Y", 10, Granularity.DECADE, false),
  YEAR("Y", 1, Granularity.YEAR, false),
  HALF("M", 6, Granularity.HALF_YEAR, false),
  QUARTER("Q", 1, Granularity.QUARTER, false),
  MONTH("M", 1, Granularity.MONTH, false),
  FORTNIGHT("W", 2, Granularity.WEEK, false),
  WEEK("W", 1, Granularity.WEEK, false),
  WEEKEND("D", 2, Granularity.WEEK, false),
  DAY("D", 1, Granularity.DAY, false),
  HOUR("H", 1, Granularity.HOUR, true),
  MINUTE("M", 1, Granularity.MINUTE, true),
  SECOND("S", 1, Granularity.SECOND, true);

  final String letter;
  final int multiplier;
  final Granularity granularity;
  final boolean clock;

  CalendarUnit(String letter, int multiplier, Granularity granularity, boolean clock) {
    this.letter = letter;
    this.multiplier = multiplier;
    this.granularity = granularity;
    this.clock = clock;
  }

  /** TIMEX3 duration value for n units; null n means "some" (PXY). */
  String duration(Double n) {
    String prefix = clock ? "PT" : "P";
    if (n == null) {
      return prefix + "X" + letter;
    }
    double v = n * multiplier;
    if (v != Math.rint(v)) {
      // Fractions carry into the next unit down: 2.5 years = P2Y6M, 1.5 minutes = PT1M30S.
      long whole = (long) Math.floor(v);
      double rest = v - whole;
      return switch (this) {
        case MILLENNIUM, CENTURY, DECADE, YEAR, HALF -> "P" + part(whole, "Y") + fmt(rest * 12) + "M";
        case MONTH -> "P" + part(whole, "M") + fmt(rest * 30) + "D";
        case WEEK, FORTNIGHT -> "P" + fmt(v * 7) + "D";
        case DAY, WEEKEND -> "P" + part(whole, "D") + "T" + fmt(rest * 24) + "H";
        case HOUR -> "PT" + part(whole, "H") + fmt(rest * 60) + "M";
        case MINUTE -> "PT" + part(whole, "M") + fmt(rest * 60) + "S";
        default -> prefix + fmt(v) + letter;
      };
    }
    return prefix + fmt(v) + letter;
  }

  private static String part(long whole, String letter) {
    return whole == 0 ? "" : whole + letter;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** The date n units after d (n may be negative). */
  LocalDate shift(LocalDate d, long n) {
    return switch (this) {
      case MILLENNIUM -> d.plusYears(1000 * n);
      case CENTURY -> d.plusYears(100 * n);
      case DECADE -> d.plusYears(10 * n);
      case YEAR -> d.plusYears(n);
      case HALF -> d.plusMonths(6 * n);
      case QUARTER -> d.plusMonths(3 * n);
      case MONTH -> d.plusMonths(n);
      case FORTNIGHT -> d.plusWeeks(2 * n);
      case WEEK, WEEKEND -> d.plusWeeks(n);
      case DAY -> d.plusDays(n);
      case HOUR, MINUTE, SECOND -> d;
    };
  }
}
