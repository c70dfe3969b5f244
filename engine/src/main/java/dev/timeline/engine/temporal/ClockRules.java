package dev.timeline.engine.temporal;

import dev.timeline.engine.temporal.Draft.Kind;
import java.util.Set;

/** Clock times ("10:30 a.m. EST", "noon"), with the day that may follow ("10 p.m. Sunday"). */
final class ClockRules {
  private static final Set<String> ZONES = Set.of(
      "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST",
      "ET", "PT", "CT", "MT", "JST", "IST", "AEST", "EET", "EEST", "MSK", "HKT", "SGT", "WIB");
  /** Zones in words: "Eastern time", "Pacific Standard Time" ("local time" too). */
  private static final Set<String> ZONE_REGIONS = Set.of("eastern", "central", "mountain", "pacific",
      "atlantic", "greenwich");

  private final TokenSequence t;
  private final TokenPatterns p;
  private final Grammar g;
  private final Lexicon lex = Lexicon.get();

  ClockRules(TokenSequence t, TokenPatterns p, Grammar g) {
    this.t = t;
    this.p = p;
    this.g = g;
  }

  /** "10:30", "10:30 a.m. EST", "10 p.m.", "noon", "midnight". */
  Draft clockTime(int i) {
    String w = t.lower(i);
    if (w.equals("noon") || w.equals("midday") || w.equals("midnight")) {
      Draft d = new Draft(i, zone(i + 1), "clock-word"); // "noon ET", "midnight GMT"
      d.kind = Kind.TIME;
      d.hour = w.equals("midnight") ? 24 : 12;
      d.minute = 0;
      return attachDay(d, true, true);
    }
    // "from dusk to dawn": the second end of a dusk-to-dawn range ("to" alone is often the verb's).
    boolean duskToDawn = t.is(i - 1, "to") && DUSK.contains(t.lower(i - 2)) && t.is(i - 3, "from");
    if ((w.equals("dawn") || w.equals("daybreak")) && !t.capitalized(i)
        && (DAWN_LEFT.contains(t.lower(i - 1)) || duskToDawn)) {
      // "at dawn on Sunday": TimeML has no dawn, the morning of that day is the nearest it allows.
      Draft d = new Draft(i, i + 1, "dawn");
      d.partOfDay = "MO";
      d = attachDay(d, true, true);
      if (duskToDawn && d.end == i + 1 && d.relative == Draft.Relative.NONE) {
        // the dawn that ends a night is the next day's, as in "the next morning"
        d.relative = Draft.Relative.STORY;
        d.unit = CalendarUnit.DAY;
        d.offset = 1;
      }
      return d;
    }
    if (DUSK.contains(w) && !t.capitalized(i) && DAWN_LEFT.contains(t.lower(i - 1))) {
      // "at dusk", "after nightfall": the evening, as dawn is the morning.
      Draft d = new Draft(i, i + 1, "dusk");
      d.partOfDay = "EV";
      return attachDay(d, true, true);
    }
    Draft oClock = oClock(i);
    if (oClock != null) {
      return oClock;
    }
    int hour;
    int minute = 0;
    int second = Draft.NONE;
    int k;
    if (t.isAlnum(i)) {
      // "10am", "10pm"
      String s = t.lower(i);
      if (!(s.endsWith("am") || s.endsWith("pm")) || s.length() > 4) {
        return null;
      }
      hour = Integer.parseInt(s.substring(0, s.length() - 2));
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (s.endsWith("pm") ? 12 : 0);
      k = i + 1;
      Draft d = new Draft(i, zone(k), "clock-time");
      d.kind = Kind.TIME;
      d.hour = hour;
      d.minute = 0;
      return attachDay(d, true);
    }
    if (!t.isNumber(i) || t.digits(i) > 2) {
      return null;
    }
    hour = t.intValue(i);
    k = i + 1;
    Draft glued = gluedMeridiem(i, hour);
    if (glued != null) {
      return glued;
    }
    boolean colon = (t.is(k, ":") || t.is(k, ".") && meridiem(k + 2) >= 0) // "7.30 p.m.", British
        && t.touches(i) && t.touches(k) && t.isNumber(k + 1) && t.digits(k + 1) == 2;
    if (colon) {
      minute = t.intValue(k + 1);
      k += 2;
      if (t.is(k, ":") && t.touches(k - 1) && t.touches(k) && t.isNumber(k + 1) && t.digits(k + 1) == 2) {
        second = t.intValue(k + 1);
        k += 2;
      }
      if (hour > 24 || minute > 59 || second != Draft.NONE && second > 59) {
        return null;
      }
      if (i > 0 && t.touches(i - 1) && (t.isNumber(i - 1) || t.is(i - 1, ":"))) {
        return null;
      }
    }
    int afterMeridiem = meridiem(k);
    if (afterMeridiem < 0 && !colon) {
      // "at 9 this morning", "at 8 tonight": a bare hour only with "at" and a part of a day
      if (!t.is(i - 1, "at") || hour < 1 || hour > 12 || dayPart(k) == null) {
        return null;
      }
    }
    if (afterMeridiem >= 0) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      boolean pm = t.lower(k).startsWith("p");
      hour = hour % 12 + (pm ? 12 : 0);
      k = afterMeridiem;
    } else if (t.is(k, "-") || t.isNumber(k)) {
      return null; // scores, ratios "3:30-4"
    }
    Draft d = new Draft(i, zone(k), "clock-time");
    d.kind = Kind.TIME;
    d.hour = hour;
    d.minute = minute;
    d.second = second;
    return attachDay(d, afterMeridiem >= 0 || hour > 12);
  }

  /** Minutes with "am" or "pm" glued on: "30pm" of "5:30pm". */
  private static final java.util.regex.Pattern MINUTES_MERIDIEM =
      java.util.regex.Pattern.compile("[0-5][0-9][ap]m");

  /** "5:30pm", "11:05am", "7.30pm": the minutes and the half of the day in one token; or null. */
  private Draft gluedMeridiem(int i, int hour) {
    int k = i + 1;
    if (!(t.is(k, ":") || t.is(k, ".")) || !t.touches(i) || !t.touches(k) || !t.isAlnum(k + 1)
        || !MINUTES_MERIDIEM.matcher(t.lower(k + 1)).matches() || hour < 1 || hour > 12) {
      return null;
    }
    String m = t.lower(k + 1);
    Draft d = new Draft(i, zone(k + 2), "clock-time");
    d.kind = Kind.TIME;
    d.hour = hour % 12 + (m.endsWith("pm") ? 12 : 0);
    d.minute = Integer.parseInt(m.substring(0, 2));
    return attachDay(d, true);
  }

  /** "9 o'clock", "nine o'clock p.m.": the hour, in digits or a word, or null. */
  private Draft oClock(int i) {
    int hour = t.isNumber(i) && t.digits(i) <= 2 ? t.intValue(i) : lex.intValue(t.lower(i), Lexicon.Category.NUMBER);
    int k = i + 1;
    if (hour < 1 || hour > 12 || !t.is(k, "o") || !(t.is(k + 1, "'") || t.is(k + 1, "’")) || !t.is(k + 2, "clock")
        || !t.touches(k) || !t.touches(k + 1)) {
      return null;
    }
    k += 3;
    int afterMeridiem = meridiem(k);
    if (afterMeridiem >= 0) {
      hour = hour % 12 + (t.lower(k).startsWith("p") ? 12 : 0);
      k = afterMeridiem;
    }
    Draft d = new Draft(i, k, "o-clock");
    d.kind = Kind.TIME;
    d.hour = hour;
    d.minute = 0;
    return attachDay(d, afterMeridiem >= 0);
  }

  /** End of "a.m." / "am" / "p.m." at k, or -1. */
  int meridiem(int k) {
    String w = t.lower(k);
    if (w.equals("am") || w.equals("pm")) {
      // "5:30 pm." ends a sentence unless a lower-case word goes on after it.
      boolean dotted = t.is(k + 1, ".") && t.touches(k) && t.isWord(k + 2) && !t.capitalized(k + 2);
      return k + 1 + (dotted ? 1 : 0);
    }
    if ((w.equals("a") || w.equals("p")) && t.is(k + 1, ".") && t.is(k + 2, "m") && t.touches(k)
        && t.touches(k + 1)) {
      return k + 3 + (t.is(k + 3, ".") && t.touches(k + 2) ? 1 : 0);
    }
    return -1;
  }

  int zone(int k) {
    if (t.isWord(k) && ZONES.contains(t.text().substring(t.begin(k), t.end(k)))) {
      return k + 1;
    }
    // "10:30 a.m. local time", "3:45 p.m. Eastern time", "noon Pacific Standard Time": a zone in words.
    boolean region = t.is(k, "local") || t.capitalized(k) && ZONE_REGIONS.contains(t.lower(k));
    if (region && t.is(k + 1, "time")) {
      return k + 2;
    }
    if (region && !t.is(k, "local") && (t.is(k + 1, "standard") || t.is(k + 1, "daylight"))
        && t.is(k + 2, "time")) {
      return k + 3;
    }
    return k;
  }

  /**
   * A day with a part of it right after a clock time: "this afternoon", "last night", "Tuesday
   * evening", "tonight"; or null.
   */
  private Draft dayPart(int k) {
    Draft day = g.calendar.weekday(k);
    if (day == null || day.kind != Kind.DATE) {
      day = g.relatives.deictic(k);
    }
    if (day == null) {
      day = g.relatives.relative(k);
    }
    boolean oneDay = day != null && (day.weekday != Draft.NONE || day.unit == CalendarUnit.DAY);
    return oneDay && day.partOfDay != null && day.relative != Draft.Relative.STORY ? day : null;
  }

  /** Words for the end of the day, times like "dawn" after the same prepositions. */
  private static final Set<String> DUSK = Set.of("dusk", "nightfall", "sundown");

  /** Prepositions before "dawn" that make it a time, not a beginning ("the dawn of an era"). */
  private static final Set<String> DAWN_LEFT = Set.of("at", "before", "by", "after", "until", "till",
      "since", "from", "around");

  Draft attachDay(Draft time, boolean meridiemGiven) {
    return attachDay(time, meridiemGiven, false);
  }

  /**
   * "noon Thursday", "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "9 a.m. tomorrow"; a time said in
   * a word ({@code wordTime}: "midnight", "dawn") also takes the day after "on" into its span
   * ("midnight on Friday"), where a digit clock time stays apart from it ({@code ClockDays}).
   */
  Draft attachDay(Draft time, boolean meridiemGiven, boolean wordTime) {
    Draft part = dayPart(time.end);
    if (part != null) {
      // "4:15 this afternoon", "10:30 last night": the part of the day sets the half of the clock.
      if (!meridiemGiven) {
        time.hour = afternoonHour(time.hour, part.partOfDay);
      }
      part.partOfDay = null;
      copy(part, time);
      return time;
    }
    int k = time.end;
    if (t.is(k, ",") || wordTime && t.is(k, "on")) {
      k++;
    }
    Draft day = g.calendar.weekday(k);
    if (day == null || day.kind != Kind.DATE) {
      day = g.calendar.monthFirst(k);
      if (day != null && day.day == Draft.NONE) {
        day = null;
      }
    }
    if (day == null) {
      day = g.relatives.deictic(k);
    }
    if (day == null || day.partOfDay != null) {
      return time;
    }
    copy(day, time);
    return time;
  }

  /** The 24-hour hour of a 12-hour clock reading in that part of the day. */
  private static int afternoonHour(int hour, String partOfDay) {
    if (hour < 1 || hour > 11) {
      return hour;
    }
    return switch (partOfDay) {
      case "AF" -> hour <= 6 ? hour + 12 : hour;
      case "EV" -> hour + 12;
      case "NI" -> hour >= 6 ? hour + 12 : hour;
      default -> hour;
    };
  }

  private static void copy(Draft day, Draft time) {
    time.end = day.end;
    time.weekday = day.weekday;
    time.month = day.month;
    time.day = day.day;
    time.year = day.year;
    time.needsCentury = day.needsCentury;
    time.relative = day.relative;
    time.unit = day.unit;
    time.offset = day.offset;
    time.pick = day.pick;
    time.rule = "clock-time-day";
  }
}
