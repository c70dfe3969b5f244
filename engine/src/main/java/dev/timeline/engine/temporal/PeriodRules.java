package dev.timeline.engine.temporal;

import dev.timeline.engine.temporal.Draft.Relative;

/** Quarters and halves, fiscal ones too: "the third quarter", "fiscal 2013's third quarter", "Q3". */
final class PeriodRules {
  private final TokenSequence t;
  private final TokenPatterns p;
  private final Grammar g;

  PeriodRules(TokenSequence t, TokenPatterns p, Grammar g) {
    this.t = t;
    this.p = p;
    this.g = g;
  }

  /**
   * "the third quarter", "third-quarter", "the fiscal first quarter", "the first half of 2025",
   * "fiscal 2013's third quarter", "Q3 2014", "1989's second half".
   */
  Draft quarterOrHalf(int i) {
    // Year-possessive prefix: "fiscal 2013's third quarter", "1989's fourth quarter".
    Draft y = g.calendar.year(i);
    if (y != null && p.isApostropheS(y.end)) {
      Draft q = quarterCore(y.end + 2);
      if (q != null) {
        q.first = i;
        q.year = y.year;
        q.needsCentury = y.needsCentury; // a two-digit year ("FY26") still needs its century
        q.fiscal |= y.rule.equals("fiscal-year");
        return q;
      }
    }
    if (t.is(i, "the") && t.isNumber(i + 1)) {
      y = g.calendar.year(i + 1);
      Draft q = y == null ? null : quarterCore(y.end);
      if (q != null && !t.is(y.end, "the")) {
        q.first = i;
        q.year = y.year;
        q.needsCentury = y.needsCentury;
        return q;
      }
    }
    Draft q = quarterCore(i);
    if (q != null && q.half != Draft.NONE && q.year == Draft.NONE && q.relative == Relative.NONE
        && !q.fiscal && !q.rule.equals("half-code") && !t.is(q.end - 2, "-")
        && !calendarNear(q.first, q.end)) {
      return null; // "scored in the second half": a half of a match, not of a year
    }
    return q;
  }

  /**
   * "the first week of March", "the last week of next month": a week inside a month; "the first
   * of next month": a day of a month named relatively ("the 14th of September" is a plain date).
   */
  Draft partOfMonth(int i) {
    if (!t.is(i, "the")) {
      return null;
    }
    int ord = p.ordinalAt(i + 1);
    boolean week = t.is(i + 2, "week") && t.is(i + 3, "of");
    if (week && (ord == -1 || ord >= 1 && ord <= 5)) {
      Draft m = monthAt(i + 4);
      if (m != null) {
        m.first = i;
        m.weekOfMonth = ord;
        return m;
      }
    }
    if (ord == -1 && t.is(i + 2, "day") && t.is(i + 3, "of")) {
      Draft m = monthAt(i + 4);
      if (m != null) {
        m.first = i; // "the last day of February", "the last day of next month"
        m.lastDayOfMonth = true;
        return m;
      }
    }
    if (!week && ord >= 1 && ord <= 31 && t.is(i + 2, "of") && (t.is(i + 3, "each") || t.is(i + 3, "every"))
        && t.is(i + 4, "month")) {
      // "the 3rd of each month": that day of every month.
      Draft d = Draft.of(Draft.Kind.SET, i, i + 5, "day-of-each-month", "XXXX-XX-" + ZeroPad.of(ord, 2));
      d.quantity = "EVERY";
      return d;
    }
    if (!week && ord >= 1 && ord <= 31 && t.is(i + 2, "of")) {
      Draft m = g.relatives.relative(i + 3);
      if (m != null && m.kind == Draft.Kind.DATE && m.unit == CalendarUnit.MONTH && m.relative != Relative.NONE
          && m.first == i + 3) {
        m.first = i;
        m.day = ord;
        return m;
      }
    }
    return null;
  }

  /**
   * "week 38 of 2026", "week 12, 2025", "calendar week 7": an ISO week, of this year when none is
   * named. A bare "week 3" is more often a count of weeks into something ("in week 3 of the
   * strike", a sports season's third week), so without a year or "calendar" only numbers past 20
   * count, which such counts seldom reach.
   */
  Draft isoWeek(int i) {
    boolean calendar = t.is(i, "calendar");
    int w = calendar ? i + 1 : i;
    if (!t.is(w, "week") || !t.isNumber(w + 1) || t.digits(w + 1) > 2 || t.numberGoesOn(w + 1)) {
      return null;
    }
    int n = t.intValue(w + 1);
    if (n < 1 || n > 53) {
      return null;
    }
    TokenPatterns.YearMatch y = p.yearAfter(w + 2);
    if (y != null && y.twoDigits()) {
      y = null;
    }
    if (y == null && (t.is(w + 2, "of") || !calendar && n <= 20)) {
      return null;
    }
    Draft d = new Draft(i, y != null ? y.end() : w + 2, "iso-week");
    if (y != null) {
      y.applyTo(d);
    } else {
      d.relative = Relative.SPEECH;
      d.unit = CalendarUnit.YEAR;
    }
    d.isoWeek = n;
    return d;
  }

