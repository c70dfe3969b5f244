package dev.timeline.engine.eval;

import static dev.timeline.engine.eval.Fixtures.goldEvent;
import static dev.timeline.engine.eval.Fixtures.systemEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.timeline.engine.event.Aspect;
import dev.timeline.engine.event.EventClass;
import dev.timeline.engine.event.Tense;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventScorerTest {
  private static final String TEXT = "Police said the rebels had attacked, hoping to seize the dam.";

  private final TimeMlDocument doc =
      Fixtures.document(
          TEXT,
          List.of(),
          List.of(
              goldEvent(TEXT, "said", "e1", "REPORTING"),
              goldEvent(TEXT, "attacked", "e2", "OCCURRENCE"),
              goldEvent(TEXT, "seize", "e3", "OCCURRENCE")),
          List.of(
              new GoldEventInstance("ei1", "e1", "PAST", "NONE", "POS", ""),
              new GoldEventInstance("ei2", "e2", "PAST", "PERFECTIVE", "POS", ""),
              new GoldEventInstance("ei3", "e3", "INFINITIVE", "NONE", "POS", "")));

  @Test
  void scoresTriggerSpansAndAttributesOverRelaxedMatches() {
    EventCounts c =
        EventScorer.score(
            doc,
            List.of(
                systemEvent(TEXT, "said", EventClass.REPORTING, Tense.PAST, Aspect.NONE),
                systemEvent(TEXT, "had attacked", EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE),
                systemEvent(TEXT, "hoping", EventClass.I_STATE, Tense.NONE, Aspect.NONE)));
    // said (strict), had attacked ~ attacked (relaxed); hoping spurious, seize missed.
    assertThat(c).isEqualTo(new EventCounts(3, 3, 1, 2, 2, 2, 1));
    assertThat(c.relaxedScore().f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.strictScore().f1()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(c.classScore().f1()).isCloseTo(c.classAccuracy() * c.relaxedScore().f1(), within(1e-9));
    assertThat(c.aspectScore().f1()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void timeMlInfinitivesAndParticiplesAreTheEnginesNoTense() {
    assertThat(EventScorer.engineTense("INFINITIVE")).isEqualTo(Tense.NONE.name());
    assertThat(EventScorer.engineTense("PRESPART")).isEqualTo(Tense.NONE.name());
    assertThat(EventScorer.engineTense("FUTURE")).isEqualTo(Tense.FUTURE.name());
    assertThat(EventScorer.engineAspect("")).isEqualTo(Aspect.NONE.name());
  }

  @Test
  void noSystemEventsScoreZeroButCountTheGold() {
    EventCounts c = EventScorer.score(doc, List.of());
    assertThat(c.gold()).isEqualTo(3);
    assertThat(c.relaxedScore().f1()).isZero();
  }
}
