package dev.timeline.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks RFC 5545 line, structure and value rules. */
class ICalendarExportTest {
  private final ICalendarExport export = new ICalendarExport();

  @Test
  void seedArticleIsAValidCalendar() {
    MergedTimeline timeline = MergedTimeline.of(Responses.seed(), Responses.seedText());
    String ics = Artefacts.save("seed.ics", export.export(timeline));
    List<Map<String, String>> events = validEvents(ics);
    assertThat(events).hasSize(timeline.dated().size()).isNotEmpty();
    for (int i = 0; i < events.size(); i++) {
      TimelineItem item = timeline.dated().get(i);
      Map<String, String> e = events.get(i);
      assertThat(e.get("DTSTAMP")).isEqualTo("20140916T000000Z");
      assertThat(unescape(e.get("SUMMARY"))).isEqualTo(item.headline());
      assertThat(e).containsKey("DTSTART;VALUE=DATE");
    }
    // A year is an all-day span from 1 January to the next.
    int year = timeline.dated().indexOf(timeline.dated().stream()
        .filter(it -> it.value().equals("2003")).findFirst().orElseThrow());
    assertThat(events.get(year).get("DTSTART;VALUE=DATE")).isEqualTo("20030101");
    assertThat(events.get(year).get("DTEND;VALUE=DATE")).isEqualTo("20040101");
    assertThat(export.export(timeline)).as("deterministic").isEqualTo(ics);
  }

  @Test
  void edgeCasesFoldEscapeAndUseDateTimesBelowADay() {
    String ics = export.export(Responses.edgeCases());
    List<Map<String, String>> events = validEvents(ics);
    assertThat(events).hasSize(6);
    Map<String, String> week = events.get(4);
    assertThat(week.get("DTSTART;VALUE=DATE")).isEqualTo("20140908");
    assertThat(week.get("DTEND;VALUE=DATE")).isEqualTo("20140915");
    assertThat(unescape(week.get("SUMMARY")))
        .isEqualTo(Responses.edgeCases().getTimeline().getEntries(4).getHeadline()
);
    assertThat(week.get("SUMMARY")).contains("\\;").contains("\\,");
    Map<String, String> minute = events.get(5);
    assertThat(minute.get("DTSTART")).isEqualTo("20140915T140500");
    assertThat(minute.get("DTEND")).isEqualTo("20140915T140600");
    assertThat(minute.get("DTSTAMP")).isEqualTo("20140916T000000Z");
    assertThat(ics).contains("\r\n ");
  }

  @Test
  void foldingNeverSplitsAUtf8Sequence() {
    StringBuilder b = new StringBuilder();
    ICalendarExport.line(b, "SUMMARY:" + "é😀".repeat(40));
    for (String physical : b.toString().split("\r\n")) {
      byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.length).isLessThanOrEqualTo(75);
      assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical);
      assertThat(physical).doesNotContain("\uFFFD");
    }
    assertThat(unfold(b.toString())).containsExactly("SUMMARY:" + "é😀".repeat(40));
  }

  /** Line rules, calendar structure, required properties; returns each VEVENT's properties. */
  static List<Map<String, String>> validEvents(String ics) {
    assertThat(ics).endsWith("\r\n");
    assertThat(ics.replace("\r\n", "")).as("CRLF only").doesNotContain("\n").doesNotContain("\r");
    for (String physical : ics.split("\r\n")) {
      assertThat(physical.getBytes(StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
    }
    List<String> lines = unfold(ics);
    assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("END:VCALENDAR");
    assertThat(lines).contains("VERSION:2.0");
    assertThat(lines).anyMatch(l -> l.startsWith("PRODID:"));
    List<Map<String, String>> events = new ArrayList<>();
    Map<String, String> current = null;
    Set<String> uids = new HashSet<>();
    for (String line : lines) {
      if (line.equals("BEGIN:VEVENT")) {
        assertThat(current).as("no nested VEVENT").isNull();
        current = new LinkedHashMap<>();
      } else if (line.equals("END:VEVENT")) {
        assertThat(current).containsKeys("UID", "DTSTAMP", "SUMMARY");
        assertThat(uids.add(current.get("UID"))).as("unique UID").isTrue();
        String start = current.containsKey("DTSTART") ? current.get("DTSTART")
            : current.get("DTSTART;VALUE=DATE");
        String end = current.containsKey("DTEND") ? current.get("DTEND")
            : current.get("DTEND;VALUE=DATE");
        assertThat(start).as("DTSTART").isNotNull();
        assertThat(end).as("DTEND").isNotNull();
        assertThat(current.containsKey("DTSTART")).as("DTSTART and DTEND of one value type")
            .isEqualTo(current.containsKey("DTEND"));
        assertThat(start).matches(current.containsKey("DTSTART") ? "\\d{8}T\\d{6}" : "\\d{8}");
        assertThat(end.compareTo(start)).as("DTEND after DTSTART").isPositive();
        assertThat(current.get("DTSTAMP")).matches("\\d{8}T\\d{6}Z");
        events.add(current);
        current = null;
      } else if (current != null) {
        int colon = line.indexOf(':');
        assertThat(colon).as("content line has a name").isPositive();
        current.put(line.substring(0, colon), line.substring(colon + 1));
      }
    }
    return events;
  }

  static List<String> unfold(String ics) {
    return List.of(ics.replace("\r\n ", "").split("\r\n"));
  }

  static String unescape(String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char n = text.charAt(++i);
        b.append(n == 'n' || n == 'N' ? '\n' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
