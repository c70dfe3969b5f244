package dev.timeline.engine.temporal;

import dev.timeline.engine.temporal.Draft.Kind;
import dev.timeline.engine.temporal.Draft.Relative;
import dev.timeline.engine.temporal.Lexicon.Category;
import java.util.Map;
import java.util.Set;

/**
 * Explicit calendar expressions: month-day-year in the written forms, numeric dates, bare years in
 * a plausible context, weekdays, decades and centuries, seasons and holidays.
 */
final class CalendarRules {
  private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "jan", "mar", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec", "apr", "feb", "sept");

  /** Words between two months of a range: "May-July", "March to June". */
  private static final Set<String> MONTH_RANGE = Set.of("-", "–", "to", "through", "until");
  private static final Set<String> MONTH_LEFT_CONTEXT = Set.of(
      "in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this",
      "during", "before", "after", "from", "through", "-", "between", "and", "to", "or", "that",
      "each", "every", "end", "throughout", "on", "into", "coming", "past");

  /** Before "the 14th" as a day: "on the 14th", "by the 14th". */
  private static final Set<String> DAY_LEFT = Set.of("on", "by", "until", "till", "since", "before", "after");
  /** Words that open a new phrase after a day, where a noun would follow an ordinal adjective. */
  private static final Set<String> CLAUSE_WORDS = Set.of("that", "when", "but", "after", "at",
      "as", "while", "before", "with", "in");

  private final TokenSequence t;
  private final TokenPatterns p;
  private final Grammar g;
  private final Lexicon lex = Lexicon.get();

  CalendarRules(TokenSequence t, TokenPatterns p, Grammar g) {
    this.t = t;
    this.p = p;
    this.g = g;
  }

