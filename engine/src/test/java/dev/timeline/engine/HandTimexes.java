package dev.timeline.engine;

import dev.timeline.engine.temporal.Anchoring;
import dev.timeline.engine.temporal.Granularity;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimeInterval;
import dev.timeline.engine.temporal.TimexModifier;
import dev.timeline.engine.temporal.TimexType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Hand-built temporal expressions for tests of the stages after the tagger: each names a phrase
 * of the text and the value a tagger should give it.
 */
public final class HandTimexes {
  private final String text;
  private final List<TemporalExpression> expressions = new ArrayList<>();

  public HandTimexes(String text) {
    this.text = text;
  }

  /** A calendar date: {@code value} is YYYY, YYYY-Qn, YYYY-Hn, YYYY-Wnn, YYYY-MM or YYYY-MM-DD. */
  public HandTimexes date(String phrase, String value) {
    return date(phrase, 1, value, TimexModifier.NONE);
  }

  public HandTimexes date(String phrase, String value, TimexModifier mod) {
    return date(phrase, 1, value, mod);
  }

  /** The {@code occurrence}-th (1-based) occurrence of the phrase. */
  public HandTimexes date(String phrase, int occurrence, String value, TimexModifier mod) {
    int at = -1;
    for (int k = 0; k < occurrence; k++) {
      at = text.indexOf(phrase, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("no '" + phrase + "' #" + occurrence);
      }
    }
    Granularity g;
    LocalDate begin;
    LocalDate end;
    String[] f = value.split("-");
    if (value.contains("-W")) {
      int w = Integer.parseInt(value.substring(value.indexOf('W') + 1));
      g = Granularity.WEEK;
      begin = LocalDate.of(Integer.parseInt(f[0]), 1, 4)
          .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
          .with(java.time.DayOfWeek.MONDAY);
      end = begin.plusWeeks(1);
    } else if (value.contains("-H")) {
      int h = Integer.parseInt(value.substring(value.indexOf('H') + 1));
      g = Granularity.HALF_YEAR;
      begin = LocalDate.of(Integer.parseInt(f[0]), 6 * h - 5, 1);
      end = begin.plusMonths(6);
    } else if (value.contains("-Q")) {
      int q = Integer.parseInt(value.substring(value.indexOf('Q') + 1));
      g = Granularity.QUARTER;
      begin = LocalDate.of(Integer.parseInt(f[0]), 3 * q - 2, 1);
      end = begin.plusMonths(3);
    } else if (f.length == 1) {
      g = Granularity.YEAR;
      begin = LocalDate.of(Integer.parseInt(f[0]), 1, 1);
      end = begin.plusYears(1);
    } else if (f.length == 2) {
      g = Granularity.MONTH;
      begin = LocalDate.of(Integer.parseInt(f[0]), Integer.parseInt(f[1]), 1);
      end = begin.plusMonths(1);
    } else {
      g = Granularity.DAY;
      begin = LocalDate.parse(value);
      end = begin.plusDays(1);
    }
    if (mod == TimexModifier.START && g == Granularity.MONTH) {
      end = begin.plusDays(10);
    }
    LocalDateTime b = begin.atStartOfDay();
    LocalDateTime e = end.atStartOfDay();
    expressions.add(new TemporalExpression(new Span(at, at + phrase.length()), phrase,
        TimexType.DATE, value, mod, Optional.of(g), Optional.of(new TimeInterval(b, e)),
        Anchoring.absolute("hand"), "", ""));
    return this;
  }

  public List<TemporalExpression> build() {
    return expressions.stream().sorted(Comparator.comparing(TemporalExpression::span)).toList();
  }
}
