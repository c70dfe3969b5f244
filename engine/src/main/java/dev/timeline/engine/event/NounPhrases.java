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
        && end - k < 10 && !complementizer(tokens, k, end)) {
      // A capitalised head the tagger took for an adjective is a name: "Veridian/JJ cut".
      nominal |= isNominal(tokens.get(k)) || (k == end && tokens.get(k).pos().equals("JJ")
          && Character.isUpperCase(tokens.get(k).text().charAt(0)));
      k--;
      if (k + 1 < end && tokens.get(k + 1).pos().equals("DT")) {
        break; // a determiner opens its phrase: "on Tuesday the board" is two
      }
    }
    return nominal ? withQuantifier(tokens, k + 1, limit) : -1;
  }

  /** Words that open a quantity before a phrase: "at least 14 people", "more than 300 homes". */
  private static final java.util.Set<String> COMPARATIVES = java.util.Set.of("more", "fewer", "less");

  private static int withQuantifier(List<Token> tokens, int start, int limit) {
    if (start - 1 < limit || start >= tokens.size()) {
      return start;
    }
    String first = tokens.get(start).lower();
    String before = tokens.get(start - 1).lower();
    if ((first.equals("least") || first.equals("most")) && before.equals("at")) {
      return start - 1;
    }
    if (before.equals("than") && start - 2 >= limit
        && COMPARATIVES.contains(tokens.get(start - 2).lower())) {
      return start - 2;
    }
    return start;
  }

  /**
   * "that" before a name opens a clause, it is no determiner: "argued that Hale had lost"; nor
   * before a plural, which takes "those": "warned that new storms could arrive".
   */
  private static boolean complementizer(List<Token> tokens, int k, int end) {
    if (!tokens.get(k).lower().equals("that") || k + 1 >= tokens.size()) {
      return false;
    }
    String head = tokens.get(end).pos();
    return tokens.get(k + 1).pos().startsWith("NNP")
        || head.equals("NNS") || head.equals("NNPS");
  }

  /** "of" inside a title: "Secretary of State". */
  private static boolean isNameOf(List<Token> tokens, int k) {
    return k > 0 && k + 1 < tokens.size() && tokens.get(k).text().equals("of")
        && tokens.get(k - 1).pos().startsWith("NNP") && tokens.get(k + 1).pos().startsWith("NNP");
  }
}
