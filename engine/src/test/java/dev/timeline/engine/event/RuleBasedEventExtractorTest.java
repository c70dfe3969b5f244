package dev.timeline.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.AnchoringMode;
import dev.timeline.engine.Cancellation;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.HandTimexes;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The extractor on short texts with hand-built temporal expressions. */
class RuleBasedEventExtractorTest {
  private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();
  private static final RuleBasedEventExtractor EXTRACTOR = new RuleBasedEventExtractor();
  private static final Optional<PublicationDate> PUBLISHED =
      Optional.of(PublicationDate.parse("2014-09-16"));

  private static List<EventMention> extract(String text, List<TemporalExpression> x,
      AnchoringMode mode) {
    return EXTRACTOR.extract(ANALYZER.analyze(text), x, PUBLISHED,
        ExtractionOptions.DEFAULT.withMode(mode), Cancellation.NONE);
  }

  private static List<EventMention> extract(String text, List<TemporalExpression> x) {
    return extract(text, x, AnchoringMode.NEWS);
  }

  /** The trigger words of a text's events, no temporal expressions given. */
  private static List<String> triggers(String text) {
    return extract(text, List.of()).stream().map(EventMention::triggerText).toList();
  }

  private static EventMention event(List<EventMention> events, String trigger) {
    return events.stream().filter(e -> e.triggerText().equals(trigger)).findFirst()
        .orElseThrow(() -> new AssertionError("no event '" + trigger + "' in " + events.stream()
            .map(EventMention::triggerText).toList()));
  }

  @Test
  void tenseAspectModalityAndPolarityComeFromTheVerbGroup() {
    List<EventMention> e = extract("The company has been selling cars. It will open a plant. "
        + "Russia may join the fight. He did not resign. The army is leaving.", List.of());
    EventMention selling = event(e, "selling");
    assertThat(selling.tense()).isEqualTo(Tense.PRESENT);
    assertThat(selling.aspect()).isEqualTo(Aspect.PERFECTIVE_PROGRESSIVE);
    assertThat(selling.publicationRelation()).as("still going on")
        .contains(TemporalRelation.OVERLAP);
    EventMention open = event(e, "open");
    assertThat(open.tense()).isEqualTo(Tense.FUTURE);
    assertThat(open.publicationRelation()).contains(TemporalRelation.AFTER);
    EventMention join = event(e, "join");
    assertThat(join.modality()).isEqualTo("may");
    assertThat(join.factuality()).isEqualTo(Factuality.HYPOTHETICAL);
    EventMention resign = event(e, "resign");
    assertThat(resign.negated()).isTrue();
    assertThat(resign.tense()).isEqualTo(Tense.PAST);
    assertThat(resign.factuality()).isEqualTo(Factuality.NEGATED);
    EventMention leaving = event(e, "leaving");
    assertThat(leaving.aspect()).isEqualTo(Aspect.PROGRESSIVE);
    assertThat(leaving.publicationRelation()).contains(TemporalRelation.OVERLAP);
  }

  @Test
  void aNegativePronounSubjectDeniesTheEvent() {
    List<EventMention> e = extract("A gas tank exploded in Dunmore. Nobody was hurt. "
        + "No one has claimed the reward. Nothing was stolen. The firm said nobody would lose a job.",
        List.of());
    for (String trigger : List.of("hurt", "claimed", "stolen", "lose")) {
      assertThat(event(e, trigger).factuality()).as(trigger).isEqualTo(Factuality.NEGATED);
    }
    assertThat(event(e, "exploded").negated()).isFalse();
  }

  @Test
  void aBaseFormAfterHaveIsAnIrregularParticiple() {
    // The tagger reads these participles as base forms (VB/VBP); after "have" they are perfects.
    for (String[] s : new String[][] {
        {"Oil prices have risen sharply this year.", "risen"},
        {"The dispute has cost the airline dearly.", "cost"},
        {"Tourists have come back to the island.", "come"}}) {
      EventMention e = event(extract(s[0], List.of()), s[1]);
      assertThat(e.aspect()).as(s[0]).isEqualTo(Aspect.PERFECTIVE);
      assertThat(e.tense()).as(s[0]).isEqualTo(Tense.PRESENT);
    }
  }

  @Test
  void aPastFormAfterHaveIsItsParticiple() {
    EventMention had = event(extract("The company has had a difficult year.", List.of()), "had");
    assertThat(had.tense()).isEqualTo(Tense.PRESENT);
    assertThat(had.aspect()).isEqualTo(Aspect.PERFECTIVE);
    assertThat(had.publicationRelation()).contains(TemporalRelation.BEFORE);
  }

