package dev.timeline.engine.event;

import static dev.timeline.engine.event.NewsExtractions.additional;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.ExtractionResult;
import org.junit.jupiter.api.Test;

/** Stretches of time measured from a clause, through the standard engine. */
class DurationAnchorsTest {
  private static ExtractionResult extract(String text) {
    return NewsExtractions.extract(text, "2026-02-14");
  }

  @Test
  void theVerbOfAnAfterClauseBeginsTheStretch() {
    ExtractionResult r = extract("The ferry service resumed on Monday, nearly three weeks after "
        + "a storm damaged the pier at Halvercombe.");
    assertThat(additional(r, "damaged")).containsExactly("BEGINS nearly three weeks");
  }

  @Test
  void theVerbOfABeforeClauseEndsTheStretch() {
    ExtractionResult r = extract("Ostrander sold most of his shares two months before the "
        + "company reported its losses.");
    assertThat(additional(r, "reported")).containsExactly("ENDS two months");
  }

  @Test
  void aDeadlineCountedFromADateIsNoStretchOfAClause() {
    ExtractionResult r = extract("The options can be exercised until 60 days after the bonds "
        + "are issued.");
    assertThat(additional(r, "issued")).isEmpty();
  }
}
