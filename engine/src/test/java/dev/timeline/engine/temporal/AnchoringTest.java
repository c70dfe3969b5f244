package dev.timeline.engine.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.AnchoringMode;
import dev.timeline.engine.Cancellation;
import dev.timeline.engine.Direction;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.PublicationDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Anchoring: publication date, earlier expressions, forced directions, no anchor at all. */
class AnchoringTest {
  private static final RuleBasedTemporalTagger TAGGER = new RuleBasedTemporalTagger(false);
  private static final Optional<PublicationDate> TUESDAY = Optional.of(PublicationDate.parse("2014-09-16"));

  private static List<TemporalExpression> tag(String text, Optional<PublicationDate> pub, ExtractionOptions o) {
    return TAGGER.tag(text, pub, o, Cancellation.NONE);
  }

  @Test
  void withoutAPublicationDateRelativeValuesStayUnderspecified() {
    List<TemporalExpression> found = tag("On Sunday, Lavrov asked. The war began three years ago.",
        Optional.empty(), ExtractionOptions.DEFAULT);
    assertThat(found).extracting(TemporalExpression::value).containsExactly("XXXX-WXX-7", "XXXX");
    assertThat(found).allSatisfy(e -> {
      assertThat(e.anchoring().kind()).isEqualTo(AnchorKind.UNRESOLVED);
      assertThat(e.resolved()).isFalse();
      assertThat(e.interval()).isEmpty();
    });
  }

  @Test
  void anAgeAfterTheBirthYearIsThatBirthdaysYearAndOtherNumbersStayNumbers() {
    List<TemporalExpression> found = tag("Mira Valdez, born in 1950, sold her first song at 17. Her label"
        + " bought the rights at 14 percent of sales. At 30, she ran a studio.", TUESDAY, ExtractionOptions.DEFAULT);
    assertThat(found).extracting(TemporalExpression::text).containsExactly("1950", "17", "30");
    assertThat(found).extracting(TemporalExpression::value).containsExactly("1950", "1967", "1980");
    assertThat(found.get(1).anchoring().kind()).isEqualTo(AnchorKind.EARLIER_EXPRESSION);
    assertThat(found.get(1).anchoring().anchorExpressionIndex()).isZero();
  }

  @Test
  void anAgeInASentenceAboutARelativeIsTheRelativesAndNoTime() {
    List<TemporalExpression> found = tag("Born in 1950, the potter Ilse Varga opened her studio at 30."
        + " Her daughter, at 12, sold her first bowl. His younger son left home at 17. Varga's nephew, at 9,"
        + " painted a jug. She retired at 65.",
        TUESDAY, ExtractionOptions.DEFAULT);
    assertThat(found).extracting(TemporalExpression::text).containsExactly("1950", "30", "65");
    assertThat(found).extracting(TemporalExpression::value).containsExactly("1950", "1980", "2015");
  }

  @Test
  void absoluteDatesNeedNoAnchor() {
    TemporalExpression e = tag("It happened on Sept. 14, 2014.", Optional.empty(), ExtractionOptions.DEFAULT).get(0);
    assertThat(e.value()).isEqualTo("2014-09-14");
    assertThat(e.anchoring().kind()).isEqualTo(AnchorKind.ABSOLUTE);
  }

  @Test
  void theCallerCanForceTheDirection() {
    String text = "The ministers meet on Sunday.";
    assertThat(tag(text, TUESDAY, ExtractionOptions.DEFAULT.withDirection(Direction.PAST)).get(0).value())
        .isEqualTo("2014-09-14");
    TemporalExpression future = tag(text, TUESDAY, ExtractionOptions.DEFAULT.withDirection(Direction.FUTURE)).get(0);
    assertThat(future.value()).isEqualTo("2014-09-21");
    assertThat(future.anchoring().direction()).isEqualTo("future");
    assertThat(future.anchoring().explanation()).contains("forced");
    // Nearest to Tuesday 16th: Sunday 14th (2 days) beats Sunday 21st (5 days).
    assertThat(tag(text, TUESDAY, ExtractionOptions.DEFAULT.withDirection(Direction.NEAREST)).get(0).value())
        .isEqualTo("2014-09-14");
  }

  @Test
  void futureTenseChoosesTheNextWeekday() {
    TemporalExpression e = tag("Kerry will travel to Paris on Sunday.", TUESDAY, ExtractionOptions.DEFAULT).get(0);
    assertThat(e.value()).isEqualTo("2014-09-21");
    assertThat(e.anchoring().explanation()).contains("future tense").contains("will");
  }

  @Test
  void storyRelativeExpressionsLeanOnTheLastFittingDate() {
    List<TemporalExpression> found = tag("The siege began on March 3, 2012. The next day, the army withdrew.",
        TUESDAY, ExtractionOptions.DEFAULT);
    TemporalExpression next = found.get(1);
    assertThat(next.value()).isEqualTo("2012-03-04");
    assertThat(next.anchoring().kind()).isEqualTo(AnchorKind.EARLIER_EXPRESSION);
    assertThat(next.anchoring().anchorExpressionIndex()).isEqualTo(0);
    assertThat(next.anchoring().anchorValue()).isEqualTo("2012-03-03");
  }

  @Test
  void narrativeModeAnchorsWeekdaysToTheStory() {
    String text = "Napoleon reached Moscow on September 14, 1812. On Sunday, fires broke out.";
    ExtractionOptions narrative = ExtractionOptions.DEFAULT.withMode(AnchoringMode.NARRATIVE);
    TemporalExpression sunday = tag(text, TUESDAY, narrative).get(1);
    // 14 September 1812 was a Monday; the past-tense clause picks the Sunday before it.
    assertThat(sunday.value()).isEqualTo("1812-09-13");
    assertThat(sunday.anchoring().kind()).isEqualTo(AnchorKind.EARLIER_EXPRESSION);
    TemporalExpression news = tag(text, TUESDAY, ExtractionOptions.DEFAULT).get(1);
    assertThat(news.value()).isEqualTo("2014-09-14");
  }

  @Test
  void yearOnYearComparisonsKeepTheReportedQuarter() {
    List<TemporalExpression> found = tag(
        "Third-quarter profit rose 12% to $2.1 billion from $1.9 billion a year earlier.",
        Optional.of(PublicationDate.parse("1989-10-26")), ExtractionOptions.DEFAULT);
    assertThat(found).extracting(TemporalExpression::value).containsExactly("1989-Q3", "1988-Q3");
  }
}