  @Test
  void classesComeFromTheLexicons() {
    List<EventMention> e = extract("Officials said the army began to withdraw after the talks. "
        + "Witnesses saw the explosion. The ministry wants peace. Rebels asked for a truce.",
        List.of());
    assertThat(event(e, "said").eventClass()).isEqualTo(EventClass.REPORTING);
    assertThat(event(e, "began").eventClass()).isEqualTo(EventClass.ASPECTUAL);
    assertThat(event(e, "withdraw").factuality())
        .as("the complement of an aspectual verb happened").isEqualTo(Factuality.REPORTED);
    assertThat(event(e, "talks").eventClass()).isEqualTo(EventClass.OCCURRENCE);
    assertThat(event(e, "saw").eventClass()).isEqualTo(EventClass.PERCEPTION);
    assertThat(event(e, "explosion").tense()).isEqualTo(Tense.NONE);
    assertThat(event(e, "wants").eventClass()).isEqualTo(EventClass.I_STATE);
    assertThat(event(e, "asked").eventClass()).isEqualTo(EventClass.I_ACTION);
  }

  @Test
  void holdingAnAmountIsAStateAndHoldingAMeetingHappens() {
    List<EventMention> e = extract("He said it now holds about 12% of the brewer. The insurer "
        + "now controls 3.5 million of its shares. The union held a meeting on Monday.",
        List.of());
    assertThat(event(e, "holds").eventClass()).isEqualTo(EventClass.STATE);
    assertThat(event(e, "controls").eventClass()).isEqualTo(EventClass.STATE);
    assertThat(event(e, "held").eventClass()).isEqualTo(EventClass.OCCURRENCE);
  }

  @Test
  void theActivityAnAspectualVerbBeginsOrStopsIsAnEvent() {
    assertThat(triggers("The inspectors suspended work in the capital on Friday. The mill "
        + "stopped production. The strike began last spring."))
        .contains("work", "production").doesNotContain("spring");
  }

  @Test
  void aNewsBriefingOrALunchIsAnEvent() {
    assertThat(triggers("The envoy spoke at a news briefing today. They met over lunch on "
        + "Tuesday.")).contains("briefing", "lunch");
  }

  @Test
  void copulaPredicatesAreStates() {
    List<EventMention> e = extract("The Islamic State is a threat to Russia. The minister was "
        + "very close to Putin.", List.of());
    assertThat(event(e, "threat").eventClass()).isEqualTo(EventClass.STATE);
    assertThat(event(e, "close").eventClass()).isEqualTo(EventClass.STATE);
    assertThat(event(e, "close").tense()).isEqualTo(Tense.PAST);
    assertThat(e).extracting(EventMention::triggerText).doesNotContain("is", "was");
  }

  @Test
  void prepositionsGiveTheRelation() {
    String text = "The rebels have held the city since 2012. The curfew lasted until 2015. "
        + "Talks resumed in 2016.";
    List<TemporalExpression> x =
        new HandTimexes(text).date("2012", "2012").date("2015", "2015").date("2016", "2016").build();
    List<EventMention> e = extract(text, x);
    assertThat(event(e, "held").anchorRelation()).contains(TemporalRelation.BEGINS);
    assertThat(x.get(event(e, "held").anchorExpressionIndex()).value()).isEqualTo("2012");
    assertThat(event(e, "lasted").anchorRelation()).contains(TemporalRelation.ENDS);
    assertThat(event(e, "resumed").anchorRelation()).contains(TemporalRelation.ON);
    assertThat(event(e, "resumed").confidence()).isEqualTo(TimeAnchoring.OWN);
  }

  @Test
  void startingOnADayStartsTheEventThen() {
    String text = "Dock workers will walk out starting on Friday. The fee will rise beginning in May.";
    List<EventMention> e = extract(text, new HandTimexes(text)
        .date("Friday", "2014-09-19").date("May", "2015-05").build());
    assertThat(event(e, "walk").anchorRelation()).contains(TemporalRelation.BEGINS);
    assertThat(event(e, "rise").anchorRelation()).contains(TemporalRelation.BEGINS);
  }

  @Test
  void throughADayEndsTheEventButThroughALongerPeriodCoversIt() {
    String text = "The museum will stay closed through Sept. 19. Repairs will continue through "
        + "2015.";
    List<TemporalExpression> x = new HandTimexes(text)
        .date("Sept. 19", "2014-09-19").date("2015", "2015").build();
    List<EventMention> e = extract(text, x);
    assertThat(event(e, "stay").anchorRelation()).contains(TemporalRelation.ENDS);
    assertThat(event(e, "continue").anchorRelation()).contains(TemporalRelation.DURING);
  }

