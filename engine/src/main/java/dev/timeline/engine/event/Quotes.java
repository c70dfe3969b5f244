package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;

/** Tracks quotation marks across sentences: quoted speech is reported, not asserted. */
final class Quotes {
  private boolean open;

  /** Marks the tokens of a sentence that lie inside quotation marks, in document order. */
  boolean[] mark(List<Token> tokens, String text) {
    boolean[] quoted = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (opens(t, text)) {
        open = true;
      } else if (closes(t, text)) {
        open = false;
      } else {
        quoted[i] = open;
      }
    }
    return quoted;
  }

  static boolean opens(Token t, String text) {
    String w = t.text();
    if (w.equals("\u201C") || w.equals("``") || isDoubledBacktick(t, text)) {
      return true;
    }
    if (!w.equals("\"")) {
      return false;
    }
    int b = t.span().begin();
    int e = t.span().end();
    boolean spaceBefore = b == 0 || isSpace(text.charAt(b - 1));
    boolean spaceAfter = e >= text.length() || isSpace(text.charAt(e));
    return spaceBefore && !spaceAfter;
  }

  /**
   * One of the two backticks of a "``" the tokenizer split in two: each opens, so neither is
   * counted as quoted.
   */
  private static boolean isDoubledBacktick(Token t, String text) {
    if (!t.text().equals("`")) {
      return false;
    }
    int b = t.span().begin();
    int e = t.span().end();
    return (b > 0 && text.charAt(b - 1) == '`') || (e < text.length() && text.charAt(e) == '`');
  }

  static boolean isQuoteMark(Token t) {
    String w = t.text();
    if (w.isEmpty() || "\"\u201C\u201D`'".indexOf(w.charAt(0)) < 0) {
      return false; // most tokens: no string compared
    }
    return w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("``")
        || w.equals("''") || w.equals("`");
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean closes(Token t, String text) {
    String w = t.text();
    // ".''": the tokenizer may keep a sentence's full stop and the closing marks together.
    return w.equals("\u201D") || w.endsWith("''") || (w.equals("\"") && !opens(t, text));
  }
}
