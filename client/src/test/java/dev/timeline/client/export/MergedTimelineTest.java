package dev.timeline.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.Granularity;
import dev.timeline.proto.v1.Timeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergedTimelineTest {

  @Test
  void headlineOverlapRule() {
    assertThat(HeadlineOverlap.sameEvent("Lavrov asked the nations involved to comply",
        "Russia's Lavrov asked nations to comply with the UN statute")).isTrue();
    assertThat(HeadlineOverlap.sameEvent("Russia changed its tune", "Russia sent weapons")).isFalse();
    assertThat(HeadlineOverlap.sameEvent("Russia’s army withdrew", "The army of Russia withdrew"))
        .isTrue();
    assertThat(HeadlineOverlap.sameEvent("", "anything")).isFalse();
    // A bare noun shares its one word with any headline that mentions it: not the same event.
    assertThat(HeadlineOverlap.sameEvent("The airstrikes",
        "Ilya Rogachev said Russia does not expect the countries involved in airstrikes to act"))
        .isFalse();
    assertThat(HeadlineOverlap.sameEvent("The airstrikes", "Airstrikes")).isTrue();
    assertThat(HeadlineOverlap.contentWords("The Kremlin’s talks, and the UN")).containsExactly(
        "kremlin", "talks");
  }

  @Test
  void twoArticlesOnTheRealServiceMergeTheEventsTheyShare() {
    MergedTimeline merged = MergedTimeline.of(List.of(
        Article.of(Responses.seed(), Responses.seedText()),
        Article.of(Responses.followUp(), Responses.FOLLOW_UP_TEXT)));
    assertThat(merged.lanes()).extracting(Lane::documentId)
        .containsExactly(Responses.SEED_ID, "moscow-weighs");
    assertThat(merged.lanes().get(1).title()).isEqualTo("Moscow weighs its options in Syria");
    int total = Responses.seed().getTimeline().getEntriesCount()
        + Responses.followUp().getTimeline().getEntriesCount();
    List<TimelineItem> shared = merged.items().stream().filter(TimelineItem::shared).toList();
    // Every source entry is accounted for exactly once.
    assertThat(merged.items().stream().mapToInt(i -> i.sources().size()).sum()).isEqualTo(total);
    // Both articles tell of Lavrov's request on Sunday 14 September.
    assertThat(shared).anySatisfy(i -> {
      assertThat(i.value()).isEqualTo("2014-09-14");
      assertThat(i.sources()).extracting(Source::documentId)
          .containsExactly(Responses.SEED_ID, "moscow-weighs");
      assertThat(merged.groupOf(i)).isEqualTo(MergedTimeline.SHARED_GROUP);
    });
    for (TimelineItem item : shared) {
      assertThat(item.sources()).extracting(Source::lane).doesNotHaveDuplicates();
      for (Source s : item.sources()) {
        assertThat(HeadlineOverlap.sameEvent(item.headline(), s.headline())).isTrue();
      }
    }
    assertChronological(merged);
  }

  @Test
  void sameHeadlineOnDifferentDatesStaysApartAndUndatedNeverMerge() {
    ExtractTimelineResponse a = response("a", Responses.entry(0, "2014-09-14",
        Granularity.GRANULARITY_DAY, "2014-09-14T00:00:00", "2014-09-15T00:00:00",
        "14 September 2014", "Rebels seized the airport"));
    ExtractTimelineResponse b = response("b", Responses.entry(0, "2014-09-15",
        Granularity.GRANULARITY_DAY, "2014-09-15T00:00:00", "2014-09-16T00:00:00",
        "15 September 2014", "Rebels seized the airport"));
    ExtractTimelineResponse c = response("c", Responses.entry(0, "2014-09-14",
        Granularity.GRANULARITY_DAY, "2014-09-14T00:00:00", "2014-09-15T00:00:00",
        "14 September 2014", "The rebels seized the city airport"));
    MergedTimeline merged = MergedTimeline.of(List.of(Article.of(a), Article.of(b), Article.of(c)));
    assertThat(merged.items()).hasSize(2);
    assertThat(merged.items().get(0).sourceIds()).isEqualTo("a;c");
    assertThat(merged.items().get(1).sourceIds()).isEqualTo("b");
  }

  @Test
  void everyExportAcceptsAMergedTimeline() {
    MergedTimeline merged = MergedTimeline.of(List.of(
        Article.of(Responses.seed(), Responses.seedText()),
        Article.of(Responses.followUp(), Responses.FOLLOW_UP_TEXT)));
    JsonObject tl = JsonParser.parseString(Artefacts.save("merged.timelinejs.json", new TimelineJsExport().export(merged))).getAsJsonObject();
    assertThat(tl.getAsJsonArray("events")).hasSize(merged.dated().size());
    assertThat(tl.getAsJsonObject("title").getAsJsonObject("text").get("headline").getAsString())
        .isEqualTo("Timeline of 2 articles");
    JsonObject vis = JsonParser.parseString(new VisTimelineExport().export(merged)).getAsJsonObject();
    VisTimelineExportTest.assertValid(vis);
    assertThat(vis.getAsJsonArray("groups").toString())
        .contains(MergedTimeline.SHARED_GROUP, Responses.SEED_ID, "moscow-weighs");
    String csv = Artefacts.save("merged.csv", new CsvExport().export(merged));
    assertThat(CsvExportTest.parse(csv)).hasSize(merged.items().size() + 1)
        .anySatisfy(row -> assertThat(row.get(11)).isEqualTo(Responses.SEED_ID + ";moscow-weighs"));
    assertThat(ICalendarExportTest.validEvents(new ICalendarExport().export(merged)))
        .hasSize(merged.dated().size())
        .allSatisfy(e -> assertThat(e.get("DTSTAMP")).isEqualTo("20140917T000000Z"));
    JsonObject vl = JsonParser.parseString(new VegaLiteExport().export(merged)).getAsJsonObject();
    assertThat(vl.getAsJsonObject("data").getAsJsonArray("values")).hasSize(merged.dated().size());
    for (ExportFormat f : ExportFormat.values()) {
      assertThat(ExportFormat.fromName(f.cliName().toUpperCase())).isSameAs(f);
      assertThat(f.export().export(merged)).isNotBlank();
    }
  }

  private static void assertChronological(MergedTimeline merged) {
    List<TimelineItem> dated = merged.dated();
    for (int i = 1; i < dated.size(); i++) {
      assertThat(dated.get(i).begin()).isAfterOrEqualTo(dated.get(i - 1).begin());
    }
    assertThat(merged.items().subList(0, dated.size())).isEqualTo(dated);
  }

  private static ExtractTimelineResponse response(String id, dev.timeline.proto.v1.TimelineEntry e) {
    return ExtractTimelineResponse.newBuilder().setDocumentId(id)
        .setTimeline(Timeline.newBuilder().setPublicationDate("2014-09-16").addEntries(e)).build();
  }
}