  @Test
  void aWhenClauseDatesItsMainClauseAndAnAfterClauseOrdersIt() {
    String text = "The country sent weapons when the civil war began three years ago. "
        + "Prices fell after the bank raised rates in May.";
    List<TemporalExpression> x = new HandTimexes(text)
        .date("three years ago", "2011").date("May", "2014-05").build();
    List<EventMention> e = extract(text, x);
    assertThat(event(e, "began").confidence()).isEqualTo(TimeAnchoring.OWN);
    EventMention sent = event(e, "sent");
    assertThat(sent.anchorExpressionIndex()).isEqualTo(event(e, "began").anchorExpressionIndex());
    assertThat(sent.anchorRelation()).contains(TemporalRelation.ON);
    assertThat(sent.confidence()).isEqualTo(TimeAnchoring.LINKED_CLAUSE);
    assertThat(event(e, "raised").anchorRelation()).contains(TemporalRelation.ON);
    assertThat(event(e, "fell").anchorRelation()).contains(TemporalRelation.AFTER);
  }

  @Test
  void aFrontedDateGovernsItsClauseButNotAPresentState() {
    String text = "On Sunday, the minister met the envoy and signed the accord. "
        + "The government installed in 2003 is close to Putin.";
    List<TemporalExpression> x =
        new HandTimexes(text).date("Sunday", "2014-09-14").date("2003", "2003").build();
    List<EventMention> e = extract(text, x);
    assertThat(event(e, "met").anchorExpressionIndex()).isZero();
    assertThat(event(e, "signed").anchorExpressionIndex()).isZero();
    assertThat(event(e, "installed").anchorExpressionIndex()).isEqualTo(1);
    assertThat(event(e, "close").anchored()).as("a present state takes no past date").isFalse();
    assertThat(event(e, "close").publicationRelation()).contains(TemporalRelation.OVERLAP);
  }

  @Test
  void newsCarriesOnlyADayIntoTheNextSentenceWhileANarrativeCarriesAnyDate() {
    String text = "Russia changed its tune on Monday. An official said Russia would wait. "
        + "The war began in 2011. Putin discussed the plan.";
    List<TemporalExpression> x =
        new HandTimexes(text).date("Monday", "2014-09-15").date("2011", "2011").build();
    List<EventMention> news = extract(text, x, AnchoringMode.NEWS);
    assertThat(event(news, "said").anchorExpressionIndex()).isZero();
    assertThat(event(news, "said").confidence()).isEqualTo(TimeAnchoring.NARRATIVE);
    assertThat(event(news, "discussed").anchored()).isFalse();
    assertThat(event(news, "discussed").publicationRelation()).contains(TemporalRelation.BEFORE);
    List<EventMention> story = extract(text, x, AnchoringMode.NARRATIVE);
    assertThat(event(story, "discussed").anchorExpressionIndex()).isEqualTo(1);
  }

  @Test
  void headlinesSayWhoDidWhat() {
    List<EventMention> e = extract("Ilya Rogachev, an official in the foreign ministry, said "
        + "Russia does not expect help. In early September, the jihadists released a video and "
        + "vowed to liberate Chechnya.", List.of());
    assertThat(event(e, "said").headline())
        .isEqualTo("Ilya Rogachev said Russia does not expect help");
    assertThat(event(e, "expect").headline()).isEqualTo("Russia does not expect help");
    assertThat(event(e, "released").headline()).isEqualTo("The jihadists released a video");
    assertThat(event(e, "vowed").headline())
        .isEqualTo("The jihadists vowed to liberate Chechnya");
  }

  @Test
  void aSubjectKeepsItsIngModifier() {
    List<EventMention> e = extract("A lorry carrying fuel overturned near Bexmoor. Volunteers "
        + "clearing the beach found a mine.", List.of());
    assertThat(event(e, "overturned").headline())
        .isEqualTo("A lorry carrying fuel overturned near Bexmoor");
    assertThat(event(e, "found").headline())
        .isEqualTo("Volunteers clearing the beach found a mine");
  }

  @Test
  void aSubjectKeepsTheWordsThatCountIt() {
    List<EventMention> e = extract("At least nine climbers were rescued. More than 40 ferries "
        + "stayed in port.", List.of());
    assertThat(event(e, "rescued").headline()).isEqualTo("At least nine climbers were rescued");
    assertThat(event(e, "stayed").headline()).isEqualTo("More than 40 ferries stayed in port");
  }

  @Test
  void aSubjectKeepsBothConjunctsOfItsNounsOrItsPreposition() {
    List<EventMention> e = extract("The coaches of Brevik and Almora met in Tulle. The ferry "
        + "between Saltholm and Vessby sailed again. Nurses and porters walked out.", List.of());
    assertThat(event(e, "met").headline()).isEqualTo("The coaches of Brevik and Almora met in Tulle");
    assertThat(event(e, "sailed").headline())
        .isEqualTo("The ferry between Saltholm and Vessby sailed again");
    assertThat(event(e, "walked").headline()).startsWith("Nurses and porters walked");
  }

