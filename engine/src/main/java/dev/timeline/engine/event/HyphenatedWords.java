package dev.timeline.engine.event;

import dev.timeline.engine.Span;
import dev.timeline.engine.text.Token;
import java.util.List;

/**
 * The whole hyphenated word a trigger token belongs to: the tokenizer splits "write-downs",
 * "buy-out" and "cease-fire" into pieces, but the event is the word ("a management buy-out").
 * Pieces are joined only where nothing separates them and each side is a word, not a number.
 */
final class HyphenatedWords {
  private HyphenatedWords() {}

  /** The first and last token index (inclusive) of the word around {@code at}. */
  static int[] extent(List<Token> tokens, int at) {
    int first = at;
    while (first > 0 && linked(tokens.get(first - 1), tokens.get(first))) {
      first--;
    }
    int last = at;
    while (last + 1 < tokens.size() && linked(tokens.get(last), tokens.get(last + 1))) {
      last++;
    }
    return word(tokens.get(first)) && word(tokens.get(last)) ? new int[] {first, last}
        : new int[] {at, at};
  }

  /** Particles that end a phrasal-verb word whose event is its first piece: "buy-out", "write-down". */
  private static final java.util.Set<String> PARTICLES = java.util.Set.of("up", "out", "down",
      "off", "over", "back", "in", "forward", "forwards", "around", "away");

  /**
   * Whether the token at {@code at} is only the first piece of a compound headed by a later,
   * non-verbal piece: "tug-of-war", "bankruptcy-law protection", "go-it-alone approach". The
   * compound names a thing or a property, not the event of its first word.
   */
  static boolean leadingPiece(List<Token> tokens, int at) {
    int[] e = extent(tokens, at);
    if (e[0] != at || e[1] == at) {
      return false;
    }
    Token last = tokens.get(e[1]);
    String lastWord = last.lower();
    String singular = lastWord.endsWith("s") ? lastWord.substring(0, lastWord.length() - 1)
        : lastWord; // "write-downs"
    return !last.pos().startsWith("VB") && !PARTICLES.contains(singular);
  }

  /** The span of the tokens of an {@link #extent}. */
  static Span span(List<Token> tokens, int[] e) {
    return new Span(tokens.get(e[0]).span().begin(), tokens.get(e[1]).span().end());
  }

  /** The text of the tokens of an {@link #extent}. */
  static String text(List<Token> tokens, int[] e) {
    if (e[0] == e[1]) {
      return tokens.get(e[0]).text();
    }
    StringBuilder b = new StringBuilder();
    for (int k = e[0]; k <= e[1]; k++) {
      b.append(tokens.get(k).text());
    }
    return b.toString();
  }

  /** Two touching pieces with a single hyphen between them ("--" is a dash, not a link). */
  private static boolean linked(Token left, Token right) {
    if (left.span().end() != right.span().begin()) {
      return false;
    }
    String l = left.text();
    String r = right.text();
    return l.endsWith("-") && !l.endsWith("--") || r.startsWith("-") && !r.startsWith("--");
  }

  private static boolean word(Token t) {
    String text = t.text();
    if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) && c != '-') {
        return false;
      }
    }
    return true;
  }
}
