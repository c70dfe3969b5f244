package dev.timeline.client.export;

import java.util.List;

/**
 * Comma-separated values (RFC 4180): a header row, then one row per item in timeline order,
 * undated items included with empty {@code begin}/{@code end}. Lines end in CRLF; a field is
 * quoted when it holds a comma, a quote, CR or LF, and quotes inside are doubled. Enum columns
 * are lower-case names ({@code day}, {@code on}, {@code i_action}, {@code asserted}); {@code
 * source} lists the document ids separated by {@code ;}; {@code position} is zero-based.
 *
 * <p>{@link #spreadsheetSafe()} is for files people open in a spreadsheet: a field starting with
 * {@code = + - @}, tab or CR, which a spreadsheet would run as a formula, gets a leading
 * apostrophe (OWASP's CSV-injection advice). That alters the data, so the default does not.
 */
public final class CsvExport implements TimelineExport {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final boolean spreadsheetSafe;

  /** Exact RFC 4180 output: every field as it is. */
  public CsvExport() {
    this(false);
  }

  private CsvExport(boolean spreadsheetSafe) {
    this.spreadsheetSafe = spreadsheetSafe;
  }

  /** Output whose text fields cannot start a spreadsheet formula. */
  public static CsvExport spreadsheetSafe() {
    return new CsvExport(true);
  }
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("position", "display_date", "value", "begin",
      "end", "granularity", "headline", "sentence", "relation", "class", "factuality", "source");

  @Override
  public String export(MergedTimeline timeline) {
    StringBuilder b = new StringBuilder();
    row(b, COLUMNS);
    int position = 0;
    for (TimelineItem item : timeline.items()) {
      row(b, List.of(Integer.toString(position++), text(item.displayDate()), item.value(),
          item.dated() ? item.beginIso() : "", item.dated() ? item.endIso() : "",
          item.granularityName(), text(item.headline()), text(item.sentence()),
          item.relationName(), item.className(), item.factualityName(), text(item.sourceIds())));
    }
    return b.toString();
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  /** A field of free text from the article or the caller. */
  private String text(String s) {
    boolean formula = !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0;
    return spreadsheetSafe && formula ? "'" + s : s;
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