  @Test
  void anAndAfterAVerbsObjectJoinsClausesNotSubjects() {
    List<EventMention> e = extract("The mayor debated the budget with her aides and everyone "
        + "agreed on a plan.", List.of());
    assertThat(event(e, "agreed").headline()).startsWith("Everyone agreed on a plan");
  }

  @Test
  void everydayCrimeWeatherAndCultureNounsNameEvents() {
    assertThat(triggers("The burglary happened during the heatwave. A landslide followed the "
        + "blizzard. A robbery came after the renovation."))
        .contains("burglary", "heatwave", "landslide", "blizzard", "robbery", "renovation");
  }

  @Test
  void irregularPastFormsTheTaggerReadsAsNounsAreVerbs() {
    assertThat(triggers("Burglars stole two bicycles. The hillside shook for a minute. "
        + "Water pipes froze overnight. The tenor sang twice. Jockeys rode in the rain. "
        + "The witness swore an oath."))
        .contains("stole", "shook", "froze", "sang", "rode", "swore");
  }

  @Test
  void aThatBeforeANameOpensTheClauseOfItsSubject() {
    List<EventMention> e = extract("The coach insisted on Sunday that Mara had already resigned.",
        List.of());
    assertThat(event(e, "resigned").headline()).isEqualTo("Mara had already resigned");
  }

  @Test
  void aNounsBetweenPhraseKeepsBothEnds() {
    String text = "The council fears a strike between Monday and Wednesday.";
    List<EventMention> e = extract(text, new HandTimexes(text)
        .date("Monday", "2014-09-15").date("Wednesday", "2014-09-17").build());
    assertThat(event(e, "strike").headline()).isEqualTo("A strike between Monday and Wednesday");
  }

  @Test
  void aModifierBetweenTheSubjectAndItsVerbIsNoSubject() {
    String text = "The builders said on Monday that turnover rose 7 percent. "
        + "Inspectors warned that fresh floods could reach Tarnby. A review issued earlier this "
        + "month found that the pumps had failed. The bridge that will carry the new railway is "
        + "expected to open. Shops in the old town, which shut on Friday, will stay closed.";
    List<EventMention> e = extract(text, new HandTimexes(text)
        .date("earlier this month", "2014-09", dev.timeline.engine.temporal.TimexModifier.START).build());
    assertThat(event(e, "rose").headline()).isEqualTo("Turnover rose 7 percent");
    assertThat(event(e, "floods").headline()).isEqualTo("Fresh floods");
    assertThat(event(e, "found").headline()).isEqualTo("A review found");
    assertThat(event(e, "open").headline())
        .isEqualTo("The bridge is expected to open");
    assertThat(event(e, "stay").headline()).isEqualTo("Shops in the old town will stay closed");
  }

  @Test
  void aDateInsideAQuotationDoesNotDateTheVerbThatReportsIt() {
    String text = "\"The second quarter was about planting, and the third is about harvest,\" "
        + "the farmer said.";
    List<EventMention> e = extract(text, new HandTimexes(text)
        .date("The second quarter", "2014-Q2").build());
    assertThat(event(e, "said").anchored()).isFalse();
  }

  @Test
  void aPeriodAForecastNamesDoesNotDateRaisingIt() {
    String text = "The brewer cut its outlook for fiscal 2014, citing weak demand.";
    List<EventMention> e = extract(text, new HandTimexes(text)
        .date("fiscal 2014", "2014").build());
    assertThat(event(e, "cut").anchored()).isFalse();
  }

  @Test
  void aDateInsideAQuotationDoesNotDateAnEventNounOutsideIt() {
    String text = "\"Two years ago the stands were half empty,\" the coach said after the match.";
    List<EventMention> e = extract(text, new HandTimexes(text)
        .date("Two years ago", "2023").build());
    assertThat(event(e, "match").anchored()).isFalse();
  }

  @Test
  void someNounsNameAnEventOnlyBeforeAGivenWord() {
    List<EventMention> e = extract("The sale of the unit was completed. Sales rose in June. "
        + "The company unveiled plans to expand. The pension plan was changed.", List.of());
    assertThat(event(e, "sale").eventClass()).isEqualTo(EventClass.OCCURRENCE);
    assertThat(event(e, "plans").eventClass()).isEqualTo(EventClass.I_STATE);
    assertThat(e).extracting(EventMention::triggerText).doesNotContain("Sales", "plan");
  }

  @Test
  void onlyListedAdjectivesAreEventsAfterACopula() {
    List<EventMention> e = extract("Rebels are willing to talk. Prices were high. "
        + "The issue is important. The firm was profitable.", List.of());
    assertThat(event(e, "willing").eventClass()).isEqualTo(EventClass.I_STATE);
    assertThat(event(e, "profitable").eventClass()).isEqualTo(EventClass.STATE);
    assertThat(e).extracting(EventMention::triggerText).doesNotContain("high", "important");
  }

