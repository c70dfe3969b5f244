package dev.timeline.engine.temporal;

import dev.timeline.engine.AnchoringMode;
import dev.timeline.engine.Direction;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.Span;
import dev.timeline.engine.temporal.Draft.Kind;
import dev.timeline.engine.temporal.Draft.Pick;
import dev.timeline.engine.temporal.Draft.Relative;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalisation and anchoring of one document's drafts, in text order: turns each {@link Draft}
 * into a {@link TemporalExpression}, remembering the calendar values seen so far so that "the next
 * day" or "that year" can lean on the last fitting one.
 */
final class Resolver {
  private final TokenSequence t;
  private final Optional<PublicationDate> published;
  private final ExtractionOptions options;
  private final TenseDetector tenses;
  private final AgeAnchors ages;
  private final TokenPatterns patterns;
  /** Resolved calendar values so far, with their expression index. */
  private final List<Mention> history = new ArrayList<>();
  /** Each expression's mention by its index: a scan of the history made long texts quadratic. */
  private final java.util.Map<Integer, Mention> mentionOf = new java.util.HashMap<>();
  /** How many tokens back "the quarter ended ..." may restate a fiscal quarter. */
  private static final int RESTATED = 25;
  /**
   * A past-tense verb this close to a date (right before it: "the year ended Jan. 31") is trusted
   * even when the date then lies most of a year back.
   */
  private static final int CLOSE_CUE = 0;
  /** A stretch of months ("the first nine months", "the six months"), the unit of fiscal reports. */
  private static final Pattern MONTHS = Pattern.compile("P[0-9]{1,2}M");
  /**
   * Months from a quarter's calendar label to the months it covers, once a fiscal quarter restated
   * by its end date has shown it ("its fiscal third quarter, which ended March 31": -6); else MIN_VALUE.
   */
  private int fiscalShift = Integer.MIN_VALUE;
  /** The month the text says its fiscal year ends in, NONE if it does not; null until looked for. */
  private Integer fiscalYearEnd;
  /** First token of the last such stretch, or -1. */
  private int monthsStretch = -1;
  /**
   * The last year that frames its sentence ("the 2025 season", "In 2019, ..."), which a bare month
   * later in that sentence takes.
   */
  private Mention namedYear;
  /** Determiners of a year used as a noun's modifier: "the 2025 season", "its 2019 campaign". */
  private static final Set<String> YEAR_DETERMINERS = Set.of("the", "its", "his", "her",
      "their", "this", "that");
  private int count;

  /**
   * A resolved calendar value: expression index, first token, whether it named a fiscal period,
   * whether it was a year-on-year comparison ("a year earlier"), which never becomes the reported
   * period, and the calendar months it covers when they differ from its label (fiscal periods).
   */
  private record Mention(int index, int token, CalendarPoint point, boolean fiscal, boolean yearBack,
      Optional<TimeInterval> fiscalSpan) {}

  /** An anchor: where it comes from and the point itself. */
  private record Anchor(AnchorKind kind, int index, CalendarPoint point, String name) {}

  Resolver(TokenSequence t, Optional<PublicationDate> published, ExtractionOptions options) {
    this.t = t;
    this.published = published;
    this.options = options;
    this.tenses = new TenseDetector(t);
    this.patterns = new TokenPatterns(t);
    this.ages = new AgeAnchors(t);
  }

  TemporalExpression resolve(Draft d) {
    int index = count++;
    Span span = new Span(t.begin(d.first), t.end(d.end - 1));
    String text = span.of(t.text());
    TimexType type = switch (d.kind) {
      case TIME -> TimexType.TIME;
      case DURATION -> TimexType.DURATION;
      case SET -> TimexType.SET;
      default -> TimexType.DATE;
    };
    if (d.kind == Kind.DURATION && d.value != null && MONTHS.matcher(d.value).matches()) {
      monthsStretch = d.first;
    }
    if (d.kind == Kind.DURATION || d.kind == Kind.SET || d.kind == Kind.REF) {
      return new TemporalExpression(span, text, type, d.value, d.mod, Optional.empty(),
          durationInterval(d), Anchoring.absolute(d.rule), d.frequency, d.quantity);
    }
    if (d.recurrence != null) {
      // "at 6 a.m. every weekday", "the fiscal year runs from July": a time that recurs.
      return new TemporalExpression(span, text, type, underspecified(d), d.mod, Optional.empty(),
          Optional.empty(), new Anchoring(AnchorKind.UNRESOLVED, "", -1, d.rule, "",
              text + ": recurs with '" + d.recurrence + "', not one occurrence"), "", "");
    }
    Outcome o = calendar(d, text);
    if (o.point != null && (o.point.date().getYear() < 0 || o.point.date().getYear() > 9999)) {
      // "90000 years ago": beyond what a TIMEX3 calendar value can write.
      o = new Outcome(null, underspecified(d), new Anchoring(AnchorKind.UNRESOLVED, "", -1, d.rule, "",
          "'" + text + "' falls outside the years 0-9999"));
    }
    if (o.point == null) {
      return new TemporalExpression(span, text, type, o.value, d.mod, Optional.empty(),
          Optional.empty(), o.anchoring, "", "");
    }
    CalendarPoint p = o.point;
    if (d.weekOfMonth != Draft.NONE && p.granularity() == Granularity.MONTH) {
      // "the first week of March": the ISO week holding the middle of that month's first seven days.
      LocalDate m = p.date().withDayOfMonth(1);
      p = CalendarPoint.of(d.weekOfMonth < 0 ? m.withDayOfMonth(m.lengthOfMonth() - 3)
          : m.plusDays(7L * (d.weekOfMonth - 1) + 3), Granularity.WEEK);
    }
    if (d.isoWeek != Draft.NONE && p.granularity() == Granularity.YEAR) {
      // "week 38": the Thursday decides which year an ISO week belongs to.
      p = CalendarPoint.of(LocalDate.of(p.date().getYear(), 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, d.isoWeek)
          .with(DayOfWeek.THURSDAY), Granularity.WEEK);
    }
    if (d.lastDayOfMonth && p.granularity() == Granularity.MONTH) {
      LocalDate m = p.date().withDayOfMonth(1);
      p = CalendarPoint.of(m.withDayOfMonth(m.lengthOfMonth()), Granularity.DAY);
    }
    if (d.weekEnding && p.granularity() == Granularity.DAY) {
      p = CalendarPoint.of(p.date(), Granularity.WEEK);
    }
    if (d.rule.equals("holiday-weekend") && p.granularity() == Granularity.DAY) {
      // A Monday or Tuesday holiday closes the weekend before it; a later one opens the next.
      int dow = p.date().getDayOfWeek().getValue();
      LocalDate day = dow <= 2 ? p.date().minusDays(dow) : p.date().plusDays(Math.max(0, 6 - dow));
      p = new CalendarPoint(day, Granularity.WEEK, null, true, null, -1, -1, -1);
    }
    Optional<TimeInterval> fullYear = Optional.empty();
    if (d.rule.equals("the-unit") && t.is(d.first + 1, "full") && p.granularity() == Granularity.YEAR
        && o.anchoring.kind() == AnchorKind.PUBLICATION_DATE) {
      // "the full year" after the story gave its company's fiscal year: that year, not the calendar's;
      // told in the past, the one that last ended.
      if (fiscalYearEnd == null) {
        fiscalYearEnd = FiscalSpans.yearEndMonth(t, patterns);
      }
      boolean past = tenses.tenseAround(d.first, d.end).tense() == TenseDetector.Tense.PAST;
      fullYear = FiscalSpans.running(published.get().date().minusYears(past ? 1 : 0), fiscalYearEnd);
      if (fullYear.isPresent()) {
        p = CalendarPoint.of(fullYear.get().end().toLocalDate().minusDays(1).withDayOfYear(1), Granularity.YEAR);
      }
    }
    Optional<TimeInterval> season = splitSeason(d, p);
    if (d.rule.equals("year-to-date") && o.anchoring.kind() == AnchorKind.PUBLICATION_DATE
        && p.granularity() == Granularity.YEAR && published.isPresent()) {
      // "the year to date": from New Year to the day of the news.
      season = Optional.of(new TimeInterval(p.date().withDayOfYear(1).atStartOfDay(),
          published.get().date().plusDays(1).atStartOfDay()));
    }
    if (p.hour() >= 0) {
      type = TimexType.TIME;
    } else if (p.granularity() == Granularity.PART_OF_DAY) {
      type = TimexType.TIME;
    }
    Optional<TimeInterval> fiscal = FiscalSpans.ended(t, patterns, d, p.granularity(),
        published.map(PublicationDate::date));
    if (fiscal.isEmpty()) {
      fiscal = fullYear.isPresent() ? fullYear : fiscalSpanOfAnchor(o.anchoring, p);
    }
    if (fiscal.isEmpty() && d.rule.equals("fiscal-year")) {
      if (fiscalYearEnd == null) {
        fiscalYearEnd = FiscalSpans.yearEndMonth(t, patterns);
      }
      fiscal = FiscalSpans.year(d, p, fiscalYearEnd);
    }
    if (fiscal.isPresent() && fiscalShift == Integer.MIN_VALUE) {
      fiscalShift = (int) ChronoUnit.MONTHS.between(p.date().atStartOfDay(), fiscal.get().begin());
    } else if (fiscal.isEmpty() && fiscalShift != Integer.MIN_VALUE && d.mod == TimexModifier.NONE
        && (p.granularity() == Granularity.QUARTER || p.granularity() == Granularity.HALF_YEAR)) {
      // Once the story shows its company's fiscal calendar, its other quarters are fiscal too.
      fiscal = p.interval(d.mod).map(i -> new TimeInterval(i.begin().plusMonths(fiscalShift),
          i.end().plusMonths(fiscalShift)));
    }
    Mention mention = new Mention(index, d.first, p, d.fiscal, yearBack(d), fiscal);
    history.add(mention);
    mentionOf.putIfAbsent(index, mention);
    if (plainYear(d) && p.granularity() == Granularity.YEAR) {
      namedYear = history.get(history.size() - 1);
    }
    ages.note(index, d, p);
    return new TemporalExpression(span, text, type, p.value(), d.mod,
        Optional.of(p.granularity()), fiscal.isPresent() ? fiscal : season.isPresent() ? season : p.interval(d.mod),
        o.anchoring, "", "");
  }