  /**
   * "the 2024-25 season", "the 2024/25 campaign": a sports or school season across New Year,
   * named by its first year (one expression, not two years).
   */
  Draft splitSeason(int i) {
    if (!SEASON_OWNERS.contains(t.lower(i)) || !t.isNumber(i + 1) || t.digits(i + 1) != 4 || !(t.is(i + 2, "-")
        || t.is(i + 2, "/") || t.is(i + 2, "–")) || !t.touches(i + 1) || !t.touches(i + 2) || !t.isNumber(i + 3)) {
      return null;
    }
    int y = t.intValue(i + 1);
    int second = t.digits(i + 3) == 2 ? y / 100 * 100 + t.intValue(i + 3) : t.intValue(i + 3);
    if (y >= 1800 && y <= 2200 && second == y + 1 && (t.is(i + 4, "fiscal") || t.is(i + 4, "financial"))
        && t.is(i + 5, "year")) {
      // "the 2024-25 fiscal year": a fiscal year is labelled by the year it ends in, as "fiscal 2025".
      Draft d = new Draft(i, i + 6, "fiscal-year");
      d.year = second;
      return d;
    }
    if (y < 1800 || y > 2200 || second != y + 1 || !SEASON_NOUNS.contains(t.lower(i + 4))
        || (t.is(i + 4, "academic") || t.is(i + 4, "school")) && !t.is(i + 5, "year")) {
      return null;
    }
    boolean schoolYear = (t.is(i + 4, "academic") || t.is(i + 4, "school")) && t.is(i + 5, "year");
    Draft d = new Draft(i, schoolYear ? i + 6 : i + 5, "split-season");
    d.year = y;
    return d;
  }

  private static final java.util.Set<String> SEASON_OWNERS = java.util.Set.of("the", "his", "her", "its",
      "their", "our");
  private static final java.util.Set<String> SEASON_NOUNS = java.util.Set.of("season", "campaign",
      "term", "winter", "academic", "school");

  /** A whole month at k: "March", "March 2025", "next month", "last month". */
  private Draft monthAt(int k) {
    Draft m = g.calendar.monthFirst(k);
    if (m != null && m.month != Draft.NONE && m.day == Draft.NONE) {
      return m;
    }
    m = g.relatives.relative(k);
    return m != null && m.kind == Draft.Kind.DATE && m.unit == CalendarUnit.MONTH && m.relative != Relative.NONE
        && m.first == k && m.day == Draft.NONE ? m : null;
  }

  /** How far a sentence is searched for a sign that a bare half is a half-year. */
  private static final int REACH = 30;

  /** Words that make a bare "the first half" a half of the (fiscal) year. */
  private static final java.util.Set<String> CALENDAR_CUES = java.util.Set.of("year", "years",
      "quarter", "quarters", "fiscal", "financial", "sales", "revenue", "revenues", "profit", "profits",
      "earnings", "income", "loss", "losses", "growth", "output", "economy", "economic", "demand",
      "prices", "inflation", "results", "margin", "margins", "orders", "production", "spending",
      "investment", "shipments", "deliveries", "forecast", "forecasts", "guidance", "dividend",
      "percent", "%", "$", "£", "€", "million", "billion", "shares", "stock", "stocks", "market",
      "markets", "analysts", "company", "firm", "gdp", "rates", "budget", "exports", "imports",
      "should", "expects", "expected", "expect", "outlook", "bookings");

  /**
   * Whether the sentence around a bare half (or the one before it) shows a calendar or business
   * frame: a year, a month, a quarter, money, a financial word, a forecast. Without one, or with a
   * word of a match report in its own sentence, "the second half" is no half-year.
   */
  private boolean calendarNear(int first, int end) {
    boolean calendar = false;
    for (int dir = -1; dir <= 1; dir += 2) {
      int sentences = 0;
      for (int k = dir < 0 ? first - 1 : end, n = 0; k >= 0 && k < t.size() && n < REACH; k += dir, n++) {
        String w = t.lower(k);
        if (w.equals(".") && !t.touches(k) || w.equals("?") || w.equals("!")) {
          if (dir > 0 || ++sentences > 1) {
            break;
          }
        }
        if (sentences == 0 && SPORT_CUES.contains(w)) {
          return false; // "scored in the second half": a match report, whatever else is near
        }
        calendar |= CALENDAR_CUES.contains(w) || p.monthAt(k) != Draft.NONE
            || t.isNumber(k) && t.digits(k) == 4 && t.intValue(k) > 1800 && t.intValue(k) < 2200;
      }
    }
    return calendar;
  }

