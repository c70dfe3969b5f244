package dev.timeline.engine.event;

import static dev.timeline.engine.event.NewsExtractions.anchorOf;
import static dev.timeline.engine.event.NewsExtractions.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.ExtractionResult;
import org.junit.jupiter.api.Test;

/**
 * Dates that sit in one conjunct or phrase of a sentence and belong to another's event or to no
 * event: found by the golden articles' economy and space reports.
 */
class ConjunctAnchorsTest {
  private static ExtractionResult extract(String text) {
    return NewsExtractions.extract(text, "2027-05-13");
  }

  @Test
  void aVerbOfBeginningOrIntentTakesItsComplementsDate() {
    ExtractionResult r = extract("The mill last raised wages in August 2021 and began cutting "
        + "them in the spring of 2024. The league has a new owner. It plans to open a stadium in 2029 "
        + "and hopes to host a final in the early 2030s.");
    assertThat(anchorOf(r, "began")).isEqualTo("the spring of 2024");
    assertThat(anchorOf(r, "hopes")).isEqualTo("the early 2030s");
    assertThat(anchorOf(r, "plans")).isEqualTo("2029");
  }

  @Test
  void aRecordSinceAYearIsNotDatedToThatYear() {
    ExtractionResult r = extract("Dock workers walked out on Tuesday, the first such strike by "
        + "port staff since 1987. Rents reached their highest level since 2009.");
    assertThat(anchorOf(r, "strike")).isNotEqualTo("1987");
    assertThat(anchorOf(r, "walked")).isEqualTo("Tuesday");
    assertThat(anchorOf(r, "reached")).isNotEqualTo("2009");
  }

  @Test
  void anEmbeddedQuestionDoesNotMakeAPredictionHypothetical() {
    ExtractionResult r = extract("The council will decide next week whether the new bridge can "
        + "open on time.");
    assertThat(event(r, "decide").factuality()).isEqualTo(Factuality.ASSERTED);
    assertThat(event(r, "open").factuality()).isEqualTo(Factuality.HYPOTHETICAL);
  }

  @Test
  void aFutureVerbWithItsOwnDateIsNotAtItsSubjectsDate() {
    ExtractionResult r = extract("The report of this week's hearing will be released on June 2.");
    assertThat(anchorOf(r, "released")).isEqualTo("June 2");
  }

  @Test
  void lastBeforeAPastVerbIsAnAdverbNotAnEvent() {
    ExtractionResult r = extract("The lender last raised rates in June 2022.");
    assertThat(r.events()).extracting(EventMention::triggerText).doesNotContain("last");
    assertThat(anchorOf(r, "raised")).isEqualTo("June 2022");
  }
}