  /** "September 14, 2014", "Sept. 14", "May 2014", "September". */
  Draft monthFirst(int i) {
    int m = p.monthAt(i);
    if (m == Draft.NONE) {
      return null;
    }
    int k = i + 1;
    boolean abbreviated = !t.lower(i).equals(p.monthName(i));
    if (abbreviated && t.is(k, ".") && t.touches(i)) {
      k++;
    }
    Draft d = new Draft(i, k, "month-day-year");
    d.month = m;
    int day = p.dayNumberAt(k);
    boolean clock = t.is(k + 1, ":") && t.touches(k) && t.isNumber(k + 2);
    if (day != Draft.NONE && !clock && !(t.is(k + 1, ".") && t.isNumber(k + 2) && t.touches(k))) {
      d.day = day;
      k++;
      TokenPatterns.YearMatch y = p.yearAfter(k);
      d.end = k;
      if (y != null) {
        y.applyTo(d);
      }
      return d;
    }
    int[] spokenDay = t.capitalized(i) ? p.spokenDayAt(t.is(k, "the") ? k + 1 : k) : null;
    if (spokenDay != null && !t.is(spokenDay[1], "-") && p.unitAt(spokenDay[1], true) == null
        && !t.is(spokenDay[1], "half") && !t.is(spokenDay[1], "time")) {
      // "March eighth", "March the twenty-first": the day as transcripts spell it.
      d.day = spokenDay[0];
      d.end = spokenDay[1];
      TokenPatterns.YearMatch sy = p.yearAfter(d.end);
      if (sy != null) {
        sy.applyTo(d);
      }
      return d;
    }
    TokenPatterns.YearMatch y = p.yearAfter(k);
    if (y != null) {
      y.applyTo(d);
      d.rule = "month-year";
      return d;
    }
    int[] spoken = p.spokenYear(t.is(k, "of") ? k + 1 : k);
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
      // "the May-July period", "from March to June": a capitalised month range is date-like itself.
      boolean rangeStart = t.capitalized(i) && MONTH_RANGE.contains(t.lower(i + 1))
          && p.monthAt(i + 2) != Draft.NONE;
      if (!rangeStart && (!MONTH_LEFT_CONTEXT.contains(left) || abbreviated && !t.is(i + 1, "."))) {
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
    // "from Feb. to May": the abbreviation's period is the month's inside a sentence; before a
    // capital it may end the sentence, and stays out.
    boolean inside = abbreviated && t.is(i + 1, ".") && t.touches(i)
        && (t.isWord(i + 2) && !t.capitalized(i + 2) || t.is(i + 2, ","));
    d.end = inside ? i + 2 : i + 1;
    return d;
  }

  /** "14 September 2014", "14th of September". */
  /** Words between the two days of a day-first range: "12 to 20 July", "12-20 July". */
  private static final Set<String> DAY_RANGE = Set.of("to", "-", "–", "until", "through", "and");

  Draft dayMonth(int i) {
    int day = p.dayNumberAt(i);
    if (day == Draft.NONE) {
      day = spelledDay(i);
    }
    if (day == Draft.NONE) {
      return null;
    }
    int k = i + 1;
    if (t.is(k, "day") && !t.isNumber(i)) {
      k++; // "the third day of May"
    }
    if (t.is(k, "of")) {
      k++;
    }
    int m = p.monthAt(k);
    if (m == Draft.NONE && k == i + 1 && DAY_RANGE.contains(t.lower(k))) {
      // "from 12 to 20 July", "12-20 July": the first day takes the second's month (and year).
      Draft end = p.dayNumberAt(k + 1) != Draft.NONE && t.isNumber(k + 1) ? dayMonth(k + 1) : null;
      if (end == null || end.day <= day || !t.isNumber(i)) {
        return null;
      }
      Draft d = new Draft(i, i + 1, "day-range-start");
      d.day = day;
      d.month = end.month;
      d.year = end.year;
      d.needsCentury = end.needsCentury;
      return d;
    }
    if (m == Draft.NONE || !t.capitalized(k)) {
      return null;
    }
    k++;
    if (t.is(k, ".") && t.touches(k - 1) && !t.lower(k - 1).equals(p.monthName(k - 1))) {
      k++;
    }
    Draft d = new Draft(i, k, "day-month-year");
    d.day = day;
    d.month = m;
    TokenPatterns.YearMatch y = p.yearAfter(k);
    if (y != null && !t.is(k, "of")) {
      y.applyTo(d);
    }
    return d;
  }

  /**
   * "the first of February", "the third day of May": a spelled ordinal is a day only before "of"
   * and a month (not "the first February talks"); the article stays outside, as for "the 14th of".
   */
  private int spelledDay(int i) {
    int day = lex.intValue(t.lower(i), Category.ORDINAL);
    if (day < 1 || day > 31 || !t.is(i - 1, "the")) {
      return Draft.NONE;
    }
    int k = t.is(i + 1, "day") ? i + 2 : i + 1;
    return t.is(k, "of") && p.monthAt(k + 1) != Draft.NONE ? day : Draft.NONE;
  }

  /** "the 14th", "the 14th of September". */
  Draft ordinalDay(int i) {
    if (!t.is(i, "the")) {
      return null;
    }
    int day = p.ordinalDigitsAt(i + 1);
    if (day < 1 || day > 31) {
      return null;
    }
    if (t.is(i + 2, "of") && p.monthAt(i + 3) != Draft.NONE) {
      return null; // dayMonth covers it from the ordinal on; the article stays outside.
    }
    boolean dayContext = DAY_LEFT.contains(t.lower(i - 1)) && CLAUSE_WORDS.contains(t.lower(i + 2));
    if (!t.isPunct(i + 2) && i + 2 < t.size() && !dayContext) {
      return null; // "the 14th floor", "the 14th amendment"; but "said on the 14th that ..."
    }
    Draft d = new Draft(i, i + 2, "ordinal-day");
    d.day = day;
    return d;
  }

  /**
   * "the first Sunday in May", "the last Monday of May 2025": one day, found as a holiday rule is;
   * "the Monday after Thanksgiving", "the Sunday before Easter": the weekday next to a holiday.
   */
  Draft weekdayOfMonthOrHoliday(int i) {
    if (!t.is(i, "the")) {
      return null;
    }
    int j = i + 1;
    int n = t.is(j, "last") ? -1 : lex.intValue(t.lower(j), Category.ORDINAL);
    if (n != Integer.MIN_VALUE && (n < -1 || n > 5)) {
      return null;
    }
    int wdAt = n == Integer.MIN_VALUE ? j : j + 1;
    int wd = lex.intValue(t.lower(wdAt), Category.WEEKDAY);
    if (wd == Integer.MIN_VALUE || !t.capitalized(wdAt)) {
      return null;
    }
    int k = wdAt + 1;
    if (n != Integer.MIN_VALUE) {
      int m = (t.is(k, "in") || t.is(k, "of")) ? p.monthAt(k + 1) : Draft.NONE;
      // The full month name, or an abbreviation with its glued period ("the first Monday in
      // Sept."): bare "Mar" or "Jan" may be a name.
      boolean full = m != Draft.NONE && t.lower(k + 1).equals(p.monthName(k + 1));
      boolean abbreviation = m != Draft.NONE && !full && t.capitalized(k + 1) && t.is(k + 2, ".")
          && t.touches(k + 1);
      if (!full && !abbreviation) {
        return null;
      }
      int end = k + 2;
      if (abbreviation && (t.isWord(k + 3) && !t.capitalized(k + 3) || t.is(k + 3, ",")
          || t.isNumber(k + 3))) {
        end++; // the period is the month's inside a sentence, as in monthFirst
      }
      Draft d = new Draft(i, end, "nth-weekday");
      d.holidayRule = "NTH " + m + " " + wd + " " + n;
      TokenPatterns.YearMatch y = p.yearAfter(end);
      if (y != null && !y.twoDigits()) {
        y.applyTo(d);
      }
      return d;
    }
    if (!t.is(k, "after") && !t.is(k, "before")) {
      return null;
    }
    Draft h = holiday(k + 1);
    if (h == null || !h.rule.equals("holiday")) {
      return null;
    }
    h.first = i;
    h.rule = "weekday-by-holiday";
    h.holidayRule = t.lower(k).toUpperCase(java.util.Locale.ROOT) + " " + wd + " " + h.holidayRule;
    return h;
  }

  /** "2014-09-14", "9/14/2014", "9/14/14". */
  Draft numericDate(int i) {
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
    if (t.touches(i + 4) && t.touches(i + 5) && (t.isNumber(i + 6) || t.is(i + 5, s1))) {
      return null; // longer numeric chains: phone numbers, versions (not a sentence's full stop)
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
      // US order unless the first number cannot be a month; dots are European, day first.
      if (a > 12 && b <= 12 || s1.equals(".") && a <= 31 && b <= 12) {
        d.day = a;
        d.month = b;
      } else {
        d.month = a;
        d.day = b;
      }
      d.year = c;
      d.needsCentury = t.digits(i + 4) == 2;
    } else {
      return null;
    }
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > TokenPatterns.daysIn(d.month)) {
      return null;
    }
    if (!d.needsCentury && (d.year < 1000 || d.year > 2999)) {
      return null;
    }
    return d;
  }