  @Test
  void modifiersAndAuxiliariesTheTaggerReadsAsVerbsAreNoEvents() {
    List<EventMention> e = extract("The U.S.-led coalition struck again. Its planned acquisition "
        + "failed. There has been no reply. Nor do analysts expect a deal. Troops cannot leave.",
        List.of());
    assertThat(e).extracting(EventMention::triggerText)
        .contains("struck", "failed", "expect", "leave")
        .doesNotContain("led", "planned", "has", "do", "cannot");
    assertThat(event(e, "leave").negated()).isTrue();
    assertThat(event(e, "leave").modality()).isEqualTo("can");
  }

  @Test
  void wordsThatOnlyLookLikeVerbsAreNoEvents() {
    assertThat(triggers("Forge Mercantile PLC said earnings fell 3%, reflecting "
        + "weaker demand. Borrowing has risen to around $2 billion. Profit climbed to $61 million. "
        + "It bought closely held Lantern Foods Inc. and seemingly gained."))
        .contains("said", "fell", "risen", "climbed", "bought", "gained")
        .doesNotContain("Forge", "reflecting", "around", "Profit", "held", "seemingly");
  }

  @Test
  void participlesThatGiveANameAreNoEvents() {
    assertThat(triggers("She set up a partnership called Nova Ridge. The so called Harvest "
        + "Circle grew. Rents jumped, a condition known as overheating."))
        .contains("set", "grew", "jumped").doesNotContain("called", "known");
    assertThat(triggers("The company called the offer inadequate.")).contains("called");
  }

  @Test
  void aDayAfterAnEventNounDatesItAndGerundsTakeObjects() {
    assertThat(triggers("Ford held a news conference Friday. Iraq was punished for "
        + "seizing Kuwait. Stocks rose in trading yesterday. The dividend is payable Jan. 2 to "
        + "holders."))
        .contains("conference", "seizing", "payable").doesNotContain("trading");
  }

  @Test
  void aHeadingStandsOnItsOwnLine() {
    assertThat(triggers("Russia Considers Joining the Fight\n\nCoastal "
        + "Holdings Inc. said it agreed to be acquired by Ridgeway Partners Corp. for stock "
        + "valued at $9.20 a share."))
        .contains("said", "agreed", "acquired", "valued")
        .doesNotContain("Considers", "Joining");
  }

  @Test
  void aPronounSubjectBecomesThePersonNamedJustBefore() {
    List<EventMention> e = extract("Ramzan Kadyrov was elected in 2007. Kadyrov dismissed the "
        + "claims. \u201CThese jerks have nothing to do with Islam,\u201D he said. "
        + "\u201CThey are enemies.\u201D He then asserted that they would fail.", List.of());
    assertThat(e.stream().filter(m -> m.triggerText().equals("said")).findFirst().orElseThrow()
        .headline()).isEqualTo("Kadyrov said these jerks have nothing to do with Islam");
    assertThat(event(e, "asserted").headline())
        .isEqualTo("Kadyrov asserted that they would fail");
  }

  @Test
  void aSpeakerNamedAfterTheVerbOfAQuotationLeadsItsHeadline() {
    List<EventMention> e = extract("\u201CThe harvest is the best in a decade,\u201D said Dr. "
        + "Ilse Varga, who runs the farm. \u201CWe were lucky,\u201D said the agronomist.",
        List.of());
    assertThat(event(e, "said").headline())
        .isEqualTo("Dr. Ilse Varga said the harvest is the best in a decade");
    assertThat(e.stream().filter(m -> m.triggerText().equals("said")).skip(1).findFirst()
        .orElseThrow().headline()).isEqualTo("The agronomist said we were lucky");
  }

  @Test
  void aNameSetOffByCommasSpeaksWhenTheTitleBeforeItIsNoNounPhrase() {
    List<EventMention> e = extract("Its chief executive, Henrik Voss, said on Thursday that "
        + "the offer was final.", List.of());
    assertThat(event(e, "said").headline())
        .isEqualTo("Henrik Voss said on Thursday that the offer was final");
    List<EventMention> bridge = extract("Her best-known work, the Orlen Crossing, opened to "
        + "traffic in 1979.", List.of());
    assertThat(event(bridge, "opened").headline()).as("a hyphenated modifier tagged RB and VBN")
        .isEqualTo("Her best-known work opened to traffic in 1979");
  }