  /** Words of a match report: with one in the sentence, a bare half is a half of the match. */
  private static final java.util.Set<String> SPORT_CUES = java.util.Set.of("scored", "score", "scores",
      "goal", "goals", "penalty", "penalties", "striker", "goalkeeper", "keeper", "substitute", "referee",
      "touchdown", "touchdowns", "quarterback", "innings", "halftime", "half-time", "kickoff", "kick-off",
      "whistle", "equaliser", "equalizer", "stoppage", "match", "tries");

  Draft quarterCore(int i) {
    int j = i;
    if (t.is(j, "the")) {
      j++;
    }
    boolean fiscal = t.is(j, "fiscal");
    if (fiscal) {
      j++;
    }
    // "Q3", "Q3 2014"; "H1", "H2 2025": the codes of financial reports.
    if ((t.is(j, "q") || t.is(j, "h")) && t.isNumber(j + 1) && t.touches(j)) {
      int n = t.intValue(j + 1);
      boolean quarter = t.is(j, "q");
      if (n >= 1 && n <= (quarter ? 4 : 2)) {
        Draft d = code(i, j + 2, quarter, n);
        quarterYear(d, j + 2, false);
        return d;
      }
    }
    // "2Q 2024", "1H 2025": the same codes written number-first, only with their year (a bare
    // "1H" is too often some other code).
    String code = t.lower(j);
    if (t.isAlnum(j) && code.length() == 2 && Character.isDigit(code.charAt(0))
        && (code.endsWith("q") || code.endsWith("h")) && !t.touches(j)) {
      int n = code.charAt(0) - '0';
      boolean quarter = code.endsWith("q");
      Draft y = g.calendar.year(j + 1);
      if (n >= 1 && n <= (quarter ? 4 : 2) && y != null && y.rule.equals("year")) {
        Draft d = code(i, y.end, quarter, n);
        d.fiscal = fiscal;
        d.year = y.year;
        d.needsCentury = y.needsCentury;
        return d;
      }
    }
    int ord = p.ordinalAt(j);
    if (ord == Draft.NONE) {
      return null;
    }
    int k = j + 1;
    boolean hyphen = t.is(k, "-") && t.touches(k - 1) && t.touches(k);
    if (hyphen) {
      k++;
    }
    if (t.is(k, "fiscal")) {
      fiscal = true;
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
    d.fiscal = fiscal;
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

  /**
   * "the July-September quarter", "the April-June quarter of 2025": a calendar quarter named by its
   * months (a span of months that is no calendar quarter stays two months).
   */
  Draft monthRangeQuarter(int i) {
    if (!t.is(i, "the") || !(t.is(i + 2, "-") || t.is(i + 2, "–")) || !t.is(i + 4, "quarter")) {
      return null;
    }
    int from = p.monthAt(i + 1);
    int to = p.monthAt(i + 3);
    if (from == Draft.NONE || to != from + 2 || from % 3 != 1 || !t.capitalized(i + 1)) {
      return null;
    }
    Draft d = code(i, i + 5, true, (from + 2) / 3);
    d.rule = "month-range-quarter";
    quarterYear(d, i + 5, true);
    return d;
  }

  /** A quarter or half written as a report's code ("Q3", "2Q", "H1", "1H") over [first, end). */
  private static Draft code(int first, int end, boolean quarter, int n) {
    Draft d = new Draft(first, end, quarter ? "quarter" : "half-code");
    if (quarter) {
      d.quarter = n;
    } else {
      d.half = n;
    }
    return d;
  }

  /** Optional year after a quarter: "of 2014", "2014", "of fiscal 1989", "of last year". */
  void quarterYear(Draft d, int k, boolean ofRequired) {
    int j = k;
    boolean of = t.is(j, "of");
    if (of) {
      j++;
    }
    if (!of && ofRequired) {
      return;
    }
    Draft y = g.calendar.year(j);
    boolean fiscalYear = of && t.is(j + 1, "fiscal") && t.is(j + 2, "year")
        && (t.is(j, "the") || t.is(j, "its"));
    if (y == null && (t.is(j, "the") && t.is(j + 1, "year") || fiscalYear)) {
      // "the first half of the year", "the first half of the fiscal year": the story's year; a
      // fiscal half keeps its own label.
      d.end = fiscalYear ? j + 3 : j + 2;
      d.fiscal |= fiscalYear;
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
      d.needsCentury = y.needsCentury;
      d.end = y.end;
    }
  }
}
