package dev.timeline.engine.timeline;

import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.Span;
import dev.timeline.engine.event.Aspect;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.event.Factuality;
import dev.timeline.engine.event.TemporalRelation;
import dev.timeline.engine.event.Tense;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimeInterval;
import dev.timeline.engine.temporal.TimexModifier;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.Token;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Orders events into a timeline. Mentions of one event are merged ({@link MentionGroups}). Dated
 * entries come first, by interval (ties keep text order; an event before or after its date sorts
 * before or after the events on it); then the entries only known relative to the publication
 * date: before it, at it, after it, each in text order. Hypothetical and negated events stay off
 * unless asked for; so are undated events below clause level (event nouns, participles,
 * infinitives, imperatives) and events with neither a date nor a relation to the publication
 * date: the events list keeps them all.
 */
public final class ChronologicalTimelineBuilder implements TimelineBuilder {
  @Override
  public Timeline build(
      AnalyzedText text,
      List<TemporalExpression> expressions,
      List<EventMention> events,
      Optional<PublicationDate> published,
      ExtractionOptions options) {
    List<EventMention> kept = events.stream()
        .filter(e -> options.includeNonFactual() || factual(e.factuality()))
        .toList();
    List<Token> tokens = text.tokens();
    List<Draft> dated = new ArrayList<>();
    List<Draft> relative = new ArrayList<>();
    int order = 0;
    Map<Integer, List<EventMention>> unreal = new java.util.HashMap<>();
    for (EventMention e : events) {
      if (!factual(e.factuality())) {
        unreal.computeIfAbsent(e.sentenceIndex(), k -> new ArrayList<>()).add(e);
      }
    }
    for (List<Integer> group : MentionGroups.of(text, tokens, kept, expressions)) {
      List<EventMention> members = group.stream().map(kept::get).toList();
      EventMention main = mainOf(members, tokens);
      // A noun the verb tells of shares the verb's borrowed date: it may not date the entry either.
      int borrowed = borrowedPastDate(main, expressions, published)
          ? main.anchorExpressionIndex() : -2;
      EventMention dating = members.stream()
          .filter(m -> m.anchored() && m.anchorExpressionIndex() != borrowed
              && !borrowedPastDate(m, expressions, published))
          .max(Comparator.comparingDouble(EventMention::confidence))
          .orElse(main);
      List<String> ids = new ArrayList<>();
      ids.add(main.id());
      members.stream().filter(m -> m != main).forEach(m -> ids.add(m.id()));
      Draft d = new Draft(order++, ids, main, dating, headline(main,
          unreal.getOrDefault(main.sentenceIndex(), List.of()), tokens));
      if (dating.anchored() && !borrowedPastDate(dating, expressions, published)
          && expressions.get(dating.anchorExpressionIndex()).interval().isPresent()) {
        if (!bareWord(main, d.headline)) {
          dated.add(d);
        }
      } else if (clauseLevel(main)
          && (dating.publicationRelation().isPresent() || main.publicationRelation().isPresent())) {
        relative.add(d);
      }
    }
    // Sort keys computed once per entry, not twice per comparison.
    Map<Draft, TimeInterval> intervals = new IdentityHashMap<>();
    Map<Draft, LocalDateTime> begins = new IdentityHashMap<>();
    for (Draft d : dated) {
      intervals.put(d, interval(d, expressions));
      begins.put(d, sortBegin(d, expressions));
    }
    dated.sort(Comparator.comparing((Draft d) -> begins.get(d))
        .thenComparing(d -> intervals.get(d).end())
        .thenComparingInt(d -> d.order));
    relative.sort(Comparator.comparingInt((Draft d) -> publicationRank(d))
        .thenComparingInt(d -> d.order));
    List<TimelineEntry> entries = new ArrayList<>();
    for (Draft d : dated) {
      entries.add(datedEntry(entries.size(), d, text, expressions));
    }
    for (Draft d : relative) {
      entries.add(relativeEntry(entries.size(), d, text));
    }
    return new Timeline(entries, published);
  }

  /**
   * Anchors at or above this confidence are the event's own expression or a fronted one (the
   * event stage's FRONTED confidence, which this package cannot see).
   */
  private static final double OWN_OR_FRONTED = 0.85;

  /**
   * English puts no finished past time on a present perfect ("*has coached in 2019"): one that
   * took its date from a neighbouring clause ("handed them over in 2019 and has coached only the
   * sprinters since") is placed relative to publication instead. The events list keeps the link.
   */
  private static boolean borrowedPastDate(EventMention m, List<TemporalExpression> expressions,
      Optional<PublicationDate> published) {
    if (!m.anchored() || m.tense() != Tense.PRESENT || m.aspect() != Aspect.PERFECTIVE
        || m.confidence() >= OWN_OR_FRONTED || published.isEmpty()
        || m.anchorRelation().orElse(TemporalRelation.ON) != TemporalRelation.ON) {
      return false;
    }
    return expressions.get(m.anchorExpressionIndex()).interval()
        .map(iv -> !iv.end().isAfter(published.get().date().atStartOfDay()))
        .orElse(false);
  }

  /**
   * A finite verb or a predicative state says something happened on its own; an undated event
   * noun, participle, infinitive or imperative ("the airstrikes", "adding", "let us know") only
   * elaborates its clause, so it is no timeline entry by itself (the events list keeps it).
   */
  private static boolean clauseLevel(EventMention m) {
    return m.tense() != Tense.NONE || !m.modality().isEmpty();
  }

  /**
   * A noun, participle or infinitive whose headline is one word ("Sales", "Results") tells a
   * reader nothing without its sentence: the events list keeps it, the timeline does not.
   */
  private static boolean bareWord(EventMention m, String headline) {
    return !clauseLevel(m) && headline.indexOf(' ') < 0;
  }