  @Test
  void aSubjectItStandsForTheThingThatLedTheSentenceBefore() {
    List<EventMention> e = extract("The ferry line opened in 1998. It was extended to Orsk in "
        + "2019, and it carried two million people last year. It is unclear whether it will grow. "
        + "The council met on Monday. It was decided that fares would rise.", List.of());
    assertThat(event(e, "extended").headline()).isEqualTo("The ferry line was extended to Orsk in 2019");
    assertThat(event(e, "carried").headline())
        .isEqualTo("The ferry line carried two million people last year");
    assertThat(event(e, "grow").headline()).as("past an expletive 'It is'")
        .isEqualTo("The ferry line will grow");
    assertThat(event(e, "decided").headline()).as("a passive with its clause after it")
        .startsWith("It was decided");
    List<EventMention> nearest = extract("Not everyone is pleased. Some residents of the old "
        + "port have complained, and a local group said that it had collected 600 "
        + "signatures.", List.of());
    assertThat(event(nearest, "collected").headline())
        .as("the last thing named, not a quantifier or a plural")
        .isEqualTo("A local group had collected 600 signatures");
  }

  @Test
  void wouldUnderAPastReportingVerbIsAReportedFutureNotAHypothesis() {
    List<EventMention> e = extract("The ferry company said the route would reopen in March. "
        + "Critics said the fares would rise if fuel costs went up. Fares would rise sharply.",
        List.of());
    assertThat(event(e, "reopen").factuality()).isEqualTo(Factuality.REPORTED);
    assertThat(e.stream().filter(m -> m.triggerText().equals("rise")).map(EventMention::factuality))
        .as("under a condition, and with no report").containsOnly(Factuality.HYPOTHETICAL);
  }

  @Test
  void aRelativeWhoseVerbDisagreesWithTheLastNounTakesTheHeadBeforeIt() {
    List<EventMention> e = extract("Grocers feared that the flood would hurt bakeries in the "
        + "harbour quarter, which earn most of their money in summer. The ferry from the "
        + "islands, which carries mail, left early.", List.of());
    assertThat(event(e, "earn").headline())
        .isEqualTo("Bakeries in the harbour quarter earn most of their money in summer");
    assertThat(event(e, "carries").headline()).isEqualTo("The ferry from the islands carries mail");
  }

  @Test
  void aPluralPossessiveStaysInTheSubject() {
    List<EventMention> e = extract("The parents' association said on Monday that it had "
        + "raised 900 pounds.", List.of());
    assertThat(event(e, "said").headline()).startsWith("The parents' association said on Monday");
    assertThat(event(e, "raised").headline())
        .isEqualTo("The parents' association had raised 900 pounds");
    List<EventMention> whole = extract("The harbour authority's board, which meets monthly, said "
        + "Friday that fares would rise.", List.of());
    assertThat(event(whole, "said").headline())
        .isEqualTo("The harbour authority's board said Friday that fares would rise");
  }

  @Test
  void anOpeningPrepositionalPhraseWithoutACommaIsNoSubject() {
    List<EventMention> e = extract("In recent years Tamsin has slowed down.", List.of());
    assertThat(event(e, "slowed").headline()).isEqualTo("Tamsin has slowed down");
  }

  @Test
  void aDottedAbbreviationEndingTheSentenceKeepsItsPeriod() {
    List<EventMention> e = extract("The ferries will sail again from 6 a.m. The bakery opened "
        + "at 7 a.m. on Sunday.", List.of());
    assertThat(event(e, "sail").headline()).isEqualTo("The ferries will sail again from 6 a.m.");
    assertThat(event(e, "opened").headline()).isEqualTo("The bakery opened at 7 a.m. on Sunday");
  }

  @Test
  void aPronounStaysWhenNoPersonWasNamedOrTheOrganisationSpoke() {
    List<EventMention> e = extract("Northwind Logistics cut jobs. She said sales fell. "
        + "Elena Marsh was born in Leeds. The couple moved. The weather was bad. He left.",
        List.of());
    assertThat(event(e, "said").headline()).startsWith("She said");
    assertThat(event(e, "left").headline()).isEqualTo("He left");
  }

  @Test
  void infinitivesAndParticiplesBorrowTheirGovernorsSubject() {
    List<EventMention> e = extract("The jihadists vowed to liberate Chechnya. Revenue rose 12 "
        + "percent to $4.1 billion, helped by strong demand for same-day delivery.", List.of());
    assertThat(event(e, "liberate").headline())
        .isEqualTo("The jihadists vowed to liberate Chechnya");
    assertThat(event(e, "helped").headline())
        .isEqualTo("Revenue, helped by strong demand for same-day delivery");
    assertThat(event(e, "demand").headline()).isEqualTo("Strong demand for same-day delivery");
    List<EventMention> subject = extract("The survey, funded by the city council, began in May.",
        List.of());
    assertThat(event(subject, "funded").headline())
        .as("no verb before: the participle modifies the subject the comma closes")
        .isEqualTo("The survey, funded by the city council");
  }

  @Test
  void quotedAndReportedSpeechIsReported() {
    List<EventMention> e = extract(
        "\u201CThe army left the city,\u201D he said. Officials said troops crossed the border.",
        List.of());
    assertThat(event(e, "left").factuality()).isEqualTo(Factuality.REPORTED);
    assertThat(event(e, "crossed").factuality()).isEqualTo(Factuality.REPORTED);
    assertThat(event(e, "said").factuality()).isEqualTo(Factuality.ASSERTED);
  }

