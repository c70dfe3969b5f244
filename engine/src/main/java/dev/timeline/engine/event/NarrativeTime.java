package dev.timeline.engine.event;

import dev.timeline.engine.AnchoringMode;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.temporal.Granularity;
import dev.timeline.engine.temporal.TimexType;
import dev.timeline.engine.text.Token;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The time a story is at when a clause names none, carried from earlier sentences to events that
 * found no anchor of their own. What carries, and to which events, follows the TimeBank links
 * from events to expressions of other sentences.
 *
 * <p>A news story moves back and forth, so only these carry, each to the past-tense verbs of main
 * clauses that follow it in its paragraph:
 *
 * <ul>
 *   <li>a <b>scene</b>: an expression that opens its sentence, before any main verb ("In the last
 *       twenty four hours, the market has fallen. The currency has lost ..."; "Earlier this
 *       month, ..."); a stretch of time ("the last 24 hours", "recent weeks") also takes the
 *       present perfects ("has lost");
 *   <li>a <b>reporting period</b>: a quarter, a half-year or a stretch of months named anywhere
 *       ("Ticket revenue for the third quarter declined ... Catering revenue rose 9%");
 *   <li>the <b>news day</b>: a day-precise date that dated the sentence ("Russia changed its tune
 *       on Monday. Ilya Rogachev ... said");
 *   <li>the <b>present</b> ("now", "currently", or the publication day: "today"), to
 *       present-tense verbs instead ("volunteers are now in the valley. The region boasts a
 *       rescue corps ...").
 * </ul>
 *
 * The <b>story day</b>, the day a reporting verb was dated in the story's first paragraphs ("a
 * neighbour of the suspect said Friday"), holds for later past-tense reporting verbs across
 * paragraphs ("Ms. Lund said"):
 * a story is told on its day; before any reporting verb is dated, the first day near publication
 * that dated an event of the paragraph ("the assembly voted Friday") serves them when nothing
 * else carries (so does a scene of a year or coarser, which dates no telling: "Last year, the
 * council named a hall after her. She stayed away, her son said"; and the day of the times of
 * day that closed the paragraph before: "gathered at dawn. [break] 'A long night,' she said").
 * A carry-over stops at a paragraph break (except a news day of calendar-day
 * precision, which holds over the short paragraphs of a wire story) and when a
 * sentence names a date that is none of these (a year in passing ends the news day). Events whose own clause
 * names a time (a date inside quotation marks times only the quoted words), negated ones, past
 * perfects (before the story's time: "Iraq had argued") and quoted speech in the past (the
 * speaker's own past) take none; quoted speech in the present holds at the story's present
 * ("I am shocked," read out in a statement today).
 *
 * <p>A narrative (history, biography) moves forward: the last date named holds for past-tense
 * verbs until the next.
 */
final class NarrativeTime {
  private final AnchoringMode mode;
  /** The scene, reporting period or news day: for past-tense verbs. */
  private SentenceTimex past;
  private SentenceTimex present;
  private SentenceTimex storyDay;
  /**
   * The paragraphs that can set the story day: a story gives its day at the top ("police said
   * Friday"); a telling dated further down ("she told reporters on Monday") is that speaker's
   * own, background to the story, and dates only its own sentence, unless it falls on the story
   * day ("late Thursday" after "said on Thursday").
   */
  private static final int LEAD_PARAGRAPHS = 3;
  /** Paragraphs begun before the current one. */
  private int paragraph;
  /** The first day near publication that dated an event of the paragraph. */
  private SentenceTimex newsDay;
  /** The news day the story was on when the paragraph began. */
  private SentenceTimex paragraphDay;
  /**
   * The day of the times of day that closed the last paragraph ("at dawn" after "on
   * Thursday"): for its undated reporting verbs only, like the paragraph's news day.
   */
  private SentenceTimex timesDay;
  /** Of the current sentence: its clauses that name a time, and its quoted tokens. */
  private final Set<Integer> clausesWithTime = new HashSet<>();
  private boolean[] quoted = new boolean[0];
  private List<Token> tokens = List.of();

  private final Optional<PublicationDate> published;

  NarrativeTime(AnchoringMode mode, Optional<PublicationDate> published) {
    this.mode = mode;
    this.published = published;
  }

  /**
   * A paragraph break ends a news story's scene, period and present; its news day (a calendar
   * day) and its story day hold: a wire story is told on its day, often a paragraph a sentence.
   * A day before the one the paragraph began on is a flashback ("lifted off on Thursday. ... A
   * first attempt on Monday was called off."): the next paragraph is back on the story's day.
   */
  void paragraphBreak() {
    if (mode == AnchoringMode.NEWS) {
      // A time of the paragraph's own day ("gathered at dawn") ends with its paragraph, but a
      // later telling is still on that day.
      timesDay = timeOfDay(past, paragraphDay) ? paragraphDay : null;
      past = !recentNewsDay(past) ? null : before(past, paragraphDay) ? paragraphDay : past;
      paragraphDay = past;
      present = null;
    }
    newsDay = null;
    paragraph++;
  }

  /** Before each sentence is anchored: where it names times outside quotation marks. */
  void before(List<Token> tokens, List<Clause> clauses, List<SentenceTimex> timexes,
      boolean[] quoted) {
    this.tokens = tokens;
    this.quoted = quoted;
    clausesWithTime.clear();
    for (SentenceTimex x : timexes) {
      // A date inside quotation marks times the quoted words, not the verb that reports them.
      boolean inQuote = x.first() >= 0 && x.first() < quoted.length && quoted[x.first()];
      if (x.expression().type() != TimexType.SET && !comparedWith(x) && !inQuote) {
        clausesWithTime.add(Triggers.clauseOf(clauses, x.first()));
      }
    }
  }

  /** The time carried over to an event of the current sentence that found none of its own. */
  Optional<SentenceTimex> anchorFor(Trigger t, Clause clause) {
    if (!t.verbal()) {
      return Optional.empty();
    }
    if (mode == AnchoringMode.NARRATIVE) {
      return t.tense() == Tense.PAST ? Optional.ofNullable(past) : Optional.empty();
    }
    VerbGroup g = t.group();
    boolean attribution = postposedAttribution(t);
    if (!attribution && (!clause.marker().isEmpty() || clausesWithTime.contains(t.clause()))
        || g.negated()) {
      return Optional.empty();
    }
    if (t.token() < quoted.length && quoted[t.token()]) {
      return t.tense() == Tense.PRESENT && g.aspect() == Aspect.NONE
          ? Optional.ofNullable(present) : Optional.empty();
    }
    boolean perfect = g.aspect() == Aspect.PERFECTIVE
        || g.aspect() == Aspect.PERFECTIVE_PROGRESSIVE;
    return switch (t.tense()) {
      case PAST -> perfect ? Optional.empty()
          : t.eventClass() == EventClass.REPORTING && storyDay != null ? Optional.of(storyDay)
          : t.eventClass() == EventClass.REPORTING && (past == null || past.yearOrCoarser())
              ? Optional.ofNullable(newsDay != null ? newsDay : timesDay)
          : Optional.ofNullable(past);
      case PRESENT -> !perfect ? Optional.ofNullable(present)
          : past != null && isStretch(past) ? Optional.of(past) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /**
   * ", the officials said." closing its sentence: the reporting verb attributes the whole
   * sentence, so the dates there are the report's content, not the time of telling, and the
   * story day still holds for it. A comma before it with no verb between, and no verb after.
   */
  private boolean postposedAttribution(Trigger t) {
    if (t.eventClass() != EventClass.REPORTING || t.group().first() >= tokens.size()) {
      return false;
    }
    int k = t.group().first() - 1;
    while (k >= 0 && k >= t.group().first() - 6 && !tokens.get(k).pos().equals(",")) {
      if (tokens.get(k).isVerb() || tokens.get(k).pos().equals("MD")) {
        return false;
      }
      k--;
    }
    if (k < 0 || !tokens.get(k).pos().equals(",")) {
      return false;
    }
    for (int j = t.group().head() + 1; j < tokens.size(); j++) {
      if (tokens.get(j).isVerb()) {
        return false;
      }
    }
    return true;
  }

  /** After a sentence: what it dated, or the time it set, becomes the narrative time. */
  void after(List<Trigger> triggers, List<Clause> clauses, List<SentenceTimex> timexes,
      Anchor[] anchors) {
    SentenceTimex last = null;
    for (int i = 0; i < anchors.length; i++) {
      Anchor a = anchors[i];
      if (a == null || a.confidence() <= TimeAnchoring.NARRATIVE || !a.timex().anchors()) {
        continue;
      }
      if (last == null || a.timex().first() > last.first()) {
        last = a.timex();
      }
      // A clock time dates one telling ("told reporters at 9 a.m."), not the day's later ones.
      // Only a day that dates the telling itself: "according to results published on
      // Tuesday" dates the results, not the reporter's sources. And only in the story's top,
      // or on its day ("said on Thursday ... told analysts late Thursday").
      if (isNewsDay(a.timex()) && triggers.get(i).eventClass() == EventClass.REPORTING
          && a.confidence() >= TimeAnchoring.FRONTED
          && (paragraph < LEAD_PARAGRAPHS || sameDay(storyDay, a.timex()))) {
        storyDay = a.timex();
      }
      if (newsDay == null && recentNewsDay(a.timex())) {
        newsDay = a.timex();
      }
    }
    if (mode == AnchoringMode.NARRATIVE) {
      for (SentenceTimex x : timexes) {
        if (x.anchors() && (last == null || x.first() > last.first())) {
          last = x;
        }
      }
      past = last != null ? last : past;
      return;
    }
    for (SentenceTimex x : timexes) {
      if (x.modifiesEvent() && (x.expression().value().equals("PRESENT_REF")
          || isPublicationDay(x))) {
        present = x;
      }
    }
    SentenceTimex set = scene(triggers, clauses, timexes);
    if (set == null) {
      set = reportingPeriod(timexes);
    }
    if (set != null) {
      past = set;
    } else if (last != null || datesAnything(timexes)) {
      // A sentence that dates nothing of its own keeps the story on its day.
      past = last != null && last.dayOrFiner() ? last : untriggeredNewsDay(timexes);
    }
  }

  /**
   * A day near publication that a sentence names but dated none of its events by (a clause with
   * no event of its own: "the stock was down 25 cents in trading yesterday"): still the day the
   * story is on.
   */
  private SentenceTimex untriggeredNewsDay(List<SentenceTimex> timexes) {
    for (SentenceTimex x : timexes) {
      if (recentNewsDay(x)) {
        return x;
      }
    }
    return null;
  }

  /** A date or a stretch of time before every main verb of its sentence. */
  private static SentenceTimex scene(List<Trigger> triggers, List<Clause> clauses,
      List<SentenceTimex> timexes) {
    int firstVerb = Integer.MAX_VALUE;
    for (Trigger t : triggers) {
      if (t.verbal() && clauses.get(t.clause()).marker().isEmpty()) {
        firstVerb = Math.min(firstVerb, t.group().first());
      }
    }
    for (SentenceTimex x : timexes) {
      // "The strike, the first since June 2024, will halt ...": a "since" date is where a
      // stretch up to now begins, no scene for the sentences after it.
      if (x.last() < firstVerb && (x.anchors() || (x.weakAnchor() && x.stretch()))
          && !x.preposition().equals("since")) {
        return x;
      }
    }
    return null;
  }

  /**
   * A quarter, a half-year or a stretch of months the sentence reports on, whether it dates the
   * verb, a noun ("third-quarter net income") or an amount ("net income for the quarter").
   */
  private static SentenceTimex reportingPeriod(List<SentenceTimex> timexes) {
    for (SentenceTimex x : timexes) {
      if (comparedWith(x)) {
        continue;
      }
      boolean period = x.expression().granularity()
          .map(g -> g == Granularity.QUARTER || g == Granularity.HALF_YEAR)
          .orElse(false);
      if (period || (x.stretch() && isMonths(x))) {
        return x;
      }
    }
    return null;
  }

  /**
   * The time of an amount the event is compared with ("from $260 million a year earlier"), not
   * the event's own.
   */
  private static boolean comparedWith(SentenceTimex x) {
    return !(x.modifiesEvent() || x.premodifier() || x.periodOfNoun());
  }

  /** A calendar day: the day a news story is told, which outlasts its paragraph. */
  /** Days from publication within which a dated day is the story's own, not its background. */
  private static final int NEWS_DAYS = 7;

  /**
   * A day within a week of publication: the day of the news. An older one ("the jury found him
   * guilty on July 22" in October) is background and ends with its paragraph.
   */
  private boolean nearPublication(SentenceTimex x) {
    Optional<LocalDate> day = firstDay(x);
    if (published.isEmpty() || day.isEmpty()) {
      return true;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(published.get().date(), day.get()));
    return days <= NEWS_DAYS;
  }

  /** A day of calendar precision within a week of publication: the day of the news. */
  private boolean recentNewsDay(SentenceTimex x) {
    return isNewsDay(x) && nearPublication(x);
  }

  /** The publication day itself ("today"), which is the present of the story as "now" is. */
  private boolean isPublicationDay(SentenceTimex x) {
    return isNewsDay(x) && published.isPresent()
        && firstDay(x).equals(Optional.of(published.get().date()));
  }

  /** A time finer than a day that falls on the given day ("at dawn" on "Thursday"). */
  private static boolean timeOfDay(SentenceTimex x, SentenceTimex day) {
    return x != null && day != null && x.dayOrFiner() && !isNewsDay(x) && sameDay(x, day);
  }

  /** Whether a's first day falls before b's. */
  private static boolean before(SentenceTimex a, SentenceTimex b) {
    return a != null && b != null && firstDay(a).isPresent() && firstDay(b).isPresent()
        && firstDay(a).get().isBefore(firstDay(b).get());
  }

  private static boolean sameDay(SentenceTimex a, SentenceTimex b) {
    return a != null && firstDay(a).isPresent() && firstDay(a).equals(firstDay(b));
  }

  /** The day the expression's interval begins on, if it has one. */
  private static Optional<LocalDate> firstDay(SentenceTimex x) {
    return x.expression().interval().map(i -> i.begin().toLocalDate());
  }

  private static boolean isNewsDay(SentenceTimex x) {
    return x != null && x.anchors()
        && x.expression().granularity().map(g -> g == Granularity.DAY).orElse(false);
  }

  /** A length in whole months ("the nine months": P9M). */
  private static boolean isMonths(SentenceTimex x) {
    String v = x.expression().value();
    if (x.expression().type() != TimexType.DURATION || v.length() < 3 || !v.startsWith("P")
        || !v.endsWith("M") || v.contains("T")) {
      return false;
    }
    for (int i = 1; i < v.length() - 1; i++) {
      if (!Character.isDigit(v.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A stretch of time with no calendar place ("the last 24 hours", "recent weeks"). */
  private static boolean isStretch(SentenceTimex x) {
    return x.expression().interval().isEmpty() && x.weakAnchor();
  }

  private static boolean datesAnything(List<SentenceTimex> timexes) {
    for (SentenceTimex x : timexes) {
      if (x.anchors()) {
        return true;
      }
    }
    return false;
  }
}
