package dev.timeline.engine.temporal;

import dev.timeline.engine.temporal.Draft.Kind;
import dev.timeline.engine.temporal.Draft.Relative;
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
      "year", "some", "just", "fy", "upwards", "well", "full", "weekdays", "over", "dawn", "daybreak",
      "dusk", "nightfall", "sundown", "h", "calendar", "ad", "its", "his", "her", "their", "our");

  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;

  private final TokenSequence t;
  private final byte[] triggers;
  private final Lexicon lex = Lexicon.get();
  final TokenPatterns p;
  final CalendarRules calendar;
  final ClockRules clock;
  final RelativeRules relatives;
  final PeriodRules periods;
  final QuantityRules quantities;

  Grammar(TokenSequence t) {
    this.t = t;
    this.triggers = new byte[t.size()];
    this.p = new TokenPatterns(t);
    this.calendar = new CalendarRules(t, p, this);
    this.clock = new ClockRules(t, p, this);
    this.relatives = new RelativeRules(t, p, this);
    this.periods = new PeriodRules(t, p, this);
    this.quantities = new QuantityRules(t, p, this);
  }

  /** Whether token i can start an expression at all (each position computed once). */
  boolean trigger(int i) {
    if (i < 0 || i >= triggers.length) {
      return isTrigger(i);
    }
    if (triggers[i] == UNKNOWN) {
      triggers[i] = isTrigger(i) ? YES : NO;
    }
    return triggers[i] == YES;
  }

  private boolean isTrigger(int i) {
    if (t.isNumber(i) || t.isAlnum(i)) {
      return true;
    }
    String w = t.lower(i);
    if (t.isPunct(i)) {
      return w.equals("'") || w.equals("’");
    }
    return lex.known(w) || STRUCTURE_WORDS.contains(w)
        || CalendarRules.WEEKDAY_ABBREVIATIONS.containsKey(w)
        || !lex.holidaysStartingWith(w).isEmpty();
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
      // "worry about today's prices", "talk about tomorrow": the preposition, no approximate day.
      boolean aboutDay = d != null && d.rule.equals("deictic-day") && (t.is(i, "about") || t.is(i, "around"));
      if (d != null && (d.kind == Kind.DURATION || d.calendarDate()) && !aboutDay) {
        d.first = i;
        if (d.mod == TimexModifier.NONE) {
          d.mod = TimexModifier.values()[mp[0]];
        }
        best = d;
      }
    }
    best = longer(best, fuzzy(i));
    Draft ending = best == null || best.rule.equals("year-to-month") ? null : relatives.endingWithMonth(best);
    return openEnded(ending != null ? ending : best);
  }

  /**
   * "1994 or later", "1990 and beyond", "2003 or earlier": the trailing phrase turns the date into
   * a bound (TimeML ON_OR_AFTER / ON_OR_BEFORE) and belongs to the span.
   */
  private Draft openEnded(Draft d) {
    if (d == null || !d.calendarDate() || d.mod != TimexModifier.NONE) {
      return d;
    }
    int k = d.end;
    String conj = t.lower(k);
    String w = t.lower(k + 1);
    boolean after = w.equals("later") || w.equals("beyond") || w.equals("after");
    boolean before = w.equals("earlier") || w.equals("before") || w.equals("sooner");
    if (!conj.equals("or") && !(conj.equals("and") && after) || !after && !before) {
      return d;
    }
    boolean preposition = w.equals("after") || w.equals("before");
    if (t.isWord(k + 2) && (preposition || !FOLLOWERS.contains(t.lower(k + 2)))) {
      return d; // "2003 or later years", "1990 and after the war": the phrase goes on
    }
    d.end = k + 2;
    d.mod = after ? TimexModifier.ON_OR_AFTER : TimexModifier.ON_OR_BEFORE;
    return d;
  }

  /** Words that may follow an expression's last word without extending the phrase. */
  private static final Set<String> FOLLOWERS = Set.of("and", "but", "or", "to", "in", "on", "at",
      "for", "with", "when", "as", "if", "that", "the", "a", "an", "is", "are", "was", "were", "will",
      "would");

  private Draft fuzzy(int i) {
    int[] fp = fuzzyPrefix(i);
    Draft best = null;
    if (fp != null) {
      Draft d = core(fp[1]);
      boolean on = t.is(fp[1] - 1, "on");
      if (d != null && d.calendarDate() && d.mod == TimexModifier.NONE
          && (!on || d.weekday != Draft.NONE || d.day != Draft.NONE)) {
        d.first = i;
        d.mod = TimexModifier.values()[fp[0]];
        best = d;
        if (t.is(fp[1] - 2, "turn")) {
          best = turnOfCentury(d);
        } else if (d.rule.equals("split-season") && d.mod != TimexModifier.MID) {
          // A season across New Year starts late in its first year and ends early in its second.
          if (d.mod == TimexModifier.END) {
            d.year++;
          }
          d.mod = d.mod == TimexModifier.END ? TimexModifier.START : TimexModifier.END;
        }
      }
    }
    return longer(best, core(i));
  }

  /**
   * "the turn of the century": the year a century changed, about (the nearest one for "the
   * century", 1900 for "the 20th century"); "the turn of the year" is its start; other units do
   * not turn.
   */
  private static Draft turnOfCentury(Draft d) {
    d.mod = TimexModifier.APPROX;
    if (d.unit == CalendarUnit.CENTURY && d.relative == Relative.SPEECH) {
      d.rule = "turn-of-century";
      return d;
    }
    if (d.unit == CalendarUnit.YEAR && d.relative == Relative.SPEECH && d.offset == 0) {
      d.mod = TimexModifier.START; // "since the turn of the year": its start
      return d;
    }
    if (d.century != Draft.NONE && d.rule.equals("century")) {
      d.year = d.century * 100;
      d.century = Draft.NONE;
      return d;
    }
    return null;
  }

  private Draft core(int i) {
    if (!trigger(i)) {
      return null;
    }
    Draft best = null;
    best = longer(best, calendar.monthFirst(i));
    best = longer(best, calendar.dayMonth(i));
    best = longer(best, calendar.numericDate(i));
    best = longer(best, calendar.year(i));
    best = longer(best, calendar.yearPeriod(i));
    best = longer(best, calendar.eraYear(i));
    best = longer(best, clock.clockTime(i));
    best = longer(best, calendar.weekday(i));
    best = longer(best, relatives.deictic(i));
    best = longer(best, relatives.relative(i));
    best = longer(best, relatives.partOfDay(i));
    best = longer(best, relatives.nightLong(i));
    best = longer(best, relatives.beforeLast(i));
    best = longer(best, quantities.set(i));
    best = longer(best, quantities.numberUnit(i));
    best = longer(best, periods.quarterOrHalf(i));
    best = longer(best, periods.partOfMonth(i));
    best = longer(best, periods.isoWeek(i));
    best = longer(best, periods.monthRangeQuarter(i));
    best = longer(best, periods.splitSeason(i));
    best = longer(best, calendar.decadeOrCentury(i));
    best = longer(best, calendar.season(i));
    best = longer(best, calendar.holiday(i));
    best = longer(best, quantities.reference(i));
    best = longer(best, calendar.ordinalDay(i));
    best = longer(best, calendar.weekdayOfMonthOrHoliday(i));
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

  /** Words before "over" + a length that make it "more than". */
  private static final Set<String> LASTING = Set.of("last", "lasted", "lasting", "lasts", "for", "took",
      "take", "takes", "taking", "spent", "spend", "spends");

  /** Approximation and comparison: {mod ordinal, next token} or null. */
  private int[] modifierPrefix(int i) {
    String w = t.lower(i);
    String n = t.lower(i + 1);
    TimexModifier m = null;
    int next = i + 1;
    switch (w) {
      case "about", "around", "approximately", "roughly", "circa" -> m = TimexModifier.APPROX;
      case "some" -> m = p.isNumberStart(i + 1) ? TimexModifier.APPROX : null;
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
        // Not the noun "run-up" or "lead-up": "in the run-up to Christmas" is before it, not
        // "at most".
        if (n.equals("to") && !(t.is(i - 1, "-") && t.touches(i - 1))) {
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
      case "over" -> {
        // "to last over a week", "for over a year": more than; elsewhere "over" is "during".
        if (LASTING.contains(t.lower(i - 1))) {
          m = TimexModifier.MORE_THAN;
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
      case "early" -> {
        m = TimexModifier.START;
        int[] to = toLater(j);
        if (to != null) {
          return to;
        }
      }
      case "late" -> m = TimexModifier.END;
      case "mid" -> {
        m = TimexModifier.MID;
        int[] to = toLater(j);
        if (to != null) {
          return to;
        }
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
    if (!the && t.is(j + 1, "on")) {
      // "late on Wednesday": the same as "late Wednesday" (fuzzy() keeps it for a day only).
      return new int[] {m.ordinal(), j + 2};
    }
    return new int[] {m.ordinal(), j + 1};
  }

  /**
   * "mid-to-late 2025", "early to mid March": a stretch between two parts; the later part names
   * the modifier. {mod ordinal, next token} or null.
   */
  private int[] toLater(int j) {
    int k = t.is(j + 1, "-") ? j + 2 : j + 1;
    if (!t.is(k, "to")) {
      return null;
    }
    k = t.is(k + 1, "-") ? k + 2 : k + 1;
    if (t.is(k, "mid") && t.is(k + 1, "-") && t.touches(k)) {
      return new int[] {TimexModifier.MID.ordinal(), k + 2};
    }
    if (t.is(k, "mid") || t.is(k, "late")) {
      return new int[] {(t.is(k, "mid") ? TimexModifier.MID : TimexModifier.END).ordinal(), k + 1};
    }
    return null;
  }

  /** Words after "Oct. 2 and 3" that show the 3 is a day. */
  private static final java.util.Set<String> AFTER_DAY = java.util.Set.of("at", "in", "on", "with", "to", "for");

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
        && (dash || t.is(k, "to") || t.is(k, "through") || t.is(k, "until") || t.is(k, "and"))) {
      // "Aug. 5-20", "May 2 to 6", "Oct. 2 and 3" (with "and" only before a pause or a preposition:
      // "on May 2 and 3 people died" is no date).
      int day = p.dayNumberAt(k + 1);
      if (day != Draft.NONE && day > d.day && p.monthAt(k + 2) == Draft.NONE && t.isNumber(k + 1)
          && (!t.is(k, "and") || t.isPunct(k + 2) || AFTER_DAY.contains(t.lower(k + 2)))) {
        Draft r = new Draft(k + 1, k + 2, "day-range");
        r.month = d.month;
        r.day = day;
        TokenPatterns.YearMatch y = p.yearAfter(k + 2);
        if (y != null && !y.twoDigits()) {
          y.applyTo(r);
        }
        return r;
      }
    }
    if (d.year != Draft.NONE && d.month == Draft.NONE && d.rule.equals("year") && (dash || slash)
        && t.isNumber(k + 1) && t.digits(k + 1) == 2
        && (!t.touches(k + 1) || t.isPunct(k + 2) && !t.numberGoesOn(k + 1))) {
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
