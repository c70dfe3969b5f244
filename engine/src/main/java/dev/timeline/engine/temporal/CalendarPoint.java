package dev.timeline.engine.temporal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * A resolved calendar value: a day that lies inside it plus its granularity, with the extras
 * TIMEX3 values can carry (season, weekend, part of day, clock time). Formats the TIMEX3 value and
 * computes the interval it covers.
 */
record CalendarPoint(
    LocalDate date,
    Granularity granularity,
    String season,
    boolean weekend,
    String partOfDay,
    int hour,
    int minute,
    int second) {

  static CalendarPoint of(LocalDate date, Granularity granularity) {
    return new CalendarPoint(date, granularity, null, false, null, -1, -1, -1);
  }

  CalendarPoint withGranularity(Granularity g) {
    return new CalendarPoint(date, g, season, weekend, partOfDay, hour, minute, second);
  }

  String value() {
    int y = date.getYear();
    return switch (granularity) {
      case MILLENNIUM -> Integer.toString(Math.floorDiv(y, 1000));
      case CENTURY -> ZeroPad.of(Math.floorDiv(y, 100), 2);
      case DECADE -> ZeroPad.of(Math.floorDiv(y, 10), 3);
      case YEAR -> ZeroPad.of(y, 4);
      case HALF_YEAR -> ZeroPad.of(y, 4) + (date.getMonthValue() <= 6 ? "-H1" : "-H2");
      case QUARTER -> ZeroPad.of(y, 4) + "-Q" + (date.getMonthValue() + 2) / 3;
      case SEASON -> ZeroPad.of(y, 4) + "-" + (season == null ? seasonOf(date) : season);
      case MONTH -> ZeroPad.of(y, 4) + "-" + ZeroPad.of(date.getMonthValue(), 2);
      case WEEK -> String.format("%04d-W%02d%s", date.get(IsoFields.WEEK_BASED_YEAR),
          date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), weekend ? "-WE" : "");
      case DAY -> date.toString();
      case PART_OF_DAY -> date + "T" + partOfDay;
      case HOUR, MINUTE ->
          date + "T" + ZeroPad.of(hour, 2) + ":" + ZeroPad.of(Math.max(minute, 0), 2);
      case SECOND -> date + "T" + ZeroPad.of(hour, 2) + ":" + ZeroPad.of(minute, 2) + ":"
          + ZeroPad.of(second, 2);
    };
  }

  private static String seasonOf(LocalDate d) {
    return switch (d.getMonthValue()) {
      case 3, 4, 5 -> "SP";
      case 6, 7, 8 -> "SU";
      case 9, 10, 11 -> "FA";
      default -> "WI";
    };
  }

  /** The first day of the season of year y (winter starts in December). */
  static LocalDate seasonStart(int y, String season) {
    return switch (season) {
      case "SP" -> LocalDate.of(y, 3, 1);
      case "SU" -> LocalDate.of(y, 6, 1);
      case "FA" -> LocalDate.of(y, 9, 1);
      default -> LocalDate.of(y, 12, 1);
    };
  }

  /** [begin, end) of the value. */
  TimeInterval interval() {
    int y = date.getYear();
    LocalDate b;
    LocalDate e;
    switch (granularity) {
      case MILLENNIUM -> {
        b = LocalDate.of(Math.floorDiv(y, 1000) * 1000, 1, 1);
        e = b.plusYears(1000);
      }
      case CENTURY -> {
        b = LocalDate.of(Math.floorDiv(y, 100) * 100, 1, 1);
        e = b.plusYears(100);
      }
      case DECADE -> {
        b = LocalDate.of(Math.floorDiv(y, 10) * 10, 1, 1);
        e = b.plusYears(10);
      }
      case YEAR -> {
        b = LocalDate.of(y, 1, 1);
        e = b.plusYears(1);
      }
      case HALF_YEAR -> {
        b = LocalDate.of(y, date.getMonthValue() <= 6 ? 1 : 7, 1);
        e = b.plusMonths(6);
      }
      case QUARTER -> {
        b = LocalDate.of(y, (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        e = b.plusMonths(3);
      }
      case SEASON -> {
        b = seasonStart(y, season == null ? seasonOf(date) : season);
        e = b.plusMonths(3);
      }
      case MONTH -> {
        b = date.withDayOfMonth(1);
        e = b.plusMonths(1);
      }
      case WEEK -> {
        LocalDate monday = date.with(DayOfWeek.MONDAY);
        b = weekend ? monday.plusDays(5) : monday;
        e = weekend ? monday.plusDays(7) : monday.plusDays(7);
      }
      case PART_OF_DAY -> {
        int[] h = partOfDayHours(partOfDay);
        LocalDateTime pb = date.atTime(h[0], 0);
        return new TimeInterval(pb, pb.plusHours(h[1]));
      }
      case HOUR, MINUTE, SECOND -> {
        LocalDateTime tb = date.atStartOfDay().plusHours(hour).plusMinutes(Math.max(minute, 0))
            .plusSeconds(Math.max(second, 0));
        ChronoUnit u = granularity == Granularity.SECOND ? ChronoUnit.SECONDS
            : granularity == Granularity.MINUTE || minute >= 0 ? ChronoUnit.MINUTES : ChronoUnit.HOURS;
        return new TimeInterval(tb, tb.plus(1, u));
      }
      default -> {
        b = date;
        e = date.plusDays(1);
      }
    }
    return new TimeInterval(b.atStartOfDay(), e.atStartOfDay());
  }

  /** {start hour, length in hours} of a TIMEX3 part of day. */
  private static int[] partOfDayHours(String pod) {
    return switch (pod) {
      case "MO" -> new int[] {6, 6};
      case "AF" -> new int[] {12, 6};
      case "EV" -> new int[] {17, 4};
      case "NI" -> new int[] {21, 9};
      default -> new int[] {6, 12};
    };
  }

  /** The interval narrowed (early/mid/late) or widened (about) by the modifier. */
  Optional<TimeInterval> interval(TimexModifier mod) {
    TimeInterval iv = interval();
    LocalDateTime b = iv.begin();
    LocalDateTime e = iv.end();
    switch (mod) {
      case START, MID, END -> {
        if (granularity == Granularity.PART_OF_DAY && "NI".equals(partOfDay)) {
          // "late Tuesday night" is before midnight: past it, news says "early Wednesday".
          b = b.toLocalDate().atTime(21, 0);
          e = b.plusHours(3);
        }
        ChronoUnit u = subUnit();
        if (u == null) {
          return Optional.of(iv);
        }
        long n = u.between(b, e);
        long third = n / 3;
        if (third == 0) {
          return Optional.of(iv);
        }
        return Optional.of(switch (mod) {
          case START -> new TimeInterval(b, b.plus(third, u));
          case MID -> new TimeInterval(b.plus(third, u), b.plus(n - third, u));
          default -> new TimeInterval(b.plus(n - third, u), e);
        });
      }
      case APPROX -> {
        Duration len = Duration.between(b, e);
        return Optional.of(new TimeInterval(b.minus(len), e.plus(len)));
      }
      case BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER -> {
        return Optional.empty();
      }
      default -> {
        return Optional.of(iv);
      }
    }
  }

  private ChronoUnit subUnit() {
    return switch (granularity) {
      case MILLENNIUM, CENTURY, DECADE -> ChronoUnit.YEARS;
      case YEAR, HALF_YEAR, QUARTER, SEASON -> ChronoUnit.MONTHS;
      case MONTH, WEEK -> ChronoUnit.DAYS;
      case DAY, PART_OF_DAY -> ChronoUnit.HOURS;
      case HOUR -> ChronoUnit.MINUTES;
      case MINUTE -> ChronoUnit.SECONDS;
      case SECOND -> null;
    };
  }
}
