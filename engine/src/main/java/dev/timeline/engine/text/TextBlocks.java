package dev.timeline.engine.text;

import dev.timeline.engine.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into blocks no sentence crosses: paragraphs (separated by blank lines) and heading
 * lines (short lines without final punctuation). Hard-wrapped prose stays one block.
 */
final class TextBlocks {
  private static final int HEADING_MAX_WORDS = 10;

  private TextBlocks() {}

  static List<Span> split(String text) {
    List<Span> blocks = new ArrayList<>();
    int blockStart = -1;
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int eol = text.indexOf('\n', pos);
      int lineEnd = eol < 0 ? n : eol;
      int next = eol < 0 ? n : eol + 1;
      boolean blank = text.substring(pos, lineEnd).isBlank();
      if (blank) {
        if (blockStart >= 0) {
          blocks.add(new Span(blockStart, pos));
          blockStart = -1;
        }
      } else {
        if (blockStart < 0) {
          blockStart = pos;
        }
        if (eol >= 0 && isHeading(text, pos, lineEnd, next)) {
          blocks.add(new Span(blockStart, lineEnd));
          blockStart = -1;
        }
      }
      pos = next;
    }
    if (blockStart >= 0) {
      blocks.add(new Span(blockStart, n));
    }
    return blocks;
  }

  private static boolean isHeading(String text, int begin, int end, int next) {
    int last = end - 1;
    while (last >= begin && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    if (last < begin) {
      return false;
    }
    char c = text.charAt(last);
    if (".,;:!?\"')]\u201D\u2019-".indexOf(c) >= 0) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = begin; i <= last; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    if (words > HEADING_MAX_WORDS) {
      return false;
    }
    int k = next;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k >= text.length() || !Character.isLowerCase(text.charAt(k));
  }
}
