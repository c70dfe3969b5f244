package dev.timeline.engine.temporal;

import dev.timeline.engine.temporal.Draft.Kind;
import dev.timeline.engine.temporal.Draft.Relative;
import dev.timeline.engine.temporal.Lexicon.Category;
import java.util.Set;

/**
 * Counted time: durations ("three years", "two-year"), offsets ("three years ago", "two weeks
 * later"), recurrences ("every Sunday", "twice a week") and reference adverbs ("now", "soon").
 */
final class QuantityRules {
  /** Words between a number and its unit that keep it a duration. */
  static final Set<String> UNIT_ADJECTIVES = Set.of("more", "additional", "trading", "business",
      "working", "full", "straight", "consecutive", "calendar", "extra", "long", "short", "previous",
      "past", "last", "next", "further", "successive", "school", "fiscal");

  /** Events and states whose age ("the 8-month-old truce") is a duration TimeML marks. */
  static final Set<String> AGED_EVENTS = Set.of("truce", "ceasefire", "cease-fire", "strike", "war",
      "conflict", "dispute", "ban", "boycott", "embargo", "moratorium", "blockade", "siege", "standoff",
      "lockout", "crisis", "insurgency", "rebellion", "uprising", "occupation", "campaign",
      "investigation", "probe", "talks", "negotiations", "freeze", "shutdown", "recession", "slump",
      "rally", "drought", "protest", "protests", "feud", "stalemate", "deadlock", "walkout");

  private static Double amount(long[] n) {
    return n[0] < 0 ? null : n[0] / 1000.0;
  }

  /** Words before "a year" that make it a rate ("$2 million a year"). */
  static final Set<String> RATE_LEFT = Set.of("percent", "%", "million", "billion", "thousand",
      "cents", "dollars", "shares", "flights", "times", "barrels", "tons", "trillion", "units");

  /** "cars" in "300 cars", "meals" in "two meals": a plural noun right after a number. */
  private boolean countedPlural(int k) {
    String w = t.lower(k);
    return t.isWord(k) && !t.capitalized(k) && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
        && (t.isNumber(k - 1) || p.isNumberStart(k - 1));
  }

