package dev.timeline.engine.event;

import static dev.timeline.engine.event.NewsExtractions.additional;
import static dev.timeline.engine.event.NewsExtractions.anchorOf;
import static dev.timeline.engine.event.NewsExtractions.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.ExtractionResult;
import org.junit.jupiter.api.Test;

/** Ranges whose end is an event its own expression dates, through the standard engine. */
class AdditionalAnchorsTest {
  private static ExtractionResult extract(String text) {
    return NewsExtractions.extract(text, "2026-02-14");
  }

  @Test
  void aRangeClosedByADatedEventNounEndsAtItsDate() {
    ExtractionResult r = extract("Pemberton taught at the village school from 1971 until his "
        + "retirement in 2009.");
    assertThat(anchorOf(r, "taught")).isEqualTo("1971");
    assertThat(event(r, "taught").anchorRelation()).contains(TemporalRelation.BEGINS);
    assertThat(additional(r, "taught")).containsExactly("ENDS 2009");
  }

  @Test
  void aDateInsideTheRangeIsNoEnd() {
    ExtractionResult r = extract("Pemberton taught at the school from 1971, and in 2009 he "
        + "retired.");
    assertThat(additional(r, "taught")).isEmpty();
  }
}
