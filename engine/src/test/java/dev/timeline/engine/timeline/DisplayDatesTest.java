package dev.timeline.engine.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.event.TemporalRelation;
import dev.timeline.engine.temporal.TimexModifier;
import org.junit.jupiter.api.Test;

class DisplayDatesTest {
  @Test
  void calendarValuesReadAsAReaderWritesThem() {
    assertThat(DisplayDates.calendar("2011")).contains("2011");
    assertThat(DisplayDates.calendar("2014-09")).contains("September 2014");
    assertThat(DisplayDates.calendar("2014-09-14")).contains("14 September 2014");
    assertThat(DisplayDates.calendar("2014-09-14TMO")).contains("14 September 2014, morning");
    assertThat(DisplayDates.calendar("2014-09-14T10:30")).contains("14 September 2014, 10:30");
    assertThat(DisplayDates.calendar("2023-Q3")).contains("Q3 2023");
    assertThat(DisplayDates.calendar("2024-H1")).contains("first half of 2024");
    assertThat(DisplayDates.calendar("2014-SU")).contains("summer 2014");
    assertThat(DisplayDates.calendar("1946-W24")).contains("week of 10 June 1946");
    assertThat(DisplayDates.calendar("199")).contains("the 1990s");
    assertThat(DisplayDates.calendar("19")).contains("the 20th century");
    assertThat(DisplayDates.calendar("P3Y")).isEmpty();
    assertThat(DisplayDates.calendar("PRESENT_REF")).isEmpty();
  }

  @Test
  void modifiersOfDecadesAndCenturiesFollowTheArticle() {
    assertThat(DisplayDates.withModifier("the 1970s", TimexModifier.END)).isEqualTo("the late 1970s");
    assertThat(DisplayDates.withModifier("the 19th century", TimexModifier.MID))
        .isEqualTo("the mid-19th century");
    assertThat(DisplayDates.withModifier("September 2014", TimexModifier.START))
        .isEqualTo("early September 2014");
    assertThat(DisplayDates.withModifier("the 1990s", TimexModifier.APPROX)).isEqualTo("about the 1990s");
  }

  @Test
  void relationsToPublicationAreWords() {
    assertThat(DisplayDates.relativeToPublication(TemporalRelation.BEFORE))
        .isEqualTo("before publication");
    assertThat(DisplayDates.relativeToPublication(TemporalRelation.OVERLAP))
        .isEqualTo("at publication");
    assertThat(DisplayDates.relativeToPublication(TemporalRelation.AFTER))
        .isEqualTo("after publication");
  }
}
