package dev.timeline.engine.temporal;

/**
 * What the grammar recognised in a token range, before it is resolved against an anchor. Mutable
 * only while a rule builds it; the tagger turns it into an immutable {@link TemporalExpression}.
 */
final class Draft {
  enum Kind {
    DATE,
    TIME,
    DURATION,
    SET,
    /** PRESENT_REF, PAST_REF, FUTURE_REF. */
    REF
  }

  /** What an offset counts from. */
  enum Relative {
    NONE,
    /** The speech time: "yesterday", "last year", "three years ago". */
    SPEECH,
    /** The story's time: "the next day", "that year", "two weeks later". */
    STORY
  }

  /** Which occurrence of an underspecified date ("Sunday", "May") is meant. */
  enum Pick {
    TENSE,
    PREVIOUS,
    NEXT,
    THIS
  }

  static final int NONE = Integer.MIN_VALUE;

  int first;
  int end;
  String rule;
  Kind kind = Kind.DATE;
  TimexModifier mod = TimexModifier.NONE;

  // Calendar fields; NONE when absent.
  int year = NONE;
  int month = NONE;
  int day = NONE;
  int weekday = NONE;
  int quarter = NONE;
  int half = NONE;
  int decade = NONE;
  int century = NONE;
  int hour = NONE;
  int minute = NONE;
  int second = NONE;
  String season;
  String partOfDay;
  String holidayRule;
  boolean weekend;
  /** A two-digit year ("'98") or decade ("the '80s") whose century comes from the anchor. */
  boolean needsCentury;

  Relative relative = Relative.NONE;
  CalendarUnit unit;
  int offset;
  /** Whole weeks added to a picked weekday: "Monday week" +1, "the Monday before last" -1. */
  int weekShift;
  /** "a few years ago": the offset is known to be in the past but not how far. */
  boolean vagueOffset;
  Pick pick = Pick.TENSE;
  /** A named day or month counted from the story's last date: "the following Monday". */
  boolean storyAnchor;
  /** The date a clock time took its day from ("Monday" in "Monday at 2:15 p.m."), if any. */
  String daySource;
  /** The tokens of that date, whose clause tense picks the day for the time too; NONE if none. */
  int dayFirst = NONE;
  int dayEnd = NONE;
  /**
   * The recurrence a time belongs to ("every weekday" in "6 a.m. every weekday", "fiscal year" in
   * "its fiscal year runs from July"), or null.
   */
  String recurrence;
  /** A fiscal period ("the fiscal second quarter"): its label need not match the calendar. */
  boolean fiscal;

  /** "the first week of March": which week of the month (-1 the last), or NONE. */
  int weekOfMonth = NONE;
  /** "week 38 of 2026": the ISO week of the year found, or NONE. */
  int isoWeek = NONE;
  /** "the last day of February": the month's last day, which its length decides. */
  boolean lastDayOfMonth;
  /** "the week to Friday", "the week of March 3": the week that holds the day found. */
  boolean weekEnding;
  /** An offset counted from a known day keeps the day: "a week from today", "this time last year". */
  boolean sameDay;
  /** The day such an offset counts from: "from tomorrow" 1 day on; "from Monday" the coming Monday. */
  int fromDays;
  int fromWeekday = NONE;

  /** DURATION, SET and REF values. */
  String value;
  String frequency = "";
  String quantity = "";
  /** For "the past three years": the duration ends (-1) or starts (+1) at the speech time. */
  int durationFrame;

  Draft(int first, int end, String rule) {
    this.first = first;
    this.end = end;
    this.rule = rule;
  }

  static Draft of(Kind kind, int first, int end, String rule, String value) {
    Draft d = new Draft(first, end, rule);
    d.kind = kind;
    d.value = value;
    return d;
  }

  boolean hasCalendarField() {
    return year != NONE || month != NONE || day != NONE || weekday != NONE || quarter != NONE
        || half != NONE || decade != NONE || century != NONE || season != null || holidayRule != null
        || weekend || partOfDay != null || hour != NONE;
  }

  /** No field names a day: no date, weekday, holiday or offset ("at 6:40 a.m.", "at dawn"). */
  boolean noDayOfItsOwn() {
    return year == NONE && month == NONE && day == NONE && weekday == NONE && holidayRule == null
        && relative == Relative.NONE;
  }

  boolean calendarDate() {
    return (kind == Kind.DATE || kind == Kind.TIME) && (relative != Relative.NONE || hasCalendarField());
  }
}
