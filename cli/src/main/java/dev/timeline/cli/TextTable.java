package dev.timeline.cli;

import dev.timeline.client.export.ShortText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: left-aligned columns sized to their content, the last one unpadded. */
final class TextTable {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String... headers) {
    this.headers = List.of(headers);
  }

  TextTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells");
    }
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out, String indent) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    line(out, indent, headers, widths);
    for (List<String> row : rows) {
      line(out, indent, row, widths);
    }
  }

  private static void line(PrintWriter out, String indent, List<String> cells, int[] widths) {
    StringBuilder s = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      s.append(cells.get(c));
      if (c < cells.size() - 1) {
        s.append(" ".repeat(widths[c] - cells.get(c).length() + 2));
      }
    }
    out.println(s.toString().stripTrailing());
  }

  /** The text on one line, cut at a word to {@code max} characters with an ellipsis. */
  static String clip(String text, int max) {
    return ShortText.of(text, max);
  }
}
