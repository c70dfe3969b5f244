package dev.timeline.engine.event;

import static dev.timeline.engine.event.NewsExtractions.anchorOf;
import static dev.timeline.engine.event.NewsExtractions.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.ExtractionResult;
import org.junit.jupiter.api.Test;

/** Times carried from earlier sentences of a news story, through the standard engine. */
class NarrativeTimeTest {
  private static ExtractionResult extract(String text) {
    return NewsExtractions.extract(text, "1989-11-02");
  }

  @Test
  void aFrontedStretchHoldsForThePastAndPerfectEventsOfItsParagraph() {
    ExtractionResult r = extract("Over the last forty eight hours, copper futures "
        + "have dropped nine percent. The rand has lost a tenth of its worth."
        + "\n\nThe central bank has raised its rates.");
    assertThat(anchorOf(r, "lost")).isEqualTo("the last forty eight hours");
    assertThat(event(r, "lost", 0).confidence()).isEqualTo(TimeAnchoring.NARRATIVE);
    assertThat(anchorOf(r, "raised")).as("a new paragraph").isEmpty();
  }

  @Test
  void aFrontedDateSetsTheSceneWhileOnePassingByDoesNot() {
    ExtractionResult scene = extract("In 1988, the fund collapsed. Investors sued the firm. "
        + "The bank did not pay.");
    assertThat(anchorOf(scene, "sued")).isEqualTo("1988");
    assertThat(anchorOf(scene, "pay")).as("negated").isEmpty();
    ExtractionResult passing = extract("The fund collapsed in 1988. Investors sued the firm.");
    assertThat(anchorOf(passing, "sued")).isEmpty();
  }

  @Test
  void aReportingPeriodCarriesToTheNextResultsButNotToAnEarlierPast() {
    ExtractionResult r = extract("Ticket revenue for the third quarter declined to $12.4 "
        + "million. However, catering revenue rose to $6.8 million from $5 million a year "
        + "earlier. The bank had warned of the decline.");
    assertThat(anchorOf(r, "rose")).as("a compared amount's date is not the event's")
        .isEqualTo("the third quarter");
    assertThat(anchorOf(r, "warned")).as("a past perfect lies before the story's time")
        .isEmpty();
  }

  @Test
  void theStoryDayHoldsForLaterReportingVerbsAcrossParagraphs() {
    ExtractionResult r = extract("A neighbour of the suspect said Friday that she regretted the "
        + "call.\n\nThe hearing opened in November.\n\nMs. Lund said she heard the plan. "
        + "\"They intended to rob the place.\"");
    assertThat(anchorOf(r, "said", 1)).isEqualTo("Friday");
    assertThat(event(r, "said", 1).confidence()).isEqualTo(TimeAnchoring.NARRATIVE);
    assertThat(anchorOf(r, "heard")).as("a reported clause").isEmpty();
    assertThat(anchorOf(r, "intended")).as("quoted speech").isEmpty();
  }

  @Test
  void aFlashbackToAnEarlierDayEndsWithItsParagraph() {
    ExtractionResult r = extract("The ferry left the harbour on Tuesday.\n\nThe voyage had been "
        + "delayed twice, and a trial run on Sunday was cancelled.\n\nCrews loaded the stores.");
    assertThat(anchorOf(r, "cancelled")).isEqualTo("Sunday");
    assertThat(anchorOf(r, "loaded")).as("the story returns to the day it was on")
        .isEqualTo("Tuesday");
  }

  @Test
  void aClockTimeDatesItsOwnTellingButSetsNoStoryDay() {
    ExtractionResult r = extract("\"The coming days will be hard,\" the mayor told reporters "
        + "at 10 a.m. local time.\n\nTeachers said the schools would stay shut.");
    assertThat(anchorOf(r, "told")).isEqualTo("10 a.m. local time");
    assertThat(anchorOf(r, "said")).as("later tellings of the day are not at 10 a.m.").isEmpty();
  }

  @Test
  void anOldDayIsBackgroundAndEndsWithItsParagraph() {
    ExtractionResult r = extract("The council approved the budget on Oct. 30."
        + "\n\nThe mayor said taxes would not rise.");
    assertThat(anchorOf(r, "said")).as("three days before publication: the day of the news")
        .isEqualTo("Oct. 30");
    ExtractionResult old = extract("The council approved the budget on June 12."
        + "\n\nThe mayor said taxes would not rise.");
    assertThat(anchorOf(old, "said")).as("months before publication: background").isEmpty();
  }

  @Test
  void thePresentHoldsForPresentTenseVerbs() {
    ExtractionResult r = extract("Some 9,000 volunteers are now in the valley. The region boasts "
        + "a rescue corps of 2,000 members. It mobilized its reserves.");
    assertThat(anchorOf(r, "boasts")).isEqualTo("now");
    assertThat(anchorOf(r, "mobilized")).isEmpty();
  }

