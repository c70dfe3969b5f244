package dev.timeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.engine.event.EventMention;
import dev.timeline.engine.event.Factuality;
import dev.timeline.engine.event.TemporalRelation;
import dev.timeline.engine.temporal.Granularity;
import dev.timeline.engine.temporal.TimexModifier;
import dev.timeline.engine.timeline.TimelineEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What the seed article's timeline must say, shared by the golden test and the stage tests. */
public final class SeedExpectations {
  public static final PublicationDate PUBLISHED = PublicationDate.parse("2014-09-16");

  private SeedExpectations() {}

  public static String text() {
    try {
      return Files.readString(
          Path.of(System.getProperty("timeline.testdata"), "russia-isis-2014.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String describe(List<TimelineEntry> entries) {
    return entries.stream()
        .map(e -> e.position() + " " + e.value() + " [" + e.displayDate() + "] " + e.headline()
            + " " + e.eventIds())
        .collect(Collectors.joining("\n"));
  }

  public static void assertTimeline(ExtractionResult result) {
    List<TimelineEntry> entries = result.timeline().entries();
    String all = describe(entries);
    List<TimelineEntry> dated = entries.stream().filter(TimelineEntry::dated).toList();

    assertThat(dated).as(all).extracting(TimelineEntry::value)
        .containsExactly("2003", "2007", "2011", "2011", "2014-09", "2014-09", "2014-09-14",
            "2014-09-15", "2014-09-15");

    assertThat(dated.get(0).headline()).as(all).contains("government", "installed", "Chechnya");
    assertThat(dated.get(0).displayDate()).isEqualTo("2003");
    assertThat(dated.get(0).granularity()).contains(Granularity.YEAR);
    assertThat(dated.get(1).headline()).as(all).contains("Kadyrov", "elected", "head of state");

    // The war began in 2011 and the weapons were sent then: text order within the year.
    assertThat(dated.get(2).headline()).as(all).contains("country sent weapons");
    assertThat(dated.get(3).headline()).as(all).contains("civil war began");
    assertThat(dated.get(3).eventIds()).as("the noun 'war' merges into 'began'").hasSize(2);
    assertThat(dated.get(3).displayDate()).isEqualTo("2011");
    assertThat(dated.get(3).relation()).contains(TemporalRelation.ON);

    assertThat(dated.get(4).headline()).as(all).contains("jihadists released a video");
    assertThat(dated.get(4).modifier()).isEqualTo(TimexModifier.START);
    assertThat(dated.get(4).displayDate()).isEqualTo("early September 2014");
    assertThat(dated.get(5).headline()).as(all).contains("jihadists vowed to liberate Chechnya");

    assertThat(dated.get(6).headline()).as(all)
        .contains("Lavrov asked the nations involved to strictly comply with the United Nations");
    assertThat(dated.get(6).displayDate()).isEqualTo("14 September 2014");
    assertThat(dated.get(7).headline()).as(all).contains("Russia changed its tune");
    assertThat(dated.get(8).headline()).as(all).startsWith("Ilya Rogachev said Russia");
    assertThat(dated).allSatisfy(e ->
        assertThat(e.publicationRelation()).contains(TemporalRelation.BEFORE));

    List<TimelineEntry> undated = entries.stream().filter(e -> !e.dated()).toList();
    assertThat(entries.subList(0, dated.size())).as("dated entries come first").isEqualTo(dated);
    for (String who : List.of("Obama announced", "Putin said", "Lavrov insisted",
        "Kadyrov dismissed", "Putin discussed")) {
      assertThat(undated).as(all).filteredOn(e -> e.headline().contains(who))
          .singleElement()
          .satisfies(e -> {
            assertThat(e.publicationRelation()).contains(TemporalRelation.BEFORE);
            assertThat(e.displayDate()).isEqualTo("before publication");
            assertThat(e.value()).isEmpty();
          });
    }
    assertThat(undated).as(all).filteredOn(e -> e.headline().contains("exchanged opinions"))
        .singleElement()
        .satisfies(e -> assertThat(e.headline()).startsWith("Everyone exchanged opinions"));
    String text = result.analyzed().text();
    assertThat(entries).as("hypothetical 'may join' and negated 'does not expect' stay off")
        .extracting(e -> e.trigger().of(text))
        .doesNotContain("join", "expect");

    assertThat(entries).as("'says' in a time clause and 'gets' in a free relative hang on the"
        + " future 'will be destroyed': hypothetical, off the timeline")
        .extracting(e -> e.trigger().of(text))
        .doesNotContain("says", "gets", "destroyed");
    assertThat(only(result, "says").factuality()).isEqualTo(Factuality.HYPOTHETICAL);
    assertThat(only(result, "gets").factuality()).isEqualTo(Factuality.HYPOTHETICAL);

    EventMention join = only(result, "join");
    assertThat(join.factuality()).isEqualTo(Factuality.HYPOTHETICAL);
    assertThat(join.modality()).isEqualTo("may");
    EventMention expect = only(result, "expect");
    assertThat(expect.factuality()).isEqualTo(Factuality.NEGATED);
    assertThat(expect.negated()).isTrue();
  }

  private static EventMention only(ExtractionResult result, String trigger) {
    List<EventMention> found =
        result.events().stream().filter(e -> e.triggerText().equals(trigger)).toList();
    assertThat(found).as(trigger).hasSize(1);
    return found.get(0);
  }
}