  /** "2003", "fiscal 1989", "the year 2000", "FY2013". */
  Draft year(int i) {
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
    if (t.is(i, "fy") && t.touches(i) && j == i + 1 && t.isNumber(j) && t.digits(j) == 2
        && (!t.touches(j) || t.isPunct(j + 1) && !t.isNumber(j + 2)) && t.capitalized(i)) {
      // "FY26": the fiscal year's short code; its century is the nearest one to the news.
      Draft d = new Draft(i, j + 1, rule);
      d.year = t.intValue(j);
      d.needsCentury = true;
      return d;
    }
    if (!t.isNumber(j) || t.digits(j) != 4) {
      int[] spoken = p.spokenYear(t.is(i, "the") && t.is(i + 1, "year") ? i + 2 : i);
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

  /** "44 BC", "AD 79", "79 AD": a year with its era; TIMEX3 writes years before Christ as "BC0044". */
  Draft eraYear(int i) {
    boolean after = t.isNumber(i) && !t.numberGoesOn(i) && era(i + 1);
    boolean before = era(i) && t.is(i, "ad") && t.isNumber(i + 1) && !t.numberGoesOn(i + 1);
    int n = after ? i : before ? i + 1 : -1;
    if (n < 0 || t.digits(n) > 4 || t.intValue(n) < 1 || i > 0 && t.touches(i - 1)) {
      return null;
    }
    String era = t.lower(after ? i + 1 : i);
    String year = ZeroPad.of(t.intValue(n), 4);
    return Draft.of(Kind.REF, i, i + 2, "era-year", era.startsWith("bc") ? "BC" + year : year);
  }

  /** An era word in capitals: "BC", "BCE", "AD". */
  private boolean era(int k) {
    if (!t.isWord(k) || !(t.is(k, "bc") || t.is(k, "bce") || t.is(k, "ad"))) {
      return false;
    }
    String raw = t.text().substring(t.begin(k), t.end(k));
    return raw.equals(raw.toUpperCase(java.util.Locale.ROOT));
  }

  /** "the 1988 period", "the 1989 quarter": the year of a reported period. */
  Draft yearPeriod(int i) {
    if (!t.is(i, "the") || !t.isNumber(i + 1) || !(t.is(i + 2, "period") || t.is(i + 2, "quarter"))) {
      return null;
    }
    Draft y = year(i + 1);
    if (y == null || y.end != i + 2) {
      return null;
    }
    y.first = i;
    y.end = i + 3;
    y.rule = t.is(i + 2, "quarter") ? "year-quarter" : "year-period";
    return y;
  }

  /** Whether token k holds a year just before y ("1999-2000"). */
  private boolean yearRange(int k, int y) {
    int first = t.digits(k) == 4 ? t.intValue(k) : -1;
    return first >= 1000 && first < y && y - first <= 100;
  }

  boolean plausibleBareYear(int j, int y, boolean bare) {
    // Part of a bigger number or code: "2,000", "1989.5", "#2003", "$2003", "No. 2003".
    if (j > 0 && t.touches(j - 1)) {
      String l = t.lower(j - 1);
      if (l.equals(",") || l.equals(".") || l.equals("$") || l.equals("#") || l.equals("£")
          || l.equals("€") || l.equals(":") || l.equals("/") || t.isNumber(j - 1)
          // "FY2013" is the fiscal year, other words glued on are codes
          || t.isWord(j - 1) && !l.equals("fy")
          || l.equals("-") && t.isNumber(j - 2) && t.touches(j - 2) && !yearRange(j - 2, y)) {
        return false; // also phone numbers and codes: "555-2014", but not "1999-2000"
      }
    }
    if (t.touches(j)) {
      String r = t.lower(j + 1);
      // "1980/81" names two years, also at a sentence's end ("in 1980/81."); "2003/04/05" is a day.
      boolean seasonSlash = r.equals("/") && t.digits(j + 2) == 2
          && !t.numberGoesOn(j + 2);
      if ((r.equals(",") || r.equals(".") || r.equals(":") || r.equals("/")) && t.isNumber(j + 2)
          && t.touches(j + 1) && !seasonSlash) {
        return false;
      }
      if (r.equals("%") || t.isWord(j + 1) && !r.equals("s")) {
        return false;
      }
    }
    if (p.quantityFollows(j + 1)) {
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

  /** Weekday abbreviations, 1 = Monday; the grammar tries a rule at each of them. */
  static final Map<String, Integer> WEEKDAY_ABBREVIATIONS = Map.of("mon", 1, "tue", 2,
      "tues", 2, "wed", 3, "thu", 4, "thur", 4, "thurs", 4, "fri", 5, "sat", 6, "sun", 7);

  /**
   * "Sat., June 21", "Thu, 5 March": an abbreviated weekday, capitalised, with its period or comma,
   * before a month and day. Only there: alone, "Sat", "Wed" and "Sun" are verbs or names.
   */
  private Draft abbreviatedWeekdayDate(int i) {
    Integer wd = WEEKDAY_ABBREVIATIONS.get(t.lower(i));
    if (wd == null || !t.capitalized(i)) {
      return null;
    }
    int k = i + 1;
    if (t.is(k, ".") && t.touches(i)) {
      k++;
    }
    if (t.is(k, ",")) {
      k++;
    }
    if (k == i + 1) {
      return null;
    }
    Draft date = monthFirst(k);
    if (date == null) {
      date = dayMonth(k);
    }
    if (date == null || date.day == Draft.NONE || date.first != k) {
      return null;
    }
    date.first = i;
    date.rule = "weekday-date";
    return date;
  }

  /** "Sunday", "Sunday night", "Sunday, Sept. 14, 2014", "Sundays". */
  Draft weekday(int i) {
    String w = t.lower(i);
    int wd = lex.intValue(w, Category.WEEKDAY);
    if (wd == Integer.MIN_VALUE) {
      Draft abbreviated = abbreviatedWeekdayDate(i);
      if (abbreviated != null) {
        return abbreviated;
      }
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
    if (date == null) {
      date = dayMonth(k); // "Monday 2 June", as British news writes it
    }
    if (date != null && date.day != Draft.NONE) {
      date.first = i;
      date.rule = "weekday-date";
      return date;
    }
    if (t.is(k, "week") && t.capitalized(i) && !t.isWord(k + 1) && !t.is(k + 1, "'") && !t.is(k + 1, "’")
        && !t.is(i - 1, "the") && !t.is(i - 1, "last") && !t.is(i - 1, "next") && !t.is(i - 1, "this")) {
      // "Monday week" (British): a week after the coming Monday.
      d.end = k + 1;
      d.rule = "weekday-week";
      d.pick = Draft.Pick.NEXT;
      d.weekShift = 1;
      return d;
    }
    String pod = lex.lookup(t.lower(k), Category.PART_OF_DAY);
    if (pod != null) {
      d.partOfDay = pod;
      d.end = k + 1;
    }
    return d;
  }

  /** "the 1990s", "the '80s", "the eighties", "the 19th century", "the nineteenth century". */
  Draft decadeOrCentury(int i) {
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
    if (t.isNumber(j) && t.digits(j) == 4 && t.lower(j).endsWith("0") && p.isApostropheS(j + 1)
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
    int ord = p.ordinalAt(j);
    boolean part = t.is(i - 1, "early") || t.is(i - 1, "late") || t.is(i - 1, "mid")
        || t.is(i - 1, "-") && t.is(i - 2, "mid");
    // "the late 19th century", "the mid-19th century": the part's prefix stands for "the".
    if (ord >= 1 && ord <= 30 && t.is(j + 1, "century") && (i != j || part || t.isWord(j + 2))) {
      Draft d = new Draft(i, j + 2, "century");
      d.century = ord - 1;
      return d;
    }
    return null;
  }

  /** "summer 2014", "the summer of 2014", "in the fall", "spring". */
  Draft season(int i) {
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
    TokenPatterns.YearMatch y = p.yearAfter(j + 1);
    if (y != null && !t.is(j + 1, ",")) {
      y.applyTo(d);
      return d;
    }
    int[] spoken = t.is(j + 1, "of") ? p.spokenYear(j + 2) : null;
    if (spoken != null) {
      d.year = spoken[0];
      d.end = spoken[1];
      return d; // "the autumn of nineteen eighty-one"
    }
    if (t.is(j + 1, "of") && (t.is(j + 2, "last") || t.is(j + 2, "this") || t.is(j + 2, "next"))
        && t.is(j + 3, "year")) {
      // "the spring of last year": that year's season.
      d.end = j + 4;
      d.relative = Draft.Relative.SPEECH;
      d.unit = CalendarUnit.YEAR;
      d.offset = t.is(j + 2, "last") ? -1 : t.is(j + 2, "next") ? 1 : 0;
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
  Draft holiday(int i) {
    if (t.is(i, "the")) {
      // "the Labor Day weekend": the weekend that holds or meets the holiday.
      Draft h = holiday(i + 1);
      if (h == null || !t.is(h.end, "weekend") || h.year != Draft.NONE) {
        return null;
      }
      h.first = i;
      h.end++;
      h.rule = "holiday-weekend";
      return h;
    }
    if (!t.capitalized(i)) {
      return null;
    }
    Draft best = null;
    for (Lexicon.Holiday h : lex.holidaysStartingWith(t.lower(i))) {
      int k = i;
      boolean ok = true;
      for (String w : h.words()) {
        // "new year's day": the tokenizer splits the apostrophe and the period.
        int consumed = p.consumeWord(k, w);
        if (consumed < 0) {
          ok = false;
          break;
        }
        k = consumed;
      }
      if (ok && (best == null || k > best.end)) {
        best = new Draft(i, k, "holiday");
        best.holidayRule = h.rule();
        TokenPatterns.YearMatch y = p.yearAfter(k);
        if (y != null && !y.twoDigits()) {
          y.applyTo(best);
        }
      }
    }
    if (best != null && best.year == Draft.NONE && t.is(best.end, "weekend") && !t.is(i - 1, "the")) {
      best.end++; // "over Thanksgiving weekend": the article is often dropped
      best.rule = "holiday-weekend";
    }
    return best;
  }
}
