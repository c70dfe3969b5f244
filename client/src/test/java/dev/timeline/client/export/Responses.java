package dev.timeline.client.export;

import dev.timeline.proto.v1.EventClass;
import dev.timeline.proto.v1.ExtractTimelineRequest;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.Factuality;
import dev.timeline.proto.v1.Granularity;
import dev.timeline.proto.v1.PublicationDate;
import dev.timeline.proto.v1.TemporalRelation;
import dev.timeline.proto.v1.TextSpan;
import dev.timeline.proto.v1.TimeInterval;
import dev.timeline.proto.v1.Timeline;
import dev.timeline.proto.v1.TimelineEntry;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import dev.timeline.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Responses for export tests: the real service on the seed article, and hand-built edge cases. */
public final class Responses {
  public static final String SEED_ID = "russia-isis-2014";
  private static String seedText;
  private static ExtractTimelineResponse seed;

  private Responses() {}

  /** The seed article's text. */
  public static synchronized String seedText() {
    if (seedText == null) {
      try {
        seedText = Files.readString(Path.of(System.getProperty("timeline.testdata"), SEED_ID + ".txt"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return seedText;
  }

  /** The service's answer for the seed article (published 2014-09-16), computed once. */
  public static synchronized ExtractTimelineResponse seed() {
    if (seed == null) {
      seed = extract(SEED_ID, seedText(), "2014-09-16");
    }
    return seed;
  }

  /** The real service's answer for any text. */
  public static ExtractTimelineResponse extract(String id, String text, String published) {
    try (EmbeddedServer server = EmbeddedServer.start()) {
      return TimelineServiceGrpc.newBlockingStub(server.channel()).extractTimeline(
          ExtractTimelineRequest.newBuilder().setDocumentId(id).setText(text)
              .setPublicationDate(PublicationDate.newBuilder().setDate(published)).build());
    }
  }

  /** A second article on the seed's events, phrased differently, for merging. */
  public static final String FOLLOW_UP_TEXT = """
      Moscow weighs its options in Syria

      On Sunday, Russian Foreign Minister Sergei Lavrov asked the nations involved to comply \
      with the United Nations statute. Ramzan Kadyrov was elected head of state in 2007, \
      officials recalled. On Tuesday, the Kremlin announced new talks with Damascus.
      """;
  private static ExtractTimelineResponse followUp;

  /** The service's answer for {@link #FOLLOW_UP_TEXT}, published 2014-09-17. */
  public static synchronized ExtractTimelineResponse followUp() {
    if (followUp == null) {
      followUp = extract("moscow-weighs", FOLLOW_UP_TEXT, "2014-09-17");
    }
    return followUp;
  }

  /**
   * A hand-built answer with edge cases: a decade, a quarter, a week, a minute, "early
   * September", a year, an undated entry, and text with quotes, commas, newlines, HTML, a script
   * end tag, U+2028 and non-ASCII characters.
   */
  public static ExtractTimelineResponse edgeCases() {
    String hostile = "He wrote \"</script><script>alert(1)</script>\", then; left\u2028— naïve, 😀 & <b>";
    Timeline.Builder t = Timeline.newBuilder().setPublicationDate("2014-09-16T10:30[Europe/Moscow]");
    t.addEntries(entry(0, "201", Granularity.GRANULARITY_DECADE, "2010-01-01T00:00:00",
        "2020-01-01T00:00:00", "the 2010s", "A decade of unrest"));
    t.addEntries(entry(1, "2014", Granularity.GRANULARITY_YEAR, "2014-01-01T00:00:00",
        "2015-01-01T00:00:00", "2014", "The year of the vote"));
    t.addEntries(entry(2, "2014-Q3", Granularity.GRANULARITY_QUARTER, "2014-07-01T00:00:00",
        "2014-10-01T00:00:00", "the third quarter of 2014", "Sales fell"));
    t.addEntries(entry(3, "2014-09", Granularity.GRANULARITY_MONTH, "2014-09-01T00:00:00",
        "2014-09-11T00:00:00", "early September 2014", "The jihadists released a video"));
    t.addEntries(entry(4, "2014-W37", Granularity.GRANULARITY_WEEK, "2014-09-08T00:00:00",
        "2014-09-15T00:00:00", "last week", hostile));
    t.addEntries(entry(5, "2014-09-15T14:05", Granularity.GRANULARITY_MINUTE,
        "2014-09-15T14:05:00", "2014-09-15T14:06:00", "15 September 2014 14:05",
        "The minister resigned"));
    t.addEntries(TimelineEntry.newBuilder().setPosition(6).setHeadline("Talks will go on")
        .setDisplayDate("after publication").setEventClass(EventClass.EVENT_CLASS_OCCURRENCE)
        .setPublicationRelation(TemporalRelation.TEMPORAL_RELATION_AFTER)
        .setSentence(span(0, 16, "Talks will go on")).build());
    return ExtractTimelineResponse.newBuilder().setDocumentId("edge").setTimeline(t).build();
  }

  static TimelineEntry entry(int position, String value, Granularity g, String begin, String end,
      String display, String headline) {
    return TimelineEntry.newBuilder()
        .setPosition(position).setValue(value).setGranularity(g)
        .setInterval(TimeInterval.newBuilder().setBegin(begin).setEnd(end))
        .setDisplayDate(display).setHeadline(headline)
        .setSentence(span(0, headline.length(), headline + ", so it was said."))
        .setTemporalExpression(span(0, 4, display))
        .setRelation(TemporalRelation.TEMPORAL_RELATION_ON)
        .setEventClass(EventClass.EVENT_CLASS_OCCURRENCE)
        .setFactuality(Factuality.FACTUALITY_ASSERTED).setDated(true).build();
  }

  static TextSpan span(int b, int e, String text) {
    return TextSpan.newBuilder().setBegin(b).setEnd(e).setText(text).build();
  }
}
