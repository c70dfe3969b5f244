package dev.timeline.client.chart;

import dev.timeline.proto.v1.Event;
import dev.timeline.proto.v1.EventClass;
import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.Factuality;
import dev.timeline.proto.v1.Granularity;
import dev.timeline.proto.v1.Tense;
import dev.timeline.proto.v1.TextSpan;
import dev.timeline.proto.v1.TimeInterval;
import dev.timeline.proto.v1.Timeline;
import dev.timeline.proto.v1.TimelineEntry;
import java.time.LocalDate;

/** Hand-built timelines shaped like the service's answers, for chart tests. */
final class SampleTimelines {
  private SampleTimelines() {}

  /** Background years and days around publication, as in a typical news article. */
  static Timeline newsArticle() {
    return Timeline.newBuilder()
        .setPublicationDate("2014-09-16")
        .addEntries(dated(0, "2003", Granularity.GRANULARITY_YEAR, "2003-01-01", "2004-01-01",
            "the pro-Russia government installed in Chechnya", EventClass.EVENT_CLASS_OCCURRENCE))
        .addEntries(dated(1, "2007", Granularity.GRANULARITY_YEAR, "2007-01-01", "2008-01-01",
            "Ramzan Kadyrov was elected head of state", EventClass.EVENT_CLASS_OCCURRENCE))
        .addEntries(dated(2, "2011", Granularity.GRANULARITY_YEAR, "2011-01-01", "2012-01-01",
            "the civil war began", EventClass.EVENT_CLASS_ASPECTUAL))
        .addEntries(dated(3, "early September 2014", Granularity.GRANULARITY_MONTH, "2014-09-01",
            "2014-09-11", "the jihadists released a video", EventClass.EVENT_CLASS_OCCURRENCE))
        .addEntries(dated(4, "early September 2014", Granularity.GRANULARITY_MONTH, "2014-09-01",
            "2014-09-11", "the jihadists vowed to liberate Chechnya and Russia's North Caucasus",
            EventClass.EVENT_CLASS_I_ACTION))
        .addEntries(dated(5, "14 September 2014", Granularity.GRANULARITY_DAY, "2014-09-14",
            "2014-09-15", "Lavrov asked the nations involved to strictly comply with the United"
                + " Nations statute", EventClass.EVENT_CLASS_I_ACTION))
        .addEntries(dated(6, "15 September 2014", Granularity.GRANULARITY_DAY, "2014-09-15",
            "2014-09-16", "Russia changed its tune", EventClass.EVENT_CLASS_OCCURRENCE))
        .addEntries(dated(7, "15 September 2014", Granularity.GRANULARITY_DAY, "2014-09-15",
            "2014-09-16", "Russia does not expect the countries involved to invite Russia",
            EventClass.EVENT_CLASS_I_STATE).toBuilder()
            .setFactuality(Factuality.FACTUALITY_NEGATED))
        .addEntries(undated(8, "Russian leaders are sending mixed messages",
            EventClass.EVENT_CLASS_OCCURRENCE))
        .addEntries(undated(9, "Putin discussed involvement with his Security Council",
            EventClass.EVENT_CLASS_OCCURRENCE))
        .addEntries(undated(10, "Kadyrov dismissed the Islamic State's claims on his Instagram",
            EventClass.EVENT_CLASS_OCCURRENCE))
        .build();
  }

  /** Days a few apart within one month: a proportional axis reads well. */
  static Timeline oneMonth() {
    Timeline.Builder t = Timeline.newBuilder().setPublicationDate("2014-09-30");
    int[] days = {2, 5, 9, 16, 23};
    for (int i = 0; i < days.length; i++) {
      String d = String.format("2014-09-%02d", days[i]);
      String next = String.format("2014-09-%02d", days[i] + 1);
      t.addEntries(dated(i, days[i] + " September 2014", Granularity.GRANULARITY_DAY, d, next,
          "event number " + (i + 1), EventClass.EVENT_CLASS_OCCURRENCE));
    }
    return t.build();
  }

  static TimelineEntry dated(int position, String display, Granularity g, String begin,
      String end, String headline, EventClass c) {
    return TimelineEntry.newBuilder()
        .setPosition(position)
        .setDisplayDate(display)
        .setValue(value(g, begin))
        .setGranularity(g)
        .setInterval(TimeInterval.newBuilder().setBegin(begin + "T00:00:00").setEnd(end + "T00:00:00"))
        .setHeadline(headline)
        .setEventClass(c)
        .setFactuality(Factuality.FACTUALITY_ASSERTED)
        .setDated(true)
        .build();
  }

