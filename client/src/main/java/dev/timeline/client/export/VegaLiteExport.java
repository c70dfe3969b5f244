package dev.timeline.client.export;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonNull;

/**
 * A Vega-Lite v5 specification with the data inline: one row per dated item, a bar from the
 * interval's begin ({@code x}) to its end ({@code x2}) on a temporal axis, a dot at the begin so
 * that day-long items stay visible on a years-long axis, and a dashed rule at each publication
 * date. Rows are labelled by position and headline and keep the timeline's order; colour tells
 * the article (merged) or the event class (one article). Undated items are left out.
 */
public final class VegaLiteExport implements TimelineExport {
  private static final int LABEL_LENGTH = 60;

  @Override
  public String export(MergedTimeline timeline) {
    JsonObject spec = new JsonObject();
    spec.addProperty("$schema", "https://vega.github.io/schema/vega-lite/v5.json");
    spec.addProperty("description", timeline.merged()
        ? "Timeline of " + timeline.lanes().size() + " articles"
        : "Timeline of " + (timeline.lanes().isEmpty() ? "an article" : timeline.lanes().get(0).title()));
    spec.addProperty("width", 800);
    JsonArray values = new JsonArray();
    int row = 1;
    for (TimelineItem item : timeline.dated()) {
      JsonObject v = new JsonObject();
      v.addProperty("row", row++ + ". " + shorten(item.headline()));
      v.addProperty("headline", item.headline());
      v.addProperty("display_date", item.displayDate());
      v.addProperty("begin", item.beginIso());
      v.addProperty("end", item.endIso());
      v.addProperty("value", item.value());
      v.addProperty("group", timeline.groupOf(item));
      v.addProperty("source", item.sourceIds());
      values.add(v);
    }
    JsonObject data = new JsonObject();
    data.add("values", values);
    spec.add("data", data);

    JsonArray layers = new JsonArray();
    layers.add(layer(mark("bar", "cornerRadius", 2), barEncoding()));
    layers.add(layer(mark("point", "filled", true), pointEncoding()));
    JsonArray publications = publicationRows(timeline);
    if (!publications.isEmpty()) {
      JsonObject ruleMark = mark("rule", "color", "#c0392b");
      JsonArray dash = new JsonArray();
      dash.add(4);
      dash.add(4);
      ruleMark.add("strokeDash", dash);
      JsonObject rule = layer(ruleMark, ruleEncoding());
      JsonObject ruleData = new JsonObject();
      ruleData.add("values", publications);
      rule.add("data", ruleData);
      layers.add(rule);
    }
    spec.add("layer", layers);
    return Json.write(spec);
  }

  @Override
  public String fileExtension() {
    return "vl.json";
  }

  private static String shorten(String s) {
    return ShortText.of(s, LABEL_LENGTH);
  }

  private static JsonArray publicationRows(MergedTimeline timeline) {
    JsonArray rows = new JsonArray();
    timeline.lanes().stream().map(Lane::publicationDay).filter(d -> !d.isEmpty()).distinct()
        .sorted().forEach(d -> {
          JsonObject o = new JsonObject();
          o.addProperty("published", d + "T00:00:00");
          rows.add(o);
        });
    return rows;
  }

  private static JsonObject layer(JsonObject mark, JsonObject encoding) {
    JsonObject l = new JsonObject();
    l.add("mark", mark);
    l.add("encoding", encoding);
    return l;
  }

  private static JsonObject mark(String type, String key, Object value) {
    JsonObject m = new JsonObject();
    m.addProperty("type", type);
    if (value instanceof Boolean b) {
      m.addProperty(key, b);
    } else if (value instanceof Number n) {
      m.addProperty(key, n);
    } else {
      m.addProperty(key, String.valueOf(value));
    }
    return m;
  }

  private static JsonObject barEncoding() {
    JsonObject e = new JsonObject();
    JsonObject x = field("begin", "temporal");
    JsonObject axis = new JsonObject();
    axis.addProperty("title", "Date");
    x.add("axis", axis);
    e.add("x", x);
    e.add("x2", Json.object("field", "end"));
    e.add("y", rowChannel());
    e.add("color", colour());
    e.add("tooltip", tooltip());
    return e;
  }

  private static JsonObject pointEncoding() {
    JsonObject e = new JsonObject();
    e.add("x", field("begin", "temporal"));
    e.add("y", rowChannel());
    e.add("color", colour());
    e.add("tooltip", tooltip());
    return e;
  }

  private static JsonObject ruleEncoding() {
    JsonObject e = new JsonObject();
    e.add("x", field("published", "temporal"));
    JsonArray tip = new JsonArray();
    JsonObject t = field("published", "temporal");
    t.addProperty("title", "Published");
    tip.add(t);
    e.add("tooltip", tip);
    return e;
  }

  private static JsonObject rowChannel() {
    JsonObject y = field("row", "nominal");
    // null sort keeps the data's (chronological) order instead of sorting labels.
    y.add("sort", JsonNull.INSTANCE);
    JsonObject axis = new JsonObject();
    axis.add("title", JsonNull.INSTANCE);
    axis.addProperty("labelLimit", 360);
    y.add("axis", axis);
    return y;
  }

  private static JsonObject colour() {
    JsonObject c = field("group", "nominal");
    c.addProperty("title", "Group");
    return c;
  }

  private static JsonArray tooltip() {
    JsonArray t = new JsonArray();
    t.add(titled("headline", "Headline"));
    t.add(titled("display_date", "Date"));
    t.add(titled("source", "Source"));
    return t;
  }

  private static JsonObject titled(String field, String title) {
    JsonObject o = field(field, "nominal");
    o.addProperty("title", title);
    return o;
  }

  private static JsonObject field(String name, String type) {
    JsonObject o = new JsonObject();
    o.addProperty("field", name);
    o.addProperty("type", type);
    return o;
  }
}