  /** The day a weekday range's first half resolved to, when d is its second ("to Friday"), or null. */
  private LocalDate rangeStart(Draft d) {
    String w = t.lower(d.first - 1);
    if (history.isEmpty() || !(w.equals("to") || w.equals("through") || w.equals("until") || w.equals("till"))) {
      return null;
    }
    Mention last = history.get(history.size() - 1);
    boolean weekday = Lexicon.get().intValue(t.lower(last.token), Lexicon.Category.WEEKDAY) != Integer.MIN_VALUE;
    // Only a range of weekdays: "from Sept. 14 to Thursday" ends on the Thursday the news means.
    return weekday && last.token >= d.first - 4 && last.point.granularity() == Granularity.DAY
        ? last.point.date() : null;
  }

  /**
   * The month a month range started from, when d is a bare month ending it ("from June to March"),
   * or null.
   */
  private LocalDate monthRangeStart(Draft d) {
    String w = t.lower(d.first - 1);
    if (history.isEmpty() || d.month == Draft.NONE || d.day != Draft.NONE || d.year != Draft.NONE
        || d.season != null || d.pick != Pick.TENSE || d.relative != Relative.NONE
        || !(w.equals("to") || w.equals("through") || w.equals("until") || w.equals("till"))) {
      return null;
    }
    Mention last = history.get(history.size() - 1);
    return t.is(last.token - 1, "from") && last.token >= d.first - 4
        && last.point.granularity() == Granularity.MONTH ? last.point.date() : null;
  }

  /** "the 2024-25 season": from the middle of its first year to the middle of its second. */
  private static Optional<TimeInterval> splitSeason(Draft d, CalendarPoint p) {
    if (!d.rule.equals("split-season") || d.mod != TimexModifier.NONE || p.granularity() != Granularity.YEAR) {
      return Optional.empty();
    }
    LocalDate begin = LocalDate.of(p.date().getYear(), 7, 1);
    return Optional.of(new TimeInterval(begin.atStartOfDay(), begin.plusYears(1).atStartOfDay()));
  }

  /**
   * "the quarter" or "a year earlier" resolved from a fiscal quarter with known months: the same
   * months, shifted as the label is.
   */
  private Optional<TimeInterval> fiscalSpanOfAnchor(Anchoring a, CalendarPoint p) {
    if (a.kind() != AnchorKind.EARLIER_EXPRESSION) {
      return Optional.empty();
    }
    Mention m = mentionOf.get(a.anchorExpressionIndex());
    if (m != null && m.fiscalSpan.isPresent() && m.point.granularity() == p.granularity()) {
      long months = ChronoUnit.MONTHS.between(m.point.date(), p.date());
      TimeInterval f = m.fiscalSpan.get();
      return Optional.of(new TimeInterval(f.begin().plusMonths(months), f.end().plusMonths(months)));
    }
    return Optional.empty();
  }