  @Test
  void thePublicationDayIsThePresentToo() {
    ExtractionResult r = extract("Some 900 volunteers reached the Tarn valley today. The region "
        + "boasts a rescue corps of 200 members.");
    assertThat(anchorOf(r, "boasts")).isEqualTo("today");
  }

  @Test
  void anEventWhoseClauseNamesATimeTakesNoneCarriedOver() {
    ExtractionResult r = extract("Prices fell on Monday. Traders blamed the bank. Last year's "
        + "results were hurt by charges.");
    assertThat(anchorOf(r, "blamed")).isEqualTo("Monday");
    assertThat(anchorOf(r, "hurt")).as("its subject's date, not Monday").isEqualTo("Last year");
  }

  @Test
  void theParagraphsNewsDayHoldsForLaterReportingVerbs() {
    ExtractionResult r = extract("Delegates of the Orvan assembly voted on Oct. 31 to adopt a "
        + "new flag. The old banner was designed in 1921. The speaker said the design was "
        + "final.");
    assertThat(anchorOf(r, "said")).as("a background year ends the scene, not the story's day")
        .isEqualTo("Oct. 31");
  }

  @Test
  void aNewsDayThatDatesNoEventStillSetsTheStoryOnIt() {
    ExtractionResult r = extract("Analysts had expected a loss, and shares of Pemberton Foods "
        + "were down 40 cents in trading yesterday. \"Margins are thin,\" said Ada Voss, an "
        + "analyst at Kell Co.");
    assertThat(anchorOf(r, "said")).isEqualTo("yesterday");
  }

  @Test
  void aReportingVerbAfterBacktickQuotesKeepsTheStoryDay() {
    ExtractionResult r = extract("The harbour authority said Tuesday that the pier would stay "
        + "closed. ``We will keep the gates shut for the coming weeks,'' said spokeswoman Ada "
        + "Brenn. ``It means that we can talk about the repairs today,'' Ms. Brenn told the "
        + "radio. ``No one wants to wait; so we think it better to sail.'' The port's pilot "
        + "also suggested the fleet was ready.");
    assertThat(anchorOf(r, "said", 1)).as("a date inside the quote").isEqualTo("Tuesday");
    assertThat(anchorOf(r, "told")).as("a clause inside the quote").isEqualTo("Tuesday");
    assertThat(anchorOf(r, "suggested")).as("a quote closed with its full stop")
        .isEqualTo("Tuesday");
  }

  @Test
  void quotedSpeechInThePresentHoldsAtTheStorysPresent() {
    ExtractionResult r = extract("The harbour reopened today. ``I am shocked by the damage,'' "
        + "the mayor said. ``We lost two boats.''");
    assertThat(anchorOf(r, "shocked")).isEqualTo("today");
    assertThat(anchorOf(r, "lost")).as("the speaker's own past").isEmpty();
  }

  @Test
  void aClosingAttributionKeepsTheStoryDayPastTheDatesItReports() {
    ExtractionResult r = extract("Port officials said Friday that the ferry line would close. "
        + "The mayor was warned Wednesday by his aide that the budget had a gap, the officials "
        + "said.");
    assertThat(anchorOf(r, "said", 1)).isEqualTo("Friday");
  }

  @Test
  void aDayBorrowedFromAnotherEventOfTheClauseSetsNoStoryDay() {
    ExtractionResult r = extract("Rainfall in the Usk basin fell by a third, according to "
        + "figures released on Monday by the weather office. The office opened in 1921."
        + "\n\n\"The drought is not over,\" "
        + "said Pia Rundell, a hydrologist. She said the reservoirs were low.");
    assertThat(anchorOf(r, "released")).isEqualTo("Monday");
    assertThat(anchorOf(r, "said")).as("the figures were released then, not told").isEmpty();
    assertThat(anchorOf(r, "said", 1)).isEmpty();
  }

  @Test
  void aTellingDatedBelowTheStorysTopSetsNoStoryDay() {
    ExtractionResult r = extract("Flood waters rose across the Tarn valley as the river broke "
        + "its banks.\n\nHundreds of homes were evacuated, and the main road was closed."
        + "\n\nVolunteers filled sandbags through the night.\n\nThe mayor told reporters on "
        + "Monday that the levee would hold. It was built in 1952.\n\nA farmer said the fields "
        + "were lost.");
    assertThat(anchorOf(r, "told")).isEqualTo("Monday");
    assertThat(anchorOf(r, "said")).as("the mayor's day, not the story's").isEmpty();
  }
}
