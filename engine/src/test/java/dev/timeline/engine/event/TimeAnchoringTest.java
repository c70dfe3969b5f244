package dev.timeline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.DocumentInput;
import dev.timeline.engine.Engines;
import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.TimelineEngine;
import dev.timeline.engine.temporal.TemporalExpression;
import org.junit.jupiter.api.Test;

/** Anchoring through the standard engine: the real tagger finds the expressions. */
class TimeAnchoringTest {
  private static final TimelineEngine ENGINE = Engines.standard();
  private static final PublicationDate PUBLISHED = PublicationDate.parse("1989-11-02");

  private static ExtractionResult extract(String text) {
    return ENGINE.extract(DocumentInput.news("test", text, PUBLISHED));
  }

  private static EventMention event(ExtractionResult r, String trigger) {
    return r.events().stream().filter(e -> e.triggerText().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event '" + trigger + "' in "
            + r.events().stream().map(EventMention::triggerText).toList()));
  }

  /** The text of the expression the event is anchored to, or "" when it has none. */
  private static String anchorOf(ExtractionResult r, String trigger) {
    EventMention e = event(r, trigger);
    return e.anchored() ? r.expressions().get(e.anchorExpressionIndex()).text() : "";
  }

  private static TemporalExpression expressionOf(ExtractionResult r, String trigger) {
    return r.expressions().get(event(r, trigger).anchorExpressionIndex());
  }

  @Test
  void referencesToThePresentOrPastAnchorTheVerbTheyModify() {
    ExtractionResult r = extract("Magna recently cut its dividend. Now officials are "
        + "investigating the deal.");
    assertThat(expressionOf(r, "cut").value()).isEqualTo("PAST_REF");
    assertThat(event(r, "cut").confidence()).isEqualTo(TimeAnchoring.WEAK);
    assertThat(event(r, "cut").publicationRelation()).contains(TemporalRelation.BEFORE);
    assertThat(expressionOf(r, "investigating").value()).isEqualTo("PRESENT_REF");
  }

  @Test
  void aStretchOfTimeAnchorsTheEventsThatFillIt() {
    ExtractionResult r = extract("In the past two months, the funds have lost $6 billion. "
        + "She took the stand for more than four hours.");
    assertThat(anchorOf(r, "lost")).contains("two months");
    assertThat(anchorOf(r, "took")).contains("four hours");
    assertThat(event(r, "took").anchorRelation()).contains(TemporalRelation.DURING);
  }

  @Test
  void aDateRightAfterAReportingVerbDatesTheSaying() {
    ExtractionResult r = extract("The Pentagon said today it will re-examine the question.");
    assertThat(anchorOf(r, "said")).isEqualTo("today");
    assertThat(event(r, "said").anchorRelation()).contains(TemporalRelation.ON);
  }

  @Test
  void aDateThatModifiesANounDatesThatNounNotTheVerb() {
    ExtractionResult r = extract("Citadel posted a third-quarter loss of $2.3 million. "
        + "The bank had a loss of $8.1 million, or $2.14 a share, for the quarter ended Sept. 30. "
        + "The two leaders held a two-hour meeting.");
    assertThat(anchorOf(r, "loss")).isEqualTo("third-quarter");
    assertThat(anchorOf(r, "posted")).as("the loss is the quarter's, the posting is not").isEmpty();
    assertThat(r.events().stream().filter(e -> e.triggerText().equals("loss")).skip(1)
        .findFirst().map(e -> r.expressions().get(e.anchorExpressionIndex()).text()))
        .contains("the quarter");
    assertThat(anchorOf(r, "had")).as("Sept. 30 ends the quarter, not the event").isEmpty();
    assertThat(anchorOf(r, "meeting")).isEqualTo("two-hour");
    assertThat(event(r, "meeting").anchorRelation()).contains(TemporalRelation.DURING);
  }

  @Test
  void aComparedDateDoesNotDateTheEvent() {
    ExtractionResult r = extract("Revenue declined 8% to $85.7 million, from $93.3 million a year "
        + "earlier. Net income rose, compared with a year ago.");
    assertThat(anchorOf(r, "declined")).isEmpty();
    assertThat(anchorOf(r, "rose")).isEmpty();
  }

  @Test
  void anUndatedEventNounTakesItsVerbsRelation() {
    ExtractionResult r = extract("The rebels launched an attack on the town. Officials will "
        + "discuss the elections. The minister resigned, adding that he was tired.");
    assertThat(event(r, "attack").publicationRelation()).contains(TemporalRelation.BEFORE);
    assertThat(event(r, "elections").publicationRelation()).contains(TemporalRelation.AFTER);
    assertThat(event(r, "adding").publicationRelation())
        .as("a reporting participle tells what was said before the writing")
        .contains(TemporalRelation.BEFORE);
  }

  @Test
  void anInfinitiveLooksAheadAndADoneEventOnThePublicationDayIsBeforeIt() {
    ExtractionResult r = extract("The company plans to buy the plant. The bank said today that "
        + "profits rose.");
    assertThat(event(r, "buy").publicationRelation()).contains(TemporalRelation.AFTER);
    assertThat(anchorOf(r, "said")).isEqualTo("today");
    assertThat(event(r, "said").publicationRelation()).contains(TemporalRelation.BEFORE);
  }

  @Test
  void aNewsDayHoldsUntilAnotherDateOrTheParagraphEnds() {
    ExtractionResult r = extract("Prices fell on Monday. Traders blamed the bank. "
        + "Analysts criticized the policy.\n\nRegulators reacted angrily. In 2007 the fund "
        + "collapsed. Investors sued the firm.");
    assertThat(anchorOf(r, "blamed")).isEqualTo("Monday");
    assertThat(anchorOf(r, "criticized")).isEqualTo("Monday");
    assertThat(event(r, "criticized").confidence()).isEqualTo(TimeAnchoring.NARRATIVE);
    assertThat(anchorOf(r, "reacted")).as("a new paragraph").isEmpty();
    assertThat(anchorOf(r, "sued")).as("only a day carries over").isEmpty();
  }

  @Test
  void aComparisonInsideTheExpressionBeforeDoesNotReachTheNextOne() {
    ExtractionResult r = extract("She took the stand for more than four hours Friday in court.");
    assertThat(anchorOf(r, "took")).isEqualTo("Friday");
  }

  @Test
  void aSetOrALengthRightAfterTheVerbAnchorsThatVerb() {
    ExtractionResult r = extract("Unisys must pay about $100 million in interest every quarter. "
        + "He spent six days aboard the spacecraft.");
    assertThat(anchorOf(r, "pay")).isEqualTo("every quarter");
    assertThat(event(r, "pay").anchorRelation()).contains(TemporalRelation.ON);
    assertThat(anchorOf(r, "spent")).isEqualTo("six days");
    assertThat(event(r, "spent").anchorRelation()).contains(TemporalRelation.DURING);
  }

  @Test
  void aPeriodAfterForDatesTheVerbWhenNoEventNounStandsBetween() {
    ExtractionResult r = extract("Net income rose 21% to $3 million for the fourth quarter.");
    assertThat(anchorOf(r, "rose")).isEqualTo("the fourth quarter");
  }

  @Test
  void anExpressionAfterAnEventNounDatesThatNounNotTheClauseAbove() {
    ExtractionResult r = extract("The Israelis believe the IRA was behind two killings in "
        + "Belfast last week.");
    assertThat(anchorOf(r, "killings")).isEqualTo("last week");
    assertThat(anchorOf(r, "believe")).isEmpty();
  }

  @Test
  void theComplementOfAnAspectualVerbSharesItsTime() {
    ExtractionResult r = extract("Kellogg soon will begin selling boxes for 99 cents.");
    assertThat(anchorOf(r, "begin")).isEqualTo("soon");
    assertThat(anchorOf(r, "selling")).isEqualTo("soon");
  }

  @Test
  void aWhenClauseReachesTheEventThroughAPieceWithoutOne() {
    ExtractionResult r = extract("President Bush implied as much yesterday when reporters "
        + "asked whether it would apply to food.");
    assertThat(anchorOf(r, "implied")).isEqualTo("yesterday");
    assertThat(anchorOf(r, "asked")).isEqualTo("yesterday");
  }

  @Test
  void anEventNounBetweenAVerbAndItsStretchSharesIt() {
    ExtractionResult r = extract("The company has reported declines in operating profit in the "
        + "past three years.");
    assertThat(anchorOf(r, "reported")).isEqualTo("the past three years");
    assertThat(anchorOf(r, "declines")).isEqualTo("the past three years");
  }

  @Test
  void aStretchAfterAnEventNounIsTheNounsNotTheClauseDates() {
    ExtractionResult r = extract("A task force began delving Thursday into the slayings of 14 "
        + "women over the last five years.");
    assertThat(anchorOf(r, "delving")).isEqualTo("Thursday");
    assertThat(anchorOf(r, "slayings")).isEqualTo("the last five years");
  }

  @Test
  void aDurationAfterAVerbIsItsLengthAndAPeriodOfAnotherTenseIsNotItsTime() {
    ExtractionResult r = extract("The banks must wait at least 30 days. "
        + "The company raised its forecast for 1990.");
    assertThat(anchorOf(r, "wait")).isEqualTo("at least 30 days");
    assertThat(anchorOf(r, "raised")).isEmpty();
  }
}
