package dev.timeline.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the output against https://timeline.knightlab.com/docs/json-format.html. */
class TimelineJsExportTest {
  private static final Set<String> SLIDE_FIELDS = Set.of("start_date", "end_date", "text", "media",
      "group", "display_date", "background", "autolink", "unique_id");
  private static final Set<String> DATE_FIELDS = Set.of("year", "month", "day", "hour", "minute",
      "second", "millisecond", "display_date");
  private static final List<String> DATE_ORDER = List.of("year", "month", "day", "hour", "minute",
      "second");

  private final TimelineJsExport export = new TimelineJsExport();

  @Test
  void seedArticleIsAValidTimelineWithDatesAtTheirPrecision() {
    MergedTimeline timeline = MergedTimeline.of(Responses.seed(), Responses.seedText());
    JsonObject root = JsonParser.parseString(Artefacts.save("seed.timelinejs.json", export.export(timeline))).getAsJsonObject();

    JsonObject title = root.getAsJsonObject("title");
    assertThat(title.getAsJsonObject("text").get("headline").getAsString())
        .isEqualTo("Russia Considers Joining the Fight Against ISIS");
    assertThat(dateFields(title.getAsJsonObject("start_date")))
        .containsExactly(Map.entry("year", 2014), Map.entry("month", 9), Map.entry("day", 16));

    var events = root.getAsJsonArray("events");
    assertThat(events).hasSize(timeline.dated().size()).isNotEmpty();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      JsonObject slide = events.get(i).getAsJsonObject();
      assertValidSlide(slide);
      assertThat(ids.add(slide.get("unique_id").getAsString())).isTrue();
      TimelineItem item = timeline.dated().get(i);
      Map<String, Integer> start = dateFields(slide.getAsJsonObject("start_date"));
      switch (item.granularity()) {
        case GRANULARITY_YEAR -> assertThat(start).containsOnlyKeys("year");
        case GRANULARITY_MONTH -> assertThat(start).containsOnlyKeys("year", "month");
        case GRANULARITY_DAY -> assertThat(start).containsOnlyKeys("year", "month", "day");
        default -> { }
      }
      assertThat(start.get("year")).isEqualTo(item.begin().getYear());
      assertThat(slide.getAsJsonObject("text").get("text").getAsString())
          .contains(Json.html(item.sentence()));
    }
    // "early September" is year + month, without an end date: a part of one month.
    JsonObject early = slideWithDisplay(events, "early September 2014");
    assertThat(dateFields(early.getAsJsonObject("start_date")))
        .containsExactly(Map.entry("year", 2014), Map.entry("month", 9));
    assertThat(early.has("end_date")).isFalse();
    // Undated entries are no events; the title text lists them.
    String titleText = title.getAsJsonObject("text").get("text").getAsString();
    for (TimelineItem undated : timeline.undated()) {
      assertThat(titleText).contains(Json.html(undated.headline()));
    }
  }

  @Test
  void endDatesOnlyWhereTheIntervalOutgrowsItsPrecision() {
    JsonObject root = JsonParser.parseString(export.export(Responses.edgeCases())).getAsJsonObject();
    var events = root.getAsJsonArray("events");
    assertThat(events).hasSize(6);
    events.forEach(e -> assertValidSlide(e.getAsJsonObject()));

    JsonObject decade = slideWithDisplay(events, "the 2010s");
    assertThat(dateFields(decade.getAsJsonObject("start_date"))).containsExactly(Map.entry("year", 2010));
    assertThat(dateFields(decade.getAsJsonObject("end_date"))).containsExactly(Map.entry("year", 2019));
    JsonObject quarter = slideWithDisplay(events, "the third quarter of 2014");
    assertThat(dateFields(quarter.getAsJsonObject("start_date")))
        .containsExactly(Map.entry("year", 2014), Map.entry("month", 7));
    assertThat(dateFields(quarter.getAsJsonObject("end_date")))
        .containsExactly(Map.entry("year", 2014), Map.entry("month", 9));
    JsonObject week = slideWithDisplay(events, "last week");
    assertThat(dateFields(week.getAsJsonObject("end_date")))
        .containsExactly(Map.entry("year", 2014), Map.entry("month", 9), Map.entry("day", 14));
    assertThat(slideWithDisplay(events, "2014").has("end_date")).isFalse();
    JsonObject minute = slideWithDisplay(events, "15 September 2014 14:05");
    assertThat(dateFields(minute.getAsJsonObject("start_date"))).containsExactly(
        Map.entry("year", 2014), Map.entry("month", 9), Map.entry("day", 15),
        Map.entry("hour", 14), Map.entry("minute", 5));
    assertThat(minute.has("end_date")).isFalse();
    // Text is HTML for TimelineJS: markup in the article must arrive escaped.
    assertThat(week.getAsJsonObject("text").get("headline").getAsString())
        .contains("&lt;/script&gt;").doesNotContain("<b>");
    assertThat(root.getAsJsonObject("title").getAsJsonObject("text").get("text").getAsString())
        .contains("Talks will go on");
  }

  @Test
  void outputIsDeterministic() {
    assertThat(export.export(Responses.edgeCases())).isEqualTo(export.export(Responses.edgeCases()));
  }

  private static JsonObject slideWithDisplay(com.google.gson.JsonArray events, String display) {
    for (JsonElement e : events) {
      if (e.getAsJsonObject().get("display_date").getAsString().equals(display)) {
        return e.getAsJsonObject();
      }
    }
    throw new AssertionError("no slide displayed as " + display);
  }

  /** Required fields and types of an event slide per the format documentation. */
  private static void assertValidSlide(JsonObject slide) {
    assertThat(SLIDE_FIELDS).containsAll(slide.keySet());
    assertThat(slide.has("start_date")).as("events need a start_date").isTrue();
    JsonObject text = slide.getAsJsonObject("text");
    assertThat(text.keySet()).isSubsetOf("headline", "text");
    assertThat(text.get("headline").getAsJsonPrimitive().isString()).isTrue();
    assertThat(text.get("text").getAsJsonPrimitive().isString()).isTrue();
    Map<String, Integer> start = dateFields(slide.getAsJsonObject("start_date"));
    if (slide.has("end_date")) {
      Map<String, Integer> end = dateFields(slide.getAsJsonObject("end_date"));
      assertThat(end.keySet()).isEqualTo(start.keySet());
      assertThat(compare(end, start)).as("end after start").isPositive();
    }
  }

  /** The numeric date fields, checked to be integers in range and without gaps (day needs month). */
  private static Map<String, Integer> dateFields(JsonObject date) {
    assertThat(DATE_FIELDS).containsAll(date.keySet());
    assertThat(date.has("year")).as("year is required").isTrue();
    Map<String, Integer> fields = new java.util.LinkedHashMap<>();
    for (String f : DATE_ORDER) {
      if (date.has(f)) {
        assertThat(date.get(f).getAsJsonPrimitive().isNumber()).as(f + " is a number").isTrue();
        assertThat(fields.size()).as(f + " follows the coarser fields").isEqualTo(DATE_ORDER.indexOf(f));
        fields.put(f, date.get(f).getAsInt());
      }
    }
    if (fields.containsKey("month")) {
      assertThat(fields.get("month")).isBetween(1, 12);
    }
    if (fields.containsKey("day")) {
      assertThat(fields.get("day")).isBetween(1, 31);
    }
    return fields;
  }

  private static int compare(Map<String, Integer> a, Map<String, Integer> b) {
    for (String f : DATE_ORDER) {
      int c = Integer.compare(a.getOrDefault(f, 0), b.getOrDefault(f, 0));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
