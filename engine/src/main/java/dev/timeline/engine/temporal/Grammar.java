package dev.timeline.engine.temporal;

import dev.timeline.engine.temporal.Draft.Kind;
import dev.timeline.engine.temporal.Draft.Pick;
import dev.timeline.engine.temporal.Draft.Relative;
import dev.timeline.engine.temporal.Lexicon.Category;
import java.util.Set;

/**
 * Recognition: the temporal grammar over a token sequence. {@link #match} is tried at each token;
 * it returns the longest expression starting there. Every rule starts by checking its trigger
 * token, so a position without a temporal word costs a hash lookup.
 *
 * <p>Spans follow TimeML as annotated in TimeBank: determiners and modifiers ("the", "early",
 * "about") inside, prepositions outside.
 */
final class Grammar {
  /** Words that start a rule without being in the lexicon. */
  private static final Set<String> STRUCTURE_WORDS = Set.of(
      "the", "early", "late", "mid", "middle", "beginning", "start", "end", "about", "around",
      "approximately", "roughly", "nearly", "almost", "more", "less", "fewer", "at", "up", "no",
      "last", "next", "this", "past", "coming", "previous", "following", "that", "same", "current",
      "latest", "recent", "upcoming", "prior", "earlier", "later", "every", "each", "once", "twice",
      "thrice", "fiscal", "q", "per", "these", "future", "present", "noon", "midday", "midnight",
      "year", "some", "just", "fy", "upwards", "well", "full");

  private static final Set<String> BARE_YEAR_LEFT = Set.of(
      "in", "since", "by", "of", "from", "to", "until", "till", "through", "during", "before",
      "after", "between", "and", "or", "early", "late", "mid", "fiscal", "year", "summer", "spring",
      "winter", "autumn", "fall", "circa", "c", "around", "about", "for", "as", "than", "end", "-",
      "on", "at", "–", "(", "throughout", "into", "fy", "election", "season", "cup", "olympics");

  private static final Set<String> QUANTITY_RIGHT = Set.of(
      "%", "percent", "per", "million", "billion", "trillion", "thousand", "hundred", "times",
      "km", "kilometers", "kilometres", "miles", "mile", "meters", "metres", "feet", "ft", "tons",
      "tonnes", "pounds", "kg", "people", "troops", "soldiers", "aircraft", "planes", "votes",
      "dollars", "euros", "yen", "barrels", "shares", "points", "units", "cars", "jobs", "workers",
      "students", "members", "men", "women", "children", "deaths", "casualties", "rooms", "acres",
      "square", "cubic", "hectares", "calories", "mph", "degrees", "x", "by", "gb", "mb", "pages",
      "words", "bp", "yards", "inches", "kilograms", "grams", "liters", "litres", "gallons");

  private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "jan", "mar", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec", "apr", "feb", "sept");

  private static final Set<String> MONTH_LEFT_CONTEXT = Set.of(
      "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this",
      "during", "before", "after", "from", "through", "-", "between", "and", "to", "or", "that",
      "each", "every", "end", "throughout", "on", "into", "coming", "past");

  private static final Set<String> ZONES = Set.of(
      "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST",
      "ET", "PT", "CT", "MT", "JST", "IST", "AEST", "EET", "EEST", "MSK", "HKT", "SGT", "WIB");

  /** Words between a number and its unit that keep it a duration. */
  private static final Set<String> UNIT_ADJECTIVES = Set.of("more", "additional", "trading", "business",
      "working", "full", "straight", "consecutive", "calendar", "extra", "long", "short", "previous",
      "past", "last", "next", "further", "successive", "school", "fiscal");

  /** Words before "a year" that make it a rate ("$2 million a year"). */
  private static final Set<String> RATE_LEFT = Set.of("percent", "%", "million", "billion", "thousand",
      "cents", "dollars", "shares", "flights", "times", "barrels", "tons", "trillion", "units");

