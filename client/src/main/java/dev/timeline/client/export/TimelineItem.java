package dev.timeline.client.export;

import dev.timeline.proto.v1.EventClass;
import dev.timeline.proto.v1.Factuality;
import dev.timeline.proto.v1.Granularity;
import dev.timeline.proto.v1.TemporalRelation;
import dev.timeline.proto.v1.TimexModifier;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One event of a (merged) timeline, the common input of every export.
 *
 * @param id stable within the timeline: `<lane>-<position>` of its first source
 * @param value TIMEX3 value at true precision, empty when undated
 * @param granularity precision of the value
 * @param modifier TIMEX3 mod of the dating expression
 * @param begin interval start, inclusive; null when undated
 * @param end interval end, exclusive; null when undated
 * @param displayDate the date as a reader writes it
 * @param headline what happened
 * @param sentence the full sentence of the first source
 * @param relation how the event relates to its date
 * @param publicationRelation how the event relates to the publication date
 * @param eventClass TimeML class
 * @param factuality whether it is said to have happened
 * @param sources the articles' entries merged into this item, at least one
 */
public record TimelineItem(String id, String value, Granularity granularity,
    TimexModifier modifier, LocalDateTime begin, LocalDateTime end, String displayDate,
    String headline, String sentence, TemporalRelation relation,
    TemporalRelation publicationRelation, EventClass eventClass, Factuality factuality,
    List<Source> sources) {

  public TimelineItem {
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("an item needs a source");
    }
    if ((begin == null) != (end == null)) {
      throw new IllegalArgumentException("begin and end are set together");
    }
  }

  /** Whether the item has a calendar interval. */
  public boolean dated() {
    return begin != null;
  }

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** The begin as an ISO local date-time with seconds, as the service writes it; null if undated. */
  public String beginIso() {
    return begin == null ? null : ISO.format(begin);
  }

  /** The end as an ISO local date-time with seconds; null if undated. */
  public String endIso() {
    return end == null ? null : ISO.format(end);
  }

  /** Whether several articles report this item. */
  public boolean shared() {
    return sources.size() > 1;
  }

  /** The first source, whose wording the item shows. */
  public Source primary() {
    return sources.get(0);
  }

  /** The document ids of the sources, joined by `;`. */
  public String sourceIds() {
    return String.join(";", sources.stream().map(Source::documentId).distinct().toList());
  }

  /** A lower-case name for a proto enum constant: `EVENT_CLASS_I_ACTION` → `i_action`. */
  static String name(Enum<?> e, String prefix) {
    String n = e.name();
    if (n.endsWith("_UNSPECIFIED") || n.equals("UNRECOGNIZED")) {
      return "";
    }
    return (n.startsWith(prefix) ? n.substring(prefix.length()) : n).toLowerCase(Locale.ROOT);
  }

  public String granularityName() {
    return name(granularity, "GRANULARITY_");
  }

  public String relationName() {
    return name(relation, "TEMPORAL_RELATION_");
  }

  public String className() {
    return name(eventClass, "EVENT_CLASS_");
  }

  public String factualityName() {
    return name(factuality, "FACTUALITY_");
  }
}
