package dev.timeline.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks items and groups against vis-timeline's DataSet item and group fields. */
class VisTimelineExportTest {
  private static final Set<String> ITEM_FIELDS = Set.of("id", "content", "start", "end", "type",
      "group", "title", "className", "style", "subgroup", "editable", "selectable");

  private final VisTimelineExport export = new VisTimelineExport();

  @Test
  void seedArticleItemsAreValid() {
    MergedTimeline timeline = MergedTimeline.of(Responses.seed(), Responses.seedText());
    JsonObject root = JsonParser.parseString(Artefacts.save("seed.vis.json", export.export(timeline))).getAsJsonObject();
    assertValid(root);
    assertThat(root.getAsJsonArray("items")).hasSize(timeline.dated().size()).isNotEmpty();
  }

  @Test
  void rangesForLongIntervalsPointsForDays() {
    JsonObject root = JsonParser.parseString(export.export(Responses.edgeCases())).getAsJsonObject();
    assertValid(root);
    var items = root.getAsJsonArray("items");
    assertThat(items).hasSize(6);
    JsonObject decade = items.get(0).getAsJsonObject();
    assertThat(decade.get("type").getAsString()).isEqualTo("range");
    assertThat(decade.get("start").getAsString()).isEqualTo("2010-01-01T00:00:00");
    assertThat(decade.get("end").getAsString()).isEqualTo("2020-01-01T00:00:00");
    JsonObject minute = items.get(5).getAsJsonObject();
    assertThat(minute.get("type").getAsString()).isEqualTo("point");
    assertThat(minute.has("end")).isFalse();
    // vis-timeline renders content as HTML.
    assertThat(items.get(4).getAsJsonObject().get("content").getAsString())
        .contains("&lt;/script&gt;").doesNotContain("<");
  }

  static void assertValid(JsonObject root) {
    assertThat(root.keySet()).containsExactly("items", "groups");
    Set<String> groupIds = new HashSet<>();
    for (JsonElement g : root.getAsJsonArray("groups")) {
      JsonObject group = g.getAsJsonObject();
      assertThat(groupIds.add(group.get("id").getAsString())).isTrue();
      assertThat(group.get("content").getAsString()).isNotBlank();
    }
    Set<String> ids = new HashSet<>();
    for (JsonElement e : root.getAsJsonArray("items")) {
      JsonObject item = e.getAsJsonObject();
      assertThat(ITEM_FIELDS).containsAll(item.keySet());
      assertThat(ids.add(item.get("id").getAsString())).as("ids are unique").isTrue();
      assertThat(item.get("content").getAsString()).isNotBlank();
      LocalDateTime start = LocalDateTime.parse(item.get("start").getAsString());
      String type = item.get("type").getAsString();
      assertThat(type).isIn("range", "point");
      if (type.equals("range")) {
        assertThat(LocalDateTime.parse(item.get("end").getAsString())).isAfter(start);
      } else {
        assertThat(item.has("end")).isFalse();
      }
      assertThat(groupIds).contains(item.get("group").getAsString());
      assertThat(item.get("title").getAsString()).isNotBlank();
    }
  }
}
