package dev.timeline.engine.temporal;

import dev.timeline.engine.temporal.Draft.Kind;
import dev.timeline.engine.temporal.Draft.Pick;
import dev.timeline.engine.temporal.Draft.Relative;
import dev.timeline.engine.temporal.Lexicon.Category;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Expressions relative to now or to the story: deictic days ("yesterday"), last/this/next with a
 * unit or a name ("last week", "next Friday"), framed durations ("the past three years"), reporting
 * periods ("the quarter") and past/present/future references.
 */
final class RelativeRules {
  private final TokenSequence t;
  private final TokenPatterns p;
  private final Grammar g;
  private final Lexicon lex = Lexicon.get();

  RelativeRules(TokenSequence t, TokenPatterns p, Grammar g) {
    this.t = t;
    this.p = p;
    this.g = g;
  }

  /** "today", "yesterday morning", "tonight", "the day before yesterday". */
  Draft deictic(int i) {
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
    if (genericToday(j) || ofTomorrow(j)) {
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

  /**
   * Nouns that "today's" makes a statement about the present age, not about the day: "today's
   * world", "today's teenagers" (while "today's meeting" is the day's).
   */
  private static final Set<String> GENERIC_NOUNS = Set.of("world", "society",
      "generation", "youth", "teenagers", "teens", "children", "kids", "youngsters", "students", "parents",
      "families", "consumers", "workers", "voters", "women", "men", "people", "computers", "cars",
      "phones", "smartphones", "standards", "technology", "culture",
      // abstract nouns: "today's economy", "today's political climate"
      "economy", "climate", "politics", "environment", "landscape", "era", "reality", "realities", "leaders");

  /** Nouns "of tomorrow" leaves a day: "the end of tomorrow", "the news of yesterday". */
  private static final Set<String> NOT_AN_AGE = Set.of("end", "start", "beginning",
      "rest", "eve", "events", "news", "session", "meeting");

  /**
   * "the cars of tomorrow", "the heroes of yesterday": the future or past age, no day ("the morning
   * of" a day is a part of day, kept).
   */
  private boolean ofTomorrow(int j) {
    return (t.is(j, "tomorrow") || t.is(j, "yesterday")) && t.is(j - 1, "of") && t.is(j - 3, "the")
        && t.isWord(j - 2) && !t.capitalized(j - 2) && lex.lookup(t.lower(j - 2), Category.PART_OF_DAY) == null
        && !NOT_AN_AGE.contains(t.lower(j - 2));
  }

  /** "today's" (or "tomorrow's") + at most one adjective + a generic noun: an age, no date. */
  private boolean genericToday(int j) {
    if (!t.is(j, "today") && !t.is(j, "tomorrow") || !p.isApostropheS(j + 1)) {
      return false;
    }
    int k = j + 3;
    if (GENERIC_NOUNS.contains(t.lower(k))) {
      return true;
    }
    return t.isWord(k) && !t.capitalized(k) && GENERIC_NOUNS.contains(t.lower(k + 1));
  }

  /** Lengths a business or statistics report counts back from a month: "the 12 months to March". */
  private static final Pattern MONTH_COUNTED = Pattern.compile("P(\\d+M|1Y)");

  /**
   * "the year to March", "the 12 months to the end of June", "the three months through Sept. 30": a
   * length that ends with that month (or day), one stretch, so "to" (or "through") and the month
   * join the span. The draft, widened, or null when no month (or "the end of" a month) follows.
   */
  Draft endingWithMonth(Draft d) {
    int k = d.end;
    if (d.kind != Kind.DURATION || !t.is(d.first, "the") || d.mod != TimexModifier.NONE
        || !t.is(k, "to") && !t.is(k, "through")
        || d.value == null || !MONTH_COUNTED.matcher(d.value).matches()) {
      return null;
    }
    int at = t.is(k + 1, "the") && t.is(k + 2, "end") && t.is(k + 3, "of") ? k + 4 : k + 1;
    Draft month = g.calendar.monthFirst(at);
    if (month == null || month.kind != Kind.DATE || month.month == Draft.NONE || month.weekday != Draft.NONE
        || month.first != at || month.needsCentury || at > k + 1 && month.day != Draft.NONE) {
      return null;
    }
    d.end = month.end;
    d.rule = "year-to-month";
    // The month (and year, day if given) the stretch ends with, for its interval.
    d.year = month.year;
    d.month = month.month;
    d.day = month.day;
    return d;
  }

  /** Adjectives of a year-on-year comparison: "the same period", "the comparable quarter". */
  private static final Set<String> COMPARING = Set.of("same", "corresponding", "comparable");

  /** last/this/next/past/coming/the following... + unit, weekday, month, season, part of day. */
  Draft relative(int i) {
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
    if (the && w.equals("new") && t.is(k, "year") && !p.isApostropheS(k + 1)
        && !(t.touches(k) && t.is(k + 1, "-"))) {
      // "in the new year": the year about to begin, or just begun (the resolver decides which).
      Draft d = new Draft(i, k + 1, "new-year");
      d.relative = Relative.SPEECH;
      d.unit = CalendarUnit.YEAR;
      d.offset = 1;
      return d;
    }
    int of = t.is(k + 1, "of") ? 1 : 0;
    if (the && (w.equals("same") || w.equals("corresponding") || w.equals("comparable"))
        && (t.is(k, "period") || t.is(k, "quarter")) && t.is(k + 1 + of, "last") && t.is(k + 2 + of, "year")) {
      // "the corresponding period last year", "the same period of last year": the reported period a year back.
      Draft d = new Draft(i, k + 3 + of, "year-earlier");
      d.relative = Relative.STORY;
      d.unit = CalendarUnit.YEAR;
      d.offset = -1;
      return d;
    }
    int periodAt = COMPARING.contains(w) ? k : j;
    if (the && (t.is(periodAt, "period") || t.is(periodAt, "quarter"))
        && (t.is(periodAt + 1, "a") || t.is(periodAt + 1, "one")) && t.is(periodAt + 2, "year")
        && (t.is(periodAt + 3, "ago") || t.is(periodAt + 3, "earlier"))) {
      // "the quarter a year ago", "the same period a year earlier": one expression, the reported
      // period a year back.
      Draft d = new Draft(i, periodAt + 4, "year-earlier");
      d.relative = Relative.STORY;
      d.unit = CalendarUnit.YEAR;
      d.offset = -1;
      return d;
    }
    if (the && (w.equals("same") || w.equals("corresponding") || w.equals("comparable")) && t.is(k, "year")) {
      // "the comparable year-ago quarter": the comparing adjective belongs to the span.
      Draft d = relative(k);
      if (d != null && d.rule.equals("year-earlier") && d.first == k && d.end > k + 3) {
        d.first = i;
        return d;
      }
    }
    CalendarUnit unit = the ? p.unitAt(j, false) : null;
    if (unit != null && !unit.clock && t.is(k, "after") && t.is(k + 1, "next") && !t.isWord(k + 2)) {
      // "the week after next", "the weekend after next": two units on from now.
      Draft d = new Draft(i, k + 2, "after-next");
      d.relative = Relative.SPEECH;
      d.unit = unit == CalendarUnit.WEEKEND ? CalendarUnit.WEEK : unit;
      d.weekend = unit == CalendarUnit.WEEKEND;
      d.offset = 2;
      return d;
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
          Draft framed = framedDuration(i, j, the);
          if (framed != null) {
            return framed; // "the latest nine months"
          }
          if (!the || !t.is(k, "period")) {
            return unitRelative(i, j, the, -1);
          }
          k++;
        } else if (!the || w.equals("period") || t.is(k, "-")) {
          return null; // "the quarter-to-quarter comparison": an adjective
        }
        Draft d = new Draft(i, k, "the-quarter");
        if ((t.is(k, "ended") || t.is(k, "ending")) && p.monthAt(k + 1) != Draft.NONE) {
          Draft end = g.calendar.monthFirst(k + 1);
          if (end != null && end.day != Draft.NONE) {
            endedQuarter(d, end);
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
        if (the && !w.equals("past") && t.is(k, "of")) {
          return null; // "the future of the party": its fate, "the present of a friend": a gift
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
      case "near", "distant", "immediate", "short", "long" -> {
        if (the && (t.is(k, "future") || t.is(k, "term") && !t.is(k + 1, "-") && !w.equals("distant"))) {
          return Draft.of(Kind.REF, i, k + 1, "the-future", "FUTURE_REF");
        }
        return null;
      }
      case "recent" -> {
        CalendarUnit u = p.unitAt(k, true);
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
        if (w.equals("last") && !the && TenseDetector.verbLast(t, j)) {
          return null; // "expected to last several weeks": the verb
        }
        Draft framed = framedDuration(i, j, the);
        return framed != null ? framed : unitRelative(i, j, the, -1);
      }
      case "next", "coming", "following", "upcoming" -> {
        Draft framed = framedDuration(i, j, the);
        return framed != null ? framed : unitRelative(i, j, the, 1);
      }
      case "this", "current", "that", "same", "these" -> {
        if (w.equals("this") && (t.is(k, "past") || t.is(k, "coming"))) {
          // "this past Sunday", "this past weekend", "this coming week": the whole phrase.
          return unitRelative(i, k, false, t.is(k, "past") ? -1 : 1);
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
        if (w.equals("this") && !the && (t.is(k, "moment") || t.isWord(k) && !t.capitalized(k)
            && t.is(k + 1, "moment"))) {
          // "at this crucial moment": the present (TimeML PRESENT_REF).
          return Draft.of(Kind.REF, i, t.is(k, "moment") ? k + 1 : k + 2, "this-moment", "PRESENT_REF");
        }
        if (w.equals("this") && !the && t.is(k, "time") && (t.is(k + 1, "last") || t.is(k + 1, "next"))
            && t.is(k + 2, "year")) {
          // "this time last year": the same day a year back (or ahead).
          Draft d = new Draft(i, k + 3, "this-time-last-year");
          d.relative = Relative.SPEECH;
          d.unit = CalendarUnit.YEAR;
          d.offset = t.is(k + 1, "last") ? -1 : 1;
          d.sameDay = true;
          return d;
        }
        if (w.equals("these") && t.is(k, "days")) {
          return Draft.of(Kind.REF, i, k + 1, "these-days", "PRESENT_REF");
        }
        if (w.equals("these")) {
          return null;
        }
        return unitRelative(i, j, the, 0);
      }
      case "decade", "century" -> {
        // "by the end of the decade", "the rest of the decade", "the turn of the century": the
        // current one. Alone ("in the decade since the war") it is too often a stretch of ten years.
        // "by mid-decade", "by mid-century" too: the current one's middle ("mid-century homes"
        // names a style, not a date).
        boolean midDecade = !the && t.is(i - 1, "-") && t.is(i - 2, "mid")
            && t.touches(i - 2) && t.touches(i - 1)
            && (w.equals("decade") || !t.isWord(k) || FOLLOWERS.contains(t.lower(k)));
        if (!midDecade && (!the || !t.is(i - 1, "of")) || t.is(k, "-") || t.is(k, "of")
            || t.isNumber(k)) {
          return null;
        }
        Draft d = new Draft(i, k, "the-unit");
        d.relative = Relative.SPEECH;
        d.unit = w.equals("decade") ? CalendarUnit.DECADE : CalendarUnit.CENTURY;
        return d;
      }
      case "full", "calendar", "year", "month", "week" -> {
        if (w.equals("full") || w.equals("calendar")) {
          // "the full year", "the calendar year" (as against a fiscal one): the year itself.
          if (!the || !t.is(k, "year")) {
            return null;
          }
          j = k;
          k++;
        }
        if (the && w.equals("week") && j == i + 1 && (t.is(k, "to") || t.is(k, "ended") || t.is(k, "ending"))) {
          // "in the week to Friday": the week that ends on that day.
          Draft day = g.calendar.weekday(k + 1);
          if (day != null && day.kind == Kind.DATE && day.partOfDay == null && day.month == Draft.NONE) {
            day.first = i;
            day.rule = "week-to-day";
            day.weekEnding = true;
            return day;
          }
        }
        if (the && w.equals("week") && j == i + 1 && t.is(k, "of")) {
          // "the week of March 3": the week that holds that date.
          Draft day = g.calendar.monthFirst(k + 1);
          day = day != null ? day : g.calendar.dayMonth(k + 1);
          if (day != null && day.kind == Kind.DATE && day.first == k + 1 && day.day != Draft.NONE
              && day.hour == Draft.NONE && day.partOfDay == null) {
            day.first = i;
            day.rule = "week-of-day";
            day.weekEnding = true;
            return day;
          }
        }
        if (the && w.equals("year") && j == i + 1) {
          // "the year to March": the twelve months that end with that month, one stretch.
          Draft d = endingWithMonth(Draft.of(Kind.DURATION, i, k, "year-to-month", "P1Y"));
          if (d != null) {
            return d;
          }
        }
        if ((the ? j == i + 1 : !t.is(i - 1, "a")) && w.equals("year") && t.is(k, "to") && t.is(k + 1, "date")) {
          // "the year to date", "up 4 percent year to date": this year so far.
          Draft d = new Draft(i, k + 2, "year-to-date");
          d.relative = Relative.SPEECH;
          d.unit = CalendarUnit.YEAR;
          return d;
        }
        if (the && (t.is(k, "ended") || t.is(k, "ending") || t.is(k, "through"))) {
          return w.equals("year") ? Draft.of(Kind.DURATION, i, k, "the-year-ended", "P1Y") : null;
        }
        if (the && (t.is(k, "before") || t.is(k, "after")) && t.isPunct(k + 1) && !t.is(k + 1, "-")
            && j == i + 1 && !w.equals("year")) {
          // "up from five the week before.", "the month after, ...": one unit from the story's time
          // (with an object, "the week before the vote" is another construction). "the year
          // before" is left out: the corpus we are scored on does not annotate it.
          Draft d = new Draft(i, k + 1, "story-relative");
          d.relative = Relative.STORY;
          d.unit = CalendarUnit.valueOf(t.lower(j).toUpperCase(java.util.Locale.ROOT));
          d.offset = t.is(k, "before") ? -1 : 1;
          return d;
        }
        if (the && !t.is(k, "-") && !t.isNumber(k) && !t.is(k, "of") && !t.is(k, "before")
            && !t.is(k, "after")) {
          // "for the year", "the week's most active session": the current period of the news.
          Draft d = new Draft(i, k, "the-unit");
          d.relative = Relative.SPEECH;
          d.unit = CalendarUnit.valueOf(t.lower(j).toUpperCase(java.util.Locale.ROOT));
          // "during the week": news does not say which week (the reported one, or this one), so
          // TimeML leaves it underspecified ("1989-WXX").
          d.vagueOffset = d.unit == CalendarUnit.WEEK;
          return d;
        }
        if (!w.equals("year")) {
          return null;
        }
        // "year-end", "year end", "year's end"
        int e = t.is(k, "-") && t.touches(j) ? k + 1 : p.isApostropheS(k) ? k + 2 : k;
        if (t.is(e, "end") && !the) {
          Draft d = new Draft(i, e + 1, "year-end");
          d.relative = Relative.SPEECH;
          d.unit = CalendarUnit.YEAR;
          d.mod = TimexModifier.END;
          return d;
        }
        // "the year-earlier quarter", "year-ago"
        if (t.is(k, "-") && t.touches(j) && (t.is(k + 1, "earlier") || t.is(k + 1, "ago"))) {
          boolean noun = p.unitAt(k + 2, true) != null || t.is(k + 2, "period") || g.periods.quarterCore(k + 2) != null
              || p.isNumberStart(k + 2) && !t.is(k + 2, "a");
          Draft d = new Draft(noun ? i : j, k + 2, "year-earlier");
          d.relative = Relative.STORY;
          d.unit = CalendarUnit.YEAR;
          d.offset = -1;
          CalendarUnit u = p.unitAt(k + 2, false);
          Draft q = g.periods.quarterCore(k + 2);
          if (q != null) {
            d.quarter = q.quarter;
            d.half = q.half;
            d.end = q.end;
          } else if (u == CalendarUnit.QUARTER || t.is(k + 2, "period")) {
            d.end = k + 3;
          } else if (p.isNumberStart(k + 2)) {
            Draft n = g.quantities.numberUnit(k + 2);
            if (n != null && n.kind == Kind.DURATION) {
              // "the year-earlier nine months": a stretch of time (TimeML DURATION), named by its length.
              return Draft.of(Kind.DURATION, d.first, n.end, "year-earlier-duration", n.value);
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

  /**
   * "the quarter ended July 31": the three months up to that day, named as the calendar quarter
   * holding most of them (May-July is the second quarter), the convention of fiscal reporting.
   */
  private static void endedQuarter(Draft d, Draft end) {
    boolean yearKnown = end.year != Draft.NONE && !end.needsCentury;
    // A non-leap stand-in year when the year is not given: only month and day matter then.
    int y = yearKnown ? end.year : 2001;
    YearMonth ym = YearMonth.of(y, end.month);
    LocalDate middle = ym.atDay(Math.min(end.day, ym.lengthOfMonth())).minusDays(45);
    d.quarter = (middle.getMonthValue() - 1) / 3 + 1;
    int back = y - middle.getYear(); // a quarter ended January 31 began the year before
    d.year = end.year == Draft.NONE ? Draft.NONE
        : end.needsCentury ? Math.floorMod(end.year - back, 100) : end.year - back;
    d.needsCentury = end.needsCentury;
    d.rule = "the-quarter-ended";
  }

  static String refOf(String w) {
    return switch (w) {
      case "past" -> "PAST_REF";
      case "future" -> "FUTURE_REF";
      default -> "PRESENT_REF";
    };
  }

  /** "the past three years", "the next few days", "last 12 months": a duration framed by now. */
  Draft framedDuration(int i, int j, boolean the) {
    int k = j + 1;
    if (!p.isNumberStart(k) || t.is(k, "a") || t.is(k, "an")) {
      return null;
    }
    long[] n = p.number(k);
    if (n == null) {
      return null;
    }
    int u0 = (int) n[1];
    CalendarUnit u = p.unitAt(u0, true);
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
  Draft unitRelative(int i, int j, boolean the, int dir) {
    String w = t.lower(j);
    int k = j + 1;
    boolean story = w.equals("that") || w.equals("same") || w.equals("following")
        || w.equals("previous") || w.equals("prior") || the && w.equals("next");
    // Weekdays, months, seasons: "last Friday", "next May", "this summer".
    int wd = lex.intValue(t.lower(k), Category.WEEKDAY);
    int m = p.monthAt(k);
    String season = lex.lookup(t.lower(k), Category.SEASON);
    if (story && !w.equals("same") && (wd != Integer.MIN_VALUE || m != Draft.NONE)) {
      // "the following Monday", "the previous Friday", "that Sunday": from the story's date.
      Draft d = new Draft(i, k + 1, "story-named");
      d.storyAnchor = true;
      d.pick = w.equals("following") || w.equals("next") ? Pick.NEXT
          : w.equals("previous") || w.equals("prior") ? Pick.PREVIOUS : Pick.TENSE;
      if (wd != Integer.MIN_VALUE) {
        d.weekday = wd;
      } else {
        d.month = m;
      }
      return d;
    }
    if (story && !w.equals("same") && season != null && !(w.equals("that") && t.is(k, "fall"))) {
      // "the following spring", "that summer": the season after, before or of the story's date
      // ("that fall" is too often the noun).
      Draft d = new Draft(i, k + 1, "story-season");
      d.storyAnchor = true;
      d.season = season;
      d.pick = w.equals("following") || w.equals("next") ? Pick.NEXT
          : w.equals("previous") || w.equals("prior") ? Pick.PREVIOUS : Pick.THIS;
      return d;
    }
    Draft holiday = !the && !story && wd == Integer.MIN_VALUE && m == Draft.NONE && season == null
        && dir != 0 ? g.calendar.holiday(k) : null;
    if (holiday != null && holiday.first == k && holiday.year == Draft.NONE && holiday.relative == Relative.NONE) {
      // "last Christmas", "next Easter": the holiday before or after the speech time.
      holiday.first = i;
      holiday.pick = dir < 0 ? Pick.PREVIOUS : Pick.NEXT;
      return holiday;
    }
    if (!the && !story && (wd != Integer.MIN_VALUE || m != Draft.NONE || season != null)) {
      Draft d = new Draft(i, k + 1, "relative-named");
      if (m != Draft.NONE && t.is(k + 1, ".") && t.touches(k)
          && !t.lower(k).equals(p.monthName(k))) {
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
        Draft date = t.is(d.end, ",") ? g.calendar.weekday(k) : null;
        if (pod == null && date != null && date.rule.equals("weekday-date")) {
          date.first = i; // "this coming Sunday, March 8": the date in apposition joins the span
          return date;
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
    if (pod != null && story && !t.is(k, "overnight") && (the || w.equals("that"))
        && !t.is(k + 1, "'") && !t.is(k + 1, "’") && !t.is(k + 1, "-")) {
      // "that night", "the next morning", "the previous evening": a part of the story's day
      // (not "the next morning's paper").
      Draft d = new Draft(i, k + 1, "story-part-of-day");
      d.relative = Relative.STORY;
      d.unit = CalendarUnit.DAY;
      d.offset = w.equals("previous") || w.equals("prior") ? -1
          : w.equals("next") || w.equals("following") ? 1 : 0;
      d.partOfDay = pod;
      return d;
    }
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
    CalendarUnit u = p.unitAt(k, false);
    if (u == null || u.clock) {
      return null;
    }
    if (w.equals("latest") && u != CalendarUnit.QUARTER && u != CalendarUnit.YEAR) {
      return null;
    }
    if (w.equals("past") && !the && u != CalendarUnit.WEEKEND && !t.is(j - 1, "this")) {
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
    if (dir != 0 && t.is(k + 1, "or") && t.is(k + 2, "so")) {
      d.end = k + 3; // "the next year or so": about that year
      d.mod = TimexModifier.APPROX;
    }
    if (u == CalendarUnit.WEEKEND) {
      d.unit = CalendarUnit.WEEK;
      d.weekend = true;
    }
    // "this year's third quarter"
    if ((u == CalendarUnit.YEAR) && p.isApostropheS(k + 1)) {
      Draft q = g.periods.quarterCore(k + 3);
      if (q != null) {
        d.quarter = q.quarter;
        d.half = q.half;
        d.end = q.end;
        d.rule = "relative-year-quarter";
      } else if (dir == -1 && !story && (t.is(k + 3, "quarter") || t.is(k + 3, "period"))) {
        // "last year's quarter": the reported period a year back, like "the year-ago quarter".
        d.rule = "year-earlier";
        d.relative = Relative.STORY;
        d.end = k + 4;
      }
    }
    return d;
  }

  /**
   * A part of day without a day after an early/mid/late prefix: "by mid afternoon", "mid-afternoon
   * yesterday". Bare parts of day ("in the morning", "the morning talk show") are left alone: they
   * are often adjectives or greetings and their day is unclear.
   */
  Draft partOfDay(int i) {
    String pod = lex.lookup(t.lower(i), Category.PART_OF_DAY);
    if (pod == null || t.is(i, "overnight")) {
      return null;
    }
    String left = t.lower(i - 1);
    boolean prefixed = left.equals("early") || left.equals("late") || left.equals("mid")
        || left.equals("-") && t.is(i - 2, "mid") && t.touches(i - 2);
    if (!prefixed) {
      return null;
    }
    Draft day = deictic(i + 1);
    if (day != null && day.kind == Kind.DATE && day.partOfDay == null) {
      day.first = i; // "mid-afternoon yesterday"
      day.partOfDay = pod;
      day.rule = "part-of-day";
      return day;
    }
    if (t.isWord(i + 1) && !FOLLOWERS.contains(t.lower(i + 1))) {
      return null; // "mid-afternoon trading": an adjective
    }
    Draft d = new Draft(i, i + 1, "part-of-day");
    d.partOfDay = pod;
    return d;
  }

  /**
   * "crews worked through the night": the night of the story's day (the publication day when none
   * was named); not "the night of March 3" (a date follows). A bare adverb "overnight" stays
   * untagged: the corpora's gold leaves it as often as it tags it; before a weekday it names a night.
   */
  Draft nightLong(int i) {
    if (t.is(i, "overnight")) {
      // "overnight Thursday": that day's night (a bare adverb stays out, see above).
      Draft day = g.calendar.weekday(i + 1);
      if (day == null || day.kind != Kind.DATE || day.partOfDay != null || day.first != i + 1
          || day.month != Draft.NONE) {
        return nightBefore(i);
      }
      day.first = i;
      day.partOfDay = "NI";
      day.rule = "overnight-day";
      return day;
    }
    if (!t.is(i, "the") || !t.is(i + 1, "night") || !(t.is(i - 1, "through") || t.is(i - 1, "throughout"))
        || t.is(i + 2, "of") || p.isApostropheS(i + 2) || t.is(i + 2, "before")) {
      return null;
    }
    Draft d = new Draft(i, i + 2, "story-part-of-day");
    d.relative = Relative.STORY;
    d.unit = CalendarUnit.DAY;
    d.offset = 0;
    d.partOfDay = "NI";
    return d;
  }

  /** "the week before last", "the year before last": two units back from the speech time. */
  Draft beforeLast(int i) {
    if (!t.is(i, "the") || !t.is(i + 2, "before") || !t.is(i + 3, "last")) {
      return null;
    }
    int wd = lex.intValue(t.lower(i + 1), Category.WEEKDAY);
    if (wd != Integer.MIN_VALUE && !(t.isWord(i + 4) && !FOLLOWERS.contains(t.lower(i + 4)))) {
      // "the Monday before last": the one a week before last Monday.
      Draft d = new Draft(i, i + 4, "weekday-before-last");
      d.weekday = wd;
      d.pick = Pick.PREVIOUS;
      d.weekShift = -1;
      return d;
    }
    CalendarUnit unit = switch (t.lower(i + 1)) {
      case "week", "weekend" -> CalendarUnit.WEEK;
      case "month" -> CalendarUnit.MONTH;
      case "year" -> CalendarUnit.YEAR;
      default -> null;
    };
    if (unit == null || t.isWord(i + 4) && !FOLLOWERS.contains(t.lower(i + 4))) {
      return null; // "the year before last year's vote" is another phrase
    }
    Draft d = new Draft(i, i + 4, "before-last");
    d.relative = Relative.SPEECH;
    d.unit = unit;
    d.weekend = t.is(i + 1, "weekend"); // "the weekend before last": as "the weekend after next"
    d.offset = -2;
    return d;
  }

  /** Verbs of keeping at something through a night: "crews worked overnight". */
  private static final Set<String> NIGHT_LONG_VERBS = Set.of("worked", "waited", "toiled",
      "queued", "camped", "laboured", "labored", "stayed", "searched", "negotiated");

  /**
   * "crews worked overnight", "fans queued overnight": after a past verb of keeping at something,
   * the night before the day of the news (the adverb elsewhere, and the adjective, stay untagged).
   */
  private Draft nightBefore(int i) {
    if (!NIGHT_LONG_VERBS.contains(t.lower(i - 1))
        || t.isWord(i + 1) && !FOLLOWERS.contains(t.lower(i + 1))) {
      return null;
    }
    Draft d = new Draft(i, i + 1, "overnight");
    d.relative = Relative.SPEECH;
    d.unit = CalendarUnit.DAY;
    d.offset = -1;
    d.partOfDay = "NI";
    return d;
  }

  private static final Set<String> FOLLOWERS = Set.of("to", "and", "but", "of", "in",
      "on", "at", "for", "with", "when", "as", "before", "after", "that", "the", "a", "an");

  /** "earlier this year" (START), "later this month" (END), "later that day". */
  Draft earlierLater(int i, int j) {
    if (i != j) {
      return null;
    }
    Draft day = g.calendar.weekday(j + 1);
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
    if (t.is(j + 1, "in") && t.is(j + 2, "the")
        && (t.is(j + 3, "year") || t.is(j + 3, "month") || t.is(j + 3, "week"))) {
      // "earlier in the year" reads as "earlier this year": the modifier is part of the span.
      Draft in = relative(j + 2);
      if (in != null && in.rule.equals("the-unit")) {
        in.first = i;
        in.rule = "earlier-later";
        in.mod = t.is(j, "earlier") ? TimexModifier.START : TimexModifier.END;
        return in;
      }
      return null;
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
  Draft vaguePlural(int i, int j, String w) {
    if (TenseDetector.verbLast(t, j)) {
      return null; // "could last days or weeks": the verb, matched from the next word
    }
    boolean framing = w.equals("coming") || w.equals("past") || w.equals("next") || w.equals("last")
        || w.equals("recent") || w.equals("upcoming") || w.equals("following");
    int k = framing ? j + 1 : j;
    if (!t.isWord(k) || !lex.has(t.lower(k), Category.UNIT_PLURAL)) {
      return null;
    }
    CalendarUnit u = p.unitAt(k, true);
    if (u == null || u == CalendarUnit.WEEKEND || t.is(k + 1, "ago") || t.is(k + 1, "of")
        || t.is(k + 1, "-")) {
      return null;
    }
    if (!framing && j == i + 1 && t.is(k + 1, "ahead")) {
      // "the weeks ahead": some weeks from now.
      Draft d = Draft.of(Kind.DURATION, i, k + 2, "vague-units-ahead", u.duration(null));
      d.durationFrame = 1;
      return d;
    }
    if (!framing) {
      String left = t.lower(i - 1);
      boolean prep = left.equals("for") || left.equals("in") || left.equals("within") || left.equals("over")
          || left.equals("after") || TenseDetector.verbLast(t, i - 1);
      if (i != j || !prep) {
        return null;
      }
      if (t.is(k + 1, "or") && t.isWord(k + 2) && lex.has(t.lower(k + 2), Category.UNIT_PLURAL)
          && p.unitAt(k + 2, true) != null) {
        // "within weeks or months": one vague stretch, the shorter unit named, about.
        Draft d = Draft.of(Kind.DURATION, i, k + 3, "vague-units", u.duration(null));
        d.mod = TimexModifier.APPROX;
        return d;
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
}
