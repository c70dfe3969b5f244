package dev.timeline.client.chart;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Date texts of the chart, in English whatever the JVM's locale so output is reproducible. */
final class DateLabels {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter FULL_DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_NO_YEAR = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private DateLabels() {}

  /** "16 September 2014", as the service writes display dates. */
  static String day(LocalDate d) {
    return FULL_DAY.format(d);
  }

  /** "16 Sep 2014". */
  static String shortDay(LocalDate d) {
    return DAY.format(d);
  }

  static String tick(LocalDateTime t, ChronoUnit unit, boolean withYear) {
    return switch (unit) {
      case YEARS -> Integer.toString(t.getYear());
      case MONTHS -> MONTH.format(t);
      default -> (withYear ? DAY : DAY_NO_YEAR).format(t);
    };
  }

  /** "4 yr", "3 mo", "12 d": the time a sequence axis skips between two positions. */
  static String gap(LocalDateTime from, LocalDateTime to) {
    long days = ChronoUnit.DAYS.between(from, to);
    long months = ChronoUnit.MONTHS.between(from, to);
    long years = ChronoUnit.YEARS.between(from, to);
    if (years >= 1) {
      return years + " yr";
    }
    if (months >= 1) {
      return months + " mo";
    }
    if (days >= 1) {
      return days + " d";
    }
    return to.isAfter(from) ? "<1 d" : "";
  }
}
