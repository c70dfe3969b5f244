package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A past participle inside a noun phrase, modifying the noun after it: "closely held companies",
 * "three suspected weapons sites", "from continued strong demand", "a total indicated value". It
 * names a property, not an event; the tagger often reads it as a past tense. The phrase shows
 * itself by what surrounds the participle: a determiner, possessive, adjective, number or
 * preposition before it (past one degree or manner adverb) and a common noun after it (past one
 * adjective).
 */
final class AttributiveParticiples {
  private static final Set<String> DEGREE_ADVERBS = Set.of("most", "more", "less", "least");
  /** Words tagged DT that stand alone as a subject: "those included costs". */
  private static final Set<String> PRONOUN_DETERMINERS =
      Set.of("that", "this", "these", "those", "which", "all", "both", "each");
  private static final Set<String> MODIFIER_TAGS =
      Set.of("DT", "PRP$", "POS", "CD", "JJ", "JJR", "JJS");

  private AttributiveParticiples() {}

  /** Whether the past participle or past tense at {@code head} modifies the noun after it. */
  static boolean modifies(List<Token> tokens, int head, Set<String> prepositions) {
    String pos = tokens.get(head).pos();
    if (!(pos.equals("VBN") || pos.equals("VBD")) || !nounFollows(tokens, head + 1)) {
      return false;
    }
    int k = head - 1;
    if (k >= 0 && adverb(tokens.get(k))) {
      k--;
    }
    return k >= 0 && modifierSlot(tokens.get(k), prepositions);
  }

  private static boolean nounFollows(List<Token> tokens, int at) {
    if (at < tokens.size() && tokens.get(at).pos().equals("JJ")) {
      at++;
    }
    return at < tokens.size() && commonNoun(tokens.get(at));
  }

  private static boolean commonNoun(Token t) {
    return t.pos().equals("NN") || t.pos().equals("NNS");
  }

  private static boolean adverb(Token t) {
    String word = t.lower();
    return t.pos().startsWith("RB") && (word.endsWith("ly") || DEGREE_ADVERBS.contains(word));
  }

  private static boolean modifierSlot(Token t, Set<String> prepositions) {
    String word = t.lower();
    if (t.pos().equals("IN")) {
      return prepositions.contains(word);
    }
    if (!MODIFIER_TAGS.contains(t.pos()) || PRONOUN_DETERMINERS.contains(word)) {
      return false;
    }
    if (t.pos().equals("CD")) {
      return !year(word); // "in 1989 acquired assets": a year ends an adverbial, not a modifier
    }
    // A capitalised adjective is mostly a mis-tagged name, the subject: "Northern Cables announced".
    return !t.pos().startsWith("JJ") || Character.isLowerCase(t.text().charAt(0));
  }

  private static boolean year(String word) {
    return word.length() == 4 && word.chars().allMatch(Character::isDigit);
  }
}