  /** "the past three years" covers [now - 3 years, now). */
  private Optional<TimeInterval> durationInterval(Draft d) {
    if (d.rule.equals("year-to-month")) {
      return yearToMonth(d);
    }
    if (d.kind != Kind.DURATION || d.durationFrame == 0 || published.isEmpty()) {
      return Optional.empty();
    }
    java.time.Period period;
    try {
      String v = d.value;
      if (v.startsWith("PT") || v.contains("X") || v.contains(".")) {
        return Optional.empty();
      }
      if (v.endsWith("Q")) {
        v = "P" + (Integer.parseInt(v.substring(1, v.length() - 1)) * 3) + "M";
      }
      period = java.time.Period.parse(v);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    var ref = published.get().date().atStartOfDay();
    if (period.isZero()) {
      return Optional.empty();
    }
    return Optional.of(d.durationFrame < 0 ? new TimeInterval(ref.minus(period), ref)
        : new TimeInterval(ref, ref.plus(period)));
  }

  /**
   * "the year to March", "the six months to March": the months that end with March of its own year, else of the year
   * framing its sentence, else the latest March by the publication date.
   */
  private Optional<TimeInterval> yearToMonth(Draft d) {
    // Without a year it is the latest such month by the news: a reported stretch has ended.
    int y = d.year != Draft.NONE ? d.year : inNamedYear(d) ? namedYear.point.date().getYear()
        : published.map(p -> p.date().getYear() - (d.month > p.date().getMonthValue() ? 1 : 0))
            .orElse(Draft.NONE);
    if (y == Draft.NONE || d.month < 1 || d.month > 12) {
      return Optional.empty();
    }
    LocalDate end;
    try {
      end = d.day != Draft.NONE ? LocalDate.of(y, d.month, d.day).plusDays(1)
          : LocalDate.of(y, d.month, 1).plusMonths(1);
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    java.time.Period length = java.time.Period.parse(d.value);
    return Optional.of(new TimeInterval(end.minus(length).atStartOfDay(), end.atStartOfDay()));
  }

  private record Outcome(CalendarPoint point, String value, Anchoring anchoring) {}

  private Outcome calendar(Draft d, String text) {
    if (d.rule.equals(AgeAnchors.RULE)) {
      return ageYear(d, text);
    }
    boolean complete = d.year != Draft.NONE && !d.needsCentury
        || d.decade != Draft.NONE && !d.needsCentury || d.century != Draft.NONE;
    if ((d.rule.equals("year-quarter") || d.rule.equals("year-period")) && !d.needsCentury) {
      // "the 1988 quarter", "the 1989 period" in earnings news: the period being reported, in that year.
      Anchor reported = currentPeriod(d);
      if (reported != null) {
        CalendarPoint q = CalendarPoint.of(reported.point.date().withYear(d.year), reported.point.granularity());
        return new Outcome(q, "", anchoring(reported, d, "", text + ": the reported period "
            + reported.point.value() + " in " + d.year));
      }
    }
    if (d.rule.equals("the-quarter-ended") && !history.isEmpty()) {
      // "the fiscal second quarter ... the quarter ended Sept. 30": the same quarter restated; a
      // fiscal quarter keeps its own label whatever calendar months it covers.
      Mention last = history.get(history.size() - 1);
      if (last.fiscal && last.point.granularity() == Granularity.QUARTER && d.first - last.token <= RESTATED
          && (d.year == Draft.NONE || d.year == last.point.date().getYear())) {
        Anchor a = new Anchor(AnchorKind.EARLIER_EXPRESSION, last.index, last.point, "fiscal quarter");
        return new Outcome(last.point, "", anchoring(a, d, "", text + ": restates the fiscal quarter "
            + last.point.value()));
      }
    }
    if (complete && d.relative == Relative.NONE) {
      return new Outcome(absolute(d, d.year), "", Anchoring.absolute(d.rule));
    }
    if (inNamedYear(d)) {
      // "The 2025 season ended in October": the month is of the year its sentence names, whatever
      // the tense would pick around the publication date.
      Anchor y = new Anchor(AnchorKind.EARLIER_EXPRESSION, namedYear.index, namedYear.point, "year");
      return new Outcome(absolute(d, namedYear.point.date().getYear()), "", anchoring(y, d, "",
          text + " in " + namedYear.point.value() + ", the year named earlier in its sentence"));
    }
    Anchor anchor = anchorFor(d);
    if (anchor == null) {
      return new Outcome(null, underspecified(d), new Anchoring(AnchorKind.UNRESOLVED, "", -1,
          d.rule, "", "no publication date or earlier date to resolve '" + text + "' against"));
    }
    LocalDate a = anchor.point.date();
    String anchorText = anchor.name + " " + anchor.point.value();
    if (d.relative != Relative.NONE) {
      return offsetBased(d, anchor, text);
    }
    if (d.needsCentury) {
      return withCentury(d, anchor, text);
    }
    if (d.hasCalendarField() && d.month == Draft.NONE && d.day == Draft.NONE && d.weekday == Draft.NONE
        && d.season == null && d.quarter == Draft.NONE && d.half == Draft.NONE && d.holidayRule == null
        && !d.weekend) {
      // A clock time or part of day alone: on the anchor's day; a midnight already past at the news
      // ("was lifted at midnight") ended the day before it.
      boolean pastMidnight = d.hour == 24 && anchor.kind == AnchorKind.PUBLICATION_DATE
          && tenses.tenseAround(d.first, d.end).tense() == TenseDetector.Tense.PAST;
      CalendarPoint p = dayPoint(d, pastMidnight ? a.minusDays(1) : a);
      return new Outcome(p, "", anchoring(anchor, d, "", text + " on the day of the " + anchorText));
    }
    Choice c = direction(d, anchor);
    CalendarPoint p;
    String how;
    if (d.weekday != Draft.NONE && d.month == Draft.NONE && d.day == Draft.NONE) {
      // A week shift fixes the direction: "the Monday before last" is past, "Monday week" ahead.
      Direction wdDir = d.weekShift < 0 ? Direction.PAST : d.weekShift > 0 ? Direction.FUTURE : c.dir;
      LocalDate day = pickWeekday(a, d.weekday, wdDir, d.pick).plusWeeks(d.weekShift);
      LocalDate from = rangeStart(d);
      if (from != null && d.pick == Pick.TENSE && !d.weekend) {
        // "from Tuesday to Friday": the range ends on the first such day after its start.
        day = from.plusDays(Math.floorMod(d.weekday - from.getDayOfWeek().getValue() - 1, 7) + 1);
      }
      p = d.weekend ? new CalendarPoint(day, Granularity.WEEK, null, true, null, -1, -1, -1)
          : dayPoint(d, day);
      how = relationWord(c, d.pick);
    } else if (d.quarter != Draft.NONE || d.half != Draft.NONE) {
      int y = a.getYear();
      LocalDate start = periodStart(d, y);
      int months = d.quarter != Draft.NONE ? 3 : 6;
      // Quarters and halves without a year are this year's (earnings news reports the current
      // year); only a past clause about a period that has not begun yet means last year's.
      // A fiscal period's label is not the calendar's: "its fiscal third quarter, which ended
      // March 31" is this year's even though the calendar third quarter has not begun.
      if (c.dir == Direction.PAST && start.isAfter(a) && !d.fiscal) {
        y--;
      }
      p = absolute(d, y);
      how = "in the year of";
    } else {
      Direction dir = c.dir;
      if (d.storyAnchor && d.season != null
          && anchor.point.granularity().compareTo(Granularity.YEAR) <= 0) {
        // "In 1980 ... the following spring": after a year, the next year's season (the year's own
        // spring may well have come before the story's event).
        int shift = d.pick == Pick.NEXT ? 1 : d.pick == Pick.PREVIOUS ? -1 : 0;
        p = absolute(d, a.getYear() + shift);
      } else if (d.pick == Pick.THIS) {
        p = absolute(d, a.getYear());
      } else if (dir != Direction.PAST && monthRangeStart(d) != null) {
        // "runs from February to January": the range ends at the first such month after its start
        // (in a past clause the start may have been picked too late in the year, so not there).
        LocalDate from = monthRangeStart(d);
        p = absolute(d, from.getYear() + (d.month <= from.getMonthValue() ? 1 : 0));
        c = new Choice(Direction.FUTURE, "after", "the end of a range from " + from.getYear() + "-"
            + ZeroPad.of(from.getMonthValue(), 2));
      } else {
        Mention mate = dir == Direction.NEAREST ? sentenceMonth(d) : null;
        if (mate != null) {
          // "rose to $40 in June from $30 in March": no tense of its own, a bare month takes the year
          // of the month its sentence just named.
          p = absolute(d, mate.point.date().getYear());
          c = new Choice(Direction.NEAREST, "in the year of", "the month named before it in its sentence, "
              + mate.point.value());
        } else {
          p = pickYear(d, a, dir, d.pick);
        }
        if (p != null && mate == null && d.pick == Pick.TENSE && dir != Direction.NEAREST && d.day != Draft.NONE && !c.close
            && options.direction() == Direction.TENSE_AWARE
            && Math.abs(ChronoUnit.DAYS.between(a, p.date())) > 240) {
          // Tense clues are local and noisy; news rarely means a date most of a year away.
          CalendarPoint near = pickYear(d, a, Direction.NEAREST, d.pick);
          if (near != null && Math.abs(ChronoUnit.DAYS.between(a, near.date())) < 120) {
            p = near;
            c = new Choice(Direction.NEAREST, "nearest", c.reason + ", but the nearest "
                + "occurrence is much closer");
          }
        }
      }
      how = relationWord(c, d.pick);
    }
    if (p == null) {
      return new Outcome(null, underspecified(d), new Anchoring(AnchorKind.UNRESOLVED, "", -1,
          d.rule, "", "'" + text + "' does not exist in the years around " + anchorText));
    }
    String day = d.daySource == null ? "" : " (on the day of '" + d.daySource + "')";
    String explanation = text + day + " " + how + " the " + anchorText
        + (c.reason.isEmpty() ? "" : ": " + c.reason);
    return new Outcome(p, "", anchoring(anchor, d, c.name, explanation));
  }

  /**
   * A year alone that frames its sentence: a noun's modifier ("the 2025 season") or the sentence's
   * opening "In 2019"; a year in passing ("a plan approved in 1987") is no frame.
   */
  private boolean plainYear(Draft d) {
    if (d.relative != Relative.NONE || d.year == Draft.NONE || d.needsCentury || d.month != Draft.NONE
        || d.quarter != Draft.NONE || d.half != Draft.NONE || d.season != null || d.holidayRule != null
        || d.mod != TimexModifier.NONE || d.fiscal || d.end != d.first + 1) {
      return false;
    }
    boolean modifier = YEAR_DETERMINERS.contains(t.lower(d.first - 1)) && t.isWord(d.end);
    boolean opening = t.is(d.first - 1, "in") && (d.first == 1 || t.endsSentence(d.first - 2));
    return modifier || opening;
  }

  /** A bare month (or month and day) in the same sentence after a plain year. */
  private boolean inNamedYear(Draft d) {
    if (namedYear == null || d.pick != Pick.TENSE || d.relative != Relative.NONE || d.month == Draft.NONE
        || d.year != Draft.NONE || d.weekday != Draft.NONE || d.storyAnchor || d.needsCentury
        || d.holidayRule != null || d.fiscal || namedYear.token >= d.first) {
      return false;
    }
    // After "In 2019," the whole sentence is that year's; a noun's year ("the 2008 crisis") only
    // frames its own clause ("..., which eased in March" is another time).
    boolean opening = t.is(namedYear.token - 1, "in");
    for (int k = namedYear.token + 1; k < d.first; k++) {
      if (t.endsSentence(k) || t.is(k, ";")
          || !opening && CLAUSE_BREAKS.contains(t.lower(k))) {
        return false;
      }
    }
    return true;
  }

  /** Words that open another clause after a noun's year. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", "which", "who", "that",
      "while", "but", "when", "and", "since", "after", "before", "as");

  private Anchoring anchoring(Anchor anchor, Draft d, String dir, String explanation) {
    return new Anchoring(anchor.kind, anchor.point.value(), anchor.index, d.rule, dir, explanation);
  }

  // ---------------------------------------------------------------- anchors

  /** Which reference an expression leans on, or null when there is none. */
  private Anchor anchorFor(Draft d) {
    if (d.rule.equals("the-quarter")) {
      Anchor a = currentPeriod(d);
      if (a == null) {
        a = earlier(Granularity.QUARTER, Granularity.QUARTER, false);
      }
      if (a != null) {
        return a;
      }
      // No quarter mentioned: a date ("the six months ended Oct. 1") does not name the quarter;
      // the one that just ended before publication is the one reported.
      return publicationAnchor();
    }
    if (yearBack(d) && d.quarter == Draft.NONE) {
      // Year-on-year comparisons ("up from $3 a year ago", "the year-earlier quarter") are about
      // the period the story reports on: the last quarter-like value of the current year.
      Anchor a = currentPeriod(d);
      if (a != null) {
        return a;
      }
    }
    boolean story = d.relative == Relative.STORY || d.storyAnchor
        || options.mode() == AnchoringMode.NARRATIVE;
    if (story) {
      Granularity needed = d.unit != null ? d.unit.granularity : finestField(d);
      // "Sales rose from a year earlier ... up from the same period last year": both compare with
      // the reported period, not one with the other.
      Anchor a = earlier(needed, null, yearBack(d));
      if (a != null) {
        return a;
      }
    }
    return publicationAnchor();
  }

  /** "at 14" after "born in 1952": the year of that birthday, counted from the birth year. */
  private Outcome ageYear(Draft d, String text) {
    AgeAnchors.Age age = ages.of(d);
    if (age == null) {
      return new Outcome(null, "XXXX", new Anchoring(AnchorKind.UNRESOLVED, "", -1, d.rule, "",
          "no birth year before the age '" + text + "'"));
    }
    Anchor born = new Anchor(AnchorKind.EARLIER_EXPRESSION, age.birthIndex(),
        CalendarPoint.of(LocalDate.of(age.birthYear(), 1, 1), Granularity.YEAR), "birth year");
    return new Outcome(CalendarPoint.of(LocalDate.of(age.year(), 1, 1), Granularity.YEAR), "",
        anchoring(born, d, "", text + ": age " + age.age() + ", born " + age.birthYear()));
  }

  /**
   * "the following year", "the next year" after "in March 1997": a calendar year of the story
   * (1998), no comparison that keeps the month the way "a year later" does.
   */
  private static boolean followingYear(Draft d) {
    return d.rule.equals("story-relative") && d.offset > 0;
  }

  /** A year-on-year comparison: "a year ago", "a year earlier", "the same period last year". */
  private static boolean yearBack(Draft d) {
    return d.unit == CalendarUnit.YEAR && d.offset == -1
        && (d.rule.equals("ago") || d.rule.equals("later-earlier") || d.rule.equals("year-earlier"));
  }

  private Anchor publicationAnchor() {
    return published.map(p -> new Anchor(AnchorKind.PUBLICATION_DATE, -1,
        CalendarPoint.of(p.date(), Granularity.DAY), "publication date")).orElse(null);
  }

  /** The last quarter, half or month mentioned in the publication year (the reported period). */
  private Anchor currentPeriod(Draft d) {
    if (published.isEmpty()) {
      return null;
    }
    int year = published.get().date().getYear();
    for (int k = history.size() - 1; k >= 0 && k >= history.size() - 20; k--) {
      Mention m = history.get(k);
      Granularity g = m.point.granularity();
      if (m.token < monthsStretch && d.first - monthsStretch <= RESTATED) {
        // "For the first nine months, earnings reached $88 million, against a loss in the 1988 period":
        // the comparison is about that stretch, which no quarter names: only its year is known.
        return new Anchor(AnchorKind.PUBLICATION_DATE, -1,
            CalendarPoint.of(published.get().date(), Granularity.YEAR), "year of the reported months");
      }
      if ((g == Granularity.QUARTER || g == Granularity.HALF_YEAR) && m.point.date().getYear() == year
          && !m.yearBack) {
        Mention reported = m.fiscal ? m : justEndedBefore(k, m);
        return new Anchor(AnchorKind.EARLIER_EXPRESSION, reported.index, reported.point, "reported period");
      }
    }
    return null;
  }

  /**
   * The last mention, when it is a month of the same sentence and d a bare month that is not the end
   * of a range from it ("from June to March" crosses New Year), else null.
   */
  private Mention sentenceMonth(Draft d) {
    if (history.isEmpty() || d.pick != Pick.TENSE || d.month == Draft.NONE || d.day != Draft.NONE
        || d.year != Draft.NONE || d.relative != Relative.NONE || d.end != d.first + 1
        || RANGE_ENDS.contains(t.lower(d.first - 1))) {
      return null;
    }
    Mention m = history.get(history.size() - 1);
    if (m.point.granularity() != Granularity.MONTH || m.fiscal) {
      return null;
    }
    String side = "";
    for (int k = m.token; k < d.first; k++) {
      if (t.endsSentence(k) && !(t.touches(k) && t.touches(k - 1)) || t.is(k, ";")) { // "$18.9" goes on
        return null;
      }
      if (t.is(k, "from") || t.is(k, "to")) {
        side = t.lower(k);
      }
    }
    // "from $6 in July to $9 in April" runs on into the next year; "to $9 in April from $6 in July"
    // comes from the year before.
    int mateMonth = m.point.date().getMonthValue();
    boolean crosses = side.equals("to") && d.month < mateMonth || side.equals("from") && d.month > mateMonth;
    return crosses ? null : m;
  }

  private static final Set<String> RANGE_ENDS = Set.of("to", "through", "until", "till",
      "-", "and", "or", "thru");

  /**
   * "The paper maker reported a 15% rise in third-quarter earnings ... After a weak second quarter
   * ...": an older quarter named in passing is a contrast; the quarter that ended last before
   * publication, when the story named it, stays the one reported. Later quarters (outlooks) win.
   */
  private Mention justEndedBefore(int k, Mention recent) {
    LocalDate justEnded = published.get().date().minusMonths(3);
    LocalDate start = LocalDate.of(justEnded.getYear(), (justEnded.getMonthValue() - 1) / 3 * 3 + 1, 1);
    if (recent.point.granularity() != Granularity.QUARTER || !recent.point.date().isBefore(start)) {
      return recent;
    }
    for (int j = k - 1; j >= 0 && j >= history.size() - 20; j--) {
      Mention m = history.get(j);
      if (m.point.granularity() == Granularity.QUARTER && m.point.date().equals(start)) {
        return m;
      }
    }
    return recent;
  }

  /**
   * The last mentioned calendar value at least as fine as needed (a year for "that year"...), or
   * exactly the granularity {@code only} when given; {@code skipComparisons} passes over
   * year-on-year comparisons.
   */
  private Anchor earlier(Granularity needed, Granularity only, boolean skipComparisons) {
    for (int k = history.size() - 1; k >= 0 && k >= history.size() - 20; k--) {
      Mention m = history.get(k);
      if (skipComparisons && m.yearBack) {
        continue;
      }
      Granularity g = m.point.granularity();
      if (only != null) {
        if (g == only) {
          return new Anchor(AnchorKind.EARLIER_EXPRESSION, m.index, m.point, "earlier expression");
        }
        continue;
      }
      if (g.compareTo(needed) >= 0 || needed == Granularity.YEAR && g.compareTo(Granularity.YEAR) >= 0
          || needed.compareTo(Granularity.MONTH) < 0 && g.compareTo(Granularity.YEAR) >= 0) {
        return new Anchor(AnchorKind.EARLIER_EXPRESSION, m.index, m.point, "earlier expression");
      }
    }
    return null;
  }

  private static Granularity finestField(Draft d) {
    if (d.day != Draft.NONE || d.weekday != Draft.NONE || d.holidayRule != null) {
      return Granularity.DAY;
    }
    if (d.month != Draft.NONE) {
      return Granularity.MONTH;
    }
    return Granularity.YEAR;
  }

  // ---------------------------------------------------------------- offsets

  private Outcome offsetBased(Draft d, Anchor anchor, String text) {
    CalendarUnit u = d.unit;
    CalendarPoint base = anchor.point;
    String baseName = anchor.name;
    if ((d.fromDays != 0 || d.fromWeekday != Draft.NONE) && base.granularity().compareTo(Granularity.DAY) >= 0) {
      // "a week from Monday": the count starts on the coming Monday, not on the anchor's day.
      LocalDate from = base.date().plusDays(d.fromDays);
      if (d.fromWeekday != Draft.NONE) {
        from = from.with(TemporalAdjusters.next(DayOfWeek.of(d.fromWeekday)));
      }
      base = CalendarPoint.of(from, Granularity.DAY);
      baseName = "day it counts from";
    }
    Granularity g = u.granularity;
    Granularity anchorG = base.granularity();
    if (anchor.kind == AnchorKind.EARLIER_EXPRESSION) {
      if (anchorG.compareTo(g) < 0) {
        g = anchorG; // "the next day" after "in 2003": only the year is known
      } else if (u == CalendarUnit.YEAR && d.offset != 0 && !followingYear(d)
          && (anchorG == Granularity.QUARTER || anchorG == Granularity.HALF_YEAR
              || anchorG == Granularity.MONTH || anchorG == Granularity.SEASON)) {
        g = anchorG; // year-on-year comparisons keep the period: "a year earlier" = same quarter
      }
    }
    if ((u == CalendarUnit.DECADE || u == CalendarUnit.CENTURY || u == CalendarUnit.MILLENNIUM)
        && d.offset != 0 && !d.rule.equals("speech-relative") && !d.rule.equals("story-relative")) {
      // "a decade earlier" than 2003 is 1993, not the 1990s ("the end of the decade" is the 2020s;
      // "late last decade", "next century" name calendar decades and centuries).
      g = anchorG.compareTo(Granularity.YEAR) < 0 ? anchorG : Granularity.YEAR;
    }
    int offset = d.offset;
    if (d.rule.equals("the-quarter") && anchor.kind == AnchorKind.PUBLICATION_DATE) {
      offset = -1; // earnings news reports the quarter that just ended
    }
    LocalDate date = u == CalendarUnit.WEEKEND ? base.date() : u.shift(base.date(), offset);
    if (d.rule.equals("new-year")) {
      // Told in the second half of a year, "the new year" is the next one; in the first, the current.
      int y = base.date().getYear() + (base.date().getMonthValue() >= 7 ? 1 : 0);
      return new Outcome(CalendarPoint.of(LocalDate.of(y, 1, 1), Granularity.YEAR), "", anchoring(anchor, d, "",
          text + ": the year beginning nearest the " + anchor.name + " " + base.value()));
    }
    if (d.rule.equals("turn-of-century")) {
      int y = (int) Math.round(base.date().getYear() / 100.0) * 100;
      return new Outcome(CalendarPoint.of(LocalDate.of(y, 1, 1), Granularity.YEAR), "", anchoring(anchor, d, "",
          text + ": the change of century nearest the " + anchor.name + " " + base.value()));
    }
    if (d.sameDay && anchorG.compareTo(Granularity.DAY) >= 0) {
      g = Granularity.DAY;
    }
    if (u == CalendarUnit.DAY && d.offset == 0 && anchor.kind == AnchorKind.EARLIER_EXPRESSION) {
      g = anchorG.compareTo(Granularity.DAY) > 0 ? Granularity.DAY : g;
    }
    CalendarPoint p = new CalendarPoint(date, g, base.season(), d.weekend, null, -1, -1, -1);
    if (u.clock) {
      p = clockShift(base, anchor, u, offset);
    }
    if (d.vagueOffset && u == CalendarUnit.WEEK) {
      return new Outcome(null, date.getYear() + "-WXX", anchoring(anchor, d, "",
          text + ": a week of the year of the " + anchor.name + " " + base.value() + ", which one is not said"));
    }
    if (d.vagueOffset) {
      p = CalendarPoint.of(date, Granularity.DECADE);
      String v = p.value() + "X";
      return new Outcome(null, v, anchoring(anchor, d, "past",
          text + ": a few years before the " + anchor.name + " " + base.value() + ", decade known"));
    }
    if (d.quarter != Draft.NONE || d.half != Draft.NONE) {
      p = CalendarPoint.of(periodStart(d, date.getYear()),
          d.quarter != Draft.NONE ? Granularity.QUARTER : Granularity.HALF_YEAR);
    }
    if (d.season != null && u == CalendarUnit.YEAR) {
      p = absolute(d, date.getYear()); // "the spring of last year"
    }
    if (d.month != Draft.NONE) {
      LocalDate m = LocalDate.of(date.getYear(), d.month, 1);
      if (d.day != Draft.NONE && d.day <= m.lengthOfMonth()) {
        p = dayPoint(d, m.withDayOfMonth(d.day));
      } else {
        p = CalendarPoint.of(m, Granularity.MONTH);
      }
    } else if (u == CalendarUnit.MONTH && d.day != Draft.NONE && d.day <= date.lengthOfMonth()
        && g == Granularity.MONTH) {
      p = dayPoint(d, date.withDayOfMonth(d.day)); // "the first of next month"
    } else if ((d.partOfDay != null || d.hour != Draft.NONE) && g.compareTo(Granularity.DAY) >= 0) {
      p = dayPoint(d, date); // only on a known day: "that night" after "in 2003" stays the year
    }
    String amount = d.offset == 0 ? "the same " + unitName(u) + " as"
        : Math.abs(d.offset) + " " + unitName(u) + (Math.abs(d.offset) == 1 ? "" : "s")
            + (d.offset < 0 ? " before" : " after");
    String explanation = text + ": " + amount + " the " + baseName + " " + base.value();
    return new Outcome(p, "", anchoring(anchor, d, d.offset < 0 ? "past" : d.offset > 0 ? "future" : "",
        explanation));
  }

  /**
   * "12 hours earlier": a clock shift. From a known time the result is a time; from a day only the
   * day it lands on is known.
   */
  private CalendarPoint clockShift(CalendarPoint base, Anchor anchor, CalendarUnit u, int offset) {
    LocalDateTime from;
    boolean timeKnown = true;
    if (base.hour() >= 0) {
      from = base.date().atTime(base.hour() % 24, Math.max(base.minute(), 0));
    } else if (anchor.kind == AnchorKind.PUBLICATION_DATE && published.isPresent()
        && published.get().time().isPresent()) {
      from = published.get().reference();
    } else {
      from = base.date().atTime(12, 0); // an unknown time of day: count from its middle
      timeKnown = false;
    }
    java.time.temporal.ChronoUnit cu = switch (u) {
      case HOUR -> ChronoUnit.HOURS;
      case MINUTE -> ChronoUnit.MINUTES;
      default -> ChronoUnit.SECONDS;
    };
    LocalDateTime to = from.plus(offset, cu);
    if (!timeKnown) {
      return CalendarPoint.of(to.toLocalDate(), Granularity.DAY);
    }
    return new CalendarPoint(to.toLocalDate(), Granularity.MINUTE, null, false, null, to.getHour(),
        to.getMinute(), -1);
  }

  private static String unitName(CalendarUnit u) {
    return u.name().toLowerCase(java.util.Locale.ROOT);
  }

  // ---------------------------------------------------------------- direction

  /**
   * Which occurrence and why; {@code close} when the tense is to be trusted even for a date most of
   * a year away: a tense word right by the expression, or a simple past with no future cue near.
   */
  private record Choice(Direction dir, String name, String reason, boolean close) {
    Choice(Direction dir, String name, String reason) {
      this(dir, name, reason, false);
    }
  }

  /** Which occurrence: from the pick ("last"/"next"), the forced option, or the clause's tense. */
  private Choice direction(Draft d, Anchor anchor) {
    switch (d.pick) {
      case PREVIOUS -> {
        return new Choice(Direction.PAST, "past", "'" + pickWord(d) + "'");
      }
      case NEXT -> {
        return new Choice(Direction.FUTURE, "future", "'" + pickWord(d) + "'");
      }
      case THIS -> {
        return new Choice(Direction.NEAREST, "nearest", "'this'");
      }
      default -> { }
    }
    Direction forced = options.direction();
    if (forced != Direction.TENSE_AWARE) {
      return new Choice(forced, forced.name().toLowerCase(java.util.Locale.ROOT), "direction forced by the caller");
    }
    // A clock time lent a day ("at 10am on Friday") reads the tense where the day stands, so both
    // resolve to the same day.
    int first = d.dayFirst != Draft.NONE ? d.dayFirst : d.first;
    int end = d.dayFirst != Draft.NONE ? d.dayEnd : d.end;
    TenseDetector.Result r = tenses.tenseAround(first, end);
    return switch (r.tense()) {
      case PAST -> new Choice(Direction.PAST, "past", "clause in past tense ('" + r.cue() + "')",
          r.distance() <= CLOSE_CUE || tenses.firmPast(r.cue(), first, end));
      case FUTURE -> new Choice(Direction.FUTURE, "future", "clause in future tense ('" + r.cue() + "')");
      default -> anchor.kind == AnchorKind.EARLIER_EXPRESSION
          ? new Choice(Direction.FUTURE, "future", "no tense; a narrative moves forward")
          : newsDefault(d);
    };
  }

  /** The word that picked the occurrence: "last", "following" (not the article before it). */
  private String pickWord(Draft d) {
    return t.lower(t.is(d.first, "the") ? d.first + 1 : d.first);
  }

  /**
   * Without a tense clue, news means the past for weekdays (reports of what happened), this
   * year's month for a month, and the nearest date for a month and day.
   */
  private static Choice newsDefault(Draft d) {
    if (d.weekday != Draft.NONE && d.day == Draft.NONE) {
      return new Choice(Direction.PAST, "past", "no tense; news reports the past by default");
    }
    return new Choice(Direction.NEAREST, "nearest", "no tense; the occurrence nearest the publication date");
  }

  private static String relationWord(Choice c, Pick pick) {
    if (pick == Pick.THIS) {
      return "in the same week or year as";
    }
    return switch (c.dir) {
      case PAST -> pick == Pick.PREVIOUS ? "before" : "on or before";
      case FUTURE -> pick == Pick.NEXT ? "after" : "on or after";
      default -> "nearest to";
    };
  }

  private static LocalDate pickWeekday(LocalDate a, int weekday, Direction dir, Pick pick) {
    DayOfWeek dow = DayOfWeek.of(weekday);
    if (pick == Pick.THIS) {
      return a.with(DayOfWeek.MONDAY).plusDays(weekday - 1L);
    }
    LocalDate prev = pick == Pick.PREVIOUS ? a.with(TemporalAdjusters.previous(dow))
        : a.with(TemporalAdjusters.previousOrSame(dow));
    LocalDate next = pick == Pick.NEXT ? a.with(TemporalAdjusters.next(dow))
        : a.with(TemporalAdjusters.nextOrSame(dow));
    return switch (dir) {
      case PAST -> prev;
      case FUTURE -> next;
      default -> ChronoUnit.DAYS.between(prev, a) <= ChronoUnit.DAYS.between(a, next) ? prev : next;
    };
  }

  /** A month, month-day, day, season or holiday without a year: choose the year. */
  private CalendarPoint pickYear(Draft d, LocalDate a, Direction dir, Pick pick) {
    int ay = a.getYear();
    if (d.month == Draft.NONE && d.day != Draft.NONE && d.season == null && d.holidayRule == null) {
      // "the 14th": a day of the anchor's month or a neighbouring one.
      LocalDate[] cands = new LocalDate[3];
      for (int k = -1; k <= 1; k++) {
        LocalDate m = a.withDayOfMonth(1).plusMonths(k);
        cands[k + 1] = d.day <= m.lengthOfMonth() ? m.withDayOfMonth(d.day) : null;
      }
      LocalDate chosen = choose(cands, a, dir, pick);
      return chosen == null ? null : dayPoint(d, chosen);
    }
    LocalDate[] cands = new LocalDate[3];
    for (int k = -1; k <= 1; k++) {
      cands[k + 1] = startIn(d, ay + k);
    }
    LocalDate chosen;
    if (d.day == Draft.NONE && d.holidayRule == null) {
      // Months and seasons compare as whole periods: "in September" on 16 September is this one.
      LocalDate[] ends = new LocalDate[3];
      int months = d.season != null ? 3 : 1;
      for (int k = 0; k < 3; k++) {
        ends[k] = cands[k] == null ? null : cands[k].plusMonths(months).minusDays(1);
      }
      chosen = choosePeriod(cands, ends, a, dir, pick);
      if (chosen != null && d.season == null && d.month != Draft.NONE) {
        // "last February" said in March is not the month just gone (that is "last month") but the
        // February a year before; likewise "next April" said in March.
        LocalDate thisMonth = a.withDayOfMonth(1);
        if (pick == Pick.PREVIOUS && chosen.plusMonths(1).equals(thisMonth)) {
          chosen = chosen.minusYears(1);
        } else if (pick == Pick.NEXT && chosen.minusMonths(1).equals(thisMonth)) {
          chosen = chosen.plusYears(1);
        }
      }
    } else {
      chosen = choose(cands, a, dir, pick);
    }
    if (chosen == null) {
      return null;
    }
    if (d.season != null) {
      return new CalendarPoint(chosen, Granularity.SEASON, d.season, false, null, -1, -1, -1);
    }
    if (d.day == Draft.NONE && d.holidayRule == null) {
      return CalendarPoint.of(chosen, Granularity.MONTH);
    }
    return dayPoint(d, chosen);
  }

  private static LocalDate choose(LocalDate[] cands, LocalDate a, Direction dir, Pick pick) {
    LocalDate best = null;
    for (LocalDate c : cands) {
      if (c == null) {
        continue;
      }
      boolean ok = switch (dir) {
        case PAST -> pick == Pick.PREVIOUS ? c.isBefore(a) : !c.isAfter(a);
        case FUTURE -> pick == Pick.NEXT ? c.isAfter(a) : !c.isBefore(a);
        default -> true;
      };
      if (!ok) {
        continue;
      }
      if (best == null) {
        best = c;
      } else {
        long db = Math.abs(ChronoUnit.DAYS.between(a, best));
        long dc = Math.abs(ChronoUnit.DAYS.between(a, c));
        if (dc < db || dc == db && c.isBefore(best)) {
          best = c;
        }
      }
    }
    return best;
  }

  private static LocalDate choosePeriod(LocalDate[] starts, LocalDate[] ends, LocalDate a, Direction dir,
      Pick pick) {
    LocalDate best = null;
    long bestDist = Long.MAX_VALUE;
    for (int k = 0; k < starts.length; k++) {
      LocalDate s = starts[k];
      if (s == null) {
        continue;
      }
      LocalDate e = ends[k];
      boolean contains = !a.isBefore(s) && !a.isAfter(e);
      boolean ok = switch (dir) {
        case PAST -> pick == Pick.PREVIOUS ? e.isBefore(a) : !s.isAfter(a);
        case FUTURE -> pick == Pick.NEXT ? s.isAfter(a) : !e.isBefore(a);
        default -> true;
      };
      if (!ok) {
        continue;
      }
      long dist = contains ? 0 : Math.min(Math.abs(ChronoUnit.DAYS.between(a, s)),
          Math.abs(ChronoUnit.DAYS.between(a, e)));
      if (dist < bestDist) {
        best = s;
        bestDist = dist;
      }
    }
    return best;
  }

  /** The first day of what d names in year y (null if it does not exist, e.g. 29 February). */
  private static LocalDate startIn(Draft d, int y) {
    if (d.holidayRule != null) {
      return Holidays.date(d.holidayRule, y);
    }
    if (d.season != null) {
      return CalendarPoint.seasonStart(y, d.season);
    }
    int m = d.month;
    int day = d.day == Draft.NONE ? 1 : d.day;
    if (!MonthDay.of(m, 1).isValidYear(y) || day > java.time.YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, day);
  }

  private static LocalDate periodStart(Draft d, int y) {
    if (d.quarter != Draft.NONE) {
      return LocalDate.of(y, (d.quarter - 1) * 3 + 1, 1);
    }
    return LocalDate.of(y, d.half == 2 ? 7 : 1, 1);
  }

  // ---------------------------------------------------------------- absolute values

  /** A value whose year is known (given or chosen). */
  private CalendarPoint absolute(Draft d, int y) {
    if (d.century != Draft.NONE) {
      return CalendarPoint.of(LocalDate.of(d.century * 100, 1, 1), Granularity.CENTURY);
    }
    if (d.decade != Draft.NONE) {
      return CalendarPoint.of(LocalDate.of(d.decade * 10, 1, 1), Granularity.DECADE);
    }
    if (d.quarter != Draft.NONE || d.half != Draft.NONE) {
      return CalendarPoint.of(periodStart(d, y),
          d.quarter != Draft.NONE ? Granularity.QUARTER : Granularity.HALF_YEAR);
    }
    if (d.season != null) {
      return new CalendarPoint(CalendarPoint.seasonStart(y, d.season), Granularity.SEASON, d.season,
          false, null, -1, -1, -1);
    }
    if (d.holidayRule != null) {
      LocalDate h = Holidays.date(d.holidayRule, y);
      return h == null ? CalendarPoint.of(LocalDate.of(y, 1, 1), Granularity.YEAR) : dayPoint(d, h);
    }
    if (d.month == Draft.NONE) {
      return CalendarPoint.of(LocalDate.of(y, 1, 1), Granularity.YEAR);
    }
    if (d.day == Draft.NONE) {
      return CalendarPoint.of(LocalDate.of(y, d.month, 1), Granularity.MONTH);
    }
    LocalDate date = startIn(d, y);
    if (date == null) {
      return CalendarPoint.of(LocalDate.of(y, d.month, 1), Granularity.MONTH);
    }
    return dayPoint(d, date);
  }

  /** A day, refined by part of day or clock time when given. */
  private static CalendarPoint dayPoint(Draft d, LocalDate date) {
    if (d.hour != Draft.NONE) {
      boolean seconds = d.second != Draft.NONE;
      return new CalendarPoint(date, seconds ? Granularity.SECOND : Granularity.MINUTE, null, false,
          null, d.hour, d.minute == Draft.NONE ? 0 : d.minute, seconds ? d.second : -1);
    }
    if (d.partOfDay != null) {
      return new CalendarPoint(date, Granularity.PART_OF_DAY, null, false, d.partOfDay, -1, -1, -1);
    }
    return CalendarPoint.of(date, Granularity.DAY);
  }

  /** "the '80s", "'98": the century that puts the value closest before the anchor. */
  private Outcome withCentury(Draft d, Anchor anchor, String text) {
    int ay = anchor.point.date().getYear();
    int c = Math.floorDiv(ay, 100);
    if (d.decade != Draft.NONE) {
      int decadeYear = c * 100 + d.decade * 10;
      if (decadeYear > ay) {
        decadeYear -= 100;
      }
      CalendarPoint p = CalendarPoint.of(LocalDate.of(decadeYear, 1, 1), Granularity.DECADE);
      return new Outcome(p, "", anchoring(anchor, d, "past",
          text + ": the last such decade up to the " + anchor.name + " " + anchor.point.value()));
    }
    int y = c * 100 + d.year;
    if (y > ay + 10) {
      y -= 100;
    }
    CalendarPoint p = absolute(d, y);
    return new Outcome(p, "", anchoring(anchor, d, "",
        text + ": two-digit year in the century of the " + anchor.name + " " + anchor.point.value()));
  }

  /** The TIMEX3 value with X for what is unknown: "XXXX-WXX-7", "XXXX-09-14", "XXXX". */
  private static String underspecified(Draft d) {
    if (d.relative != Relative.NONE && d.unit != null) {
      String base = switch (d.unit.granularity) {
        case MILLENNIUM -> "X";
        case CENTURY -> "XX";
        case DECADE -> "XXX";
        case YEAR -> "XXXX";
        case HALF_YEAR -> "XXXX-HX";
        case QUARTER -> "XXXX-QX";
        case MONTH -> "XXXX-XX";
        case WEEK -> d.weekend ? "XXXX-WXX-WE" : "XXXX-WXX";
        default -> "XXXX-XX-XX";
      };
      if (d.quarter != Draft.NONE) {
        base = "XXXX-Q" + d.quarter;
      }
      return base + (d.partOfDay != null ? "T" + d.partOfDay : "");
    }
    String year = d.year != Draft.NONE ? (d.needsCentury ? "XX" + ZeroPad.of(d.year, 2)
        : ZeroPad.of(d.year, 4)) : "XXXX";
    if (d.decade != Draft.NONE) {
      return "XX" + d.decade;
    }
    String time = d.hour != Draft.NONE ? "T" + ZeroPad.of(d.hour, 2) + ":"
        + ZeroPad.of(Math.max(d.minute, 0), 2)
        : d.partOfDay != null ? "T" + d.partOfDay : "";
    if (d.weekday != Draft.NONE && d.day == Draft.NONE) {
      return "XXXX-WXX-" + d.weekday + time;
    }
    if (d.quarter != Draft.NONE) {
      return year + "-Q" + d.quarter;
    }
    if (d.half != Draft.NONE) {
      return year + "-H" + d.half;
    }
    if (d.season != null) {
      return year + "-" + d.season;
    }
    if (d.holidayRule != null) {
      return d.holidayRule.startsWith("FIXED") ? year + "-" + d.holidayRule.substring(6) : year + "-XX-XX";
    }
    if (d.month != Draft.NONE) {
      return year + "-" + ZeroPad.of(d.month, 2)
          + (d.day != Draft.NONE ? "-" + ZeroPad.of(d.day, 2) : "") + time;
    }
    if (d.day != Draft.NONE) {
      return year + "-XX-" + ZeroPad.of(d.day, 2) + time;
    }
    return "XXXX-XX-XX" + time;
  }
}