  private static boolean factual(Factuality f) {
    return f == Factuality.ASSERTED || f == Factuality.REPORTED;
  }

  /** A verb tells more than the noun it carries: "the civil war began" over "the civil war". */
  private static EventMention mainOf(List<EventMention> members, List<Token> tokens) {
    for (EventMention m : members) {
      if (!MentionGroups.isNoun(tokens, m)) {
        return m;
      }
    }
    return members.get(0);
  }

  /**
   * An event noun whose clause is left off as unreal ("new storms could arrive by Wednesday
   * night") is read in that clause's words: the noun alone says only "New storms".
   */
  private static String headline(EventMention main, List<EventMention> unreal,
      List<Token> tokens) {
    if (!MentionGroups.isNoun(tokens, main) || !main.anchored()) {
      return main.headline();
    }
    for (EventMention m : unreal) {
      if (!MentionGroups.isNoun(tokens, m) && MentionGroups.tellsOf(m, main)
          && m.headline().length() > main.headline().length()) {
        return m.headline();
      }
    }
    return main.headline();
  }

  private record Draft(int order, List<String> ids, EventMention main, EventMention dating,
      String headline) {}

  private static TimeInterval interval(Draft d, List<TemporalExpression> expressions) {
    return expressions.get(d.dating.anchorExpressionIndex()).interval().orElseThrow();
  }

  /** Events before their date sort at its start, after it at its end. */
  private static LocalDateTime sortBegin(Draft d, List<TemporalExpression> expressions) {
    TimeInterval iv = interval(d, expressions);
    TemporalRelation r = d.dating.anchorRelation().orElse(TemporalRelation.ON);
    if (r == TemporalRelation.AFTER || r == TemporalRelation.ENDS) {
      return iv.end();
    }
    if (r == TemporalRelation.BEFORE) {
      return iv.begin().minusNanos(1);
    }
    return iv.begin();
  }

  private static int publicationRank(Draft d) {
    TemporalRelation r = relationToPublication(d);
    return switch (r) {
      case BEFORE -> 0;
      case AFTER -> 2;
      default -> 1;
    };
  }

  private static TemporalRelation relationToPublication(Draft d) {
    return d.dating.publicationRelation()
        .or(() -> d.main.publicationRelation())
        .orElse(TemporalRelation.OVERLAP);
  }

  private static TimelineEntry datedEntry(int position, Draft d, AnalyzedText text,
      List<TemporalExpression> expressions) {
    TemporalExpression x = expressions.get(d.dating.anchorExpressionIndex());
    EventMention main = d.main;
    Optional<TemporalExpression> end = rangeEnd(d.dating, x, expressions);
    Optional<TimeInterval> interval = end.isPresent()
        ? Optional.of(new TimeInterval(x.interval().get().begin(),
            end.get().interval().get().end()))
        : x.interval();
    String display = end.isPresent()
        ? DisplayDates.range(x, end.get())
        : DisplayDates.of(x, d.dating.anchorRelation(), deadline(text.text(), x.span()),
            relationToPublication(d) == TemporalRelation.AFTER);
    return new TimelineEntry(
        position,
        d.ids,
        d.headline,
        sentenceSpan(text, main),
        main.trigger(),
        Optional.of(x.span()),
        x.value(),
        x.granularity(),
        x.modifier(),
        interval,
        display,
        d.dating.anchorRelation(),
        d.dating.publicationRelation().or(main::publicationRelation),
        main.eventClass(),
        main.factuality());
  }


  /**
   * The end of a range the event fills from its date ("paid between 2014 and 2022"): a further
   * anchor the event ends with, later than its date. The entry then spans both.
   */
  private static Optional<TemporalExpression> rangeEnd(EventMention m, TemporalExpression from,
      List<TemporalExpression> expressions) {
    if (m.anchorRelation().orElse(TemporalRelation.ON) != TemporalRelation.BEGINS
        || from.interval().isEmpty()) {
      return Optional.empty();
    }
    for (var a : m.additionalAnchors()) {
      if (a.relation() != TemporalRelation.ENDS || a.expressionIndex() < 0
          || a.expressionIndex() >= expressions.size()) {
        continue;
      }
      TemporalExpression to = expressions.get(a.expressionIndex());
      if (to.interval().isPresent()
          && to.interval().get().end().isAfter(from.interval().get().end())) {
        return Optional.of(to);
      }
    }
    return Optional.empty();
  }

  private static TimelineEntry relativeEntry(int position, Draft d, AnalyzedText text) {
    EventMention main = d.main;
    TemporalRelation pub = relationToPublication(d);
    return new TimelineEntry(
        position,
        d.ids,
        d.headline,
        sentenceSpan(text, main),
        main.trigger(),
        Optional.empty(),
        "",
        Optional.empty(),
        TimexModifier.NONE,
        Optional.empty(),
        DisplayDates.relativeToPublication(pub),
        Optional.empty(),
        Optional.of(pub),
        main.eventClass(),
        main.factuality());
  }

  /** The expression follows "by" ("by Dec. 15"). */
  private static boolean deadline(String text, Span expression) {
    int end = expression.begin();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end >= 2 && text.regionMatches(true, end - 2, "by", 0, 2)
        && (end == 2 || !Character.isLetter(text.charAt(end - 3)));
  }

  private static Span sentenceSpan(AnalyzedText text, EventMention m) {
    if (text.sentences().isEmpty()) {
      return m.trigger();
    }
    return MentionGroups.sentenceOf(text, m).span();
  }
}
