package dev.timeline.engine.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.AnchoringMode;
import dev.timeline.engine.Cancellation;
import dev.timeline.engine.Direction;
import dev.timeline.engine.ExtractionOptions;
import dev.timeline.engine.HandTimexes;
import dev.timeline.engine.PublicationDate;
import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.event.RuleBasedEventExtractor;
import dev.timeline.engine.event.TemporalRelation;
import dev.timeline.engine.temporal.TemporalExpression;
import dev.timeline.engine.temporal.TimexModifier;
import dev.timeline.engine.text.AnalyzedText;
import dev.timeline.engine.text.OpenNlpTextAnalyzer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The builder on events the real extractor finds, with hand-built expressions. */
class ChronologicalTimelineBuilderTest {
  private static final OpenNlpTextAnalyzer ANALYZER = new OpenNlpTextAnalyzer();
  private static final Optional<PublicationDate> PUBLISHED =
      Optional.of(PublicationDate.parse("2014-09-16"));

  private static Timeline build(String text, List<TemporalExpression> x, ExtractionOptions o) {
    AnalyzedText a = ANALYZER.analyze(text);
    List<EventMention> events =
        new RuleBasedEventExtractor().extract(a, x, PUBLISHED, o, Cancellation.NONE);
    return new ChronologicalTimelineBuilder().build(a, x, events, PUBLISHED, o);
  }

  @Test
  void datedEntriesByIntervalThenRelativeOnesByRelation() {
    String text = "The minister resigned on Monday. The army is leaving the city. "
        + "The bank collapsed in 2008. Officials met the envoy. In early September, rebels "
        + "seized the airport and looted the port.";
    List<TemporalExpression> x = new HandTimexes(text)
        .date("Monday", "2014-09-15")
        .date("2008", "2008")
        .date("early September", "2014-09", TimexModifier.START)
        .build();
    List<TimelineEntry> entries = build(text, x, ExtractionOptions.DEFAULT).entries();
    assertThat(entries).extracting(TimelineEntry::value)
        .containsExactly("2008", "2014-09", "2014-09", "2014-09-15", "", "");
    assertThat(entries).extracting(TimelineEntry::position).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(entries.get(1).headline()).as("ties keep text order").contains("seized");
    assertThat(entries.get(2).headline()).contains("looted");
    assertThat(entries.get(1).displayDate()).isEqualTo("early September 2014");
    assertThat(entries.get(3).displayDate()).isEqualTo("15 September 2014");
    assertThat(entries.get(4).headline()).contains("Officials met the envoy");
    assertThat(entries.get(4).displayDate()).isEqualTo("before publication");
    assertThat(entries.get(5).headline()).contains("army is leaving");
    assertThat(entries.get(5).publicationRelation()).contains(TemporalRelation.OVERLAP);
    TimelineEntry bank = entries.get(0);
    assertThat(bank.expression()).map(s -> s.of(text)).contains("2008");
    assertThat(bank.trigger().of(text)).isEqualTo("collapsed");
    assertThat(bank.sentence().of(text)).isEqualTo("The bank collapsed in 2008.");
    assertThat(bank.interval()).isPresent();
  }

  @Test
  void undatedEventsBelowClauseLevelStayInTheEventsListOnly() {
    String text = "The rebels launched an attack on the town. The minister resigned, adding "
        + "that he was tired. Let us know.";
    AnalyzedText a = ANALYZER.analyze(text);
    List<EventMention> events = new RuleBasedEventExtractor()
        .extract(a, List.of(), PUBLISHED, ExtractionOptions.DEFAULT, Cancellation.NONE);
    assertThat(events).filteredOn(e -> e.publicationRelation().isPresent())
        .extracting(EventMention::triggerText).contains("attack", "adding");
    Timeline timeline = new ChronologicalTimelineBuilder()
        .build(a, List.of(), events, PUBLISHED, ExtractionOptions.DEFAULT);
    assertThat(timeline.entries()).extracting(e -> e.trigger().of(text))
        .containsExactly("launched", "resigned");
  }

  @Test
  void aDeadlineEndsTheEventAndReadsBy() {
    String text = "The company completed the sale by Sept. 12. The army held the bridge until Sept. 14.";
    List<TemporalExpression> x = new HandTimexes(text)
        .date("Sept. 12", "2014-09-12")
        .date("Sept. 14", "2014-09-14")
        .build();
    List<TimelineEntry> entries = build(text, x, ExtractionOptions.DEFAULT).entries();
    assertThat(entries).extracting(e -> e.trigger().of(text))
        .containsExactly("completed", "held");
    assertThat(entries).extracting(TimelineEntry::relation)
        .containsOnly(Optional.of(TemporalRelation.ENDS));
    assertThat(entries).extracting(TimelineEntry::displayDate)
        .containsExactly("by 12 September 2014", "until 14 September 2014");
  }

  @Test
  void aRangeShowsBothEnds() {
    String text = "The firm paid the fees between 2009 and 2013. Crews will work from Sept. 18 to "
        + "Sept. 20.";
    List<TemporalExpression> x = new HandTimexes(text)
        .date("2009", "2009")
        .date("2013", "2013")
        .date("Sept. 18", "2014-09-18")
        .date("Sept. 20", "2014-09-20")
        .build();
    List<TimelineEntry> entries = build(text, x, ExtractionOptions.DEFAULT).entries();
    assertThat(entries).extracting(TimelineEntry::displayDate)
        .containsExactly("2009 to 2013", "18 to 20 September 2014");
    assertThat(entries.get(0).interval().get().end()).isEqualTo(x.get(1).interval().get().end());
  }