  /** The TIMEX3 value of an interval starting at {@code begin} (yyyy-mm-dd) at this precision. */
  private static String value(Granularity g, String begin) {
    return switch (g) {
      case GRANULARITY_YEAR -> begin.substring(0, 4);
      case GRANULARITY_MONTH -> begin.substring(0, 7);
      default -> begin;
    };
  }

  static ExtractTimelineResponse response(String id, Timeline timeline) {
    return ExtractTimelineResponse.newBuilder().setDocumentId(id).setTimeline(timeline).build();
  }

  /** A second article, published a day later, retelling two of {@link #newsArticle()}'s events. */
  static Timeline followUp() {
    return Timeline.newBuilder()
        .setPublicationDate("2014-09-17")
        .addEntries(dated(0, "2007", Granularity.GRANULARITY_YEAR, "2007-01-01", "2008-01-01",
            "Ramzan Kadyrov was elected head of state in 2007", EventClass.EVENT_CLASS_OCCURRENCE))
        .addEntries(dated(1, "14 September 2014", Granularity.GRANULARITY_DAY, "2014-09-14",
            "2014-09-15", "Sergei Lavrov asked the nations involved to comply with the statute",
            EventClass.EVENT_CLASS_I_ACTION))
        .addEntries(dated(2, "16 September 2014", Granularity.GRANULARITY_DAY, "2014-09-16",
            "2014-09-17", "The Kremlin announced new talks with Damascus",
            EventClass.EVENT_CLASS_REPORTING))
        .addEntries(undated(3, "Officials recalled the election", EventClass.EVENT_CLASS_REPORTING))
        .build();
  }

  /**
   * Events whose headlines name their actors as the service writes them, with triggers and the
   * events' tense: two by Lavrov (named two ways), one each by Putin and Russia, a nominal event
   * and a pronoun subject (no named actor).
   */
  static ExtractTimelineResponse actors() {
    Timeline.Builder t = Timeline.newBuilder().setPublicationDate("2014-09-16");
    ExtractTimelineResponse.Builder r = ExtractTimelineResponse.newBuilder().setDocumentId("actors");
    String[][] rows = {
      // begin, headline, trigger, tense, modality
      {"2011-01-01", "The civil war", "war", "TENSE_NONE", ""},
      {"2014-09-10", "He said", "said", "TENSE_PAST", ""},
      {"2014-09-14", "Lavrov asked the nations to comply", "asked", "TENSE_PAST", ""},
      {"2014-09-15", "Russian Foreign Minister Sergei Lavrov insisted", "insisted", "TENSE_PAST", ""},
      {"2014-09-15", "Putin said Russia may join the fight", "said", "TENSE_PAST", ""},
      {"2014-09-16", "Russia may join the fight", "join", "TENSE_NONE", "may"},
    };
    for (int i = 0; i < rows.length; i++) {
      String[] row = rows[i];
      boolean year = row[0].endsWith("-01-01");
      LocalDate begin = LocalDate.parse(row[0]);
      LocalDate end = year ? begin.plusYears(1) : begin.plusDays(1);
      TimelineEntry e = dated(i, year ? row[0].substring(0, 4) : row[0],
          year ? Granularity.GRANULARITY_YEAR : Granularity.GRANULARITY_DAY, row[0], end.toString(),
          row[1], EventClass.EVENT_CLASS_OCCURRENCE);
      int at = row[1].indexOf(row[2]);
      t.addEntries(e.toBuilder().addEventIds("e" + i).setTrigger(
          TextSpan.newBuilder().setBegin(at).setEnd(at + row[2].length()).setText(row[2])));
      r.addEvents(Event.newBuilder().setId("e" + i).setHeadline(row[1])
          .setTense(Tense.valueOf(row[3])).setModality(row[4]));
    }
    return r.setTimeline(t).build();
  }

  static TimelineEntry undated(int position, String headline, EventClass c) {
    return TimelineEntry.newBuilder()
        .setPosition(position)
        .setDisplayDate("before publication")
        .setHeadline(headline)
        .setEventClass(c)
        .setFactuality(Factuality.FACTUALITY_ASSERTED)
        .build();
  }
}
