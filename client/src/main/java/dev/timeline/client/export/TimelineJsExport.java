package dev.timeline.client.export;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Knight Lab TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html).
 *
 * <p>The title slide carries the article's headline line and its publication date; each dated
 * item is an event slide whose {@code start_date} has only the fields its precision warrants (a
 * year-only value has only {@code year}), with an {@code end_date} (inclusive, same precision)
 * when the interval spans more than one unit of that precision (a decade, a quarter, a week).
 * TimelineJS cannot place undated items, so they are listed in the title slide's text.
 */
public final class TimelineJsExport implements TimelineExport {

  @Override
  public String export(MergedTimeline timeline) {
    JsonObject root = new JsonObject();
    root.add("title", title(timeline));
    JsonArray events = new JsonArray();
    for (TimelineItem item : timeline.dated()) {
      events.add(event(timeline, item));
    }
    root.add("events", events);
    root.addProperty("scale", "human");
    return Json.write(root);
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  private static JsonObject title(MergedTimeline timeline) {
    JsonObject slide = new JsonObject();
    StringBuilder text = new StringBuilder();
    String headline;
    if (timeline.merged()) {
      headline = "Timeline of " + timeline.lanes().size() + " articles";
      text.append("<ul>");
      for (Lane lane : timeline.lanes()) {
        text.append("<li>").append(Json.html(lane.title()));
        if (!lane.publicationDay().isEmpty()) {
          text.append(" (").append(lane.publicationDay()).append(')');
        }
        text.append("</li>");
      }
      text.append("</ul>");
    } else {
      Lane lane = timeline.lanes().isEmpty() ? null : timeline.lanes().get(0);
      headline = lane == null ? "Timeline" : lane.title();
      if (lane != null && !lane.publicationDay().isEmpty()) {
        text.append("<p>Published ").append(lane.publicationDay()).append(".</p>");
      }
    }
    if (!timeline.undated().isEmpty()) {
      text.append("<p>Not dated in the text:</p><ul>");
      for (TimelineItem item : timeline.undated()) {
        text.append("<li>").append(Json.html(item.headline()));
        if (!item.displayDate().isEmpty()) {
          text.append(" (").append(Json.html(item.displayDate())).append(')');
        }
        text.append("</li>");
      }
      text.append("</ul>");
    }
    JsonObject t = new JsonObject();
    t.addProperty("headline", Json.html(headline));
    t.addProperty("text", text.toString());
    slide.add("text", t);
    String day = timeline.latestPublicationDay();
    if (!day.isEmpty()) {
      try {
        slide.add("start_date", date(LocalDate.parse(day).atStartOfDay(), Precision.DAY));
      } catch (DateTimeParseException e) {
        // An echoed date the client cannot read: the title simply has no date.
      }
    }
    return slide;
  }

  private static JsonObject event(MergedTimeline timeline, TimelineItem item) {
    Precision p = Precision.of(item.granularity(), item.begin(), item.end());
    JsonObject slide = new JsonObject();
    slide.add("start_date", date(item.begin(), p));
    LocalDateTime last = p.lastUnitBeyondFirst(item.begin(), item.end());
    if (last != null) {
      slide.add("end_date", date(last, p));
    }
    JsonObject text = new JsonObject();
    text.addProperty("headline", Json.html(item.headline()));
    StringBuilder body = new StringBuilder("<p>").append(Json.html(item.sentence())).append("</p>");
    if (timeline.merged()) {
      body.append("<p>Reported by ").append(Json.html(String.join(", ",
          item.sources().stream().map(Source::documentId).distinct().toList()))).append(".</p>");
    }
    text.addProperty("text", body.toString());
    slide.add("text", text);
    slide.addProperty("group", Json.html(timeline.groupOf(item)));
    if (!item.displayDate().isEmpty()) {
      slide.addProperty("display_date", Json.html(item.displayDate()));
    }
    slide.addProperty("unique_id", "event-" + item.id());
    return slide;
  }

  /** A TimelineJS date object with the fields of the precision, as numbers. */
  private static JsonObject date(LocalDateTime t, Precision p) {
    JsonObject d = new JsonObject();
    d.addProperty("year", t.getYear());
    if (p.compareTo(Precision.MONTH) >= 0) {
      d.addProperty("month", t.getMonthValue());
    }
    if (p.compareTo(Precision.DAY) >= 0) {
      d.addProperty("day", t.getDayOfMonth());
    }
    if (p.compareTo(Precision.HOUR) >= 0) {
      d.addProperty("hour", t.getHour());
    }
    if (p.compareTo(Precision.MINUTE) >= 0) {
      d.addProperty("minute", t.getMinute());
    }
    if (p.compareTo(Precision.SECOND) >= 0) {
      d.addProperty("second", t.getSecond());
    }
    return d;
  }
}