  @Test
  void theConsequenceOfAFrontedConditionIsHypothetical() {
    // The condition is a clause of its own up to its comma; what hangs on it is not asserted.
    List<EventMention> e = extract("If the council approves the plan in May, the depot is "
        + "expected to close next year. Unless the union accepts the offer, the strike will "
        + "spread. When the plant shut in March, 200 workers lost their jobs.", List.of());
    for (String trigger : List.of("approves", "expected", "close", "accepts", "spread")) {
      assertThat(event(e, trigger).factuality()).as(trigger).isEqualTo(Factuality.HYPOTHETICAL);
    }
    assertThat(event(e, "lost").factuality()).as("a fronted time clause asserts").isEqualTo(
        Factuality.ASSERTED);
  }

  @Test
  void timeClausesAndFreeRelativesOfAFutureOrModalClauseAreHypothetical() {
    List<EventMention> e = extract("The rebels will be destroyed as soon as he says it. "
        + "Whoever threatens Russia will be punished. Anyone who leaves can return when the war "
        + "ends. The troops left when the war ended. Whoever killed him will be caught. "
        + "We will talk if she calls.", List.of());
    for (String trigger : List.of("says", "threatens", "leaves", "ends", "calls")) {
      assertThat(event(e, trigger).factuality()).as(trigger).isEqualTo(Factuality.HYPOTHETICAL);
    }
    assertThat(event(e, "ended").factuality()).as("a past main clause").isEqualTo(
        Factuality.ASSERTED);
    assertThat(event(e, "killed").factuality()).as("a past free relative").isEqualTo(
        Factuality.ASSERTED);
  }

  @Test
  void datesOfNounsAndComparedAmountsDoNotAnchor() {
    String text = "The company raised its forecast for 2024. Income climbed to $310 million "
        + "from $260 million a year earlier.";
    List<TemporalExpression> x =
        new HandTimexes(text).date("2024", "2024").date("a year earlier", "2013").build();
    List<EventMention> e = extract(text, x);
    assertThat(event(e, "raised").anchored()).isFalse();
    assertThat(event(e, "climbed").anchored()).isFalse();
    assertThat(event(e, "climbed").publicationRelation()).contains(TemporalRelation.BEFORE);
  }

