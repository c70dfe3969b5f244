package dev.timeline.engine.event;

import static dev.timeline.engine.event.NewsExtractions.anchorOf;
import static dev.timeline.engine.event.NewsExtractions.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.ExtractionResult;
import org.junit.jupiter.api.Test;

/** Dates a sentence's other clauses hold that an event should not take as they are. */
class WithinSentenceAnchorsTest {
  private static ExtractionResult extract(String text) {
    return NewsExtractions.extract(text, "2031-06-10");
  }

  @Test
  void aThingMadeOfAMaterialIsNoEvent() {
    ExtractionResult r = extract("The crowd cheered a giant lantern whale made of silk and wire.");
    assertThat(r.events()).extracting(e -> e.triggerText()).doesNotContain("made");
  }

  @Test
  void aPastPerfectAfterADatedPastLiesBeforeThatDate() {
    ExtractionResult r = extract("In 1994 he bought a farm he had seen on a walking holiday.");
    assertThat(anchorOf(r, "bought")).isEqualTo("1994");
    assertThat(event(r, "bought").anchorRelation()).contains(TemporalRelation.ON);
    assertThat(anchorOf(r, "seen")).isEqualTo("1994");
    assertThat(event(r, "seen").anchorRelation()).contains(TemporalRelation.BEFORE);
  }

  @Test
  void aPresentProgressiveGoesOnNowBesideAFutureDate() {
    ExtractionResult r = extract("The chapel is being repaired and will reopen in September.");
    assertThat(anchorOf(r, "repaired")).isEmpty();
    assertThat(anchorOf(r, "reopen")).isEqualTo("September");
    ExtractionResult s = extract("Next spring, the choir will move to the old mill, which is being "
        + "repaired.");
    assertThat(anchorOf(s, "move")).isEqualTo("Next spring");
    assertThat(anchorOf(s, "repaired")).isEmpty();
  }

  @Test
  void aVerbWithItsOwnStretchIsNotAtItsSubjectsDate() {
    ExtractionResult r = extract("This year's main float was built over the past six weeks by "
        + "volunteers.");
    assertThat(anchorOf(r, "built")).isEqualTo("the past six weeks");
  }

  @Test
  void aRelativeClauseSetOffByCommasKeepsItsDateToItself() {
    ExtractionResult r = extract("The mayor, whose party faces a vote in October, condemned the decision.");
    assertThat(anchorOf(r, "faces")).isEqualTo("October");
    assertThat(anchorOf(r, "decision")).isEmpty();
  }

  @Test
  void aVerbThatFillsItsOwnStretchIsNotAtAnotherVerbsDate() {
    ExtractionResult r = extract("Rents climbed 7 percent in the 12 months to May, the housing "
        + "agency said on Thursday.");
    assertThat(anchorOf(r, "said")).isEqualTo("Thursday");
    assertThat(anchorOf(r, "climbed")).isEqualTo("the 12 months to May");
  }

  @Test
  void aRelativeClauseAfterAnAppositiveNounEndsBeforeTheMainVerb() {
    ExtractionResult r = extract("Anna Holt, a painter whose murals brightened the docks of her "
        + "town, died on Monday.");
    assertThat(anchorOf(r, "died")).isEqualTo("Monday");
    assertThat(anchorOf(r, "brightened")).isEmpty();
  }
}
