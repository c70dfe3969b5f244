package dev.timeline.engine.eval;

import static dev.timeline.engine.eval.Fixtures.goldEvent;
import static dev.timeline.engine.eval.Fixtures.spanOf;
import static dev.timeline.engine.eval.Fixtures.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.timeline.engine.event.AdditionalAnchor;
import dev.timeline.engine.event.EventClass;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.event.Factuality;
import dev.timeline.engine.event.Tense;
import dev.timeline.engine.event.TemporalRelation;
import dev.timeline.engine.event.Aspect;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimexType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnchorScorerTest {
  private static final String TEXT =
      "Police said on Friday the rebels attacked the dam in May, and the talks continue until June.";

  private static GoldTimex timex(String tid, String covered, String value) {
    return new GoldTimex(tid, spanOf(TEXT, covered), covered, "DATE", value, "", "", "NONE");
  }

  private static GoldEventInstance instance(String eid) {
    return new GoldEventInstance("i" + eid, eid, "PAST", "NONE", "POS", "");
  }

  private static GoldTemporalLink eventToTime(String eid, String rel, String tid) {
    return new GoldTemporalLink("l", rel, "i" + eid, "", "", tid);
  }

  private static GoldTemporalLink timeToEvent(String tid, String rel, String eid) {
    return new GoldTemporalLink("l", rel, "", tid, "i" + eid, "");
  }

  /** Gold: said ⊂ Friday, May ⊃ attacked, continue ended by June, talks before June; DCT links. */
  private static final TimeMlDocument DOC =
      new TimeMlDocument(
          "doc",
          TEXT,
          Optional.of(new CreationTime("t0", "DATE", "1998-06-05")),
          List.of(
              timex("t1", "Friday", "1998-06-05"),
              timex("t2", "May", "1998-05"),
              timex("t3", "June", "1998-06")),
          List.of(
              goldEvent(TEXT, "said", "e1", "REPORTING"),
              goldEvent(TEXT, "attacked", "e2", "OCCURRENCE"),
              goldEvent(TEXT, "dam", "e5", "OCCURRENCE"),
              goldEvent(TEXT, "talks", "e3", "OCCURRENCE"),
              goldEvent(TEXT, "continue", "e4", "ASPECTUAL")),
          List.of(),
          List.of(instance("e1"), instance("e2"), instance("e3"), instance("e4"), instance("e5")),
          List.of(
              eventToTime("e1", "IS_INCLUDED", "t1"),
              timeToEvent("t2", "INCLUDES", "e2"),
              eventToTime("e4", "ENDED_BY", "t3"),
              eventToTime("e3", "BEFORE", "t3"),
              eventToTime("e1", "BEFORE", "t0"),
              timeToEvent("t0", "AFTER", "e2"),
              eventToTime("e4", "INCLUDES", "t0")));

  private static final List<TemporalExpression> EXPRESSIONS =
      List.of(
          system(TEXT, "on Friday", TimexType.DATE, "1998-06-05"),
          system(TEXT, "May", TimexType.DATE, "1998-05"),
          system(TEXT, "June", TimexType.DATE, "1998-06"));

  private static EventMention event(String covered, int expression, TemporalRelation anchor,
      TemporalRelation publication) {
    return new EventMention(
        "e", spanOf(TEXT, covered), covered, covered, EventClass.OCCURRENCE, Tense.PAST,
        Aspect.NONE, Factuality.ASSERTED, false, "", 0, expression, Optional.ofNullable(anchor),
        Optional.ofNullable(publication), 1.0);
  }

  private static final List<EventMention> EVENTS =
      List.of(
          // Right expression (overlapping span), right class, right DCT relation.
          event("said", 0, TemporalRelation.ON, TemporalRelation.BEFORE),
          // Right: "ON May" is the time→event INCLUDES read from the event's side; DCT wrong.
          event("attacked", 1, TemporalRelation.ON, TemporalRelation.AFTER),
          // No gold event: not judged.
          event("rebels", 1, TemporalRelation.ON, null),
          // The gold relates "dam" to no time at all: unjudged.
          event("dam", 1, TemporalRelation.ON, null),
          // BEFORE does not place the event at the time: not scored as an anchor.
          event("talks", 2, TemporalRelation.BEFORE, null),
          // Within June, but the gold says it ends with June; and no DCT relation.
          event("continue", 2, TemporalRelation.ON, null));

  @Test
  void scoresAnchorsByRelationClassAndTheCreationTimeRelation() {
    AnchorScorer.Result result = AnchorScorer.score(DOC, EVENTS, EXPRESSIONS);
    AnchorCounts c = result.counts();

    assertThat(c.relation(AnchorRelation.AT)).isEqualTo(new RelationCounts(2, 2, 3, 2));
    assertThat(c.relation(AnchorRelation.FINISHES)).isEqualTo(new RelationCounts(1, 0, 0, 0));
    assertThat(c.unjudged()).isEqualTo(1);
    PrecisionRecall score = c.expressionScore();
    assertThat(score.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.recall()).isCloseTo(2.0 / 3, within(1e-9));

    assertThat(c.publicationGold()).isEqualTo(3);
    assertThat(c.publicationJudged()).isEqualTo(3);
    assertThat(c.publicationCount(TemporalRelation.BEFORE, Optional.of(TemporalRelation.BEFORE)))
        .isEqualTo(1);
    assertThat(c.publicationCount(TemporalRelation.BEFORE, Optional.of(TemporalRelation.AFTER)))
        .isEqualTo(1);
    assertThat(c.publicationCount(TemporalRelation.OVERLAP, Optional.empty())).isEqualTo(1);
    assertThat(c.publicationAccuracy()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(c.publicationCoverage()).isCloseTo(2.0 / 3, within(1e-9));

    assertThat(result.errors())
        .extracting(AnchorError::kind)
        .containsExactlyInAnyOrder(
            AnchorError.Kind.MISSED, // continue ENDED_BY June
            AnchorError.Kind.WRONG, // continue ON June
            AnchorError.Kind.CREATION_TIME, // attacked AFTER
            AnchorError.Kind.CREATION_TIME); // continue: no relation
    assertThat(result.errors())
        .filteredOn(e -> e.kind() == AnchorError.Kind.MISSED)
        .singleElement()
        .satisfies(e -> {
          assertThat(e.gold()).isEqualTo("ENDED_BY \"June\" 1998-06");
          assertThat(e.system()).isEqualTo("\"continue\" ON \"June\" 1998-06");
          assertThat(e.context()).contains("[[continue]]");
        });
  }

  @Test
  void everyAnchorOfAnEventIsJudgedAndAnyOfThemMeetsAGoldLink() {
    EventMention continues =
        new EventMention("e", spanOf(TEXT, "continue"), "continue", "continue",
            EventClass.ASPECTUAL, Tense.PRESENT, Aspect.NONE, Factuality.ASSERTED, false, "", 0,
            1, Optional.of(TemporalRelation.DURING), Optional.empty(), 1.0,
            List.of(new AdditionalAnchor(2, TemporalRelation.ENDS, 0.6)));
    AnchorScorer.Result result = AnchorScorer.score(DOC, List.of(continues), EXPRESSIONS);
    AnchorCounts c = result.counts();
    assertThat(c.relation(AnchorRelation.FINISHES)).isEqualTo(new RelationCounts(1, 1, 1, 1));
    assertThat(c.relation(AnchorRelation.AT).system()).as("the primary anchor, judged wrong")
        .isEqualTo(1);
    assertThat(c.relation(AnchorRelation.AT).correct()).isZero();
    assertThat(result.errors()).filteredOn(e -> e.kind() == AnchorError.Kind.WRONG)
        .singleElement()
        .satisfies(e -> assertThat(e.system()).isEqualTo("\"continue\" DURING \"May\" 1998-05"));
  }

  @Test
  void aSystemExpressionWithTheGoldValueCountsWhereverItStands() {
    String text = "Prices fell on Friday. Friday was calm.";
    TimeMlDocument doc =
        new TimeMlDocument(
            "doc", text, Optional.empty(),
            List.of(new GoldTimex("t1", spanOf(text, "Friday"), "Friday", "DATE", "1998-06-05",
                "", "", "NONE")),
            List.of(goldEvent(text, "fell", "e1", "OCCURRENCE")),
            List.of(),
            List.of(instance("e1")),
            List.of(eventToTime("e1", "IS_INCLUDED", "t1")));
    TemporalExpression second =
        new TemporalExpression(new dev.timeline.engine.Span(23, 29), "Friday", TimexType.DATE,
            "1998-06-05", EXPRESSIONS.get(0).modifier(), Optional.empty(), Optional.empty(),
            EXPRESSIONS.get(0).anchoring(), "", "");
    EventMention fell =
        new EventMention("e", spanOf(text, "fell"), "fell", "fell", EventClass.OCCURRENCE,
            Tense.PAST, Aspect.NONE, Factuality.ASSERTED, false, "", 0, 0,
            Optional.of(TemporalRelation.DURING), Optional.empty(), 1.0);
    AnchorCounts c = AnchorScorer.score(doc, List.of(fell), List.of(second)).counts();
    assertThat(c.relation(AnchorRelation.AT)).isEqualTo(new RelationCounts(1, 1, 1, 1));
  }

  @Test
  void timeMlRelationsReadFromTheEventsSideAndFallIntoTheDocumentedClasses() {
    for (TimeMlRelation r : TimeMlRelation.values()) {
      assertThat(r.inverse().inverse()).isEqualTo(r);
    }
    assertThat(TimeMlRelation.parse("INCLUDES").map(TimeMlRelation::inverse))
        .contains(TimeMlRelation.IS_INCLUDED);
    assertThat(TimeMlRelation.parse("overlap")).isEmpty();
    assertThat(TimeMlRelation.IS_INCLUDED.anchoring()).contains(AnchorRelation.AT);
    assertThat(TimeMlRelation.SIMULTANEOUS.anchoring()).contains(AnchorRelation.AT);
    assertThat(TimeMlRelation.BEGUN_BY.anchoring()).contains(AnchorRelation.STARTS);
    assertThat(TimeMlRelation.ENDED_BY.anchoring()).contains(AnchorRelation.FINISHES);
    assertThat(TimeMlRelation.IAFTER.anchoring()).contains(AnchorRelation.JUST_AFTER);
    assertThat(TimeMlRelation.BEFORE.anchoring()).isEmpty();
    assertThat(AnchorRelation.of(TemporalRelation.OVERLAP)).contains(AnchorRelation.SPANS);
    assertThat(AnchorRelation.of(TemporalRelation.AFTER)).isEmpty();
    assertThat(TimeMlRelation.IBEFORE.publication()).isEqualTo(TemporalRelation.BEFORE);
    assertThat(TimeMlRelation.ENDED_BY.publication()).isEqualTo(TemporalRelation.OVERLAP);
    assertThat(TimeMlRelation.publicationClass(TemporalRelation.ON))
        .isEqualTo(TemporalRelation.OVERLAP);
  }
}
