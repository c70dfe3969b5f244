package dev.timeline.server;

import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.Span;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.Sentence;
import dev.timeline.proto.v1.AnchorKind;
import dev.timeline.proto.v1.Anchoring;
import dev.timeline.proto.v1.Aspect;
import dev.timeline.proto.v1.Event;
import dev.timeline.proto.v1.EventClass;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.Factuality;
import dev.timeline.proto.v1.Granularity;
import dev.timeline.proto.v1.TemporalRelation;
import dev.timeline.proto.v1.Tense;
import dev.timeline.proto.v1.TextSpan;
import dev.timeline.proto.v1.TimeInterval;
import dev.timeline.proto.v1.Timeline;
import dev.timeline.proto.v1.TimelineEntry;
import dev.timeline.proto.v1.TimexModifier;
import dev.timeline.proto.v1.TimexType;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Maps the engine's result onto the v1 contract. The engine knows nothing of protobuf; this is
 * the one place the two meet.
 *
 * <p>Engine enums map to proto enums by name with the proto's prefix ({@code START} →
 * {@code TIMEX_MODIFIER_START}); an absent value maps to the proto's {@code *_UNSPECIFIED}.
 */
public final class ResponseMapper {
  // Always with seconds, as the contract shows (LocalDateTime.toString drops ":00").
  private static final DateTimeFormatter LOCAL_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  public ExtractTimelineResponse toResponse(ExtractionResult result) {
    String text = result.analyzed().text();
    ExtractTimelineResponse.Builder response =
        ExtractTimelineResponse.newBuilder().setDocumentId(result.documentId());
    for (Sentence sentence : result.analyzed().sentences()) {
      response.addSentences(
          dev.timeline.proto.v1.Sentence.newBuilder()
              .setIndex(sentence.index())
              .setSpan(span(sentence.span(), text)));
    }
    for (TemporalExpression expression : result.expressions()) {
      response.addTemporalExpressions(expression(expression, result, text));
    }
    for (EventMention event : result.events()) {
      response.addEvents(event(event, text));
    }
    response.setTimeline(timeline(result.timeline(), text));
    return response.build();
  }

  private static dev.timeline.proto.v1.TemporalExpression expression(
      TemporalExpression e, ExtractionResult result, String text) {
    var a = e.anchoring();
    var out =
        dev.timeline.proto.v1.TemporalExpression.newBuilder()
            .setSpan(span(e.span(), text))
            .setType(enumOf(TimexType.class, "TIMEX_TYPE_", e.type()))
            .setValue(e.value())
            .setModifier(modifier(e.modifier()))
            .setGranularity(granularity(e.granularity()))
            .setAnchoring(
                Anchoring.newBuilder()
                    .setKind(enumOf(AnchorKind.class, "ANCHOR_KIND_", a.kind()))
                    .setAnchorValue(a.anchorValue())
                    .setAnchorExpressionIndex(a.anchorExpressionIndex())
                    .setRule(a.rule())
                    .setDirection(a.direction())
                    .setExplanation(a.explanation()))
            .setSentenceIndex(result.sentenceIndexOf(e.span()))
            .setFrequency(e.frequency())
            .setQuantity(e.quantity());
    e.interval().ifPresent(i -> out.setInterval(interval(i)));
    return out.build();
  }

  private static Event event(EventMention e, String text) {
    return Event.newBuilder()
        .setId(e.id())
        .setTrigger(span(e.trigger(), text))
        .setHeadline(e.headline())
        .setEventClass(enumOf(EventClass.class, "EVENT_CLASS_", e.eventClass()))
        .setTense(enumOf(Tense.class, "TENSE_", e.tense()))
        .setAspect(enumOf(Aspect.class, "ASPECT_", e.aspect()))
        .setFactuality(enumOf(Factuality.class, "FACTUALITY_", e.factuality()))
        .setSentenceIndex(e.sentenceIndex())
        .setAnchorExpressionIndex(e.anchorExpressionIndex())
        .setAnchorRelation(relation(e.anchorRelation()))
        .setPublicationRelation(relation(e.publicationRelation()))
        .setConfidence(e.confidence())
        .setNegated(e.negated())
        .setModality(e.modality())
        .build();
  }

  private static Timeline timeline(dev.timeline.engine.timeline.Timeline t, String text) {
    Timeline.Builder out = Timeline.newBuilder();
    t.published().ifPresent(p -> out.setPublicationDate(publicationDate(p)));
    for (var entry : t.entries()) {
      TimelineEntry.Builder e =
          TimelineEntry.newBuilder()
              .setPosition(entry.position())
              .addAllEventIds(entry.eventIds())
              .setHeadline(entry.headline())
              .setSentence(span(entry.sentence(), text))
              .setTrigger(span(entry.trigger(), text))
              .setValue(entry.value())
              .setGranularity(granularity(entry.granularity()))
              .setModifier(modifier(entry.modifier()))
              .setDisplayDate(entry.displayDate())
              .setRelation(relation(entry.relation()))
              .setPublicationRelation(relation(entry.publicationRelation()))
              .setEventClass(enumOf(EventClass.class, "EVENT_CLASS_", entry.eventClass()))
              .setFactuality(enumOf(Factuality.class, "FACTUALITY_", entry.factuality()))
              .setDated(entry.dated());
      entry.expression().ifPresent(s -> e.setTemporalExpression(span(s, text)));
      entry.interval().ifPresent(i -> e.setInterval(interval(i)));
      out.addEntries(e);
    }
    return out.build();
  }

  /** {@code 2014-09-16}, then {@code T10:30} if a time was sent, {@code [Europe/Moscow]} if a zone. */
  static String publicationDate(PublicationDate p) {
    return p.date()
        + p.time().map(t -> "T" + t).orElse("")
        + p.zone().map(z -> "[" + z.getId() + "]").orElse("");
  }

  static TextSpan span(Span span, String text) {
    return TextSpan.newBuilder()
        .setBegin(span.begin())
        .setEnd(span.end())
        .setText(span.of(text))
        .build();
  }

  static TimeInterval interval(dev.timeline.engine.temporal.TimeInterval i) {
    return TimeInterval.newBuilder()
        .setBegin(isoLocal(i.begin()))
        .setEnd(isoLocal(i.end()))
        .build();
  }

  static String isoLocal(LocalDateTime t) {
    return LOCAL_DATE_TIME.format(t);
  }

  static TimexModifier modifier(dev.timeline.engine.temporal.TimexModifier m) {
    return m == dev.timeline.engine.temporal.TimexModifier.NONE
        ? TimexModifier.TIMEX_MODIFIER_UNSPECIFIED
        : enumOf(TimexModifier.class, "TIMEX_MODIFIER_", m);
  }

  static Granularity granularity(Optional<dev.timeline.engine.temporal.Granularity> g) {
    return g.map(v -> enumOf(Granularity.class, "GRANULARITY_", v))
        .orElse(Granularity.GRANULARITY_UNSPECIFIED);
  }

  static TemporalRelation relation(Optional<dev.timeline.engine.event.TemporalRelation> r) {
    return r.map(v -> enumOf(TemporalRelation.class, "TEMPORAL_RELATION_", v))
        .orElse(TemporalRelation.TEMPORAL_RELATION_UNSPECIFIED);
  }

  /** The proto constant named {@code prefix + value.name()}; a test covers every engine value. */
  static <P extends Enum<P>> P enumOf(Class<P> protoEnum, String prefix, Enum<?> value) {
    return Enum.valueOf(protoEnum, prefix + value.name());
  }
}
