package dev.timeline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.Span;
import dev.timeline.engine.event.Aspect;
import dev.timeline.engine.event.EventClass;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.event.Factuality;
import dev.timeline.engine.event.TemporalRelation;
import dev.timeline.engine.event.Tense;
import dev.timeline.engine.temporal.AnchorKind;
import dev.timeline.engine.temporal.Anchoring;
import dev.timeline.engine.temporal.Granularity;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimeInterval;
import dev.timeline.engine.temporal.TimexModifier;
import dev.timeline.engine.temporal.TimexType;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.Sentence;
import dev.timeline.engine.timeline.Timeline;
import dev.timeline.engine.timeline.TimelineEntry;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseMapperTest {
  //                    0         1         2         3         4         5
  //                    012345678901234567890123456789012345678901234567890123456
  private static final String TEXT = "On Sunday, Lavrov asked. In early September, they left.";
  private static final Span SUNDAY = new Span(3, 9);
  private static final Span ASKED = new Span(18, 23);
  private static final Span EARLY_SEPTEMBER = new Span(28, 43);
  private static final Span LEFT = new Span(50, 54);

  private static ExtractionResult result() {
    var sentences =
        List.of(
            new Sentence(0, new Span(0, 24), List.of()),
            new Sentence(1, new Span(25, TEXT.length()), List.of()));
    var published =
        new PublicationDate(
            LocalDate.of(2014, 9, 16),
            Optional.of(LocalTime.of(10, 0)),
            Optional.of(ZoneId.of("Europe/Moscow")));
    var sunday =
        new TemporalExpression(
            SUNDAY,
            "Sunday",
            TimexType.DATE,
            "2014-09-14",
            TimexModifier.NONE,
            Optional.of(Granularity.DAY),
            Optional.of(
                new TimeInterval(
                    LocalDateTime.of(2014, 9, 14, 0, 0), LocalDateTime.of(2014, 9, 15, 0, 0))),
            new Anchoring(
                AnchorKind.PUBLICATION_DATE,
                "2014-09-16",
                -1,
                "weekday",
                "past",
                "Sunday before the publication date"),
            "",
            "");
    var early =
        new TemporalExpression(
            EARLY_SEPTEMBER,
            "early September",
            TimexType.DATE,
            "2014-09",
            TimexModifier.START,
            Optional.of(Granularity.MONTH),
            Optional.of(
                new TimeInterval(
                    LocalDateTime.of(2014, 9, 1, 0, 0), LocalDateTime.of(2014, 9, 11, 0, 0))),
            new Anchoring(AnchorKind.EARLIER_EXPRESSION, "2014-09-14", 0, "month", "", "same year"),
            "",
            "");
    var weekly =
        new TemporalExpression(
            new Span(0, 2),
            "On",
            TimexType.SET,
            "P1W",
            TimexModifier.NONE,
            Optional.empty(),
            Optional.empty(),
            Anchoring.absolute("set"),
            "1X",
            "EVERY");
    var asked =
        new EventMention(
            "e1",
            ASKED,
            "asked",
            "Lavrov asked",
            EventClass.I_ACTION,
            Tense.PAST,
            Aspect.NONE,
            Factuality.ASSERTED,
            false,
            "",
            0,
            0,
            Optional.of(TemporalRelation.ON),
            Optional.of(TemporalRelation.BEFORE),
            0.9);
    var left =
        new EventMention(
            "e2",
            LEFT,
            "left",
            "they left",
            EventClass.OCCURRENCE,
            Tense.PAST,
            Aspect.PERFECTIVE,
            Factuality.HYPOTHETICAL,
            true,
            "may",
            1,
            -1,
            Optional.empty(),
            Optional.empty(),
            0.25);
    var dated =
        new TimelineEntry(
            0,
            List.of("e1"),
            "Lavrov asked",
            new Span(0, 24),
            ASKED,
            Optional.of(SUNDAY),
            "2014-09-14",
            Optional.of(Granularity.DAY),
            TimexModifier.NONE,
            sunday.interval(),
            "14 September 2014",
            Optional.of(TemporalRelation.ON),
            Optional.of(TemporalRelation.BEFORE),
            EventClass.I_ACTION,
            Factuality.ASSERTED);
    var undated =
        new TimelineEntry(
            1,
            List.of("e2"),
            "they left",
            new Span(25, TEXT.length()),
            LEFT,
            Optional.empty(),
            "",
            Optional.empty(),
            TimexModifier.NONE,
            Optional.empty(),
            "before publication",
            Optional.empty(),
            Optional.of(TemporalRelation.BEFORE),
            EventClass.OCCURRENCE,
            Factuality.HYPOTHETICAL);
    return new ExtractionResult(
        "doc-7",
        new AnalyzedText(TEXT, sentences),
        List.of(sunday, early, weekly),
        List.of(asked, left),
        new Timeline(List.of(dated, undated), Optional.of(published)));
  }

  private final ExtractTimelineResponse response = new ResponseMapper().toResponse(result());

  @Test
  void mapsSentences() {
    assertThat(response.getDocumentId()).isEqualTo("doc-7");
    assertThat(response.getSentencesList()).hasSize(2);
    var second = response.getSentences(1);
    assertThat(second.getIndex()).isEqualTo(1);
    assertThat(second.getSpan().getBegin()).isEqualTo(25);
    assertThat(second.getSpan().getEnd()).isEqualTo(TEXT.length());
    assertThat(second.getSpan().getText()).isEqualTo("In early September, they left.");
  }

  @Test
  void mapsTemporalExpressions() {
    var sunday = response.getTemporalExpressions(0);
    assertThat(sunday.getSpan().getText()).isEqualTo("Sunday");
    assertThat(sunday.getSpan().getBegin()).isEqualTo(3);
    assertThat(sunday.getSpan().getEnd()).isEqualTo(9);
    assertThat(sunday.getType().name()).isEqualTo("TIMEX_TYPE_DATE");
    assertThat(sunday.getValue()).isEqualTo("2014-09-14");
    assertThat(sunday.getModifier().name()).isEqualTo("TIMEX_MODIFIER_UNSPECIFIED");
    assertThat(sunday.getGranularity().name()).isEqualTo("GRANULARITY_DAY");
    assertThat(sunday.getInterval().getBegin()).isEqualTo("2014-09-14T00:00:00");
    assertThat(sunday.getInterval().getEnd()).isEqualTo("2014-09-15T00:00:00");
    assertThat(sunday.getSentenceIndex()).isZero();
    var a = sunday.getAnchoring();
    assertThat(a.getKind().name()).isEqualTo("ANCHOR_KIND_PUBLICATION_DATE");
    assertThat(a.getAnchorValue()).isEqualTo("2014-09-16");
    assertThat(a.getAnchorExpressionIndex()).isEqualTo(-1);
    assertThat(a.getRule()).isEqualTo("weekday");
    assertThat(a.getDirection()).isEqualTo("past");
    assertThat(a.getExplanation()).isEqualTo("Sunday before the publication date");

    var early = response.getTemporalExpressions(1);
    assertThat(early.getSpan().getText()).isEqualTo("early September");
    assertThat(early.getModifier().name()).isEqualTo("TIMEX_MODIFIER_START");
    assertThat(early.getGranularity().name()).isEqualTo("GRANULARITY_MONTH");
    assertThat(early.getInterval().getEnd()).isEqualTo("2014-09-11T00:00:00");
    assertThat(early.getSentenceIndex()).isEqualTo(1);
    assertThat(early.getAnchoring().getKind().name()).isEqualTo("ANCHOR_KIND_EARLIER_EXPRESSION");
    assertThat(early.getAnchoring().getAnchorExpressionIndex()).isZero();

    var set = response.getTemporalExpressions(2);
    assertThat(set.getType().name()).isEqualTo("TIMEX_TYPE_SET");
    assertThat(set.getFrequency()).isEqualTo("1X");
    assertThat(set.getQuantity()).isEqualTo("EVERY");
    assertThat(set.hasInterval()).isFalse();
    assertThat(set.getGranularity().name()).isEqualTo("GRANULARITY_UNSPECIFIED");
    assertThat(set.getAnchoring().getKind().name()).isEqualTo("ANCHOR_KIND_ABSOLUTE");
  }

  @Test
  void mapsEvents() {
    var asked = response.getEvents(0);
    assertThat(asked.getId()).isEqualTo("e1");
    assertThat(asked.getTrigger().getText()).isEqualTo("asked");
    assertThat(asked.getHeadline()).isEqualTo("Lavrov asked");
    assertThat(asked.getEventClass().name()).isEqualTo("EVENT_CLASS_I_ACTION");
    assertThat(asked.getTense().name()).isEqualTo("TENSE_PAST");
    assertThat(asked.getAspect().name()).isEqualTo("ASPECT_NONE");
    assertThat(asked.getFactuality().name()).isEqualTo("FACTUALITY_ASSERTED");
    assertThat(asked.getSentenceIndex()).isZero();
    assertThat(asked.getAnchorExpressionIndex()).isZero();
    assertThat(asked.getAnchorRelation().name()).isEqualTo("TEMPORAL_RELATION_ON");
    assertThat(asked.getPublicationRelation().name()).isEqualTo("TEMPORAL_RELATION_BEFORE");
    assertThat(asked.getConfidence()).isEqualTo(0.9);
    assertThat(asked.getNegated()).isFalse();
    assertThat(asked.getModality()).isEmpty();

    var left = response.getEvents(1);
    assertThat(left.getAspect().name()).isEqualTo("ASPECT_PERFECTIVE");
    assertThat(left.getFactuality().name()).isEqualTo("FACTUALITY_HYPOTHETICAL");
    assertThat(left.getNegated()).isTrue();
    assertThat(left.getModality()).isEqualTo("may");
    assertThat(left.getAnchorExpressionIndex()).isEqualTo(-1);
    assertThat(left.getAnchorRelation().name()).isEqualTo("TEMPORAL_RELATION_UNSPECIFIED");
    assertThat(left.getPublicationRelation().name()).isEqualTo("TEMPORAL_RELATION_UNSPECIFIED");
  }

  @Test
  void mapsTimeline() {
    var timeline = response.getTimeline();
    assertThat(timeline.getPublicationDate()).isEqualTo("2014-09-16T10:00[Europe/Moscow]");
    var dated = timeline.getEntries(0);
    assertThat(dated.getPosition()).isZero();
    assertThat(dated.getEventIdsList()).containsExactly("e1");
    assertThat(dated.getHeadline()).isEqualTo("Lavrov asked");
    assertThat(dated.getSentence().getText()).isEqualTo("On Sunday, Lavrov asked.");
    assertThat(dated.getTrigger().getText()).isEqualTo("asked");
    assertThat(dated.getTemporalExpression().getText()).isEqualTo("Sunday");
    assertThat(dated.getValue()).isEqualTo("2014-09-14");
    assertThat(dated.getGranularity().name()).isEqualTo("GRANULARITY_DAY");
    assertThat(dated.getModifier().name()).isEqualTo("TIMEX_MODIFIER_UNSPECIFIED");
    assertThat(dated.getInterval().getBegin()).isEqualTo("2014-09-14T00:00:00");
    assertThat(dated.getDisplayDate()).isEqualTo("14 September 2014");
    assertThat(dated.getRelation().name()).isEqualTo("TEMPORAL_RELATION_ON");
    assertThat(dated.getPublicationRelation().name()).isEqualTo("TEMPORAL_RELATION_BEFORE");
    assertThat(dated.getEventClass().name()).isEqualTo("EVENT_CLASS_I_ACTION");
    assertThat(dated.getFactuality().name()).isEqualTo("FACTUALITY_ASSERTED");
    assertThat(dated.getDated()).isTrue();

    var undated = timeline.getEntries(1);
    assertThat(undated.hasTemporalExpression()).isFalse();
    assertThat(undated.hasInterval()).isFalse();
    assertThat(undated.getValue()).isEmpty();
    assertThat(undated.getDisplayDate()).isEqualTo("before publication");
    assertThat(undated.getRelation().name()).isEqualTo("TEMPORAL_RELATION_UNSPECIFIED");
    assertThat(undated.getDated()).isFalse();
  }

  @Test
  void everyEngineEnumValueHasAProtoCounterpart() {
    assertThatCode(
            () -> {
              for (var v : TimexType.values()) {
                ResponseMapper.enumOf(dev.timeline.proto.v1.TimexType.class, "TIMEX_TYPE_", v);
              }
              for (var v : TimexModifier.values()) {
                ResponseMapper.modifier(v);
              }
              for (var v : Granularity.values()) {
                ResponseMapper.granularity(Optional.of(v));
              }
              for (var v : AnchorKind.values()) {
                ResponseMapper.enumOf(dev.timeline.proto.v1.AnchorKind.class, "ANCHOR_KIND_", v);
              }
              for (var v : EventClass.values()) {
                ResponseMapper.enumOf(dev.timeline.proto.v1.EventClass.class, "EVENT_CLASS_", v);
              }
              for (var v : Tense.values()) {
                ResponseMapper.enumOf(dev.timeline.proto.v1.Tense.class, "TENSE_", v);
              }
              for (var v : Aspect.values()) {
                ResponseMapper.enumOf(dev.timeline.proto.v1.Aspect.class, "ASPECT_", v);
              }
              for (var v : Factuality.values()) {
                ResponseMapper.enumOf(dev.timeline.proto.v1.Factuality.class, "FACTUALITY_", v);
              }
              for (var v : TemporalRelation.values()) {
                ResponseMapper.relation(Optional.of(v));
              }
            })
        .doesNotThrowAnyException();
  }
}