  @Test
  void aStateAfterALinkingVerbIsOneEntryWithIt() {
    String text = "The roads will stay closed through Sept. 19.";
    List<TemporalExpression> x = new HandTimexes(text).date("Sept. 19", "2014-09-19").build();
    assertThat(build(text, x, ExtractionOptions.DEFAULT).entries())
        .extracting(TimelineEntry::headline)
        .containsExactly("The roads will stay closed through Sept. 19");
  }

  @Test
  void aNounOfAnUnrealClauseReadsInItsClause() {
    String text = "Officials warned on Monday that fresh storms could hit the coast by Sept. 19.";
    List<TemporalExpression> x = new HandTimexes(text)
        .date("Monday", "2014-09-15")
        .date("Sept. 19", "2014-09-19")
        .build();
    assertThat(build(text, x, ExtractionOptions.DEFAULT).entries())
        .extracting(TimelineEntry::headline)
        .contains("Fresh storms could hit the coast by Sept. 19");
  }

  @Test
  void aPresentPerfectTakesNoPastDateFromItsNeighbour() {
    String text = "She sold the farm in 2009 and has taught only the choir since the flood.";
    List<TemporalExpression> x = new HandTimexes(text).date("2009", "2009").build();
    List<TimelineEntry> entries = build(text, x, ExtractionOptions.DEFAULT).entries();
    assertThat(entries).filteredOn(e -> e.headline().contains("taught"))
        .singleElement().satisfies(e -> assertThat(e.dated()).isFalse());
    assertThat(entries).filteredOn(e -> e.headline().contains("sold"))
        .singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("2009"));
  }

  @Test
  void hypotheticalAndNegatedEventsOnlyWhenAskedFor() {
    String text = "Russia may join the fight. The army did not withdraw. Troops crossed the river.";
    Timeline factual = build(text, List.of(), ExtractionOptions.DEFAULT);
    assertThat(factual.entries()).extracting(e -> e.trigger().of(text))
        .containsExactly("crossed");
    Timeline all = build(text, List.of(),
        new ExtractionOptions(AnchoringMode.NEWS, Direction.TENSE_AWARE, true));
    assertThat(all.entries()).extracting(e -> e.trigger().of(text))
        .contains("join", "withdraw", "crossed");
  }

  @Test
  void aNounCarriedByAnAspectualVerbOrToldByItsDatedVerbIsOneEntryWithIt() {
    String text = "The civil war began in 2011. The airstrikes hit the town. "
        + "Witnesses described the airstrikes.";
    List<TemporalExpression> x = new HandTimexes(text).date("2011", "2011").build();
    Timeline t = build(text, x, ExtractionOptions.DEFAULT);
    TimelineEntry war = t.entries().get(0);
    assertThat(war.headline()).isEqualTo("The civil war began in 2011");
    assertThat(war.eventIds()).hasSize(2);
    assertThat(war.relation()).contains(TemporalRelation.ON);

    String again = "The attacks in May killed ten people. Officials condemned the attacks in May.";
    List<TemporalExpression> may = new HandTimexes(again)
        .date("May", 1, "2014-05", TimexModifier.NONE)
        .date("May", 2, "2014-05", TimexModifier.NONE)
        .build();
    List<TimelineEntry> entries = build(again, may, ExtractionOptions.DEFAULT).entries();
    assertThat(entries).as("each 'attacks' is told by the verb its sentence dates with it")
        .extracting(e -> e.trigger().of(again))
        .containsExactly("killed", "condemned");
    assertThat(entries).allSatisfy(e -> assertThat(e.eventIds()).hasSize(2));
  }

  @Test
  void aOneWordNounIsNoEntryOfItsOwn() {
    String text = "The firm reported strong sales for the quarter. Sales in the third quarter "
        + "rose 8 percent, and results beat forecasts.";
    List<String> headlines = fullRun(text).stream().map(TimelineEntry::headline).toList();
    assertThat(headlines).contains("Sales in the third quarter rose 8 percent")
        .doesNotContain("Results", "Forecasts");
  }

  @Test
  void twoEventsOfASentenceThatReadTheSameAreOneEntry() {
    // (Not "nobody came": a negative subject takes "came" off the timeline.)
    String text = "Last spring crowds came to see the new ferry.";
    List<TimelineEntry> entries = fullRun(text);
    assertThat(entries)
        .filteredOn(en -> en.headline().equals("Last spring crowds came to see the new ferry"))
        .hasSize(1).first().satisfies(en -> assertThat(en.eventIds()).hasSize(2));
  }

  @Test
  void aWordingHeldWholeInAnotherEntryOfItsSentenceIsNoEntryOfItsOwn() {
    String text = "Mensah was born in 1960. She began teaching at Hollin Road School in 1984.";
    List<String> headlines = fullRun(text).stream().map(TimelineEntry::headline).toList();
    assertThat(headlines).contains("She began teaching at Hollin Road School in 1984")
        .doesNotContain("Teaching at Hollin Road School in 1984");
  }

  /** The timeline the standard engine builds for a news text published on 16 October 2025. */
  private static List<TimelineEntry> fullRun(String text) {
    return dev.timeline.engine.Engines.standard()
        .extract(dev.timeline.engine.DocumentInput.news("t", text,
            PublicationDate.parse("2025-10-16")))
        .timeline().entries();
  }
}
