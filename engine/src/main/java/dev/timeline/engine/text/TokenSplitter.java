package dev.timeline.engine.text;

import dev.timeline.engine.Span;
import java.util.List;
import java.util.Locale;

/** Token repairs around the statistical tokenizer: dashes glued to words, contractions. */
final class TokenSplitter {
  private TokenSplitter() {}

  private static boolean isDash(char c) {
    return c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2015';
  }

  /**
   * Adds the token [begin, end) to {@code out}, cut at en and em dashes ("stars–was") and with a
   * dash that opens a parenthetical ("-Putin's" after a space) split off.
   */
  static void splitDashes(String text, int begin, int end, List<Span> out) {
    int start = begin;
    if (end - begin > 1 && text.charAt(begin) == '-' && Character.isLetter(text.charAt(begin + 1))
        && (begin == 0 || Character.isWhitespace(text.charAt(begin - 1)))) {
      out.add(new Span(begin, begin + 1));
      start = begin + 1;
    }
    for (int i = start; i < end; i++) {
      if (isDash(text.charAt(i)) && end - start > 1) {
        if (i > start) {
          out.add(new Span(start, i));
        }
        out.add(new Span(i, i + 1));
        start = i + 1;
      }
    }
    if (start < end) {
      out.add(new Span(start, end));
    }
  }

  /**
   * Splits a token the tagger gave a joined tag ("AUX+PART" for "won't", "PROPN+PART" for
   * "Syria's") into its parts.
   */
  static void splitClitics(Span span, String form, String tag, List<Span> spans, List<String> tags) {
    int plus = tag.indexOf('+');
    if (plus < 0) {
      spans.add(span);
      tags.add(tag);
      return;
    }
    String first = tag.substring(0, plus);
    String rest = tag.substring(plus + 1);
    int cut = clitic(form);
    if (cut <= 0 || cut >= form.length()) {
      spans.add(span);
      tags.add(first);
      return;
    }
    spans.add(new Span(span.begin(), span.begin() + cut));
    tags.add(first);
    int second = rest.indexOf('+');
    spans.add(new Span(span.begin() + cut, span.end()));
    tags.add(second < 0 ? rest : rest.substring(0, second));
  }

  /** Where the clitic starts: "wo|n't", "Syria|'s", "States|'", "you|'re"; -1 if none. */
  private static int clitic(String form) {
    String lower = form.toLowerCase(Locale.ROOT);
    if (lower.endsWith("n't") && lower.length() > 3) {
      return lower.length() - 3;
    }
    return lower.lastIndexOf('\'');
  }
}
