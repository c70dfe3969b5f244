package dev.timeline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each event's relation to the publication date, through the standard engine. */
class PublicationRelationsTest {
  private static Optional<TemporalRelation> relationOf(String text, String trigger) {
    return NewsExtractions.event(NewsExtractions.extract(text, "1998-03-04"), trigger, 0)
        .publicationRelation();
  }

  @Test
  void tenseAndAspectPlaceAnUndatedEvent() {
    assertThat(relationOf("The company sold the unit.", "sold"))
        .contains(TemporalRelation.BEFORE);
    assertThat(relationOf("The company has sold the unit.", "sold"))
        .contains(TemporalRelation.BEFORE);
    assertThat(relationOf("The company will sell the unit.", "sell"))
        .contains(TemporalRelation.AFTER);
    assertThat(relationOf("Analysts say the market is weak.", "say"))
        .contains(TemporalRelation.OVERLAP);
  }

  @Test
  void thePresentPerfectProgressiveStillGoesOn() {
    assertThat(relationOf("The conglomerate has been doubling its profits.", "doubling"))
        .contains(TemporalRelation.OVERLAP);
  }

  @Test
  void aNonFinitePerfectLiesBefore() {
    assertThat(relationOf("Having agreed to the terms, the board met.", "agreed"))
        .contains(TemporalRelation.BEFORE);
  }

  @Test
  void canStatesAnAbilityNowOtherModalsLookAhead() {
    assertThat(relationOf("Pak can't find buyers for the flat.", "find"))
        .contains(TemporalRelation.OVERLAP);
    assertThat(relationOf("The board may approve the sale.", "approve"))
        .contains(TemporalRelation.AFTER);
  }

  @Test
  void aRefusalToldInThePastLiesBefore() {
    assertThat(relationOf("Mr. Ostrander wouldn't say whether the talks failed.", "say"))
        .contains(TemporalRelation.BEFORE);
    assertThat(relationOf("The pact would resolve part of the investigation.", "resolve"))
        .contains(TemporalRelation.AFTER);
  }

  @Test
  void aSimplePastLiesBeforeEvenBesideALaterDate() {
    assertThat(relationOf("Calder Mills directors declared a dividend of ten cents, payable "
        + "March 20.", "declared")).contains(TemporalRelation.BEFORE);
  }

  @Test
  void aReportingParticipleLiesBeforeButAnAttributionHoldsNow() {
    assertThat(relationOf("Prices fell sharply, the broker said, citing the filing.", "citing"))
        .contains(TemporalRelation.BEFORE);
    assertThat(relationOf("Prices fell sharply, according to the filing.", "according"))
        .contains(TemporalRelation.OVERLAP);
    assertThat(relationOf("Last week, savers pulled $2 billion out of bond funds, according "
        + "to estimates by Harlow Research.", "according"))
        .as("the week dates the account, not the attribution").contains(TemporalRelation.OVERLAP);
  }

  @Test
  void aFutureEventInAPeriodThatHoldsTheDayFollowsIt() {
    assertThat(relationOf("The company will open two plants this year.", "open"))
        .contains(TemporalRelation.AFTER);
  }

  @Test
  void aPresentAttitudeToALaterDateHoldsNow() {
    assertThat(relationOf("The party hopes to win its first seats next September.", "hopes"))
        .contains(TemporalRelation.OVERLAP);
  }

  @Test
  void anEventNounWithoutAVerbOverlaps() {
    assertThat(relationOf("More heavy gunfire in the province.", "gunfire"))
        .contains(TemporalRelation.OVERLAP);
  }

  @Test
  void anEventNounTakesItsGovernorsRelation() {
    assertThat(relationOf("The attack killed three soldiers.", "attack"))
        .contains(TemporalRelation.BEFORE);
  }

  @Test
  void aPerfectStillNotDoneOverlapsTheTimeOfWriting() {
    assertThat(relationOf("A closing date still hasn't been set.", "set"))
        .contains(TemporalRelation.OVERLAP);
    assertThat(relationOf("The mill has not yet reopened.", "reopened"))
        .contains(TemporalRelation.OVERLAP);
    assertThat(relationOf("The mill hasn't reopened.", "reopened"))
        .contains(TemporalRelation.BEFORE);
  }

  @Test
  void anAdverbMayStandBetweenStillAndTheDeniedPerfect() {
    assertThat(relationOf("The rebels still evidently haven't used their mortars.", "used"))
        .contains(TemporalRelation.OVERLAP);
  }

  @Test
  void aDeniedPassivePerfectStandsUndoneNow() {
    assertThat(relationOf("A date for the hearing hasn't been fixed.", "fixed"))
        .contains(TemporalRelation.OVERLAP);
  }

  @Test
  void aPresentInATimeOrConditionClauseFollowsItsFutureMainClause() {
    assertThat(relationOf("The bakery will close after the city approves the sale.",
        "approves"))
        .contains(TemporalRelation.AFTER);
    assertThat(relationOf("The board may sell the mill if the offer rises.", "rises"))
        .contains(TemporalRelation.AFTER);
    assertThat(relationOf("The bakery closes when the city approves a sale.", "approves"))
        .as("a present main clause").contains(TemporalRelation.OVERLAP);
  }

  @Test
  void aPresentStateHoldsNowBesideALaterDate() {
    assertThat(relationOf("Orvan Bank has an option to buy the stake after May 1.", "has"))
        .contains(TemporalRelation.OVERLAP);
  }
}
