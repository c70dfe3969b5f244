package dev.timeline.client.export;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Items and groups for vis-timeline's DataSets ({@code new vis.DataSet(json.items)},
 * {@code new vis.DataSet(json.groups)}).
 *
 * <p>An item spanning more than a day is a {@code range} from the interval's begin to its
 * (exclusive) end; a day or less is a {@code point} at its begin. Dates are ISO local date-times.
 * {@code content} and {@code title} are HTML-escaped because vis-timeline renders them as HTML.
 * Undated items are left out: vis-timeline needs a start.
 */
public final class VisTimelineExport implements TimelineExport {

  @Override
  public String export(MergedTimeline timeline) {
    JsonArray items = new JsonArray();
    Set<String> groups = new LinkedHashSet<>();
    for (TimelineItem item : timeline.dated()) {
      String group = timeline.groupOf(item);
      groups.add(group);
      JsonObject o = new JsonObject();
      o.addProperty("id", item.id());
      o.addProperty("content", Json.html(item.headline()));
      o.addProperty("start", item.beginIso());
      boolean range = item.end().isAfter(item.begin().plusDays(1));
      if (range) {
        o.addProperty("end", item.endIso());
      }
      o.addProperty("type", range ? "range" : "point");
      o.addProperty("group", group);
      o.addProperty("title", Json.html(title(item)));
      items.add(o);
    }
    JsonArray groupArray = new JsonArray();
    int order = 0;
    for (String g : groups) {
      JsonObject o = new JsonObject();
      o.addProperty("id", g);
      o.addProperty("content", Json.html(g));
      o.addProperty("order", order++);
      groupArray.add(o);
    }
    JsonObject root = new JsonObject();
    root.add("items", items);
    root.add("groups", groupArray);
    return Json.write(root);
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  private static String title(TimelineItem item) {
    String t = item.displayDate() + ": " + item.headline();
    return item.shared() ? t + " (reported by " + item.sourceIds().replace(";", ", ") + ")" : t;
  }
}
