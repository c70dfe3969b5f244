package dev.timeline.engine.event;

import static dev.timeline.engine.event.NewsExtractions.additional;
import static dev.timeline.engine.event.NewsExtractions.anchorOf;
import static dev.timeline.engine.event.NewsExtractions.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.ExtractionResult;
import dev.timeline.engine.temporal.TemporalExpression;
import org.junit.jupiter.api.Test;

/** Anchoring through the standard engine: the real tagger finds the expressions. */
class TimeAnchoringTest {
  private static ExtractionResult extract(String text) {
    return NewsExtractions.extract(text, "1989-11-02");
  }

  private static TemporalExpression expressionOf(ExtractionResult r, String trigger) {
    return r.expressions().get(event(r, trigger).anchorExpressionIndex());
  }

  @Test
  void referencesToThePresentOrPastAnchorTheVerbTheyModify() {
    ExtractionResult r = extract("The brewer recently cut its payout. Now regulators are "
        + "investigating the merger.");
    assertThat(expressionOf(r, "cut").value()).isEqualTo("PAST_REF");
    assertThat(event(r, "cut").confidence()).isEqualTo(TimeAnchoring.WEAK);
    assertThat(event(r, "cut").publicationRelation()).contains(TemporalRelation.BEFORE);
    assertThat(expressionOf(r, "investigating").value()).isEqualTo("PRESENT_REF");
  }

  @Test
  void aStretchOfTimeAnchorsTheEventsThatFillIt() {
    ExtractionResult r = extract("In the past two months, the pension plans have lost $2 billion. "
        + "The witness took questions for more than four hours.");
    assertThat(anchorOf(r, "lost")).contains("two months");
    assertThat(anchorOf(r, "took")).contains("four hours");
    assertThat(event(r, "took").anchorRelation()).contains(TemporalRelation.DURING);
  }

  @Test
  void aDateRightAfterAReportingVerbDatesTheSaying() {
    ExtractionResult r = extract("The ministry said today it will review the contract.");
    assertThat(anchorOf(r, "said")).isEqualTo("today");
    assertThat(event(r, "said").anchorRelation()).contains(TemporalRelation.ON);
  }

  @Test
  void aDateThatModifiesANounDatesThatNoun() {
    ExtractionResult r = extract("Harbor Mills posted a third-quarter loss of $1.7 million. "
        + "The lender had a loss of $5.2 million, or 61 cents a share, for the quarter ended Sept. 30. "
        + "The two ministers held a two-hour meeting.");
    assertThat(anchorOf(r, "loss")).isEqualTo("third-quarter");
    assertThat(r.events().stream().filter(e -> e.triggerText().equals("loss")).skip(1)
        .findFirst().map(e -> r.expressions().get(e.anchorExpressionIndex()).text()))
        .contains("the quarter");
    assertThat(anchorOf(r, "meeting")).isEqualTo("two-hour");
    assertThat(event(r, "meeting").anchorRelation()).contains(TemporalRelation.DURING);
  }

  @Test
  void aVerbWhoseObjectTheDateDatesTellsThatTimeUnlessDatedItself() {
    ExtractionResult r = extract("Orchard Foods posted a third-quarter loss of $4.4 million. "
        + "The dairy co-op had a loss of $800,000 for the quarter ended Sept. 30. "
        + "The tannery reported its third-quarter earnings on Monday.");
    assertThat(anchorOf(r, "posted")).isEqualTo("third-quarter");
    assertThat(event(r, "posted").anchorRelation()).contains(TemporalRelation.ON);
    assertThat(anchorOf(r, "had")).as("the quarter, not Sept. 30 that ends it")
        .isEqualTo("the quarter");
    assertThat(anchorOf(r, "reported")).isEqualTo("Monday");
  }

  @Test
  void aVerbJoinedByAndSharesTheDateOfItsDatedSubject() {
    ExtractionResult r = extract("Traders said Tuesday's rally lifted the index and weakened "
        + "the franc.");
    assertThat(anchorOf(r, "lifted")).isEqualTo("Tuesday");
    assertThat(anchorOf(r, "weakened")).isEqualTo("Tuesday");
  }

