package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Set;

/** Shallow noun-phrase cues over Penn tags. */
final class NounPhrases {
  private static final Set<String> PARTS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS",
      "NNP", "NNPS", "PRP", "PRP$", "POS", "CD", "WP$");
  private static final Set<String> STARTS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS",
      "NNP", "NNPS", "PRP", "PRP$", "CD", "EX");

  private NounPhrases() {}

  static boolean canStart(Token t) {
    return STARTS.contains(t.pos());
  }

  /** Token k continues a noun phrase (including "of" between nouns and hyphens inside names). */
  static boolean isPart(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (PARTS.contains(t.pos()) || t.pos().equals("EX")) {
      return true;
    }
    if (t.text().equals("-") && glued(tokens, k)) {
      return true; // "same-day delivery"
    }
    boolean between = k > 0 && k + 1 < tokens.size()
        && isNominal(tokens.get(k - 1)) && isNominal(tokens.get(k + 1));
    return between && (t.text().equals("-") || t.text().equals("of"))
        && tokens.get(k + 1).pos().startsWith("NNP");
  }

  /** A token written without spaces on either side, inside a word. */
  static boolean glued(List<Token> tokens, int k) {
    return k > 0 && k + 1 < tokens.size()
        && tokens.get(k - 1).span().end() == tokens.get(k).span().begin()
        && tokens.get(k).span().end() == tokens.get(k + 1).span().begin();
  }

  static boolean isNominal(Token t) {
    return t.pos().startsWith("NN") || t.pos().equals("PRP") || t.pos().equals("CD");
  }

  /** The noun phrase ending at {@code end} (inclusive): its first token, or -1 if none. */
  static int startOfPhraseEndingAt(List<Token> tokens, int end, int limit) {
    if (end >= 0 && end < tokens.size() && tokens.get(end).pos().equals("PRP")) {
      return end; // a pronoun is a whole phrase: "In 1944 she joined"
    }
    int k = end;
    boolean nominal = false;
    while (k >= limit && k >= 0 && (isPart(tokens, k) || isNameOf(tokens, k))
        && end - k < 10) {
      nominal |= isNominal(tokens.get(k));
      k--;
    }
    return nominal ? k + 1 : -1;
  }

  /** "of" inside a title: "Secretary of State". */
  private static boolean isNameOf(List<Token> tokens, int k) {
    return k > 0 && k + 1 < tokens.size() && tokens.get(k).text().equals("of")
        && tokens.get(k - 1).pos().startsWith("NNP") && tokens.get(k + 1).pos().startsWith("NNP");
  }
}
