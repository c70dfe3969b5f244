package dev.timeline.client.html;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.timeline.client.chart.ChartGroups;
import dev.timeline.client.chart.ChartLanes;
import dev.timeline.client.chart.ChartTheme;
import dev.timeline.client.export.Lane;
import dev.timeline.client.export.MergedTimeline;
import dev.timeline.client.export.Source;
import dev.timeline.client.export.TimelineItem;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.TextSpan;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One self-contained HTML page showing a timeline: a zoomable, pannable time axis with one mark
 * per dated event (its width the event's interval), lanes packed so labels never overlap, the
 * publication date marked, undated events listed apart, and the article text in which hovering or
 * clicking an event highlights its sentence and dating expression. CSS and script are inline and
 * the data is a JSON block, so the file opens offline. {@code #item=<id>} in the URL selects an
 * event on load.
 *
 * <p>The page records script errors in the {@code data-errors} attribute of {@code <html>}, sets
 * {@code data-ready="true"} when drawn and {@code data-marks} to the number of marks drawn.
 */
public final class TimelinePage {
  private static final String RESOURCES = "/dev/timeline/client/html/";
  private static final String TEMPLATE = resource("timeline-page.html");
  private static final String CSS = resource("timeline-page.css");
  private static final String SCRIPT = resource("timeline-page.js");

  private TimelinePage() {}

  /** The page for one article; {@code text} is the request's text, or empty when unknown. */
  public static String render(ExtractTimelineResponse response, String text) {
    return render(MergedTimeline.of(response, text));
  }

  /** The page for one or several articles, in the light theme. */
  public static String render(MergedTimeline timeline) {
    return render(timeline, ChartTheme.LIGHT);
  }

  /** The page for one or several articles in the given theme (the static chart's colours). */
  public static String render(MergedTimeline timeline, ChartTheme theme) {
    return render(timeline, theme, ChartLanes.AUTO);
  }

  /**
   * The page in a theme with its lanes chosen as for the static chart. {@link ChartLanes#AUTO}
   * keeps the page's own: a lane per event class for one article, per article when merged, marks
   * coloured by lane. Any other choice groups as the chart does and colours marks by event class.
   */
  public static String render(MergedTimeline timeline, ChartTheme theme, ChartLanes lanes) {
    String title = timeline.merged() ? "Timeline of " + timeline.lanes().size() + " articles"
        : timeline.lanes().isEmpty() ? "Timeline" : timeline.lanes().get(0).title();
    String json = new GsonBuilder().disableHtmlEscaping().serializeNulls().create()
        .toJson(data(timeline, title, theme, lanes));
    return fill(TEMPLATE, Map.of("TITLE", html(title), "THEME", theme.cliName(), "CSS", CSS,
        "JS", SCRIPT, "DATA", ScriptJson.escape(json)));
  }

  static JsonObject data(MergedTimeline timeline, String title, ChartTheme theme,
      ChartLanes chartLanes) {
    Grouping grouping = chartLanes == ChartLanes.AUTO ? Grouping.auto(timeline, theme)
        : Grouping.of(ChartGroups.of(timeline, chartLanes), theme);
    JsonObject root = new JsonObject();
    root.addProperty("title", title);
    JsonArray lanes = new JsonArray();
    for (Lane lane : timeline.lanes()) {
      JsonObject l = new JsonObject();
      l.addProperty("id", lane.documentId());
      l.addProperty("title", lane.title());
      Long published = publishedMillis(lane.publicationDay());
      if (published == null) {
        l.add("published", JsonNull.INSTANCE);
      } else {
        l.addProperty("published", published);
      }
      l.addProperty("text", lane.text());
      lanes.add(l);
    }
    root.add("lanes", lanes);
    Set<String> groups = new LinkedHashSet<>();
    JsonArray items = new JsonArray();
    JsonArray undated = new JsonArray();
    for (TimelineItem item : timeline.items()) {
      JsonObject o = item(item, grouping);
      if (item.dated()) {
        groups.add(grouping.group().apply(item));
        items.add(o);
      } else {
        undated.add(o);
      }
    }
    JsonArray g = new JsonArray();
    groups.stream().sorted(grouping.order()).forEach(g::add);
    root.add("groups", g);
    root.add("items", items);
    root.add("undated", undated);
    return root;
  }

  /** Which lane each item goes in, the lanes' order and each item's colour. */
  private record Grouping(Function<TimelineItem, String> group, Comparator<String> order,
      Function<TimelineItem, String> colour) {

    /**
     * The page's own lanes: event classes for one article, articles (the shared lane first) when
     * merged, each lane in its colour: its class's, or the theme's categorical colour in order.
     */
    static Grouping auto(MergedTimeline timeline, ChartTheme theme) {
      if (!timeline.merged()) {
        return new Grouping(timeline::groupOf, (a, b) -> 0,
            item -> ChartTheme.hex(theme.colour(item.eventClass())));
      }
      List<String> order = new ArrayList<>();
      order.add(MergedTimeline.SHARED_GROUP);
      timeline.lanes().forEach(l -> order.add(l.documentId()));
      List<Color> palette = theme.categorical();
      return new Grouping(timeline::groupOf, Comparator.comparingInt(order::indexOf),
          item -> ChartTheme.hex(palette.get(order.indexOf(timeline.groupOf(item)) % palette.size())));
    }

    /** The static chart's lanes, marks in their event class's colour. */
    static Grouping of(ChartGroups groups, ChartTheme theme) {
      return new Grouping(item -> groups.byId().getOrDefault(item.id(), ""),
          Comparator.comparingInt(groups.names()::indexOf),
          item -> ChartTheme.hex(theme.colour(item.eventClass())));
    }
  }

  private static JsonObject item(TimelineItem item, Grouping grouping) {
    JsonObject o = new JsonObject();
    o.addProperty("id", item.id());
    o.addProperty("group", grouping.group().apply(item));
    o.addProperty("colour", grouping.colour().apply(item));
    if (item.dated()) {
      o.addProperty("b", millis(item.begin()));
      o.addProperty("e", millis(item.end()));
    }
    o.addProperty("value", item.value());
    o.addProperty("display", item.displayDate());
    o.addProperty("headline", item.headline());
    o.addProperty("sentence", item.sentence());
    o.addProperty("granularity", item.granularityName());
    o.addProperty("cls", item.className());
    o.addProperty("factuality", item.factualityName());
    o.addProperty("relation", item.relationName());
    JsonArray sources = new JsonArray();
    for (Source s : item.sources()) {
      JsonObject src = new JsonObject();
      src.addProperty("lane", s.lane());
      src.addProperty("doc", s.documentId());
      src.addProperty("headline", s.headline());
      if (s.sentence() == null) {
        src.add("sentence", JsonNull.INSTANCE);
      } else {
        JsonArray span = new JsonArray();
        span.add(s.sentence().getBegin());
        span.add(s.sentence().getEnd());
        src.add("sentence", span);
      }
      src.add("expr", s.expression() == null ? JsonNull.INSTANCE : span(s.expression()));
      sources.add(src);
    }
    o.add("sources", sources);
    return o;
  }

  private static JsonObject span(TextSpan s) {
    JsonObject o = new JsonObject();
    o.addProperty("b", s.getBegin());
    o.addProperty("e", s.getEnd());
    o.addProperty("text", s.getText());
    return o;
  }

  /** Local date-times as milliseconds of the same wall-clock time in UTC (see the page script). */
  private static long millis(LocalDateTime t) {
    return t.toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  private static Long publishedMillis(String day) {
    if (day.isEmpty()) {
      return null;
    }
    try {
      return millis(LocalDate.parse(day).atStartOfDay());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Replaces each {@code {{NAME}}} in one pass, so inserted text is never scanned again. */
  static String fill(String template, Map<String, String> values) {
    StringBuilder b = new StringBuilder(template.length() + 65536);
    int i = 0;
    while (true) {
      int open = template.indexOf("{{", i);
      if (open < 0) {
        break;
      }
      int close = template.indexOf("}}", open);
      String value = close < 0 ? null : values.get(template.substring(open + 2, close));
      if (value == null) {
        b.append(template, i, open + 2);
        i = open + 2;
        continue;
      }
      b.append(template, i, open).append(value);
      i = close + 2;
    }
    return b.append(template, i, template.length()).toString();
  }

  static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String resource(String name) {
    try (InputStream in = TimelinePage.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
