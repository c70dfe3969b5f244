package dev.timeline.engine.temporal;

import dev.timeline.engine.AnchoringMode;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A refiner for news: a time of day with no day of its own ("left its pad at 6:40 a.m.", "gathered
 * at dawn", "worked overnight") in a story whose lede dated its event to a recent past day ("lifted
 * off on Thursday") happened on that day, not on the publication day. The story's day is the first
 * day-precise date of the text, when it lies one to seven days before publication. Only a time told
 * in the past moves: one in a sentence with a date of its own, or in a present or future clause
 * ("the shop opens at 9 a.m."), keeps its value.
 */
final class StoryDayTimes {
  private static final int MAX_DAYS_BACK = 7;

  private StoryDayTimes() {}

  static void apply(TokenSequence t, List<Draft> drafts, List<TemporalExpression> out,
      Optional<PublicationDate> published, ExtractionOptions options) {
    if (published.isEmpty() || options.mode() != AnchoringMode.NEWS) {
      return;
    }
    LocalDate pub = published.get().date();
    int story = storyDay(out, pub);
    if (story < 0) {
      return;
    }
    LocalDate day = LocalDate.parse(out.get(story).value());
    long shift = ChronoUnit.DAYS.between(pub, day);
    TenseDetector tenses = new TenseDetector(t);
    for (int k = story + 1; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      TemporalExpression x = out.get(k);
      if (!dayless(d) || x.anchoring().kind() != AnchorKind.PUBLICATION_DATE
          || x.value().length() < 10 || dateInSentence(t, drafts, out, k)
          || tenses.tenseAround(d.first, d.end).tense() != TenseDetector.Tense.PAST) {
        continue;
      }
      LocalDate own;
      try {
        own = LocalDate.parse(x.value().substring(0, 10));
      } catch (DateTimeParseException e) {
        continue;
      }
      LocalDate moved = own.plusDays(shift);
      String why = x.text() + ": a time of the story's day '" + out.get(story).text() + "'";
      Anchoring a = new Anchoring(AnchorKind.EARLIER_EXPRESSION, day.toString(), story, d.rule,
          x.anchoring().direction(), why);
      Optional<TimeInterval> iv = x.interval().map(i -> new TimeInterval(i.begin().plusDays(shift),
          i.end().plusDays(shift)));
      String value = moved + x.value().substring(10);
      out.set(k, new TemporalExpression(x.span(), x.text(), x.type(), value, x.modifier(),
          x.granularity(), iv, a, x.frequency(), x.quantity()));
    }
  }

  /** The index of the first day-precise date, when it lies 1-7 days before publication; or -1. */
  private static int storyDay(List<TemporalExpression> out, LocalDate pub) {
    for (int k = 0; k < out.size(); k++) {
      TemporalExpression x = out.get(k);
      if (x.type() != TimexType.DATE || x.granularity().orElse(null) != Granularity.DAY
          || x.modifier() != TimexModifier.NONE) {
        continue;
      }
      LocalDate day;
      try {
        day = LocalDate.parse(x.value());
      } catch (DateTimeParseException e) {
        return -1;
      }
      long back = ChronoUnit.DAYS.between(day, pub);
      return back >= 1 && back <= MAX_DAYS_BACK ? k : -1;
    }
    return -1;
  }

  /** A clock time or part of day with no day of its own, or "overnight" said alone. */
  private static boolean dayless(Draft d) {
    if (d.rule.equals("overnight")) {
      return true;
    }
    return (d.kind == Draft.Kind.TIME || d.hour != Draft.NONE || d.partOfDay != null)
        && d.noDayOfItsOwn() && d.recurrence == null;
  }

  /** Whether another date, or a time with its own day, shares the sentence of expression k. */
  private static boolean dateInSentence(TokenSequence t, List<Draft> drafts,
      List<TemporalExpression> out, int k) {
    Draft own = drafts.get(k);
    for (int j = k - 1; j >= 0 && !sentenceBetween(t, drafts.get(j).end, own.first); j--) {
      if (dated(drafts.get(j), out.get(j))) {
        return true;
      }
    }
    for (int j = k + 1; j < drafts.size() && !sentenceBetween(t, own.end, drafts.get(j).first);
        j++) {
      if (dated(drafts.get(j), out.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** A date or a time with a day of its own. */
  private static boolean dated(Draft d, TemporalExpression x) {
    return (x.type() == TimexType.DATE || x.type() == TimexType.TIME) && !dayless(d);
  }

  private static boolean sentenceBetween(TokenSequence t, int from, int to) {
    for (int i = from; i < to; i++) {
      boolean initial = t.is(i, ".") && i > 0 && t.touches(i - 1) && t.lower(i - 1).length() <= 2;
      if (t.endsSentence(i) && !initial) {
        return true;
      }
    }
    return false;
  }
}
