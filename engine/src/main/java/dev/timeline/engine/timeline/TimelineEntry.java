package dev.timeline.engine.timeline;

import dev.timeline.engine.Span;
import dev.timeline.engine.event.EventClass;
import dev.timeline.engine.event.Factuality;
import dev.timeline.engine.event.TemporalRelation;
import dev.timeline.engine.temporal.Granularity;
import dev.timeline.engine.temporal.TimeInterval;
import dev.timeline.engine.temporal.TimexModifier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event on a timeline.
 *
 * @param eventIds the mentions merged into this entry, main one first
 * @param sentence span of the sentence of the main mention
 * @param trigger span of the main mention's trigger
 * @param expression span of the temporal expression that dates the entry, if any
 * @param value TIMEX3 value at its true precision, or "" when undated
 * @param displayDate the date as a reader writes it ("early September 2014", "before
 *     publication")
 * @param relation relation of the event to its date, empty when undated
 * @param publicationRelation relation of the event to the publication date, empty when unknown
 */
public record TimelineEntry(
    int position,
    List<String> eventIds,
    String headline,
    Span sentence,
    Span trigger,
    Optional<Span> expression,
    String value,
    Optional<Granularity> granularity,
    TimexModifier modifier,
    Optional<TimeInterval> interval,
    String displayDate,
    Optional<TemporalRelation> relation,
    Optional<TemporalRelation> publicationRelation,
    EventClass eventClass,
    Factuality factuality) {
  public TimelineEntry {
    eventIds = List.copyOf(eventIds);
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(modifier, "modifier");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(displayDate, "displayDate");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(publicationRelation, "publicationRelation");
    Objects.requireNonNull(eventClass, "eventClass");
    Objects.requireNonNull(factuality, "factuality");
  }

  /** True when the entry has a calendar date. */
  public boolean dated() {
    return interval.isPresent();
  }
}