  @Test
  void eventsCountedSinceADateCameAfterIt() {
    ExtractionResult r = extract("Rebels have staged six raids since March, the army says.");
    assertThat(anchorOf(r, "raids")).isEqualTo("March");
    assertThat(event(r, "raids").anchorRelation()).contains(TemporalRelation.AFTER);
  }

  @Test
  void aSecondCoordinatedDateIsAnAdditionalAnchor() {
    ExtractionResult r = extract("The new plant will raise costs by about 4% in both 1990 and "
        + "1991.");
    assertThat(anchorOf(r, "raise")).isEqualTo("1990");
    assertThat(additional(r, "raise")).containsExactly("ON 1991");
  }

  @Test
  void theEndOfARangeIsAnAdditionalAnchorThatEndsTheEvent() {
    ExtractionResult r = extract("The bond fund has gained 3.1% this year through Oct. 20. "
        + "The agency sold its stake between 1984 and 1986. "
        + "The broker will accept orders from Monday to Nov. 20.");
    assertThat(anchorOf(r, "gained")).isEqualTo("this year");
    assertThat(additional(r, "gained")).containsExactly("ENDS Oct. 20");
    assertThat(event(r, "sold").anchorRelation()).contains(TemporalRelation.BEGINS);
    assertThat(additional(r, "sold")).containsExactly("ENDS 1986");
    assertThat(event(r, "accept").anchorRelation()).contains(TemporalRelation.BEGINS);
    assertThat(additional(r, "accept")).containsExactly("ENDS Nov. 20");
  }

  @Test
  void aLengthBesideTheDateIsAnAdditionalAnchor() {
    ExtractionResult r = extract("The witness testified for more than three hours Tuesday.");
    assertThat(anchorOf(r, "testified")).isEqualTo("Tuesday");
    assertThat(additional(r, "testified")).containsExactly("DURING more than three hours");
  }

  @Test
  void mostEventsHaveNoAdditionalAnchor() {
    ExtractionResult r = extract("The council voted Friday to close the plant. Shares rose "
        + "from Monday, when the plan was announced.");
    assertThat(additional(r, "voted")).isEmpty();
    assertThat(additional(r, "rose")).isEmpty();
  }

  @Test
  void anAmountComparedWithThanLeavesTheDateToTheEvent() {
    ExtractionResult r = extract("Asset sales cut revenue by more than one-half this year. "
        + "The share of block trades came to more than 20% in August. "
        + "Orders grew faster than a year earlier.");
    assertThat(anchorOf(r, "cut")).isEqualTo("this year");
    assertThat(anchorOf(r, "came")).isEqualTo("August");
    assertThat(anchorOf(r, "grew")).as("the time itself is compared").isEmpty();
  }

  @Test
  void anEventsOwnExpressionWinsOverAFrontedOne() {
    ExtractionResult r = extract("On Monday, the firm said the plant closed in 1987.");
    assertThat(anchorOf(r, "said")).isEqualTo("Monday");
    assertThat(anchorOf(r, "closed")).isEqualTo("1987");
  }

  @Test
  void whatHoldsSinceAPastDateStartsThenWhateverItsTenseReads() {
    ExtractionResult r = extract("Since 1983, the utility has shed 70 businesses while "
        + "acquiring 55 others.");
    assertThat(anchorOf(r, "shed")).isEqualTo("1983");
    assertThat(event(r, "shed").anchorRelation()).contains(TemporalRelation.BEGINS);
    assertThat(event(r, "acquiring").anchorRelation()).as("alongside the main clause")
        .contains(TemporalRelation.BEGINS);
  }

