package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Participles that give a name, not an event: "the so-called Harvest Circle", "a
 * partnership called Nova Ridge", "a panel called the Regional Water Board", "a
 * condition known as overheating". "called" only names after an indefinite noun phrase: "the
 * company called the offer inadequate" is a verb with its objects.
 */
final class NamingParticiples {
  /** Words inside a noun phrase between its article and its head. */
  private static final Set<String> PHRASE_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "NNP",
      "CD", "HYPH", ":");
  private static final int MAX_PHRASE = 5;

  private NamingParticiples() {}

  static boolean names(List<Token> tokens, int head) {
    String form = tokens.get(head).lower();
    if (head == 0 || head + 1 >= tokens.size()) {
      return false;
    }
    Token before = tokens.get(head - 1);
    Token next = tokens.get(head + 1);
    if (form.equals("known")) {
      return commonNoun(before) && next.text().equalsIgnoreCase("as");
    }
    if (!form.equals("called")) {
      return false;
    }
    if (before.text().equalsIgnoreCase("so")) {
      return true; // "so-called", split or not
    }
    if (before.text().equals(",") && head >= 2 && commonNoun(tokens.get(head - 2))
        && (next.pos().startsWith("NN") || startsName(tokens, head + 1))) {
      return true; // an apposition: "the new vaccine, called Rovanex, ..."
    }
    return commonNoun(before) && afterIndefiniteArticle(tokens, head - 1) && startsName(tokens,
        head + 1);
  }

  private static boolean commonNoun(Token t) {
    return t.pos().equals("NN") || t.pos().equals("NNS");
  }

  /** A capitalized word, or "the" before one: "called Aldous", "called the International ...". */
  private static boolean startsName(List<Token> tokens, int at) {
    Token t = tokens.get(at);
    if (t.text().equalsIgnoreCase("the") && at + 1 < tokens.size()) {
      t = tokens.get(at + 1);
    }
    return Character.isUpperCase(t.text().charAt(0));
  }

  /** The noun ending at {@code noun} heads a phrase opened by "a" or "an". */
  private static boolean afterIndefiniteArticle(List<Token> tokens, int noun) {
    for (int k = noun - 1; k >= 0 && k >= noun - MAX_PHRASE; k--) {
      Token t = tokens.get(k);
      String word = t.lower();
      if (word.equals("a") || word.equals("an")) {
        return true;
      }
      if (!PHRASE_TAGS.contains(t.pos()) && !word.startsWith("-")) {
        return false;
      }
    }
    return false;
  }
}
