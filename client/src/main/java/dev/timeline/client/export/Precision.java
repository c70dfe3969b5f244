package dev.timeline.client.export;

import dev.timeline.proto.v1.Granularity;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The calendar fields a date is written with: a year-only value shows only its year, "early
 * September 2014" its year and month. Formats such as TimelineJS and iCalendar need this rather
 * than the interval, which a modifier may have narrowed or a decade widened.
 */
public enum Precision {
  YEAR(ChronoUnit.YEARS),
  MONTH(ChronoUnit.MONTHS),
  DAY(ChronoUnit.DAYS),
  HOUR(ChronoUnit.HOURS),
  MINUTE(ChronoUnit.MINUTES),
  SECOND(ChronoUnit.SECONDS);

  private final ChronoUnit unit;

  Precision(ChronoUnit unit) {
    this.unit = unit;
  }

  /** The precision a value of this granularity is written with. */
  public static Precision of(Granularity g, LocalDateTime begin, LocalDateTime end) {
    return switch (g) {
      case GRANULARITY_MILLENNIUM, GRANULARITY_CENTURY, GRANULARITY_DECADE, GRANULARITY_YEAR -> YEAR;
      case GRANULARITY_HALF_YEAR, GRANULARITY_QUARTER, GRANULARITY_SEASON, GRANULARITY_MONTH -> MONTH;
      case GRANULARITY_WEEK, GRANULARITY_DAY -> DAY;
      case GRANULARITY_PART_OF_DAY, GRANULARITY_HOUR -> HOUR;
      case GRANULARITY_MINUTE -> MINUTE;
      case GRANULARITY_SECOND -> SECOND;
      default -> fit(begin, end);
    };
  }

  /** For an unknown granularity: the coarsest field the interval's bounds both fall on. */
  private static Precision fit(LocalDateTime begin, LocalDateTime end) {
    for (Precision p : values()) {
      if (p.truncate(begin).equals(begin) && p.truncate(end).equals(end)) {
        return p;
      }
    }
    return SECOND;
  }

  /** The start of the unit that contains {@code t}. */
  public LocalDateTime truncate(LocalDateTime t) {
    return switch (this) {
      case YEAR -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
      case MONTH -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
      default -> t.truncatedTo(unit);
    };
  }

  /** The start of the unit after the one that contains {@code t}. */
  public LocalDateTime next(LocalDateTime t) {
    return truncate(t).plus(1, unit);
  }

  /** Whether the precision is a day or coarser (an all-day value in calendars). */
  public boolean wholeDays() {
    return compareTo(DAY) <= 0;
  }

  /**
   * The last unit the half-open interval covers, when it covers more than the unit of its start
   * ("2010s" as years: 2019; "2014-Q3" as months: September); null when one unit holds it all.
   */
  public LocalDateTime lastUnitBeyondFirst(LocalDateTime begin, LocalDateTime end) {
    if (!end.isAfter(next(begin))) {
      return null;
    }
    return truncate(end.minus(Duration.ofNanos(1)));
  }
}