  @Test
  void aComparedDateDoesNotDateTheEvent() {
    ExtractionResult r = extract("Sales declined 6% to $41.3 million, from $44 million a year "
        + "earlier. Earnings rose, compared with a year ago.");
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
  void aNewsDayHoldsAcrossParagraphsUntilAnotherDate() {
    ExtractionResult r = extract("Prices fell on Monday. Traders blamed the bank. "
        + "Analysts criticized the policy.\n\nRegulators reacted angrily. In 2007 the fund "
        + "collapsed. Investors sued the firm.");
    assertThat(anchorOf(r, "blamed")).isEqualTo("Monday");
    assertThat(anchorOf(r, "criticized")).isEqualTo("Monday");
    assertThat(event(r, "criticized").confidence()).isEqualTo(TimeAnchoring.NARRATIVE);
    assertThat(anchorOf(r, "reacted")).as("a wire story's next paragraph").isEqualTo("Monday");
    assertThat(anchorOf(r, "sued")).as("only a day carries over").isEmpty();
  }

  @Test
  void aPeriodOrASceneEndsWithItsParagraph() {
    ExtractionResult r = extract("In the third quarter, revenue fell. Profit dropped too."
        + "\n\nThe chairman resigned.");
    assertThat(anchorOf(r, "dropped")).isEqualTo("the third quarter");
    assertThat(anchorOf(r, "resigned")).as("a new paragraph").isEmpty();
  }

  @Test
  void aComparisonInsideTheExpressionBeforeDoesNotReachTheNextOne() {
    ExtractionResult r = extract("The mayor answered questions for more than three hours Sunday at the hall.");
    assertThat(anchorOf(r, "answered")).isEqualTo("Sunday");
  }

  @Test
  void aSetOrALengthRightAfterTheVerbAnchorsThatVerb() {
    ExtractionResult r = extract("The town must pay the contractor a fixed fee every quarter. "
        + "The climber spent six days on the glacier.");
    assertThat(anchorOf(r, "pay")).isEqualTo("every quarter");
    assertThat(event(r, "pay").anchorRelation()).contains(TemporalRelation.ON);
    assertThat(anchorOf(r, "spent")).isEqualTo("six days");
    assertThat(event(r, "spent").anchorRelation()).contains(TemporalRelation.DURING);
  }

  @Test
  void aPeriodAfterForDatesTheVerbWhenNoEventNounStandsBetween() {
    ExtractionResult r = extract("Earnings rose 17% to $9 million for the fourth quarter.");
    assertThat(anchorOf(r, "rose")).isEqualTo("the fourth quarter");
  }

  @Test
  void anExpressionAfterAnEventNounDatesThatNounNotTheClauseAbove() {
    ExtractionResult r = extract("The police believe a gang was behind two bombings in "
        + "Leeds last week.");
    assertThat(anchorOf(r, "bombings")).isEqualTo("last week");
    assertThat(anchorOf(r, "believe")).isEmpty();
  }

  @Test
  void theComplementOfAnAspectualVerbSharesItsTime() {
    ExtractionResult r = extract("The bakery soon will begin selling loaves for two dollars.");
    assertThat(anchorOf(r, "begin")).isEqualTo("soon");
    assertThat(anchorOf(r, "selling")).isEqualTo("soon");
  }

  @Test
  void aWhenClauseReachesTheEventThroughAPieceWithoutOne() {
    ExtractionResult r = extract("The coach hinted at it yesterday when fans "
        + "asked whether the striker would stay.");
    assertThat(anchorOf(r, "hinted")).isEqualTo("yesterday");
    assertThat(anchorOf(r, "asked")).isEqualTo("yesterday");
  }

  @Test
  void aTrailingTimeClauseGoesWithTheNearestVerbBeforeIt() {
    ExtractionResult r = extract("The dairy opened a plant in 1984 and closed a depot in 1987 "
        + "as demand fell.");
    assertThat(anchorOf(r, "opened")).isEqualTo("1984");
    assertThat(anchorOf(r, "fell")).isEqualTo("1987");
  }

  @Test
  void anEventNounBetweenAVerbAndItsStretchSharesIt() {
    ExtractionResult r = extract("The chain has reported declines in store traffic in the "
        + "past three years.");
    assertThat(anchorOf(r, "reported")).isEqualTo("the past three years");
    assertThat(anchorOf(r, "declines")).isEqualTo("the past three years");
  }

  @Test
  void aStretchAfterAnEventNounIsTheNounsNotTheClauseDates() {
    ExtractionResult r = extract("A commission began looking Thursday into the murders of 30 "
        + "villagers over the last five years.");
    assertThat(anchorOf(r, "looking")).isEqualTo("Thursday");
    assertThat(anchorOf(r, "murders")).isEqualTo("the last five years");
  }

  @Test
  void aDurationAfterAVerbIsItsLengthAndAPeriodOfAnotherTenseIsNotItsTime() {
    ExtractionResult r = extract("The tenants must wait at least 30 days. "
        + "The firm raised its outlook for 1990.");
    assertThat(anchorOf(r, "wait")).isEqualTo("at least 30 days");
    assertThat(anchorOf(r, "raised")).isEmpty();
  }

  @Test
  void aClockTimeAfterItsDateDatesOnlyWhatTheDateDates() {
    ExtractionResult r = extract("The board scheduled a vote for Dec. 4 at 9 a.m.");
    assertThat(anchorOf(r, "scheduled")).as("the vote, not the scheduling, is on Dec. 4")
        .isEmpty();
    ExtractionResult dated = extract("The board voted on Dec. 4 at 9 a.m.");
    assertThat(anchorOf(dated, "voted")).isNotEmpty();
  }

  @Test
  void aPastPerfectIsNotAtTheTimeOfTheVerbItIsToldAgainst() {
    ExtractionResult r = extract("The coach insisted on Monday that the team had already lost "
        + "its best players.");
    assertThat(anchorOf(r, "insisted")).isEqualTo("Monday");
    assertThat(anchorOf(r, "lost")).as("the loss came before Monday").isEmpty();
  }

  @Test
  void aReportingVerbAfterTheNewsIsNotAtTheNewsTime() {
    ExtractionResult r = extract("The mill opened in March 1987, the owners said.");
    assertThat(anchorOf(r, "opened")).isEqualTo("March 1987");
    assertThat(anchorOf(r, "said")).as("told when the story was written").isEmpty();
    ExtractionResult range = extract("Ana Reyes, who ran the mill from 1990 to 1996, said the "
        + "looms were loud.");
    assertThat(anchorOf(range, "said")).as("the range is the running's").isEmpty();
  }

  @Test
  void throughADayEndsTheEvent() {
    ExtractionResult r = extract("The trust had bought 9,000 shares through Oct. 4. "
        + "Prices will stay low through next year.");
    assertThat(anchorOf(r, "bought")).isEqualTo("Oct. 4");
    assertThat(event(r, "bought").anchorRelation()).contains(TemporalRelation.ENDS);
    assertThat(event(r, "stay").anchorRelation()).as("a year is lived through")
        .contains(TemporalRelation.DURING);
  }

  @Test
  void aNegatedUntilStartsTheEventAndAProgressiveByIsOnGoingThen() {
    ExtractionResult r = extract("The mill won't reopen until June. "
        + "By Oct. 30, residents were fleeing the town. "
        + "The crews will finish the bridge by June.");
    assertThat(anchorOf(r, "reopen")).isEqualTo("June");
    assertThat(event(r, "reopen").anchorRelation()).contains(TemporalRelation.BEGINS);
    assertThat(anchorOf(r, "fleeing")).isEqualTo("Oct. 30");
    assertThat(event(r, "fleeing").anchorRelation()).contains(TemporalRelation.ON);
    assertThat(event(r, "finish").anchorRelation()).contains(TemporalRelation.ENDS);
  }

  @Test
  void aStateByADateHoldsThenAndWhatIsExtendedThroughADateEndsThen() {
    ExtractionResult r = extract("The grocer hopes to own 40 stores by 1994. "
        + "A group of insurers has extended the shipyard $40 million in credit lines through March.");
    assertThat(anchorOf(r, "own")).isEqualTo("1994");
    assertThat(event(r, "own").anchorRelation()).contains(TemporalRelation.ON);
    assertThat(anchorOf(r, "extended")).isEqualTo("March");
    assertThat(event(r, "extended").anchorRelation()).contains(TemporalRelation.ENDS);
  }

  @Test
  void anOpeningDateReachesTheMainClauseThatResumesAfterARelativeClause() {
    ExtractionResult r = extract("Last week, the mayor, who is up for reelection, signed the "
        + "budget. On Tuesday, the union, which represents 4,000 nurses, called a strike.");
    assertThat(anchorOf(r, "signed")).isEqualTo("Last week");
    assertThat(anchorOf(r, "called")).isEqualTo("Tuesday");
    assertThat(anchorOf(r, "represents")).as("the relative clause is told in the present")
        .isEmpty();
  }

  @Test
  void aDateInAReportedModalClauseWithNoEventIsNotTheSayings() {
    ExtractionResult r = extract("Officials said the reservoir will be empty by March. "
        + "The minister said Friday the ban was necessary.");
    assertThat(anchorOf(r, "said")).isEmpty();
    assertThat(anchorOf(r, "said", 1)).isEqualTo("Friday");
  }

  @Test
  void aReportingVerbAfterItsSubjectsPresentParticipleTakesItsDate() {
    ExtractionResult r = extract("The senator, speaking to reporters on Monday, said the plan "
        + "was dead. The firm, founded in 1952, said it would close.");
    assertThat(anchorOf(r, "said")).isEqualTo("Monday");
    assertThat(anchorOf(r, "said", 1)).as("the founding tells of the firm's past").isEmpty();
  }

  @Test
  void aLaterStartFromADateIsAnAdditionalAnchor() {
    ExtractionResult r = extract("Canning output rose 4% in September from a year earlier.");
    assertThat(anchorOf(r, "rose")).isEqualTo("September");
    assertThat(additional(r, "rose")).containsExactly("BEGINS a year earlier");
  }

  @Test
  void aLongComparedAmountKeepsItsDateFromTheVerb() {
    ExtractionResult r = extract("The mill earned $2.2 million, compared with a restated profit "
        + "of $4.1 million, or 12 cents a share, a year earlier.");
    assertThat(anchorOf(r, "earned")).as("the year-earlier date is the compared profit's")
        .isEmpty();
  }

  @Test
  void aDatedEventNounInTheSubjectAlsoDatesItsVerb() {
    ExtractionResult r = extract("Last year's results were hurt by a strike.");
    assertThat(anchorOf(r, "results")).isEqualTo("Last year");
    assertThat(anchorOf(r, "hurt")).isEqualTo("Last year");
  }

  @Test
  void aWhenClauseRightAfterADateIsAtThatDate() {
    ExtractionResult r = extract("Mill profit slid to $3 million from $9 million a year ago, "
        + "when lumber demand surged.");
    assertThat(anchorOf(r, "surged")).isEqualTo("a year ago");
    assertThat(event(r, "surged").anchorRelation()).contains(TemporalRelation.ON);
  }

  @Test
  void anAdverbBeforeAOneWordSubjectDatesTheVerbAfterIt() {
    ExtractionResult r = extract("Orders were thin in the summer, but now we are hiring again.");
    assertThat(anchorOf(r, "hiring")).isEqualTo("now");
  }

  @Test
  void anAdverbInTheVerbGroupWinsOverAnotherDateOfTheClause() {
    ExtractionResult r = extract("Harbor Foods, which now runs 40 stores and will open two more "
        + "in January, is based in Ohio.");
    assertThat(anchorOf(r, "runs")).isEqualTo("now");
  }

  @Test
  void aheadOfADateIsBeforeIt() {
    ExtractionResult r = extract("Shoppers bought candles ahead of Oct. 20. "
        + "The crew inspected the dam prior to Oct. 24.");
    assertThat(event(r, "bought").anchorRelation()).contains(TemporalRelation.BEFORE);
    assertThat(event(r, "inspected").anchorRelation()).contains(TemporalRelation.BEFORE);
  }

  @Test
  void anEventAfterAClauseThatFillsAStretchFallsInIt() {
    ExtractionResult r = extract("Nine hikers died after snow buried the ridge over the "
        + "weekend. The road closed after a truck overturned on Monday.");
    assertThat(anchorOf(r, "died")).isEqualTo("the weekend");
    assertThat(event(r, "died").anchorRelation()).as("after the snow, within the weekend")
        .contains(TemporalRelation.DURING);
    assertThat(event(r, "closed").anchorRelation()).as("after a day: maybe later")
        .contains(TemporalRelation.AFTER);
  }

  @Test
  void aComparisonInsideAPerfectKeepsTheVerbGroupAndItsOwnStretch() {
    ExtractionResult r = extract("Ticket sales have more than doubled over the past three "
        + "years but dipped 4 percent in August.");
    assertThat(event(r, "doubled").tense()).isEqualTo(Tense.PRESENT);
    assertThat(event(r, "doubled").aspect()).isEqualTo(Aspect.PERFECTIVE);
    assertThat(anchorOf(r, "doubled")).as("August is the dip's").isEqualTo("the past three years");
    assertThat(anchorOf(r, "dipped")).isEqualTo("August");
    ExtractionResult tagged = extract("Its debt has more than tripled since 1985.");
    assertThat(event(tagged, "tripled").aspect()).isEqualTo(Aspect.PERFECTIVE);
  }

  @Test
  void theTimeAfterAnExpectedEventNounIsTheEventsNotTheExpectations() {
    ExtractionResult r = extract("Growers expect more rain between Monday and Wednesday. "
        + "Dock workers fear a strike next week.");
    assertThat(anchorOf(r, "rain")).isEqualTo("Monday");
    assertThat(anchorOf(r, "expect")).as("the expecting is now").isEmpty();
    assertThat(anchorOf(r, "strike")).isEqualTo("next week");
    assertThat(anchorOf(r, "fear")).isEmpty();
  }

  @Test
  void aPresentStateOfMindIsNotDatedByThePeriodOfItsObject() {
    ExtractionResult r = extract("Tamsin Breweries expects revenue of $40 million to $42 "
        + "million for the full year. The chain reported weaker sales for the quarter.");
    assertThat(anchorOf(r, "expects")).as("the expecting is now").isEmpty();
    assertThat(anchorOf(r, "reported")).isEqualTo("the quarter");
  }

  @Test
  void anEventNounAfterAfterOrBeforeLiesBeforeOrAfterItsClausesTime() {
    ExtractionResult r = extract("Orchard shares slid 7 percent in March after a gloomy "
        + "forecast. Dockers walked out on Monday before the vote.");
    assertThat(anchorOf(r, "forecast")).isEqualTo("March");
    assertThat(event(r, "forecast").anchorRelation()).contains(TemporalRelation.BEFORE);
    assertThat(event(r, "slid").anchorRelation()).contains(TemporalRelation.ON);
    assertThat(anchorOf(r, "vote")).isEqualTo("Monday");
    assertThat(event(r, "vote").anchorRelation()).contains(TemporalRelation.AFTER);
    ExtractionResult year = extract("The Dunmore ferry stopped running in 2019 after a "
        + "severe storm.");
    assertThat(anchorOf(year, "storm")).isEqualTo("2019");
    assertThat(event(year, "storm").anchorRelation())
        .as("before the stop, but within 2019: not before 2019")
        .contains(TemporalRelation.ON);
  }

  @Test
  void anAdverbAfterItsVerbAndACommaIsThatVerbsNotTheNextOnes() {
    ExtractionResult r = extract("Copper prices have dipped recently, ending the week flat on "
        + "Friday in London.");
    assertThat(anchorOf(r, "dipped")).isEqualTo("recently");
    assertThat(anchorOf(r, "ending")).isEqualTo("Friday");
  }

  @Test
  void aPossessiveDateDatesItsNounAndTheVerbThatActsOnIt() {
    ExtractionResult r = extract("Farmers reacted angrily to yesterday's announcement on grain "
        + "prices. The mayor's offer follows Thursday's declaration of a budget crisis.");
    assertThat(anchorOf(r, "reacted")).isEqualTo("yesterday");
    assertThat(anchorOf(r, "announcement")).isEqualTo("yesterday");
    assertThat(anchorOf(r, "declaration")).isEqualTo("Thursday");
    assertThat(anchorOf(r, "follows")).as("a present verb is not at a past day").isEmpty();
  }

  @Test
  void aDateAfterAParenthesisOrAQuotationIsTheInterruptedClauses() {
    ExtractionResult r = extract("Rangers found 900 pounds (400 kilograms) of stolen copper wire "
        + "Sunday in a barn near the river. The board said it would recommend that the payout be "
        + "restored at a \"reasonable level\" later this year.");
    assertThat(anchorOf(r, "found")).isEqualTo("Sunday");
    assertThat(anchorOf(r, "restored")).isEqualTo("later this year");
  }

  @Test
  void aDateRightAfterAScareQuoteOrBeforeThePiecesEventIsTheQuotedVerbsOrTheInterruptedOnes() {
    ExtractionResult r = extract("While fares were \"frozen\" in 1988, the airline said it "
        + "hopes for better times. Rangers found 900 pounds (400 kilograms) of stolen copper wire "
        + "Sunday in a barn, the sheriff said.");
    assertThat(anchorOf(r, "frozen")).isEqualTo("1988");
    assertThat(anchorOf(r, "said")).as("the saying is not in 1988").isEmpty();
    assertThat(anchorOf(r, "found")).isEqualTo("Sunday");
    assertThat(anchorOf(r, "said", 1)).isEmpty();
  }

  @Test
  void whatIsExtendedToADayEndsThen() {
    ExtractionResult r = extract("The agency extended to Dec. 5 its bid for the rival airline.");
    assertThat(anchorOf(r, "extended")).isEqualTo("Dec. 5");
    assertThat(event(r, "extended").anchorRelation()).contains(TemporalRelation.ENDS);
  }
  @Test
  void aVerbsOwnAdverbBeatsADateInsideItsObject() {
    ExtractionResult r = extract("Ms. Varga, who yesterday raised her 1990 sales forecast, "
        + "spoke to reporters.");
    assertThat(anchorOf(r, "raised")).isEqualTo("yesterday");
  }

  @Test
  void aPassiveReportingVerbSharesItsParticiplesTime() {
    ExtractionResult r = extract("Nine miners were reported trapped in flooded shafts "
        + "in recent days.");
    assertThat(anchorOf(r, "trapped")).isEqualTo("recent days");
    assertThat(anchorOf(r, "reported")).isEqualTo("recent days");
  }

  @Test
  void aPossessiveDateAfterAReportingVerbDatesTheComplement() {
    ExtractionResult r = extract("Brokers said Tuesday's rally lifted the shares of small "
        + "miners.");
    assertThat(anchorOf(r, "lifted")).isEqualTo("Tuesday");
  }

  @Test
  void aHistoricPresentAfterAnOpeningPastDateTakesIt() {
    ExtractionResult r = extract("Last month, a ferry captain is arrested when his boat sinks "
        + "near the harbor.");
    assertThat(anchorOf(r, "arrested")).isEqualTo("Last month");
    assertThat(anchorOf(r, "sinks")).isEqualTo("Last month");
  }

  @Test
  void aSubordinateClauseThatOpensTheSentenceEndsAtItsComma() {
    ExtractionResult r = extract("While there was little snow this year, last year the resort "
        + "drew 40,000 skiers. And while the Ostrava plant made no money this year, last year "
        + "it added $8 million to earnings.");
    assertThat(anchorOf(r, "drew")).isEqualTo("last year");
    assertThat(anchorOf(r, "made")).isEqualTo("this year");
    assertThat(anchorOf(r, "added")).isEqualTo("last year");
    assertThat(event(r, "added").confidence()).isEqualTo(TimeAnchoring.FRONTED);
  }

  @Test
  void aPresentPerfectTakesNoPastDateFrontedInAnEarlierClause() {
    ExtractionResult r = extract("The agency on Monday disclosed that the two lenders have "
        + "quietly merged their card units.");
    assertThat(anchorOf(r, "disclosed")).isEqualTo("Monday");
    assertThat(anchorOf(r, "merged")).isEmpty();
  }

  @Test
  void anEventNounAComparisonIntroducesKeepsOutOfTheClausesTime() {
    ExtractionResult r = extract("In the first half, the brewer earned $9 million, compared "
        + "with a loss of $2 million a year earlier.");
    assertThat(anchorOf(r, "earned")).isEqualTo("the first half");
    assertThat(anchorOf(r, "loss")).isEmpty();
  }

  @Test
  void aDateInsideAWithPhraseDatesItsParticipleNotTheMainVerb() {
    ExtractionResult r = extract("Mayor Okafor won 52 percent of the vote and her rival 40 "
        + "percent, with nearly all ballots counted on Sunday morning.");
    assertThat(anchorOf(r, "counted")).isEqualTo("Sunday morning");
    assertThat(anchorOf(r, "won")).as("the counting is on Sunday morning, not the winning")
        .isNotEqualTo("Sunday morning");
  }

  @Test
  void aDateInsideAnAccordingToPhraseDatesTheSourceNotTheFinding() {
    ExtractionResult r = extract("Grain exports from Vellport fell by a third, according to "
        + "figures released on Monday by the port authority. Tolls rose sharply last year, "
        + "according to the results of a freight survey published on Thursday.");
    assertThat(anchorOf(r, "fell")).as("Monday is the release's").isEmpty();
    assertThat(anchorOf(r, "rose")).isEqualTo("last year");
  }
}
