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
        return q;
      }
    }
    return quarterCore(i);
  }

  Draft quarterCore(int i) {
    int j = i;
    if (t.is(j, "the")) {
      j++;
    }
    boolean fiscal = t.is(j, "fiscal");
    if (fiscal) {
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
      d.end = y.end;
    }
  }
}
