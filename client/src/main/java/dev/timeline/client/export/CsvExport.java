package dev.timeline.client.export;

import java.util.List;

/**
 * Comma-separated values (RFC 4180): a header row, then one row per item in timeline order,
 * undated items included with empty {@code begin}/{@code end}. Lines end in CRLF; a field is
 * quoted when it holds a comma, a quote, CR or LF, and quotes inside are doubled. Enum columns
 * are lower-case names ({@code day}, {@code on}, {@code i_action}, {@code asserted}); {@code
 * source} lists the document ids separated by {@code ;}; {@code position} is zero-based.
 */
public final class CsvExport implements TimelineExport {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("position", "display_date", "value", "begin",
      "end", "granularity", "headline", "sentence", "relation", "class", "factuality", "source");

  @Override
  public String export(MergedTimeline timeline) {
    StringBuilder b = new StringBuilder();
    row(b, COLUMNS);
    int position = 0;
    for (TimelineItem item : timeline.items()) {
      row(b, List.of(Integer.toString(position++), item.displayDate(), item.value(),
          item.dated() ? item.beginIso() : "", item.dated() ? item.endIso() : "",
          item.granularityName(), item.headline(), item.sentence(), item.relationName(),
          item.className(), item.factualityName(), item.sourceIds()));
    }
    return b.toString();
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  private static void row(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields.get(i)));
    }
    b.append("\r\n");
  }

  static String field(String s) {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
