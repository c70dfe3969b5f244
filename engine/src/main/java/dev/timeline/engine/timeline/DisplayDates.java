package dev.timeline.engine.timeline;

import dev.timeline.engine.event.TemporalRelation;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimexModifier;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes a date as a reader would: "2011", "early September 2014", "14 September 2014", "Q3
 * 2014", "the 1990s", "since 2003", "before publication".
 */
final class DisplayDates {
  private static final Map<String, String> PARTS_OF_DAY =
      Map.of("MO", "morning", "AF", "afternoon", "EV", "evening", "NI", "night", "DT", "daytime");
  private static final Map<String, String> SEASONS =
      Map.of("SP", "spring", "SU", "summer", "FA", "autumn", "WI", "winter");

  /** Compiled once: {@code String.matches} compiled it on every call. */
  private static final Pattern CLOCK = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");

  private DisplayDates() {}

  /** The date of an expression, widened by its modifier and the event's relation to it. */
  static String of(TemporalExpression e, Optional<TemporalRelation> relation) {
    return of(e, relation, false);
  }

  /**
   * As {@link #of(TemporalExpression, Optional)}; a deadline ("completed by Dec. 15") ends the
   * event as "until" does, but a reader writes it "by".
   */
  static String of(TemporalExpression e, Optional<TemporalRelation> relation, boolean deadline) {
    return of(e, relation, deadline, false);
  }

  /**
   * As above; what starts after publication starts "from" a date ("from 9 July 2024"), what
   * started before it has gone on "since".
   */
  static String of(TemporalExpression e, Optional<TemporalRelation> relation, boolean deadline,
      boolean upcoming) {
    String date = (fiscal(e) ? "fiscal " : "")
        + withModifier(calendar(e.value()).orElse(e.text()), e.modifier(), e.text());
    return relation.map(r -> switch (r) {
      case BEGINS -> (upcoming ? "from " : "since ") + date;
      case ENDS -> (deadline ? "by " : "until ") + date;
      case BEFORE -> "before " + date;
      case AFTER -> "after " + date;
      default -> date;
    }).orElse(date);
  }

  /**
   * A range an event fills ("paid between 2014 and 2022", "rain from Tuesday to Thursday"): both
   * ends, the words they share written once ("2014 to 2022", "9 to 11 July 2024").
   */
  static String range(TemporalExpression from, TemporalExpression to) {
    String a = of(from, Optional.empty());
    String b = of(to, Optional.empty());
    for (int cut = a.indexOf(' '); cut > 0; cut = a.indexOf(' ', cut + 1)) {
      String shared = a.substring(cut);
      if (b.endsWith(shared) && b.length() > shared.length()
          && a.substring(0, cut).indexOf(' ') < 0) {
        return a.substring(0, cut) + " to " + b;
      }
    }
    return a + " to " + b;
  }

  /**
   * A quarter or half whose months are not its calendar label's ("fiscal Q3 2025" covering January
   * to March): the reader needs the word.
   */
  static boolean fiscal(TemporalExpression e) {
    String v = e.value();
    if (v.length() != 7 || v.charAt(4) != '-' || e.interval().isEmpty()
        || v.charAt(5) != 'Q' && v.charAt(5) != 'H' || !between(v.charAt(6), '1', '4')) {
      return false;
    }
    int n = v.charAt(6) - '0';
    int labelStart = v.charAt(5) == 'Q' ? (n - 1) * 3 + 1 : (n - 1) * 6 + 1;
    return e.interval().get().begin().getMonthValue() != labelStart;
  }

  /** An event only known relative to the publication date. */
  static String relativeToPublication(TemporalRelation r) {
    return switch (r) {
      case BEFORE -> "before publication";
      case AFTER -> "after publication";
      default -> "at publication";
    };
  }

  /**
   * "Earlier this year" said in October is TimeML's START of the year, but a reader writes "earlier
   * in 2025", not "early 2025"; "later this month" likewise.
   */
  static String withModifier(String date, TimexModifier mod, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (mod == TimexModifier.START && lower.startsWith("earlier ")) {
      return "earlier in " + date;
    }
    if (mod == TimexModifier.END && lower.startsWith("later ")) {
      return "later in " + date;
    }
    return withModifier(date, mod);
  }