  /** Words that may follow an adverb without making it an adjective ("annually through"). */
  static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "but", "through", "since", "for",
      "in", "at", "on", "to", "from", "by", "with", "until", "as", "the", "a", "an", "is", "was",
      "are", "were", "will", "after", "before", "during", "over", "this", "that", "than", "of");

  private final TokenSequence t;
  private final TokenPatterns p;
  private final Grammar g;
  private final Lexicon lex = Lexicon.get();

  /** Words of scheduling before "for": "set for a week from today" names a date. */
  private static final Set<String> SCHEDULED = Set.of("set", "scheduled", "slated", "planned",
      "due", "booked", "fixed", "postponed", "delayed", "moved", "rescheduled", "pencilled",
      "penciled");

  QuantityRules(TokenSequence t, TokenPatterns p, Grammar g) {
    this.t = t;
    this.p = p;
    this.g = g;
  }

  /** "three years", "48 hours", "two-year", "a decade", "three years ago", "two weeks later". */
  /** Words after which "one day" is "some day": "will one day lead", "hopes to one day run". */
  private static final Set<String> SOMEDAY_BEFORE = Set.of("will", "would", "could", "may", "might", "can",
      "shall", "should", "must");
  /** Wishes before "to one day" (elsewhere "cut the wait to one day" is a length). */
  private static final Set<String> HOPES = Set.of("hope", "hopes", "hoped", "hoping", "want", "wants", "wanted",
      "dream", "dreams", "dreamed", "plan", "plans", "planned", "aims", "aim", "expects", "expect");

  private boolean someday(int i) {
    return t.is(i, "one") && t.is(i + 1, "day") && (SOMEDAY_BEFORE.contains(t.lower(i - 1))
        || t.is(i - 1, "to") && HOPES.contains(t.lower(i - 2)));
  }

  Draft numberUnit(int i) {
    if (someday(i)) {
      return null;
    }
    int j = i;
    boolean the = t.is(j, "the");
    if (the) {
      j++;
      if (t.is(j, "first") || t.is(j, "last") || t.is(j, "final")) {
        j++;
      }
    }
    if (!p.isNumberStart(j) || the && (t.is(j, "a") || t.is(j, "an"))) {
      return null;
    }
    long[] n = p.number(j);
    if (n == null || t.digits(j) == 4 && n[0] >= 1_000_000 && n[0] < 3_000_000) {
      return null; // "the 1988 quarter": a year, not a count
    }
    int k = (int) n[1];
    boolean article = t.is(j, "a") || t.is(j, "an");
    boolean hyphen = t.is(k, "-") && t.touches(k - 1) && t.touches(k);
    if (hyphen) {
      k++;
    } else if (UNIT_ADJECTIVES.contains(t.lower(k)) && p.unitAt(k + 1, true) != null
        && (p.unitAt(k + 1, false) == null || n[0] == 1000)) {
      // "eight trading days", "20 more years", "an additional year"; a singular unit only after
      // one ("she turns 70 next month", "hired 300 last year": a number, then a date).
      k++;
    }
    CalendarUnit u = p.unitAt(k, !hyphen);
    if (u == null) {
      return null;
    }
    if (u == CalendarUnit.QUARTER && t.is(k + 1, "of") && !t.isNumber(k + 2)) {
      return null; // "a quarter of the market": a fraction
    }
    boolean bareArticle = article && n[1] == j + 1;
    if (bareArticle && (u == CalendarUnit.SECOND || t.isWord(k) && lex.has(t.lower(k), Category.UNIT_PLURAL))) {
      return null;
    }
    if (u == CalendarUnit.SECOND && (t.is(k + 1, "quarter") || t.is(k + 1, "half"))) {
      return null; // "the 1988 second quarter"
    }
    if (hyphen && !the && t.is(k + 1, "-") && t.is(k + 2, "old") && AGED_EVENTS.contains(t.lower(k + 3))
        && amount(n) != null) {
      // "the 8-month-old truce": the age of an event is how long it has lasted.
      return Draft.of(Kind.DURATION, i, k + 3, "event-age", u.duration(amount(n)));
    }
    if (t.is(k + 1, "old") || t.is(k + 1, "-") && t.is(k + 2, "old")) {
      return null; // ages of people and things are not times on a timeline
    }
    if (hyphen && the) {
      return null; // "the two-year plan": the article belongs to the noun; matched from the number
    }
    if (t.isNumber(j) && j > 0 && (t.is(j - 1, "$") || t.is(j - 1, "£") || t.is(j - 1, "€"))) {
      return null;
    }
    Double amount = n[0] < 0 ? null : n[0] / 1000.0;
    int end = k + 1;
    if (!hyphen && t.is(end, "-") && t.touches(k) && (t.is(end + 1, "earlier") || t.is(end + 1, "ago")
        || t.is(end + 1, "old"))) {
      return null; // "a year-earlier figure": the adjective is the expression
    }
    // "a week or so ago": the approximation sits inside the offset.
    boolean orSo = t.is(end, "or") && t.is(end + 1, "so")
        && (t.is(end + 2, "ago") || t.is(end + 2, "earlier") || t.is(end + 2, "later"));
    int unitEnd = end;
    // "a year and a half ago": the half joins the count before the offset word.
    boolean andHalf = amount != null && !the && !hyphen && HALVES.containsKey(u) && t.is(end, "and")
        && t.is(end + 1, "a") && t.is(end + 2, "half")
        && (t.is(end + 3, "ago") || t.is(end + 3, "earlier") || t.is(end + 3, "later"));
    if (andHalf) {
      end += 3;
    }
    if (orSo && !the && !hyphen) {
      end += 2;
    }
    String after = t.lower(end);
    if (!the && !hyphen && u != CalendarUnit.WEEKEND) {
      int sign = 0;
      Relative rel = Relative.STORY;
      int stop = end + 1;
      boolean sameDay = false;
      switch (after) {
        case "ago" -> {
          sign = -1;
          rel = Relative.SPEECH;
        }
        case "earlier", "before" -> sign = -1;
        case "later", "after" -> sign = 1;
        case "from", "hence" -> {
          if (after.equals("hence") || t.is(end + 1, "now")) {
            sign = 1;
            rel = Relative.SPEECH;
            stop = after.equals("hence") ? end + 1 : end + 2;
          } else if ((t.is(end + 1, "today") || t.is(end + 1, "tomorrow")
              || lex.intValue(t.lower(end + 1), Category.WEEKDAY) != Integer.MIN_VALUE)
              && !(t.is(i - 1, "for") && !SCHEDULED.contains(t.lower(i - 2)))) {
            // "a week from today", "a month from tomorrow", "two weeks from Friday": counted from
            // a known day, so the day is known ("walk out for 48 hours from Monday" is a stretch
            // and the day it starts; "set for a week from today" is the date).
            sign = 1;
            rel = Relative.SPEECH;
            stop = end + 2;
            sameDay = true;
          }
        }
        case "'", "’" -> {
          // "in two weeks' time", "in a month's time": that far from now.
          int time = t.is(end + 1, "time") ? end + 1 : t.is(end + 1, "s") && t.is(end + 2, "time") ? end + 2 : -1;
          if (time > 0 && t.is(i - 1, "in")) {
            sign = 1;
            rel = Relative.SPEECH;
            stop = time + 1;
          }
        }
        default -> { }
      }
      if ((after.equals("before") || after.equals("after")) && t.isWord(end + 1)) {
        sign = 0; // "two days before the vote": the duration is the expression
      }
      if (sign != 0) {
        if (amount == null && u == CalendarUnit.YEAR && rel == Relative.SPEECH && sign < 0) {
          // "a few years ago": some year of the last decade or so, "201X".
          Draft d = new Draft(i, stop, "vague-years-ago");
          d.relative = rel;
          d.unit = u;
          d.offset = -3;
          d.vagueOffset = true;
          return d;
        }
        if (amount == null) {
          return Draft.of(Kind.REF, i, stop, "vague-ago", sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        Draft d = new Draft(i, stop, rel == Relative.SPEECH ? "ago" : "later-earlier");
        d.mod = orSo ? TimexModifier.APPROX : TimexModifier.NONE;
        d.relative = rel;
        d.unit = u;
        d.sameDay = sameDay;
        if (sameDay && t.is(end + 1, "tomorrow")) {
          d.fromDays = 1;
        } else if (sameDay && !t.is(end + 1, "today")) {
          d.fromWeekday = lex.intValue(t.lower(end + 1), Category.WEEKDAY);
        }
        if (andHalf) {
          amount += 0.5;
        }
        if (amount != Math.rint(amount) && HALVES.containsKey(u)) {
          // "a year and a half ago" is eighteen months back: the month is known.
          d.unit = HALVES.get(u);
          amount *= u == CalendarUnit.YEAR ? 12 : u == CalendarUnit.DAY ? 24 : 60;
        }
        d.offset = (int) Math.round(sign * amount);
        if (amount != Math.rint(amount) || amount > 100000) {
          return null;
        }
        if (u == CalendarUnit.FORTNIGHT) {
          d.unit = CalendarUnit.WEEK;
          d.offset *= 2;
        }
        return d;
      }
    }
    end = unitEnd;
    if (amount != null && t.is(end, "and") && t.is(end + 1, "a") && t.is(end + 2, "half")) {
      amount += 0.5; // "a year and a half"
      end += 3;
    }
    Draft d = Draft.of(Kind.DURATION, i, end, hyphen ? "duration-adjective" : "duration",
        u == CalendarUnit.WEEKEND ? "P" + (amount == null ? "X" : fmt(amount * 2)) + "D"
            : u.duration(amount));
    if (!hyphen && compound(d, u, amount)) {
      return d;
    }
    if (t.is(end, "or") && t.is(end + 1, "so")) {
      d.end = end + 2;
      d.mod = TimexModifier.APPROX;
    }
    return d;
  }

  /**
   * "11 hours and 20 minutes", "two years and three months": one length in two units, the second
   * the next one down. Widens {@code d} and gives it the joint value; false when no such part
   * follows.
   */
  private boolean compound(Draft d, CalendarUnit u, Double amount) {
    CalendarUnit next = NEXT_UNIT_DOWN.get(u);
    if (next == null || amount == null || amount != Math.rint(amount) || !t.is(d.end, "and")
        || t.is(d.end + 1, "a") || t.is(d.end + 1, "an")) {
      return false;
    }
    long[] n = p.number(d.end + 1);
    if (n == null || n[0] <= 0 || n[0] % 1000 != 0 || p.unitAt((int) n[1], true) != next) {
      return false;
    }
    long second = n[0] / 1000;
    long first = Math.round(amount);
    d.value = switch (u) {
      case YEAR -> "P" + first + "Y" + second + "M";
      case DAY -> "P" + first + "DT" + second + "H";
      case HOUR -> "PT" + first + "H" + second + "M";
      default -> "PT" + first + "M" + second + "S";
    };
    d.end = (int) n[1] + 1;
    return true;
  }

  /** The unit a compound length goes on in: years and months, days and hours... */
  private static final java.util.Map<CalendarUnit, CalendarUnit> NEXT_UNIT_DOWN = java.util.Map.of(
      CalendarUnit.YEAR, CalendarUnit.MONTH, CalendarUnit.DAY, CalendarUnit.HOUR,
      CalendarUnit.HOUR, CalendarUnit.MINUTE, CalendarUnit.MINUTE, CalendarUnit.SECOND);

  static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** "now", "currently", "recently", "soon", sentence-initial "Previously,". */
  Draft reference(int i) {
    String w = t.lower(i);
    if (someday(i)) {
      return Draft.of(Kind.REF, i, i + 2, "someday", "FUTURE_REF");
    }
    if ((w.equals("a") || w.equals("some")) && t.is(i + 1, "later") && (t.is(i + 2, "date")
        || t.is(i + 2, "time") || t.is(i + 2, "stage"))) {
      return Draft.of(Kind.REF, i, i + 3, "later-date", "FUTURE_REF");
    }
    if (w.equals("a") && t.is(i + 1, "while") && t.is(i - 1, "for")) {
      return Draft.of(Kind.DURATION, i, i + 2, "a-while", "PXX"); // "for a while": some time
    }
    if (w.equals("the") && t.is(i + 1, "hour") && t.is(i - 1, "within")) {
      // "within the hour": no more than an hour from now, as "within an hour" is.
      return Draft.of(Kind.DURATION, i, i + 2, "within-the-hour", "PT1H");
    }
    if (w.equals("some") && t.is(i + 1, "time") && t.is(i - 1, "for")) {
      return Draft.of(Kind.DURATION, i, i + 2, "some-time", "PXX"); // "for some time"
    }
    if (w.equals("a") || w.equals("an")) {
      // "a fairly lengthy period", "an extended period": a stretch of unstated length.
      int k = DEGREE.contains(t.lower(i + 1)) ? i + 2 : i + 1;
      if (LENGTHS.contains(t.lower(k)) && t.is(k + 1, "period")) {
        return Draft.of(Kind.DURATION, i, k + 2, "vague-period", "PXX");
      }
    }
    if (w.equals("more") && (t.is(i + 1, "recently") || t.is(i + 1, "lately"))) {
      // "more recently": the comparative belongs to the span.
      Draft d = reference(i + 1);
      if (d != null) {
        d.first = i;
      }
      return d;
    }
    // "many years ago", "some months ago": the count rules leave these quantifiers out; only the
    // direction is known, as for "several years ago". A bare "months ago" is left alone: TimeBank
    // annotates it as a duration, against "several years ago" as a past reference.
    CalendarUnit plural = t.isWord(i + 1) && lex.has(t.lower(i + 1), Category.UNIT_PLURAL)
        ? p.unitAt(i + 1, true) : null;
    if ((w.equals("many") || w.equals("some")) && t.is(i + 2, "ago") && plural != null
        && VAGUE_AGO_UNITS.contains(plural)) {
      return Draft.of(Kind.REF, i, i + 3, "vague-ago", "PAST_REF");
    }
    String v = lex.lookup(w, Category.REF);
    if (v == null) {
      return null;
    }
    if (w.equals("soon") && (t.is(i - 1, "as") || t.is(i - 1, "how") || t.is(i - 1, "too"))) {
      return null;
    }
    return Draft.of(Kind.REF, i, i + 1, "reference", v);
  }

  /** Units whose "and a half" offsets count whole units of the next finer one. */
  private static final java.util.Map<CalendarUnit, CalendarUnit> HALVES = java.util.Map.of(
      CalendarUnit.YEAR, CalendarUnit.MONTH, CalendarUnit.DAY, CalendarUnit.HOUR,
      CalendarUnit.HOUR, CalendarUnit.MINUTE);

  /** Units of "many years ago"; clock units ("many hours ago") point too near to be vague. */
  private static final Set<CalendarUnit> VAGUE_AGO_UNITS = Set.of(CalendarUnit.DAY, CalendarUnit.WEEK,
      CalendarUnit.MONTH, CalendarUnit.YEAR, CalendarUnit.DECADE);

  /** Prepositions before a bare "weekends" that make it a recurrence. */
  private static final Set<String> RECURRING_ON = Set.of("on", "at", "during");

  private static final Set<String> DEGREE = Set.of("fairly", "very", "rather", "relatively", "quite");
  private static final Set<String> LENGTHS = Set.of("long", "lengthy", "short", "brief", "extended",
      "prolonged");

  /** "every Sunday", "each year", "daily", "twice a week", "three times a day", "per year". */
  Draft set(int i) {
    String w = t.lower(i);
    if ((w.equals("weekends") || w.equals("weekdays")) && RECURRING_ON.contains(t.lower(i - 1))) {
      // "open on weekends", "at weekends": each weekend; working days recur daily (TIMEX3 has no
      // value for them, as for "every weekday").
      Draft d = Draft.of(Kind.SET, i, i + 1, "on-weekends", w.equals("weekends") ? "XXXX-WXX-WE" : "P1D");
      d.quantity = "EVERY";
      return d;
    }
    String adverb = lex.lookup(w, Category.SET_ADVERB);
    if (adverb != null) {
      if (t.isWord(i + 1) && !FUNCTION_WORDS.contains(t.lower(i + 1))) {
        return null; // "quarterly dividend", "daily volume": an adjective, not a recurrence
      }
      return Draft.of(Kind.SET, i, i + 1, "frequency-adverb", adverb);
    }
    if (w.equals("every") || w.equals("each")) {
      int k = i + 1;
      boolean other = t.is(k, "other");
      if (other) {
        k++;
      }
      long[] n = p.isNumberStart(k) && !t.is(k, "a") ? p.number(k) : null;
      int u0 = n == null ? k : (int) n[1];
      int count = n == null || n[0] < 0 ? (other ? 2 : 1) : (int) (n[0] / 1000);
      CalendarUnit u = p.unitAt(u0, n != null);
      if (u != null) {
        Draft d = Draft.of(Kind.SET, i, u0 + 1, "every-unit", u.duration((double) count));
        d.quantity = "EVERY";
        return d;
      }
      if (t.is(k, "weekday") && !other) {
        // "every weekday": daily, Monday to Friday (TIMEX3 has no value for the working days).
        Draft d = Draft.of(Kind.SET, i, k + 1, "every-weekday", "P1D");
        d.quantity = "EVERY";
        return d;
      }
      int wd = lex.intValue(t.lower(k), Category.WEEKDAY);
      if (wd != Integer.MIN_VALUE) {
        String pod = lex.lookup(t.lower(k + 1), Category.PART_OF_DAY);
        Draft d = Draft.of(Kind.SET, i, pod == null ? k + 1 : k + 2, "every-weekday",
            "XXXX-WXX-" + wd + (pod == null ? "" : "T" + pod));
        d.quantity = "EVERY";
        return d;
      }
      int m = p.monthAt(k);
      if (m != Draft.NONE) {
        Draft d = Draft.of(Kind.SET, i, k + 1, "every-month", String.format("XXXX-%02d", m));
        d.quantity = "EVERY";
        return d;
      }
      String s = lex.lookup(t.lower(k), Category.SEASON);
      if (s != null) {
        Draft d = Draft.of(Kind.SET, i, k + 1, "every-season", "XXXX-" + s);
        d.quantity = "EVERY";
        return d;
      }
      String pod = lex.lookup(t.lower(k), Category.PART_OF_DAY);
      if (pod != null) {
        Draft d = Draft.of(Kind.SET, i, k + 1, "every-part-of-day", "XXXX-XX-XXT" + pod);
        d.quantity = "EVERY";
        return d;
      }
      return null;
    }
    // "once a week", "twice a year", "three times a day"
    int times = switch (w) {
      case "once" -> 1;
      case "twice" -> 2;
      case "thrice" -> 3;
      default -> 0;
    };
    int k = i + 1;
    if (times == 0 && p.isNumberStart(i) && !t.is(i, "a")) {
      long[] n = p.number(i);
      if (n != null && n[0] > 0 && t.is((int) n[1], "times")) {
        times = (int) (n[0] / 1000);
        k = (int) n[1] + 1;
      }
    }
    if (times > 0 && (t.is(k, "a") || t.is(k, "an") || t.is(k, "per") || t.is(k, "every")
        || t.is(k, "each"))) {
      CalendarUnit u = p.unitAt(k + 1, false);
      if (u != null) {
        Draft d = Draft.of(Kind.SET, i, k + 2, "times-per-unit", u.duration(1.0));
        d.frequency = times + "X";
        return d;
      }
    }
    // "$5 a day", "10 percent a year", "per year", "300 cars a day" (a counted plural noun)
    if (w.equals("per") || (w.equals("a") && i > 0 && (t.isNumber(i - 1) || RATE_LEFT.contains(t.lower(i - 1))
        || lex.has(t.lower(i - 1), Category.UNIT_PLURAL) || countedPlural(i - 1)))) {
      CalendarUnit u = p.unitAt(i + 1, false);
      if (u != null && !u.clock || u == CalendarUnit.HOUR) {
        return Draft.of(Kind.SET, i, i + 2, "rate", u.duration(1.0));
      }
    }
    return null;
  }
}