  @Test
  void idsAreInTextOrderAndCancellationStops() {
    List<EventMention> e = extract("The army left. The city fell. The talks began.", List.of());
    assertThat(e).extracting(EventMention::id).startsWith("e1", "e2", "e3");
    assertThat(e).extracting(m -> m.trigger().begin()).isSorted();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EXTRACTOR.extract(
            ANALYZER.analyze("The army left."), List.of(), PUBLISHED, ExtractionOptions.DEFAULT,
            () -> true))
        .isInstanceOf(Cancellation.CancelledException.class);
  }

  @Test
  void fixedPhrasesNameNoEvent() {
    List<EventMention> e = extract("The unit is for sale. The company could not be reached for "
        + "comment. The sale of the unit ended the talks.", List.of());
    assertThat(e).extracting(EventMention::triggerText).doesNotContain("comment")
        .contains("sale", "ended", "talks");
    assertThat(e).filteredOn(m -> m.triggerText().equals("sale")).hasSize(1);
  }

  @Test
  void pastParticiplesInsideANounPhraseAreNoEvents() {
    List<EventMention> e = extract("Two closely held companies reported gains. The inspectors "
        + "visited three suspected weapons sites.", List.of());
    assertThat(e).extracting(EventMention::triggerText)
        .doesNotContain("held", "suspected")
        .contains("reported", "visited");
  }

  @Test
  void aHyphenatedCompoundIsOneTriggerOrNoneWhenANounHeadsIt() {
    List<EventMention> e = extract("The cease-fire collapsed. Congress began a tug-of-war over "
        + "the budget.", List.of());
    assertThat(e).extracting(EventMention::triggerText)
        .contains("cease-fire", "collapsed", "began")
        .doesNotContain("tug", "cease");
  }
  @Test
  void aGerundAfterWhereThatModifiesANounIsNoEvent() {
    List<EventMention> e = extract("Queues formed in the valley towns, where polling stations "
        + "opened late.", List.of());
    assertThat(e).extracting(EventMention::triggerText)
        .doesNotContain("polling")
        .contains("formed", "opened");
    assertThat(event(e, "opened").headline()).startsWith("Polling stations opened");
  }

  @Test
  void anEventNounThatSpeaksIsItsSpeakerNoEvent() {
    List<EventMention> e = extract("Varga will hold a rally in Dunmere on Friday, her campaign "
        + "said. The mayor ended his campaign.", List.of());
    assertThat(e).filteredOn(m -> m.triggerText().equals("campaign")).hasSize(1);
    assertThat(e).extracting(EventMention::triggerText).contains("hold", "said", "ended");
  }

  @Test
  void aGerundOpeningTheSentenceHeadsTheSubjectOfItsModifier() {
    List<EventMention> e = extract("Early voting for the recall begins on Monday, and the "
        + "county will count ballots by hand.", List.of());
    assertThat(event(e, "begins").headline()).startsWith("Early voting for the recall begins");
  }
  @Test
  void aParticipleThatNamesInAnAppositionIsNoEvent() {
    List<EventMention> e = extract("The clinic gave a new vaccine, called rovanex, to nurses.",
        List.of());
    assertThat(e).extracting(EventMention::triggerText).doesNotContain("called").contains("gave");
  }

  @Test
  void aVerbCoordinatedAfterAnInfinitiveTakesTheFiniteVerbsSubject() {
    List<EventMention> e = extract("The charity has pledged $5 million to equip the clinic and "
        + "hopes to open it by 2029.", List.of());
    assertThat(event(e, "hopes").headline()).startsWith("The charity hopes");
  }

  @Test
  void aPluralAfterAPastVerbIsItsObject() {
    // The tagger reads "fares" as a present verb after "raised": two finite verbs cannot stand
    // in a row, so it is the object; after a relative clause the present is the main verb.
    assertThat(triggers("The airline raised fares on 1 January.")).containsExactly("raised");
    assertThat(triggers("The plan they drafted gives towns more money."))
        .contains("drafted", "gives");
  }

  @Test
  void anIrregularPastReadAsAPluralBeforeItsObjectIsTheVerb() {
    assertThat(triggers("Thieves stole a van from the depot.")).contains("stole");
  }

  @Test
  void sailingsAreEvents() {
    assertThat(triggers("The ferry line cancelled all sailings on Monday."))
        .contains("cancelled", "sailings");
  }

  @Test
  void aDebtDueOnADateEndsThen() {
    String text = "Norvale Mining sold $300 million of notes due June 1, 2031, on Tuesday.";
    List<TemporalExpression> x = new HandTimexes(text)
        .date("June 1, 2031", "2031-06-01").date("Tuesday", "2014-09-16").build();
    EventMention due = event(extract(text, x), "due");
    assertThat(due.eventClass()).isEqualTo(EventClass.STATE);
    assertThat(x.get(due.anchorExpressionIndex()).value()).isEqualTo("2031-06-01");
    assertThat(due.anchorRelation()).contains(TemporalRelation.ENDS);
    assertThat(triggers("The notes are due to mature in 2031.")).contains("mature");
  }

  @Test
  void aPrepositionLikeFormAfterAnAuxiliaryIsAVerbAgain() {
    assertThat(triggers("The council is following the talks closely."))
        .contains("following");
    assertThat(triggers("The new company will be owned by Harlan Mills."))
        .contains("owned");
    assertThat(triggers("Following the vote, the council adjourned."))
        .doesNotContain("Following");
  }

  @Test
  void aBroadcastHandOffToAReporterIsNoEvent() {
    assertThat(triggers("Floods closed the coast road on Monday. Dana Reyes has more."))
        .contains("closed").doesNotContain("has");
    assertThat(triggers("Storms hit the port again. Tom Hale has the latest from Ostend."))
        .doesNotContain("has");
    assertThat(triggers("Vestria has more ships in the gulf than any other navy."))
        .as("an object that goes on into a noun").contains("has");
  }

  @Test
  void anEventNounReadAsAnAdverbOrAdjectiveHeadsItsPhrase() {
    // The tagger reads "rally" as an adverb and "close" as an adjective here.
    assertThat(triggers("Growers held a one day rally in Dunmere.")).contains("rally");
    assertThat(triggers("Pellam shares fell 3 percent at the close of business on Friday."))
        .contains("close");
  }

  @Test
  void anIrregularParticipleReadAsANounAfterHaveIsAPerfect() {
    EventMention risen =
        event(extract("Monthly sales this spring have risen just over 4 percent.", List.of()),
            "risen");
    assertThat(risen.aspect()).isEqualTo(Aspect.PERFECTIVE);
  }

  @Test
  void aSlideAndTheFlowOfSomethingAreEvents() {
    assertThat(triggers("Traders feared the slide in copper prices.")).contains("slide");
    assertThat(triggers("Dam repairs slowed the flow of water downstream.")).contains("flow");
    assertThat(triggers("The cash flow improved.")).doesNotContain("flow");
  }

  @Test
  void aHyphenatedEventNounSplitByTheTokenizerIsOneEvent() {
    assertThat(triggers("The miner took large write-downs on its coal assets."))
        .contains("write-downs");
  }
}