  /** Words that may follow an adverb without making it an adjective ("annually through"). */
  private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "but", "through", "since", "for",
      "in", "at", "on", "to", "from", "by", "with", "until", "as", "the", "a", "an", "is", "was",
      "are", "were", "will", "after", "before", "during", "over", "this", "that", "than", "of");

  private final TokenSequence t;
  private final Lexicon lex = Lexicon.get();

  Grammar(TokenSequence t) {
    this.t = t;
  }

  /** Whether token i can start an expression at all. */
  boolean trigger(int i) {
    if (t.isNumber(i) || t.isAlnum(i)) {
      return true;
    }
    String w = t.lower(i);
    if (t.isPunct(i)) {
      return w.equals("'") || w.equals("’");
    }
    return lex.known(w) || STRUCTURE_WORDS.contains(w) || !lex.holidaysStartingWith(w).isEmpty();
  }

  /** The longest expression starting at token i, or null. */
  Draft match(int i) {
    if (!trigger(i)) {
      return null;
    }
    Draft best = null;
    int[] mp = modifierPrefix(i);
    if (mp != null) {
      Draft d = fuzzy(mp[1]);
      if (d != null && (d.kind == Kind.DURATION || d.calendarDate())) {
        d.first = i;
        if (d.mod == TimexModifier.NONE) {
          d.mod = TimexModifier.values()[mp[0]];
        }
        best = d;
      }
    }
    return longer(best, fuzzy(i));
  }

  private Draft fuzzy(int i) {
    int[] fp = fuzzyPrefix(i);
    Draft best = null;
    if (fp != null) {
      Draft d = core(fp[1]);
      if (d != null && d.calendarDate() && d.mod == TimexModifier.NONE) {
        d.first = i;
        d.mod = TimexModifier.values()[fp[0]];
        best = d;
      }
    }
    return longer(best, core(i));
  }

  private Draft core(int i) {
    if (!trigger(i)) {
      return null;
    }
    Draft best = null;
    best = longer(best, monthFirst(i));
    best = longer(best, dayMonth(i));
    best = longer(best, numericDate(i));
    best = longer(best, year(i));
    best = longer(best, yearPeriod(i));
    best = longer(best, clockTime(i));
    best = longer(best, weekday(i));
    best = longer(best, deictic(i));
    best = longer(best, relative(i));
    best = longer(best, set(i));
    best = longer(best, numberUnit(i));
    best = longer(best, quarterOrHalf(i));
    best = longer(best, decadeOrCentury(i));
    best = longer(best, season(i));
    best = longer(best, holiday(i));
    best = longer(best, reference(i));
    best = longer(best, ordinalDay(i));
    return best;
  }

  private static Draft longer(Draft a, Draft b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return (b.end - b.first) > (a.end - a.first) ? b : a;
  }

  // ---------------------------------------------------------------- prefixes

  /** Approximation and comparison: {mod ordinal, next token} or null. */
  private int[] modifierPrefix(int i) {
    String w = t.lower(i);
    String n = t.lower(i + 1);
    TimexModifier m = null;
    int next = i + 1;
    switch (w) {
      case "about", "around", "approximately", "roughly", "circa" -> m = TimexModifier.APPROX;
      case "some" -> m = isNumberStart(i + 1) ? TimexModifier.APPROX : null;
      case "nearly", "almost" -> m = TimexModifier.LESS_THAN;
      case "more", "fewer", "less" -> {
        if (n.equals("than")) {
          m = w.equals("more") ? TimexModifier.MORE_THAN : TimexModifier.LESS_THAN;
          next = i + 2;
        }
      }
      case "at" -> {
        if (n.equals("least") || n.equals("most")) {
          m = n.equals("least") ? TimexModifier.EQUAL_OR_MORE : TimexModifier.EQUAL_OR_LESS;
          next = i + 2;
        }
      }
      case "up" -> {
        if (n.equals("to")) {
          m = TimexModifier.EQUAL_OR_LESS;
          next = i + 2;
        }
      }
      case "no" -> {
        if ((n.equals("more") || n.equals("less")) && t.is(i + 2, "than")) {
          m = n.equals("more") ? TimexModifier.EQUAL_OR_LESS : TimexModifier.EQUAL_OR_MORE;
          next = i + 3;
        }
      }
      case "just", "well" -> {
        if (n.equals("over") || n.equals("under")) {
          m = n.equals("over") ? TimexModifier.MORE_THAN : TimexModifier.LESS_THAN;
          next = i + 2;
        }
      }
      default -> {
        return null;
      }
    }
    return m == null ? null : new int[] {m.ordinal(), next};
  }

  /** early/mid/late, beginning/middle/end of: {mod ordinal, next token} or null. */
  private int[] fuzzyPrefix(int i) {
    int j = i;
    boolean the = t.is(j, "the");
    if (the) {
      j++;
    }
    String w = t.lower(j);
    TimexModifier m;
    switch (w) {
      case "early" -> m = TimexModifier.START;
      case "late" -> m = TimexModifier.END;
      case "mid" -> {
        m = TimexModifier.MID;
        if (t.is(j + 1, "-") && t.touches(j)) {
          return new int[] {m.ordinal(), j + 2};
        }
      }
      case "beginning", "start", "middle", "end", "close", "turn" -> {
        if (!t.is(j + 1, "of") || !the) {
          return null;
        }
        m = switch (w) {
          case "beginning", "start", "turn" -> TimexModifier.START;
          case "middle" -> TimexModifier.MID;
          default -> TimexModifier.END;
        };
        return new int[] {m.ordinal(), j + 2};
      }
      default -> {
        return null;
      }
    }
    return new int[] {m.ordinal(), j + 1};
  }

  // ---------------------------------------------------------------- explicit dates

  /** "September 14, 2014", "Sept. 14", "May 2014", "September". */
  private Draft monthFirst(int i) {
    int m = monthAt(i);
    if (m == Draft.NONE) {
      return null;
    }
    int k = i + 1;
    boolean abbreviated = !t.lower(i).equals(monthName(i));
    if (abbreviated && t.is(k, ".") && t.touches(i)) {
      k++;
    }
    Draft d = new Draft(i, k, "month-day-year");
    d.month = m;
    int day = dayNumberAt(k);
    boolean clock = t.is(k + 1, ":") && t.touches(k) && t.isNumber(k + 2);
    if (day != Draft.NONE && !clock && !(t.is(k + 1, ".") && t.isNumber(k + 2) && t.touches(k))) {
      d.day = day;
      k++;
      int y = yearAfter(k);
      d.end = k;
      if (y != Draft.NONE) {
        d.year = y >> 4;
        d.end = lastYearEnd;
        fixTwoDigitYear(d);
      }
      return d;
    }
    int y = yearAfter(k);
    if (y != Draft.NONE) {
      d.year = y >> 4;
      d.end = lastYearEnd;
      d.rule = "month-year";
      fixTwoDigitYear(d);
      return d;
    }
    int[] spoken = spokenYear(t.is(k, "of") ? k + 1 : k);
    if (spoken != null) {
      d.year = spoken[0];
      d.end = spoken[1];
      d.rule = "month-year";
      return d;
    }
    if ((t.is(k, "last") || t.is(k, "this") || t.is(k, "next")) && t.is(k + 1, "year")) {
      d.relative = Relative.SPEECH;
      d.unit = CalendarUnit.YEAR;
      d.offset = t.is(k, "last") ? -1 : t.is(k, "next") ? 1 : 0;
      d.end = k + 2;
      d.rule = "month-relative-year";
      return d;
    }
    // A month alone: the ambiguous ones ("may", "march", abbreviations) need a date-like context.
    String w = t.lower(i);
    if (AMBIGUOUS_MONTHS.contains(w) || abbreviated && !t.is(i + 1, ".")) {
      String left = t.lower(i - 1);
      if (!MONTH_LEFT_CONTEXT.contains(left) || abbreviated && !t.is(i + 1, ".")) {
        return null;
      }
      if (w.equals("may") || w.equals("march")) {
        // "in May" yes; "they may", "the march" no: the modal and the verb are not capitalised,
        // and a capitalised one after "to"/"and" followed by a verb-ish word is rare enough.
        String right = t.lower(i + 1);
        if (right.equals("be") || right.equals("have") || right.equals("not") || right.equals("also")) {
          return null;
        }
      }
    }
    d.rule = "month";
    d.end = i + 1;
    return d;
  }

  private int lastYearEnd;

  /**
   * A year after a month or day at token k: ", 2014", "2014", "of 2014", "'98". Returns
   * (year << 4 | 0) and sets {@link #lastYearEnd}; NONE when absent.
   */
  private int yearAfter(int k) {
    int j = k;
    if (t.is(j, ",") || t.is(j, "of")) {
      j++;
    }
    if (t.isNumber(j) && t.digits(j) == 4 && !t.is(j + 1, ":")) {
      int y = t.intValue(j);
      if (y >= 1000 && y <= 2999 && !quantityFollows(j + 1)) {
        lastYearEnd = j + 1;
        return y << 4;
      }
    }
    if ((t.is(j, "'") || t.is(j, "’")) && t.isNumber(j + 1) && t.digits(j + 1) == 2 && t.touches(j)) {
      lastYearEnd = j + 2;
      return (-1 - t.intValue(j + 1)) << 4;
    }
    return Draft.NONE;
  }

  /** "14 September 2014", "14th of September". */
  private Draft dayMonth(int i) {
    int day = dayNumberAt(i);
    if (day == Draft.NONE) {
      return null;
    }
    int k = i + 1;
    if (t.is(k, "of")) {
      k++;
    }
    int m = monthAt(k);
    if (m == Draft.NONE || !t.capitalized(k)) {
      return null;
    }
    k++;
    if (t.is(k, ".") && t.touches(k - 1) && !t.lower(k - 1).equals(monthName(k - 1))) {
      k++;
    }
    Draft d = new Draft(i, k, "day-month-year");
    d.day = day;
    d.month = m;
    int y = yearAfter(t.is(k, "of") ? k + 1 : k);
    if (y != Draft.NONE && !t.is(k, "of")) {
      d.year = y >> 4;
      d.end = lastYearEnd;
    }
    fixTwoDigitYear(d);
    return d;
  }

  /** "the 14th", "the 14th of September". */
  private Draft ordinalDay(int i) {
    if (!t.is(i, "the")) {
      return null;
    }
    int day = ordinalDigitsAt(i + 1);
    if (day < 1 || day > 31) {
      return null;
    }
    if (t.is(i + 2, "of") && monthAt(i + 3) != Draft.NONE) {
      return null; // dayMonth covers it from the ordinal on; the article stays outside.
    }
    if (!t.isPunct(i + 2) && i + 2 < t.size()) {
      return null; // "the 14th floor", "the 14th amendment"
    }
    Draft d = new Draft(i, i + 2, "ordinal-day");
    d.day = day;
    return d;
  }

  /** "2014-09-14", "9/14/2014", "9/14/14". */
  private Draft numericDate(int i) {
    if (!t.isNumber(i) || !t.touches(i) || !t.touches(i + 1) || !t.touches(i + 2)
        || !t.touches(i + 3)) {
      return null;
    }
    String s1 = t.lower(i + 1);
    String s2 = t.lower(i + 3);
    if (!s1.equals(s2) || !(s1.equals("-") || s1.equals("/") || s1.equals("."))
        || !t.isNumber(i + 2) || !t.isNumber(i + 4)) {
      return null;
    }
    if (t.touches(i + 4) && (t.isNumber(i + 6) || t.is(i + 5, s1))) {
      return null; // longer numeric chains: phone numbers, versions
    }
    if (i > 0 && t.touches(i - 1) && (t.isNumber(i - 1) || t.is(i - 1, s1))) {
      return null;
    }
    int a = t.intValue(i);
    int b = t.intValue(i + 2);
    int c = t.intValue(i + 4);
    Draft d = new Draft(i, i + 5, "numeric-date");
    if (t.digits(i) == 4 && t.digits(i + 2) <= 2 && t.digits(i + 4) <= 2) {
      d.year = a;
      d.month = b;
      d.day = c;
    } else if (t.digits(i) <= 2 && t.digits(i + 2) <= 2 && (t.digits(i + 4) == 4 || t.digits(i + 4) == 2)
        && !s1.equals("-")) {
      // US order unless the first number cannot be a month.
      if (a > 12 && b <= 12) {
        d.day = a;
        d.month = b;
      } else {
        d.month = a;
        d.day = b;
      }
      d.year = t.digits(i + 4) == 4 ? c : -1 - c;
    } else {
      return null;
    }
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysIn(d.month)) {
      return null;
    }
    if (d.year >= 0 && (d.year < 1000 || d.year > 2999)) {
      return null;
    }
    fixTwoDigitYear(d);
    return d;
  }

  /** Two-digit years are stored as -1 - yy by the rules; here they become needsCentury. */
  private static void fixTwoDigitYear(Draft d) {
    if (d.year != Draft.NONE && d.year < 0) {
      d.year = -1 - d.year;
      d.needsCentury = true;
    }
  }

  /** "2003", "fiscal 1989", "the year 2000", "FY2013". */
  private Draft year(int i) {
    int j = i;
    String rule = "year";
    if (t.is(i, "fiscal") || t.is(i, "fy")) {
      j++;
      rule = "fiscal-year";
      if (t.is(j, "year")) {
        j++;
      }
    } else if (t.is(i, "the") && t.is(i + 1, "year") && t.isNumber(i + 2)) {
      j = i + 2;
      rule = "the-year";
    } else if (t.is(i, "fy") && t.isNumber(i + 1) && t.touches(i)) {
      j = i + 1;
    }
    if (!t.isNumber(j) || t.digits(j) != 4) {
      int[] spoken = spokenYear(t.is(i, "the") && t.is(i + 1, "year") ? i + 2 : i);
      if (spoken == null || spoken[0] >= 2000 && !t.is(i, "the") && !t.is(i - 1, "in")
          && !t.is(i - 1, "by") && !t.is(i - 1, "since") && !t.is(i - 1, "until")) {
        return null;
      }
      Draft d = new Draft(i, spoken[1], "spoken-year");
      d.year = spoken[0];
      return d;
    }
    int y = t.intValue(j);
    if (y < 1000 || y > 2999) {
      return null;
    }
    if (!plausibleBareYear(j, y, rule.equals("year"))) {
      return null;
    }
    Draft d = new Draft(i, j + 1, rule);
    d.year = y;
    return d;
  }

  /** "the 1988 period", "the 1989 quarter": the year of a reported period. */
  private Draft yearPeriod(int i) {
    if (!t.is(i, "the") || !t.isNumber(i + 1) || !(t.is(i + 2, "period") || t.is(i + 2, "quarter"))) {
      return null;
    }
    Draft y = year(i + 1);
    if (y == null || y.end != i + 2) {
      return null;
    }
    y.first = i;
    y.end = i + 3;
    y.rule = "year-period";
    return y;
  }

  private boolean plausibleBareYear(int j, int y, boolean bare) {
    // Part of a bigger number or code: "2,000", "1989.5", "#2003", "$2003", "No. 2003".
    if (j > 0 && t.touches(j - 1)) {
      String l = t.lower(j - 1);
      if (l.equals(",") || l.equals(".") || l.equals("$") || l.equals("#") || l.equals("£")
          || l.equals("€") || l.equals(":") || l.equals("/") || t.isNumber(j - 1) || t.isWord(j - 1)
          || l.equals("-") && t.isNumber(j - 2) && t.touches(j - 2)) {
        return false; // also phone numbers and codes: "555-2014"
      }
    }
    if (t.touches(j)) {
      String r = t.lower(j + 1);
      boolean seasonSlash = r.equals("/") && t.digits(j + 2) == 2 && !(t.touches(j + 2) && t.isPunct(j + 3));
      if ((r.equals(",") || r.equals(".") || r.equals(":") || r.equals("/")) && t.isNumber(j + 2)
          && t.touches(j + 1) && !seasonSlash) {
        return false;
      }
      if (r.equals("%") || t.isWord(j + 1) && !r.equals("s")) {
        return false;
      }
    }
    if (quantityFollows(j + 1)) {
      return false;
    }
    String left = t.lower(j - 1);
    if (left.equals("no") || left.equals("number") || left.equals("nos") || left.equals("flight")
        || left.equals("room") || left.equals("route") || left.equals("model") || left.equals("page")) {
      return false;
    }
    if (!bare) {
      return true;
    }
    if (y < 1600 || y > 2100) {
      // Old or far-future years only where a preposition makes a year likely.
      return left.equals("in") || left.equals("since") || left.equals("until") || left.equals("by");
    }
    return true;
  }

  private boolean quantityFollows(int k) {
    String r = t.lower(k);
    return QUANTITY_RIGHT.contains(r) || r.equals("-") && t.isNumber(k + 1) && t.digits(k + 1) != 2
        && t.digits(k + 1) != 4;
  }

  // ---------------------------------------------------------------- clock times

  /** "10:30", "10:30 a.m. EST", "10 p.m.", "noon", "midnight". */
  private Draft clockTime(int i) {
    String w = t.lower(i);
    if (w.equals("noon") || w.equals("midday") || w.equals("midnight")) {
      Draft d = new Draft(i, i + 1, "clock-word");
      d.kind = Kind.TIME;
      d.hour = w.equals("midnight") ? 24 : 12;
      d.minute = 0;
      return attachDay(d);
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
      return attachDay(d);
    }
    if (!t.isNumber(i) || t.digits(i) > 2) {
      return null;
    }
    hour = t.intValue(i);
    k = i + 1;
    boolean colon = t.is(k, ":") && t.touches(i) && t.touches(k) && t.isNumber(k + 1)
        && t.digits(k + 1) == 2;
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
      return null;
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
    return attachDay(d);
  }

  /** End of "a.m." / "am" / "p.m." at k, or -1. */
  private int meridiem(int k) {
    String w = t.lower(k);
    if (w.equals("am") || w.equals("pm")) {
      return k + 1 + (t.is(k + 1, ".") && t.touches(k) ? 1 : 0);
    }
    if ((w.equals("a") || w.equals("p")) && t.is(k + 1, ".") && t.is(k + 2, "m") && t.touches(k)
        && t.touches(k + 1)) {
      return k + 3 + (t.is(k + 3, ".") && t.touches(k + 2) ? 1 : 0);
    }
    return -1;
  }

  private int zone(int k) {
    if (t.isWord(k) && ZONES.contains(t.text().substring(t.begin(k), t.end(k)))) {
      return k + 1;
    }
    return k;
  }

  // ---------------------------------------------------------------- weekdays, deictic days

  /** "Sunday", "Sunday night", "Sunday, Sept. 14, 2014", "Sundays". */
  private Draft weekday(int i) {
    String w = t.lower(i);
    int wd = lex.intValue(w, Category.WEEKDAY);
    if (wd == Integer.MIN_VALUE) {
      int plural = lex.intValue(w, Category.WEEKDAY_PLURAL);
      if (plural == Integer.MIN_VALUE || !t.capitalized(i)) {
        return null;
      }
      String pod = lex.lookup(t.lower(i + 1), Category.PART_OF_DAY_PLURAL);
      Draft d = Draft.of(Kind.SET, i, pod == null ? i + 1 : i + 2, "weekday-plural",
          "XXXX-WXX-" + plural + (pod == null ? "" : "T" + pod));
      d.quantity = "EVERY";
      return d;
    }
    Draft d = new Draft(i, i + 1, "weekday");
    d.weekday = wd;
    int k = i + 1;
    String pods = lex.lookup(t.lower(k), Category.PART_OF_DAY_PLURAL);
    if (pods != null) {
      Draft set = Draft.of(Kind.SET, i, k + 1, "weekday-plural", "XXXX-WXX-" + wd + "T" + pods);
      set.quantity = "EVERY";
      return set;
    }
    if (t.is(k, ",")) {
      Draft date = monthFirst(k + 1);
      if (date == null) {
        date = dayMonth(k + 1);
      }
      if (date != null && date.day != Draft.NONE) {
        date.first = i;
        date.rule = "weekday-date";
        return date;
      }
    }
    Draft date = monthFirst(k);
    if (date != null && date.day != Draft.NONE) {
      date.first = i;
      date.rule = "weekday-date";
      return date;
    }
    String pod = lex.lookup(t.lower(k), Category.PART_OF_DAY);
    if (pod != null) {
      d.partOfDay = pod;
      d.end = k + 1;
    }
    return d;
  }

  /** "today", "yesterday morning", "tonight", "the day before yesterday". */
  private Draft deictic(int i) {
    int j = i;
    int extra = 0;
    if (t.is(i, "the") && t.is(i + 1, "day") && (t.is(i + 2, "before") || t.is(i + 2, "after"))) {
      extra = t.is(i + 2, "before") ? -1 : 1;
      j = i + 3;
    }
    String w = t.lower(j);
    int off = lex.intValue(w, Category.DEICTIC_DAY);
    if (off == Integer.MIN_VALUE) {
      return null;
    }
    if (extra != 0 && (off == 0 || Integer.signum(off) != extra)) {
      return null;
    }
    Draft d = new Draft(i, j + 1, "deictic-day");
    d.relative = Relative.SPEECH;
    d.unit = CalendarUnit.DAY;
    d.offset = off + extra;
    if (w.equals("tonight")) {
      d.partOfDay = "NI";
    } else {
      String pod = lex.lookup(t.lower(j + 1), Category.PART_OF_DAY);
      if (pod != null) {
        d.partOfDay = pod;
        d.end = j + 2;
      }
    }
    return d;
  }

  // ---------------------------------------------------------------- relative expressions

  /** last/this/next/past/coming/the following... + unit, weekday, month, season, part of day. */
  private Draft relative(int i) {
    int j = i;
    boolean the = t.is(j, "the");
    if (the) {
      j++;
    }
    String w = t.lower(j);
    int k = j + 1;
    Draft vague = vaguePlural(i, j, w);
    if (vague != null) {
      return vague;
    }
    switch (w) {
      case "weekend" -> {
        if (!the) {
          return null;
        }
        Draft d = new Draft(i, k, "the-weekend");
        d.weekday = 6;
        d.weekend = true;
        return d;
      }
      case "quarter", "period", "latest" -> {
        // "the quarter", "the latest period": the reporting quarter of earnings news.
        if (w.equals("latest")) {
          if (!the || !t.is(k, "period")) {
            return unitRelative(i, j, the, -1);
          }
          k++;
        } else if (!the || w.equals("period")) {
          return null;
        }
        Draft d = new Draft(i, k, "the-quarter");
        if ((t.is(k, "ended") || t.is(k, "ending")) && monthAt(k + 1) != Draft.NONE) {
          // "the quarter ended Sept. 30": the quarter holding that day.
          Draft end = monthFirst(k + 1);
          if (end != null && end.day != Draft.NONE) {
            d.quarter = (end.month - 1) / 3 + 1;
            d.year = end.year;
            d.needsCentury = end.needsCentury;
            d.rule = "the-quarter-ended";
            return d;
          }
        }
        d.relative = Relative.STORY;
        d.unit = CalendarUnit.QUARTER;
        return d;
      }
      case "fiscal" -> {
        if (the && t.is(k, "year") && !t.isNumber(k + 1)) {
          return Draft.of(Kind.DURATION, i, k + 1, "fiscal-year", "P1Y");
        }
        return null;
      }
      case "earlier", "later" -> {
        return earlierLater(i, j);
      }
      case "past", "future", "present" -> {
        Draft framed = framedDuration(i, j, the);
        if (framed != null) {
          return framed;
        }
        if (the) {
          Draft d = w.equals("past") ? unitRelative(i, j, true, -1) : null;
          return d != null ? d : Draft.of(Kind.REF, i, k, "the-" + w, refOf(w));
        }
        if (w.equals("present") && t.is(i - 1, "at")) {
          return Draft.of(Kind.REF, i, k, "at-present", "PRESENT_REF");
        }
        if (!the && w.equals("past")) {
          return unitRelative(i, j, the, -1);
        }
        if (w.equals("future") && t.is(i - 1, "in")) {
          return Draft.of(Kind.REF, i, k, "future", "FUTURE_REF");
        }
        return null;
      }
      case "near", "distant", "immediate", "foreseeable", "short", "long" -> {
        if (the && (t.is(k, "future") || t.is(k, "term") && !t.is(k + 1, "-") && !w.equals("distant"))) {
          return Draft.of(Kind.REF, i, k + 1, "the-future", "FUTURE_REF");
        }
        return null;
      }
      case "recent" -> {
        CalendarUnit u = unitAt(k, true);
        if (u != null && t.isWord(k) && lex.has(t.lower(k), Category.UNIT_PLURAL)) {
          if (u == CalendarUnit.YEAR || u == CalendarUnit.DECADE) {
            return Draft.of(Kind.REF, i, k + 1, "recent-years", "PAST_REF");
          }
          Draft d = Draft.of(Kind.DURATION, i, k + 1, "recent-units", u.duration(null));
          d.durationFrame = -1;
          return d;
        }
        Draft framed = framedDuration(i, j, the);
        if (framed != null) {
          return framed;
        }
        return null; // "recent" alone is mostly an adjective of an event, not a time
      }
      case "last", "previous", "prior" -> {
        Draft framed = framedDuration(i, j, the);
        return framed != null ? framed : unitRelative(i, j, the, -1);
      }
      case "next", "coming", "following", "upcoming" -> {
        Draft framed = framedDuration(i, j, the);
        return framed != null ? framed : unitRelative(i, j, the, 1);
      }
      case "this", "current", "that", "same", "these" -> {
        if (w.equals("this") && (t.is(k, "past") || t.is(k, "coming"))) {
          Draft d = unitRelative(i, k, false, t.is(k, "past") ? -1 : 1);
          if (d != null && d.relative == Relative.NONE) {
            return d;
          }
          return null;
        }
        if (w.equals("current")) {
          Draft d = unitRelative(i, j, the, 0);
          if (d != null) {
            return d;
          }
          // "the current weakness": the adjective alone refers to now.
          return t.isWord(k) && !t.capitalized(k) && !the
              ? Draft.of(Kind.REF, i, k, "current", "PRESENT_REF") : null;
        }
        if (w.equals("these") && t.is(k, "days")) {
          return Draft.of(Kind.REF, i, k + 1, "these-days", "PRESENT_REF");
        }
        if (w.equals("these")) {
          return null;
        }
        return unitRelative(i, j, the, 0);
      }
      case "full", "year", "month", "week" -> {
        if (w.equals("full")) {
          if (!the || !t.is(k, "year")) {
            return null;
          }
          j = k;
          k++;
        }
        if (the && (t.is(k, "ended") || t.is(k, "ending") || t.is(k, "through"))) {
          return w.equals("year") ? Draft.of(Kind.DURATION, i, k, "the-year-ended", "P1Y") : null;
        }
        if (the && !t.is(k, "-") && !t.isNumber(k) && !t.is(k, "of") && !t.is(k, "before")
            && !t.is(k, "after")) {
          // "for the year", "the week's most active session": the story's current period.
          Draft d = new Draft(i, k, "the-unit");
          d.relative = Relative.STORY;
          d.unit = CalendarUnit.valueOf(t.lower(j).toUpperCase(java.util.Locale.ROOT));
          return d;
        }
        if (!w.equals("year")) {
          return null;
        }
        // "year-end", "year end", "year's end"
        int e = t.is(k, "-") && t.touches(j) ? k + 1 : isApostropheS(k) ? k + 2 : k;
        if (t.is(e, "end") && !the) {
          Draft d = new Draft(i, e + 1, "year-end");
          d.relative = Relative.SPEECH;
          d.unit = CalendarUnit.YEAR;
          d.mod = TimexModifier.END;
          return d;
        }
        // "the year-earlier quarter", "year-ago"
        if (t.is(k, "-") && t.touches(j) && (t.is(k + 1, "earlier") || t.is(k + 1, "ago"))) {
          boolean noun = unitAt(k + 2, true) != null || t.is(k + 2, "period") || quarterCore(k + 2) != null
              || isNumberStart(k + 2) && !t.is(k + 2, "a");
          Draft d = new Draft(noun ? i : j, k + 2, "year-earlier");
          d.relative = Relative.STORY;
          d.unit = CalendarUnit.YEAR;
          d.offset = -1;
          CalendarUnit u = unitAt(k + 2, false);
          Draft q = quarterCore(k + 2);
          if (q != null) {
            d.quarter = q.quarter;
            d.half = q.half;
            d.end = q.end;
          } else if (u == CalendarUnit.QUARTER || t.is(k + 2, "period")) {
            d.end = k + 3;
          } else if (isNumberStart(k + 2)) {
            Draft n = numberUnit(k + 2);
            if (n != null && n.kind == Kind.DURATION) {
              d.end = n.end; // "the year-earlier nine months"
            }
          }
          return d;
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static String refOf(String w) {
    return switch (w) {
      case "past" -> "PAST_REF";
      case "future" -> "FUTURE_REF";
      default -> "PRESENT_REF";
    };
  }

  /** "the past three years", "the next few days", "last 12 months": a duration framed by now. */
  private Draft framedDuration(int i, int j, boolean the) {
    int k = j + 1;
    if (!isNumberStart(k) || t.is(k, "a") || t.is(k, "an")) {
      return null;
    }
    long[] n = number(k);
    if (n == null) {
      return null;
    }
    int u0 = (int) n[1];
    CalendarUnit u = unitAt(u0, true);
    if (u == null) {
      return null;
    }
    int end = u0 + 1;
    Draft d = Draft.of(Kind.DURATION, i, end, "framed-duration", u.duration(n[0] < 0 ? null : n[0] / 1000.0));
    String w = t.lower(j);
    d.durationFrame = w.equals("next") || w.equals("coming") || w.equals("following")
        || w.equals("upcoming") ? 1 : -1;
    if (t.is(end, "or") && t.is(end + 1, "so")) {
      d.end = end + 2;
      d.mod = TimexModifier.APPROX;
    }
    return d;
  }

  /** last/this/next + unit, weekday, month, season, weekend, part of day. */
  private Draft unitRelative(int i, int j, boolean the, int dir) {
    String w = t.lower(j);
    int k = j + 1;
    boolean story = w.equals("that") || w.equals("same") || w.equals("following")
        || w.equals("previous") || w.equals("prior") || the && w.equals("next");
    // Weekdays, months, seasons: "last Friday", "next May", "this summer".
    int wd = lex.intValue(t.lower(k), Category.WEEKDAY);
    int m = monthAt(k);
    String season = lex.lookup(t.lower(k), Category.SEASON);
    if (!the && !story && (wd != Integer.MIN_VALUE || m != Draft.NONE || season != null)) {
      Draft d = new Draft(i, k + 1, "relative-named");
      if (m != Draft.NONE && t.is(k + 1, ".") && t.touches(k)
          && !t.lower(k).equals(monthName(k))) {
        d.end = k + 2;
      }
      d.pick = dir < 0 ? Pick.PREVIOUS : dir > 0 ? Pick.NEXT : Pick.THIS;
      if (w.equals("latest") || w.equals("current")) {
        return null;
      }
      if (wd != Integer.MIN_VALUE) {
        d.weekday = wd;
        String pod = lex.lookup(t.lower(k + 1), Category.PART_OF_DAY);
        if (pod != null) {
          d.partOfDay = pod;
          d.end = k + 2;
        }
      } else if (m != Draft.NONE) {
        d.month = m;
      } else {
        d.season = season;
      }
      return d;
    }
    // "last night", "this morning"
    String pod = lex.lookup(t.lower(k), Category.PART_OF_DAY);
    if (pod != null && !the && (w.equals("last") || w.equals("this"))) {
      Draft d = new Draft(i, k + 1, "relative-part-of-day");
      d.relative = Relative.SPEECH;
      d.unit = CalendarUnit.DAY;
      d.offset = w.equals("last") && pod.equals("NI") ? -1 : 0;
      if (w.equals("last") && !pod.equals("NI") && !pod.equals("EV")) {
        return null;
      }
      d.partOfDay = pod;
      return d;
    }
    if (t.is(k, "fiscal")) {
      k++; // "this fiscal year", "the current fiscal quarter"
    }
    CalendarUnit u = unitAt(k, false);
    if (u == null || u.clock) {
      return null;
    }
    if (w.equals("latest") && u != CalendarUnit.QUARTER && u != CalendarUnit.YEAR) {
      return null;
    }
    if (w.equals("past") && !the && u != CalendarUnit.WEEKEND) {
      return null; // "past year" without article: a duration is more likely, let numberUnit decide
    }
    if (the && (w.equals("past") || w.equals("last")) && u != CalendarUnit.WEEKEND) {
      // "the past year", "the last decade": a duration ending now.
      Draft d = Draft.of(Kind.DURATION, i, k + 1, "framed-duration", u.duration(1.0));
      d.durationFrame = -1;
      return d;
    }
    Draft d = new Draft(i, k + 1, story ? "story-relative" : "speech-relative");
    d.relative = story ? Relative.STORY : Relative.SPEECH;
    d.unit = u;
    d.offset = dir;
    if (u == CalendarUnit.WEEKEND) {
      d.unit = CalendarUnit.WEEK;
      d.weekend = true;
    }
    // "this year's third quarter"
    if ((u == CalendarUnit.YEAR) && isApostropheS(k + 1)) {
      Draft q = quarterCore(k + 3);
      if (q != null) {
        d.quarter = q.quarter;
        d.half = q.half;
        d.end = q.end;
        d.rule = "relative-year-quarter";
      }
    }
    return d;
  }

  /** "earlier this year" (START), "later this month" (END), "later that day". */
  private Draft earlierLater(int i, int j) {
    if (i != j) {
      return null;
    }
    Draft day = weekday(j + 1);
    if (day == null) {
      day = deictic(j + 1);
    }
    if (day != null && day.kind == Kind.DATE && day.partOfDay == null) {
      // "later yesterday", "earlier Sunday": within that day.
      day.first = i;
      day.rule = "earlier-later-day";
      if (t.is(j, "later")) {
        day.mod = TimexModifier.END;
      }
      return day;
    }
    Draft inner = unitRelative(j + 1, j + 1, false, 0);
    if (inner == null || (!t.is(j + 1, "this") && !t.is(j + 1, "that") && !t.is(j + 1, "next")
        && !t.is(j + 1, "last"))) {
      return null;
    }
    if (!t.is(j + 1, "this") && !t.is(j + 1, "that")) {
      inner = unitRelative(j + 1, j + 1, false, t.is(j + 1, "next") ? 1 : -1);
      if (inner == null) {
        return null;
      }
    }
    inner.first = i;
    inner.rule = "earlier-later";
    inner.mod = t.is(j, "earlier") ? TimexModifier.START : TimexModifier.END;
    return inner;
  }

  /**
   * "for years", "within weeks", "the coming months", "recent weeks": an unknown number of units.
   * Recent years are a past reference, as TimeBank annotates them.
   */
  private Draft vaguePlural(int i, int j, String w) {
    boolean framing = w.equals("coming") || w.equals("past") || w.equals("next") || w.equals("last")
        || w.equals("recent") || w.equals("upcoming") || w.equals("following");
    int k = framing ? j + 1 : j;
    if (!t.isWord(k) || !lex.has(t.lower(k), Category.UNIT_PLURAL)) {
      return null;
    }
    CalendarUnit u = unitAt(k, true);
    if (u == null || u == CalendarUnit.WEEKEND || t.is(k + 1, "ago") || t.is(k + 1, "of")
        || t.is(k + 1, "-")) {
      return null;
    }
    if (!framing) {
      String left = t.lower(i - 1);
      boolean prep = left.equals("for") || left.equals("in") || left.equals("within") || left.equals("over")
          || left.equals("after");
      if (i != j || !prep) {
        return null;
      }
      return Draft.of(Kind.DURATION, i, k + 1, "vague-units", u.duration(null));
    }
    if (w.equals("recent") && (u == CalendarUnit.YEAR || u == CalendarUnit.DECADE)) {
      return Draft.of(Kind.REF, i, k + 1, "recent-years", "PAST_REF");
    }
    Draft d = Draft.of(Kind.DURATION, i, k + 1, "vague-units", u.duration(null));
    d.durationFrame = w.equals("coming") || w.equals("next") || w.equals("upcoming")
        || w.equals("following") ? 1 : -1;
    return d;
  }

  /**
   * A year said in words: "nineteen ninety-six", "nineteen eighty", "two thousand (and) one".
   * Returns {year, next token} or null. "two thousand" alone needs a date context (the caller's).
   */
  int[] spokenYear(int i) {
    if (t.is(i, "nineteen") || t.is(i, "eighteen")) {
      int c = t.is(i, "nineteen") ? 1900 : 1800;
      long[] n = number(i + 1);
      if (n == null || n[0] < 10000 || n[0] > 99000 || n[0] % 1000 != 0) {
        return null;
      }
      return new int[] {c + (int) (n[0] / 1000), (int) n[1]};
    }
    if (t.is(i, "two") && t.is(i + 1, "thousand")) {
      int k = i + 2;
      int y = 2000;
      int kk = t.is(k, "and") ? k + 1 : k;
      int unit = lex.intValue(t.lower(kk), Category.NUMBER);
      if (unit >= 1 && unit <= 19 && !t.is(kk, "a") && !t.is(kk, "an")) {
        y += unit;
        k = kk + 1;
      }
      return new int[] {y, k};
    }
    return null;
  }

  /** "noon Thursday", "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "9 a.m. tomorrow". */
  private Draft attachDay(Draft time) {
    int k = time.end;
    if (t.is(k, ",")) {
      k++;
    }
    Draft day = weekday(k);
    if (day == null || day.kind != Kind.DATE) {
      day = monthFirst(k);
      if (day != null && day.day == Draft.NONE) {
        day = null;
      }
    }
    if (day == null) {
      day = deictic(k);
    }
    if (day == null || day.partOfDay != null) {
      return time;
    }
    time.end = day.end;
    time.weekday = day.weekday;
    time.month = day.month;
    time.day = day.day;
    time.year = day.year;
    time.needsCentury = day.needsCentury;
    time.relative = day.relative;
    time.unit = day.unit;
    time.offset = day.offset;
    time.rule = "clock-time-day";
    return time;
  }

  // ---------------------------------------------------------------- numbers and units

  /** "three years", "48 hours", "two-year", "a decade", "three years ago", "two weeks later". */
  private Draft numberUnit(int i) {
    int j = i;
    boolean the = t.is(j, "the");
    if (the) {
      j++;
      if (t.is(j, "first") || t.is(j, "last") || t.is(j, "final")) {
        j++;
      }
    }
    if (!isNumberStart(j) || the && (t.is(j, "a") || t.is(j, "an"))) {
      return null;
    }
    long[] n = number(j);
    if (n == null || t.digits(j) == 4 && n[0] >= 1_000_000 && n[0] < 3_000_000) {
      return null; // "the 1988 quarter": a year, not a count
    }
    int k = (int) n[1];
    boolean article = t.is(j, "a") || t.is(j, "an");
    boolean hyphen = t.is(k, "-") && t.touches(k - 1) && t.touches(k);
    if (hyphen) {
      k++;
    } else if (UNIT_ADJECTIVES.contains(t.lower(k)) && unitAt(k + 1, true) != null) {
      k++; // "eight trading days", "20 more years", "an additional year"
    }
    CalendarUnit u = unitAt(k, !hyphen);
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
    if (t.is(k + 1, "old") || t.is(k + 1, "-") && t.is(k + 2, "old")) {
      return null; // ages are not times on a timeline
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
    String after = t.lower(end);
    if (!the && !hyphen && u != CalendarUnit.WEEKEND) {
      int sign = 0;
      Relative rel = Relative.STORY;
      int stop = end + 1;
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
          }
        }
        default -> { }
      }
      if ((after.equals("before") || after.equals("after")) && t.isWord(end + 1)) {
        sign = 0; // "two days before the vote": the duration is the expression
      }
      if (sign != 0) {
        if (amount == null) {
          Draft d = Draft.of(Kind.REF, i, stop, "vague-ago", sign < 0 ? "PAST_REF" : "FUTURE_REF");
          return d;
        }
        Draft d = new Draft(i, stop, rel == Relative.SPEECH ? "ago" : "later-earlier");
        d.relative = rel;
        d.unit = u;
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
    Draft d = Draft.of(Kind.DURATION, i, end, hyphen ? "duration-adjective" : "duration",
        u == CalendarUnit.WEEKEND ? "P" + (amount == null ? "X" : fmt(amount * 2)) + "D"
            : u.duration(amount));
    if (t.is(end, "or") && t.is(end + 1, "so")) {
      d.end = end + 2;
      d.mod = TimexModifier.APPROX;
    }
    if (t.is(end, "old") || t.is(end, "-") && t.is(end + 1, "old")) {
      return d; // ages are durations in TimeML
    }
    return d;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  boolean isNumberStart(int i) {
    String w = t.lower(i);
    return t.isNumber(i) || lex.has(w, Category.NUMBER) || lex.has(w, Category.VAGUE);
  }

  /**
   * A number at token i: {value * 1000 (or -1 when vague), next token}. Handles "48", "1.5",
   * "twenty four", "twenty-four", "two and a half", "a few", "a couple of", "12 to 18".
   */
  long[] number(int i) {
    String w = t.lower(i);
    if (t.isNumber(i)) {
      if (t.digits(i) > 6) {
        return null;
      }
      long v = t.intValue(i) * 1000L;
      int k = i + 1;
      if (t.is(k, ".") && t.touches(i) && t.touches(k) && t.isNumber(k + 1) && t.digits(k + 1) <= 3) {
        v += Math.round(Double.parseDouble("0." + t.lower(k + 1)) * 1000);
        k += 2;
      } else if (t.is(k, ",") && t.touches(i) && t.touches(k) && t.isNumber(k + 1)) {
        return null; // "2,000": a big number, not a count of time units
      }
      if ((t.is(k, "to") || t.is(k, "or") || t.is(k, "-")) && t.isNumber(k + 1) && unitAt(k + 2, true) != null) {
        return new long[] {-1, k + 2};
      }
      return new long[] {v, k};
    }
    if (w.equals("a") || w.equals("an")) {
      String n = t.lower(i + 1);
      if (n.equals("few") || n.equals("couple")) {
        int k = i + 2;
        if (t.is(k, "of")) {
          k++;
        }
        return new long[] {n.equals("couple") ? 2000 : -1, k};
      }
      if (n.equals("half") || n.equals("dozen")) {
        return new long[] {n.equals("half") ? 500 : 12000, i + 2};
      }
      return new long[] {1000, i + 1};
    }
    String vague = lex.lookup(w, Category.VAGUE);
    if (vague != null) {
      if (w.equals("some") || w.equals("many")) {
        return null;
      }
      int k = i + 1;
      if (w.equals("couple") && t.is(k, "of")) {
        k++;
      }
      return new long[] {vague.equals("X") ? -1 : Long.parseLong(vague) * 1000, k};
    }
    int v = lex.intValue(w, Category.NUMBER);
    if (v == Integer.MIN_VALUE || w.equals("half")) {
      return null;
    }
    long total = v;
    int k = i + 1;
    if (v >= 20 && v < 100) {
      int kk = t.is(k, "-") && t.touches(i) ? k + 1 : k;
      int unit = lex.intValue(t.lower(kk), Category.NUMBER);
      if (unit >= 1 && unit <= 9 && !t.is(kk, "a") && !t.is(kk, "an")) {
        total += unit;
        k = kk + 1;
      }
    }
    if (t.is(k, "hundred")) {
      total *= 100;
      k++;
    }
    long value = total * 1000;
    if (t.is(k, "and") && t.is(k + 1, "a") && t.is(k + 2, "half")) {
      value += 500;
      k += 3;
    }
    if ((t.is(k, "to") || t.is(k, "or")) && lex.has(t.lower(k + 1), Category.NUMBER)
        && !t.is(k + 1, "a") && unitAt(k + 2, true) != null) {
      return new long[] {-1, k + 2};
    }
    return new long[] {value, k};
  }

  /** A calendar unit word at k (plural only when allowed), or null. */
  CalendarUnit unitAt(int k, boolean pluralAllowed) {
    if (!t.isWord(k)) {
      return null;
    }
    String w = t.lower(k);
    String u = lex.lookup(w, Category.UNIT);
    if (u == null && pluralAllowed) {
      u = lex.lookup(w, Category.UNIT_PLURAL);
    }
    return u == null ? null : CalendarUnit.valueOf(u);
  }

  // ---------------------------------------------------------------- quarters, halves

  /**
   * "the third quarter", "third-quarter", "the fiscal first quarter", "the first half of 2025",
   * "fiscal 2013's third quarter", "Q3 2014", "1989's second half".
   */
  private Draft quarterOrHalf(int i) {
    // Year-possessive prefix: "fiscal 2013's third quarter", "1989's fourth quarter".
    Draft y = year(i);
    if (y != null && isApostropheS(y.end)) {
      Draft q = quarterCore(y.end + 2);
      if (q != null) {
        q.first = i;
        q.year = y.year;
        return q;
      }
    }
    if (t.is(i, "the") && t.isNumber(i + 1)) {
      y = year(i + 1);
      Draft q = y == null ? null : quarterCore(y.end);
      if (q != null && !t.is(y.end, "the")) {
        q.first = i;
        q.year = y.year;
        return q;
      }
    }
    return quarterCore(i);
  }

  private Draft quarterCore(int i) {
    int j = i;
    if (t.is(j, "the")) {
      j++;
    }
    if (t.is(j, "fiscal")) {
      j++;
    }
    // "Q3", "Q3 2014"
    if (t.is(j, "q") && t.isNumber(j + 1) && t.touches(j) && t.intValue(j + 1) >= 1
        && t.intValue(j + 1) <= 4) {
      Draft d = new Draft(i, j + 2, "quarter");
      d.quarter = t.intValue(j + 1);
      quarterYear(d, j + 2, false);
      return d;
    }
    int ord = ordinalAt(j);
    if (ord == Draft.NONE) {
      return null;
    }
    int k = j + (t.isAlnum(j) || t.isWord(j) ? 1 : 1);
    boolean hyphen = t.is(k, "-") && t.touches(k - 1) && t.touches(k);
    if (hyphen) {
      k++;
    }
    if (t.is(k, "fiscal")) {
      k++;
    }
    String u = t.lower(k);
    boolean quarter = u.equals("quarter");
    boolean half = u.equals("half");
    if (!quarter && !half) {
      return null;
    }
    if (ord == -1) {
      // "the last quarter" is the previous quarter (relative rule) unless "of <year>" follows.
      if (!t.is(k + 1, "of")) {
        return null;
      }
      ord = quarter ? 4 : 2;
    }
    if (quarter && (ord < 1 || ord > 4) || half && (ord < 1 || ord > 2)) {
      return null;
    }
    Draft d = new Draft(i, k + 1, quarter ? "quarter" : "half");
    if (quarter) {
      d.quarter = ord;
    } else {
      d.half = ord;
    }
    if (hyphen && t.is(i, "the") && !t.is(i + 1, "fiscal")) {
      return null; // "the third-quarter results": TimeBank leaves the article out
    }
    if (!hyphen || t.is(i, "the")) {
      quarterYear(d, k + 1, true);
    }
    return d;
  }

  /** Optional year after a quarter: "of 2014", "2014", "of fiscal 1989", "of last year". */
  private void quarterYear(Draft d, int k, boolean ofRequired) {
    int j = k;
    boolean of = t.is(j, "of");
    if (of) {
      j++;
    }
    if (!of && ofRequired) {
      return;
    }
    Draft y = year(j);
    if (y == null && t.is(j, "the") && t.is(j + 1, "year")) {
      d.end = j + 2;
      d.relative = Relative.STORY;
      d.unit = CalendarUnit.YEAR;
      d.offset = 0;
      return;
    }
    if (y == null && (t.is(j, "this") || t.is(j, "last") || t.is(j, "next")) && t.is(j + 1, "year")) {
      d.end = j + 2;
      d.relative = Relative.SPEECH;
      d.unit = CalendarUnit.YEAR;
      d.offset = t.is(j, "this") ? 0 : t.is(j, "last") ? -1 : 1;
      return;
    }
    if (y != null) {
      d.year = y.year;
      d.end = y.end;
    }
  }

  private boolean isApostropheS(int k) {
    return (t.is(k, "'") || t.is(k, "’")) && t.is(k + 1, "s") && t.touches(k);
  }

  /** An ordinal at k ("third", "3rd", "last"), or NONE. */
  private int ordinalAt(int k) {
    int v = lex.intValue(t.lower(k), Category.ORDINAL);
    if (v != Integer.MIN_VALUE) {
      return v;
    }
    int d = ordinalDigitsAt(k);
    return d > 0 ? d : Draft.NONE;
  }

  /** "14th", "1st", "22nd" at k, or -1. */
  private int ordinalDigitsAt(int k) {
    if (!t.isAlnum(k)) {
      return -1;
    }
    String s = t.lower(k);
    int n = s.length();
    if (n < 3 || n > 4) {
      return -1;
    }
    String suffix = s.substring(n - 2);
    if (!suffix.equals("st") && !suffix.equals("nd") && !suffix.equals("rd") && !suffix.equals("th")) {
      return -1;
    }
    for (int c = 0; c < n - 2; c++) {
      if (!Character.isDigit(s.charAt(c))) {
        return -1;
      }
    }
    return Integer.parseInt(s.substring(0, n - 2));
  }

  // ---------------------------------------------------------------- decades, centuries

  /** "the 1990s", "the '80s", "the eighties", "the 19th century", "the nineteenth century". */
  private Draft decadeOrCentury(int i) {
    int j = i;
    if (t.is(j, "the")) {
      j++;
    }
    String w = t.lower(j);
    if (t.isAlnum(j) && w.endsWith("s") && !w.endsWith("'s")) {
      String digits = w.substring(0, w.length() - 1);
      if (digits.chars().allMatch(Character::isDigit) && (digits.length() == 4 || digits.length() == 2)
          && digits.endsWith("0")) {
        Draft d = new Draft(i, j + 1, "decade");
        boolean apostrophe = j > 0 && (t.is(j - 1, "'") || t.is(j - 1, "’")) && t.touches(j - 1);
        if (digits.length() == 2) {
          if (!apostrophe && !t.is(i, "the") && !t.is(i - 1, "the") && !t.is(i - 1, "early")
              && !t.is(i - 1, "late") && !t.is(i - 1, "mid")) {
            return null;
          }
          d.decade = Integer.parseInt(digits) / 10;
          d.needsCentury = true;
        } else {
          int v = Integer.parseInt(digits);
          if (v < 1000 || v > 2990) {
            return null;
          }
          if (v % 100 == 0 && v != 2000) {
            d.century = v / 100;
            d.rule = "century";
          } else {
            d.decade = v / 10;
          }
        }
        return d;
      }
    }
    if ((t.is(j, "'") || t.is(j, "’")) && t.touches(j) && t.isAlnum(j + 1)) {
      Draft d = decadeOrCentury(j + 1);
      if (d != null) {
        d.first = i;
      }
      return d;
    }
    // "the 1990's"
    if (t.isNumber(j) && t.digits(j) == 4 && t.lower(j).endsWith("0") && isApostropheS(j + 1)
        && !t.isWord(j + 3)) {
      int v = t.intValue(j);
      Draft d = new Draft(i, j + 3, "decade");
      d.decade = v / 10;
      return d;
    }
    int dw = lex.intValue(w, Category.DECADE_WORD);
    if (dw != Integer.MIN_VALUE && i != j) {
      Draft d = new Draft(i, j + 1, "decade-word");
      d.decade = dw;
      d.needsCentury = true;
      return d;
    }
    int ord = ordinalAt(j);
    if (ord >= 1 && ord <= 30 && t.is(j + 1, "century") && (i != j || t.isWord(j + 2))) {
      Draft d = new Draft(i, j + 2, "century");
      d.century = ord - 1;
      return d;
    }
    return null;
  }

  // ---------------------------------------------------------------- seasons, holidays

  /** "summer 2014", "the summer of 2014", "in the fall", "spring". */
  private Draft season(int i) {
    int j = i;
    boolean the = t.is(j, "the");
    if (the) {
      j++;
    }
    String s = lex.lookup(t.lower(j), Category.SEASON);
    if (s == null) {
      return null;
    }
    Draft d = new Draft(i, j + 1, "season");
    d.season = s;
    int y = yearAfter(j + 1);
    if (y != Draft.NONE && !t.is(j + 1, ",")) {
      d.year = y >> 4;
      d.end = lastYearEnd;
      fixTwoDigitYear(d);
      return d;
    }
    if (t.is(j + 1, "of")) {
      return null; // "the fall of Rome"
    }
    String left = t.lower(i - 1);
    boolean context = the || left.equals("in") || left.equals("since") || left.equals("until")
        || left.equals("by") || left.equals("during") || left.equals("this") || left.equals("last")
        || left.equals("next") || left.equals("early") || left.equals("late") || left.equals("mid")
        || left.equals("through") || left.equals("-");
    if (!context || s.equals("FA") && t.lower(j).equals("fall") && !the) {
      return null;
    }
    String right = t.lower(j + 1);
    if (t.isWord(j + 1) && !lex.known(right) && !Set.of("and", "or", "when", "as", "with", "to",
        "for", "at", "is", "was", "will", "has", "had", "after", "before", "but").contains(right)) {
      return null; // "the summer camp", "the spring offensive"
    }
    return d;
  }

  /** "Christmas", "Thanksgiving Day", "Easter 2015". */
  private Draft holiday(int i) {
    if (!t.capitalized(i)) {
      return null;
    }
    Draft best = null;
    for (Lexicon.Holiday h : lex.holidaysStartingWith(t.lower(i))) {
      int k = i;
      boolean ok = true;
      for (String w : h.words()) {
        // "new year's day": the tokenizer splits the apostrophe and the period.
        int consumed = consumeWord(k, w);
        if (consumed < 0) {
          ok = false;
          break;
        }
        k = consumed;
      }
      if (ok && (best == null || k > best.end)) {
        best = new Draft(i, k, "holiday");
        best.holidayRule = h.rule();
        int y = yearAfter(k);
        if (y != Draft.NONE && y >= 0) {
          best.year = y >> 4;
          best.end = lastYearEnd;
        }
      }
    }
    return best;
  }

  /** Consume the lexicon word w (which may contain ' or .) from token k; -1 if it differs. */
  private int consumeWord(int k, String w) {
    int pos = 0;
    while (pos < w.length()) {
      String tok = t.lower(k);
      if (tok.isEmpty()) {
        return -1;
      }
      if (tok.equals("’")) {
        tok = "'";
      }
      if (!w.startsWith(tok, pos)) {
        return -1;
      }
      pos += tok.length();
      k++;
    }
    return k;
  }

  // ---------------------------------------------------------------- references, sets

  /** "now", "currently", "recently", "soon", sentence-initial "Previously,". */
  private Draft reference(int i) {
    String w = t.lower(i);
    if ((w.equals("a") || w.equals("some")) && t.is(i + 1, "later") && (t.is(i + 2, "date")
        || t.is(i + 2, "time") || t.is(i + 2, "stage"))) {
      return Draft.of(Kind.REF, i, i + 3, "later-date", "FUTURE_REF");
    }

    String v = lex.lookup(w, Category.REF);
    if (v == null) {
      return null;
    }
    if (w.equals("soon") && (t.is(i - 1, "as") || t.is(i - 1, "how") || t.is(i - 1, "too"))) {
      return null;
    }
    if (w.equals("now") && t.is(i + 1, "that")) {
      return null; // "now that": a conjunction
    }
    return Draft.of(Kind.REF, i, i + 1, "reference", v);
  }

  /** "every Sunday", "each year", "daily", "twice a week", "three times a day", "per year". */
  private Draft set(int i) {
    String w = t.lower(i);
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
      long[] n = isNumberStart(k) && !t.is(k, "a") ? number(k) : null;
      int u0 = n == null ? k : (int) n[1];
      int count = n == null || n[0] < 0 ? (other ? 2 : 1) : (int) (n[0] / 1000);
      CalendarUnit u = unitAt(u0, n != null);
      if (u != null) {
        Draft d = Draft.of(Kind.SET, i, u0 + 1, "every-unit", u.duration((double) count));
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
      int m = monthAt(k);
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
    if (times == 0 && isNumberStart(i) && !t.is(i, "a")) {
      long[] n = number(i);
      if (n != null && n[0] > 0 && t.is((int) n[1], "times")) {
        times = (int) (n[0] / 1000);
        k = (int) n[1] + 1;
      }
    }
    if (times > 0 && (t.is(k, "a") || t.is(k, "an") || t.is(k, "per") || t.is(k, "every")
        || t.is(k, "each"))) {
      CalendarUnit u = unitAt(k + 1, false);
      if (u != null) {
        Draft d = Draft.of(Kind.SET, i, k + 2, "times-per-unit", u.duration(1.0));
        d.frequency = times + "X";
        return d;
      }
    }
    // "$5 a day", "10 percent a year", "per year"
    if (w.equals("per") || (w.equals("a") && i > 0 && (t.isNumber(i - 1) || RATE_LEFT.contains(t.lower(i - 1))))) {
      CalendarUnit u = unitAt(i + 1, false);
      if (u != null && !u.clock || u == CalendarUnit.HOUR) {
        return Draft.of(Kind.SET, i, i + 2, "rate", u.duration(1.0));
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- helpers

  /** A month name at k, respecting capitalisation, or NONE. */
  int monthAt(int k) {
    if (!t.isWord(k) || !t.capitalized(k)) {
      return Draft.NONE;
    }
    int m = lex.intValue(t.lower(k), Category.MONTH);
    return m == Integer.MIN_VALUE ? Draft.NONE : m;
  }

  private String monthName(int k) {
    return switch (lex.intValue(t.lower(k), Category.MONTH)) {
      case 1 -> "january";
      case 2 -> "february";
      case 3 -> "march";
      case 4 -> "april";
      case 5 -> "may";
      case 6 -> "june";
      case 7 -> "july";
      case 8 -> "august";
      case 9 -> "september";
      case 10 -> "october";
      case 11 -> "november";
      default -> "december";
    };
  }

  /** A day of month at k: "14", "14th". NONE otherwise. */
  private int dayNumberAt(int k) {
    int v;
    if (t.isNumber(k) && t.digits(k) <= 2) {
      v = t.intValue(k);
      if (t.touches(k) && t.touches(k + 1) && (t.is(k + 1, ",") || t.is(k + 1, "."))
          && t.isNumber(k + 2)) {
        return Draft.NONE; // "5,000", "5.5"
      }
      if (t.touches(k) && t.is(k + 1, "%")) {
        return Draft.NONE;
      }
      if (QUANTITY_RIGHT.contains(t.lower(k + 1)) || unitAt(k + 1, true) != null) {
        return Draft.NONE;
      }
    } else {
      v = ordinalDigitsAt(k);
    }
    return v >= 1 && v <= 31 ? v : Draft.NONE;
  }

  private static int daysIn(int month) {
    return switch (month) {
      case 2 -> 29;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /**
   * The second half of a range after a finished expression: "Jan. 5-20" gives "20", "1980/81"
   * gives "81", "from 2003 to 2007" needs nothing (both are years).
   */
  Draft rangeContinuation(Draft d) {
    int k = d.end;
    boolean dash = (t.is(k, "-") || t.is(k, "–")) && t.touches(k - 1) && t.touches(k);
    boolean slash = t.is(k, "/") && t.touches(k - 1) && t.touches(k);
    if (d.kind != Kind.DATE || d.relative != Relative.NONE) {
      return null;
    }
    if (d.day != Draft.NONE && d.month != Draft.NONE && d.year == Draft.NONE
        && (dash || t.is(k, "to") || t.is(k, "through") || t.is(k, "until"))) {
      int day = dayNumberAt(k + 1);
      if (day != Draft.NONE && day > d.day && monthAt(k + 2) == Draft.NONE && t.isNumber(k + 1)) {
        Draft r = new Draft(k + 1, k + 2, "day-range");
        r.month = d.month;
        r.day = day;
        int y = yearAfter(k + 2);
        if (y != Draft.NONE && y >= 0) {
          r.year = y >> 4;
          r.end = lastYearEnd;
        }
        return r;
      }
    }
    if (d.year != Draft.NONE && d.month == Draft.NONE && d.rule.equals("year") && (dash || slash)
        && t.isNumber(k + 1) && t.digits(k + 1) == 2 && !t.touches(k + 1)) {
      int yy = t.intValue(k + 1);
      int y = d.year / 100 * 100 + yy;
      if (y <= d.year) {
        y += 100;
      }
      if (y - d.year <= 10) {
        Draft r = new Draft(k + 1, k + 2, "year-range");
        r.year = y;
        return r;
      }
    }
    return null;
  }
}
