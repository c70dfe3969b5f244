package dev.timeline.engine.eval;

import static dev.timeline.engine.eval.Fixtures.gold;
import static dev.timeline.engine.eval.Fixtures.system;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.timeline.engine.temporal.TimexType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
  private static final String TEXT =
      "Rebels attacked on Sunday. For three years the town was calm. Talks resume in early May. "
          + "The mayor spoke today.";

  private final TimeMlDocument doc =
      Fixtures.document(
          TEXT,
          List.of(
              gold(TEXT, "Sunday", "DATE", "2014-09-14"),
              gold(TEXT, "three years", "DURATION", "P3Y"),
              gold(TEXT, "early May", "DATE", "2015-05"),
              gold(TEXT, "today", "DATE", "2014-09-16")),
          List.of(),
          List.of());

  @Test
  void countsStrictAndRelaxedMatchesAndAttributesOverRelaxedMatches() {
    TimexScorer.Result r =
        TimexScorer.score(
            doc,
            List.of(
                system(TEXT, "Sunday", TimexType.DATE, "2014-09-14"), // right
                system(TEXT, "three years", TimexType.DATE, "P3Y"), // wrong type
                system(TEXT, "May", TimexType.DATE, "2014-05"), // overlap, wrong value
                system(TEXT, "calm", TimexType.DATE, "XXXX"))); // spurious; "today" missed
    TimexCounts c = r.counts();
    assertThat(c).isEqualTo(new TimexCounts(4, 4, 2, 3, 2, 2));
    assertThat(c.strictScore().f1()).isCloseTo(0.5, within(1e-9));
    assertThat(c.relaxedScore().precision()).isCloseTo(0.75, within(1e-9));
    assertThat(c.relaxedScore().recall()).isCloseTo(0.75, within(1e-9));
    // TempEval-3: value F1 = value accuracy over relaxed matches x relaxed F1 = 2/3 x 0.75.
    assertThat(c.valueScore().f1()).isCloseTo(c.valueAccuracy() * c.relaxedScore().f1(), within(1e-9));
    assertThat(c.valueScore().f1()).isCloseTo(0.5, within(1e-9));
    assertThat(c.typeScore().f1()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void reportsEachErrorWithGoldSystemAndSentence() {
    TimexScorer.Result r =
        TimexScorer.score(
            doc,
            List.of(
                system(TEXT, "three years", TimexType.DATE, "P3Y"),
                system(TEXT, "May", TimexType.DATE, "2015-05"),
                system(TEXT, "calm", TimexType.DATE, "XXXX")));
    assertThat(r.errors())
        .extracting(TimexError::kind)
        .containsExactly(
            TimexError.Kind.MISSED, // Sunday
            TimexError.Kind.TYPE, // three years
            TimexError.Kind.SPURIOUS, // calm
            TimexError.Kind.EXTENT, // May for early May, value right
            TimexError.Kind.MISSED); // today
    TimexError type = r.errors().get(1);
    assertThat(type.gold().orElseThrow().type()).isEqualTo("DURATION");
    assertThat(type.system().orElseThrow().type()).isEqualTo(TimexType.DATE);
    assertThat(type.context()).isEqualTo("For [[three years]] the town was calm.");
    assertThat(r.errors().get(2).gold()).isEmpty();
    assertThat(r.errors().get(0).system()).isEmpty();
  }

  @Test
  void creationTimeIsNotScoredAndNothingFoundScoresZero() {
    TimeMlDocument withDct =
        Fixtures.document(
            TEXT,
            List.of(new GoldTimex("t0", Fixtures.spanOf(TEXT, "today"), "today", "DATE",
                "2014-09-16", "", "", "CREATION_TIME")),
            List.of(),
            List.of());
    assertThat(TimexScorer.score(withDct, List.of()).counts()).isEqualTo(TimexCounts.ZERO);
    TimexCounts none = TimexScorer.score(doc, List.of()).counts();
    assertThat(none.gold()).isEqualTo(4);
    assertThat(none.relaxedScore()).isEqualTo(new PrecisionRecall(0, 0, 0));
  }

  @Test
  void countsAddUpForMicroAveraging() {
    TimexCounts a = new TimexCounts(10, 8, 5, 7, 6, 7);
    TimexCounts b = new TimexCounts(2, 4, 1, 2, 0, 1);
    assertThat(a.plus(b)).isEqualTo(new TimexCounts(12, 12, 6, 9, 6, 8));
    assertThat(a.plus(TimexCounts.ZERO)).isEqualTo(a);
  }
}
