package dev.timeline.engine.eval;

import dev.timeline.engine.Span;
import dev.timeline.engine.text.Whitespace;

/**
 * The sentence around a span, for error listings: cut at sentence punctuation or a blank line, at
 * most {@value #REACH} characters either side, whitespace collapsed, the span marked [[like
 * this]]. A heuristic on raw text so that it needs no analysis.
 */
public final class SentenceContext {
  static final int REACH = 160;

  private SentenceContext() {}

  public static String around(String text, Span span) {
    int begin = sentenceStart(text, span.begin());
    int end = sentenceEnd(text, span.end());
    String marked =
        text.substring(begin, span.begin())
            + "[["
            + span.of(text)
            + "]]"
            + text.substring(span.end(), end);
    return Whitespace.collapse(marked);
  }

  private static int sentenceStart(String text, int from) {
    int limit = Math.max(0, from - REACH);
    for (int i = from - 1; i > limit; i--) {
      if (endsSentence(text, i - 1)) {
        return i;
      }
    }
    return limit;
  }

  private static int sentenceEnd(String text, int from) {
    int limit = Math.min(text.length(), from + REACH);
    for (int i = from; i < limit; i++) {
      if (endsSentence(text, i)) {
        return i + 1;
      }
    }
    return limit;
  }

  /** A full stop, question or exclamation mark before white space, or the first of two newlines. */
  private static boolean endsSentence(String text, int i) {
    if (i < 0 || i + 1 >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    char next = text.charAt(i + 1);
    return ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(next))
        || (c == '\n' && next == '\n');
  }
}