  static String withModifier(String date, TimexModifier mod) {
    if (date.startsWith("the ") && (mod == TimexModifier.START || mod == TimexModifier.MID
        || mod == TimexModifier.END)) {
      // "the late 1970s", "the mid-19th century": the article stays in front.
      return "the " + withModifier(date.substring(4), mod);
    }
    return switch (mod) {
      case START -> "early " + date;
      case MID -> "mid-" + date;
      case END -> "late " + date;
      case APPROX -> "about " + date;
      case BEFORE -> "before " + date;
      case AFTER -> "after " + date;
      case ON_OR_BEFORE -> "by " + date;
      case ON_OR_AFTER -> date + " or later";
      case LESS_THAN -> "less than " + date;
      case MORE_THAN -> "more than " + date;
      case EQUAL_OR_LESS -> "at most " + date;
      case EQUAL_OR_MORE -> "at least " + date;
      case NONE -> date;
    };
  }

  /** A TIMEX3 calendar value in words, empty for values this does not know. */
  static Optional<String> calendar(String value) {
    try {
      String v = value;
      String time = "";
      int t = v.indexOf('T');
      if (t > 0) {
        time = v.substring(t + 1);
        v = v.substring(0, t);
      }
      String[] f = v.split("-");
      if (f.length == 1) {
        return year(f[0]);
      }
      if (!digits(f[0], 4)) {
        return Optional.empty();
      }
      String y = f[0];
      String second = f[1];
      if (f.length == 2) {
        if (digits(second, 2)) {
          return Optional.of(month(second) + " " + y);
        }
        if (second.length() == 2 && second.charAt(0) == 'Q'
            && between(second.charAt(1), '1', '4')) {
          return Optional.of(second + " " + y);
        }
        if (second.equals("H1") || second.equals("H2")) {
          return Optional.of((second.equals("H1") ? "first" : "second") + " half of " + y);
        }
        if (week(second)) {
          return Optional.of("week of " + day(weekDay(y, second, java.time.DayOfWeek.MONDAY)));
        }
        if (SEASONS.containsKey(second)) {
          return Optional.of(SEASONS.get(second) + " " + y);
        }
        return Optional.empty();
      }
      if (f.length == 3 && week(second) && f[2].equals("WE")) {
        // "the previous weekend": a reader names its Saturday.
        return Optional.of("weekend of " + day(weekDay(y, second, java.time.DayOfWeek.SATURDAY)));
      }
      if (f.length == 3 && digits(second, 2) && digits(f[2], 2)) {
        String day = Integer.parseInt(f[2]) + " " + month(second) + " " + y;
        if (time.isEmpty()) {
          return Optional.of(day);
        }
        if (PARTS_OF_DAY.containsKey(time)) {
          return Optional.of(day + ", " + PARTS_OF_DAY.get(time));
        }
        if (CLOCK.matcher(time).matches()) {
          return Optional.of(day + ", " + time.substring(0, 5));
        }
        return Optional.of(day);
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** "W24", "W7": an ISO week number. */
  private static boolean week(String s) {
    return (s.length() == 2 || s.length() == 3) && s.charAt(0) == 'W'
        && digits(s.substring(1), s.length() - 1);
  }

  /** That day of an ISO week of year {@code y}. */
  private static java.time.LocalDate weekDay(String y, String week, java.time.DayOfWeek day) {
    return java.time.LocalDate.of(Integer.parseInt(y), 1, 4)
        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
            Integer.parseInt(week.substring(1)))
        .with(day);
  }

  /** "10 June 1946". */
  private static String day(java.time.LocalDate d) {
    String m = month(String.format("%02d", d.getMonthValue()));
    return d.getDayOfMonth() + " " + m + " " + d.getYear();
  }

  private static Optional<String> year(String v) {
    if (digits(v, 4)) {
      return Optional.of(v);
    }
    if (digits(v, 3)) {
      return Optional.of("the " + v + "0s");
    }
    if (digits(v, 2)) {
      int century = Integer.parseInt(v) + 1;
      return Optional.of("the " + ordinal(century) + " century");
    }
    return Optional.empty();
  }

  /** Whether s is exactly n ASCII digits (what the regex {@code \\d{n}} accepted). */
  private static boolean digits(String s, int n) {
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!between(s.charAt(i), '0', '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean between(char c, char lo, char hi) {
    return c >= lo && c <= hi;
  }

  private static String ordinal(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  private static String month(String mm) {
    return Month.of(Integer.parseInt(mm)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
