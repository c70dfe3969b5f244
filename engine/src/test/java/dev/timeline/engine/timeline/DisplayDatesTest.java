package dev.timeline.engine.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.event.TemporalRelation;
import dev.timeline.engine.Span;
import dev.timeline.engine.temporal.Anchoring;
import dev.timeline.engine.temporal.Granularity;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimeInterval;
import dev.timeline.engine.temporal.TimexModifier;
import dev.timeline.engine.temporal.TimexType;
import java.time.LocalDate;
import java.util.Optional;
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
    assertThat(DisplayDates.calendar("2027-W07-WE")).contains("weekend of 20 February 2027");
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
  void earlierAndLaterInAPeriodAreNotItsStartAndEnd() {
    assertThat(DisplayDates.withModifier("2025", TimexModifier.START, "Earlier this year"))
        .isEqualTo("earlier in 2025");
    assertThat(DisplayDates.withModifier("October 2025", TimexModifier.END, "later this month"))
        .isEqualTo("later in October 2025");
    assertThat(DisplayDates.withModifier("2025", TimexModifier.START, "early next year"))
        .isEqualTo("early 2025");
  }

  @Test
  void aQuarterCoveringOtherMonthsThanItsLabelIsFiscal() {
    TemporalExpression fiscalQ3 = quarter("2025-Q3", LocalDate.of(2025, 1, 1));
    TemporalExpression calendarQ3 = quarter("2025-Q3", LocalDate.of(2025, 7, 1));
    assertThat(DisplayDates.of(fiscalQ3, Optional.empty())).isEqualTo("fiscal Q3 2025");
    assertThat(DisplayDates.of(calendarQ3, Optional.empty())).isEqualTo("Q3 2025");
    assertThat(DisplayDates.of(calendarQ3, Optional.of(TemporalRelation.BEGINS), false, false))
        .as("went on from before publication").isEqualTo("since Q3 2025");
    assertThat(DisplayDates.of(calendarQ3, Optional.of(TemporalRelation.BEGINS), false, true))
        .as("starts after publication").isEqualTo("from Q3 2025");
  }

  private static TemporalExpression quarter(String value, LocalDate begin) {
    return new TemporalExpression(new Span(0, 11), "the quarter", TimexType.DATE, value,
        TimexModifier.NONE, Optional.of(Granularity.QUARTER),
        Optional.of(new TimeInterval(begin.atStartOfDay(), begin.plusMonths(3).atStartOfDay())),
        Anchoring.absolute("test"), "", "");
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
