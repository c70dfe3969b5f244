package dev.timeline.engine.event;

import static dev.timeline.engine.event.NewsExtractions.anchorOf;
import static dev.timeline.engine.event.NewsExtractions.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.ExtractionResult;
import org.junit.jupiter.api.Test;

/** How an event relates to an expression of its own sentence that a cue word qualifies. */
class InSentenceRelationsTest {
  private static ExtractionResult extract(String text) {
    return NewsExtractions.extract(text, "1989-11-02");
  }

  @Test
  void aVerbAfterAnEventNounDatedByItsOwnPhraseFollowsThatDate() {
    ExtractionResult r = extract("The museum's roof was rebuilt after a storm in April 1988, "
        + "when strong winds tore off most of its tiles.");
    assertThat(anchorOf(r, "rebuilt")).isEqualTo("April 1988");
    assertThat(event(r, "rebuilt").anchorRelation()).contains(TemporalRelation.AFTER);
    assertThat(event(r, "storm").anchorRelation()).contains(TemporalRelation.ON);
  }

  @Test
  void withinAYearTheVerbAfterTheEventNounStaysInIt() {
    ExtractionResult r = extract("The choir was founded after a split in 1975.");
    assertThat(anchorOf(r, "founded")).isEqualTo("1975");
    assertThat(event(r, "founded").anchorRelation()).contains(TemporalRelation.ON);
  }

  @Test
  void anEventPostponedFromADateWasMovedBeforeIt() {
    ExtractionResult r = extract("The final had been postponed from last Sunday after heavy rain "
        + "flooded the pitch.");
    assertThat(anchorOf(r, "postponed")).isEqualTo("last Sunday");
    assertThat(event(r, "postponed").anchorRelation()).contains(TemporalRelation.BEFORE);
  }

  @Test
  void aVerbBeforeAGerundDatedByItsObjectPrecedesThatDate() {
    ExtractionResult r = extract("Orla Venn coached a rowing club in Pimsby before joining "
        + "the city council in March.");
    assertThat(anchorOf(r, "coached")).isEqualTo("March");
    assertThat(event(r, "coached").anchorRelation()).contains(TemporalRelation.BEFORE);
  }

  @Test
  void aFrontedCuePhraseWithItsOwnDateOrdersTheMainVerb() {
    ExtractionResult r = extract("After the blaze in August, the Wrenfield cinema was repainted.");
    assertThat(anchorOf(r, "repainted")).isEqualTo("August");
    assertThat(event(r, "repainted").anchorRelation()).contains(TemporalRelation.AFTER);
    ExtractionResult s = extract("Before the gale on Sunday, shopkeepers boarded up windows.");
    assertThat(event(s, "boarded").anchorRelation()).contains(TemporalRelation.BEFORE);
  }

  @Test
  void aPerfectSinceAnEventNounWithItsDateBeginsThen() {
    ExtractionResult r = extract("Corvo Dairy has tripled its output since the takeover in May.");
    assertThat(anchorOf(r, "tripled")).isEqualTo("May");
    assertThat(event(r, "tripled").anchorRelation()).contains(TemporalRelation.BEGINS);
  }
}
