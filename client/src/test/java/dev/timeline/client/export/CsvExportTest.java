package dev.timeline.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.proto.v1.ExtractTimelineResponse;
import dev.timeline.proto.v1.Granularity;
import dev.timeline.proto.v1.Timeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parses the CSV back by RFC 4180's grammar and compares it with the timeline. */
class CsvExportTest {
  private final CsvExport export = new CsvExport();

  @Test
  void seedArticleRoundTrips() {
    MergedTimeline timeline = MergedTimeline.of(Responses.seed(), Responses.seedText());
    assertRoundTrip(timeline, Artefacts.save("seed.csv", export.export(timeline)));
  }

  @Test
  void quotesCommasNewlinesAndNonAsciiRoundTrip() {
    MergedTimeline timeline = MergedTimeline.of(Responses.edgeCases());
    String csv = export.export(timeline);
    assertRoundTrip(timeline, csv);
    List<List<String>> rows = parse(csv);
    List<String> week = rows.get(5);
    assertThat(week.get(6)).contains("\"</script>").contains("\u2028").contains("😀");
    assertThat(week.get(3)).isEqualTo("2014-09-08T00:00:00");
    assertThat(week.get(5)).isEqualTo("week");
    List<String> undated = rows.get(7);
    assertThat(undated.get(3)).isEmpty();
    assertThat(undated.get(4)).isEmpty();
    assertThat(undated.get(6)).isEqualTo("Talks will go on");
  }

  @Test
  void spreadsheetSafeOutputDefusesFormulas() {
    ExtractTimelineResponse r = ExtractTimelineResponse.newBuilder().setDocumentId("f")
        .setTimeline(Timeline.newBuilder().addEntries(Responses.entry(0, "2014",
            Granularity.GRANULARITY_YEAR, "2014-01-01T00:00:00", "2015-01-01T00:00:00", "2014",
            "=HYPERLINK(\"http://x\",\"y\")"))).build();
    List<String> exact = parse(new CsvExport().export(r)).get(1);
    List<String> safe = parse(CsvExport.spreadsheetSafe().export(r)).get(1);
    assertThat(exact.get(6)).startsWith("=HYPERLINK");
    assertThat(safe.get(6)).isEqualTo("'" + exact.get(6));
    assertThat(safe.get(2)).as("values and dates are left alone").isEqualTo("2014");
  }

  @Test
  void quotingFollowsRfc4180() {
    assertThat(CsvExport.field("plain")).isEqualTo("plain");
    assertThat(CsvExport.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvExport.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvExport.field("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  private static void assertRoundTrip(MergedTimeline timeline, String csv) {
    assertThat(csv).endsWith("\r\n");
    List<List<String>> rows = parse(csv);
    assertThat(rows).hasSize(timeline.items().size() + 1);
    assertThat(rows.get(0)).isEqualTo(CsvExport.COLUMNS);
    for (int i = 0; i < timeline.items().size(); i++) {
      TimelineItem item = timeline.items().get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row).hasSize(CsvExport.COLUMNS.size());
      assertThat(row.get(0)).isEqualTo(Integer.toString(i));
      assertThat(row.get(1)).isEqualTo(item.displayDate());
      assertThat(row.get(2)).isEqualTo(item.value());
      assertThat(row.get(6)).isEqualTo(item.headline());
      assertThat(row.get(7)).isEqualTo(item.sentence());
      assertThat(row.get(11)).isEqualTo(item.sourceIds());
    }
  }

  /** RFC 4180: records end in CRLF; a quoted field may hold commas, CRLF and doubled quotes. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          char q = csv.charAt(i);
          if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
          } else if (q == '"') {
            i++;
            break;
          } else {
            field.append(q);
            i++;
          }
        }
        char next = csv.charAt(i);
        assertThat(next == ',' || next == '\r').as("a quoted field ends at a separator").isTrue();
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r') {
        assertThat(csv.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        assertThat(c).as("unquoted fields hold no quote or LF").isNotIn('"', '\n');
        field.append(c);
        i++;
      }
    }
    assertThat(row).isEmpty();
    return rows;
  }
}
