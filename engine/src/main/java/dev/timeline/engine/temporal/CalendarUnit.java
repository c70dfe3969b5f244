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
      // Fractions go one unit down: 1.5 years = P18M, half an hour = PT30M.
      return switch (this) {
        case YEAR -> "P" + fmt(v * 12) + "M";
        case DAY -> "PT" + fmt(v * 24) + "H";
        case HOUR -> "PT" + fmt(v * 60) + "M";
        case MONTH -> "P" + fmt(v * 30) + "D";
        case WEEK -> "P" + fmt(v * 7) + "D";
        default -> prefix + v + letter;
      };
    }
    return prefix + fmt(v) + letter;
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
