package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs part-of-speech errors that hide a verb, where the syntax leaves no other reading: a
 * word the tagger called an adjective or a noun right after a modal ("would retaliate/JJ",
 * "will almost double/JJ") is a bare verb; an "-ed" word after a form of "have" ("has
 * outlasted/JJ") is a participle; a word after infinitival "to" that does not start a noun phrase
 * ("to expire/JJ Nov. 21", "to resign/NN ,") is a bare verb. Returns tokens with the same
 * indices; only tags change.
 */
final class TagRepairs {
  /** Adjectives that do follow a modal ("will likely fall"). */
  private static final Set<String> ADJECTIVES_AFTER_MODALS = Set.of("likely", "unlikely");
  /** Tags after which a word still belongs to a noun phrase ("to expire dividends"). */
  private static final Set<String> NOUN_PHRASE_CONTINUES = Set.of("NN", "NNS", "JJ", "POS",
      "JJR", "JJS", "VBG", "HYPH");

  private TagRepairs() {}

  static List<Token> repair(List<Token> tokens) {
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      String tag = repairedTag(tokens, i);
      if (tag != null) {
        if (out == null) {
          out = new ArrayList<>(tokens);
        }
        Token t = tokens.get(i);
        out.set(i, new Token(t.index(), t.span(), t.text(), tag, t.lemma()));
      }
    }
    return out == null ? tokens : List.copyOf(out);
  }

  private static String repairedTag(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!Character.isLetter(t.text().charAt(0))) {
      return null;
    }
    if (t.pos().startsWith("VB")) {
      return hiddenNonVerb(tokens, i);
    }
    boolean adjectiveOrNoun = t.pos().equals("JJ") || t.pos().equals("NN");
    return adjectiveOrNoun && i > 0 ? hiddenVerb(tokens, i) : null;
  }

  /**
   * A verb tag where a verb cannot stand: a possessive ("Telerate's/VB"), a plural noun right
   * before the finite verb it is the subject of ("said shareholders/VBZ approved"), or the first
   * word of a sentence modifying the noun after it ("Declining/VB issues", "Speculative/VB
   * investors").
   */
  private static String hiddenNonVerb(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    String form = t.text().toLowerCase(Locale.ROOT);
    if (form.endsWith("'s")) {
      return "NN";
    }
    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    if (next == null) {
      return null;
    }
    boolean afterPronoun = i > 0 && tokens.get(i - 1).pos().equals("PRP");
    if (t.pos().equals("VBZ") && FINITE.contains(next.pos()) && !afterPronoun
        && !AUXILIARY_LEMMAS.contains(t.lemma())) {
      return "NNS";
    }
    if (i == 0 && (next.pos().equals("NN") || next.pos().equals("NNS"))) {
      return "JJ";
    }
    return null;
  }

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> AUXILIARY_LEMMAS = Set.of("be", "have", "do");

  private static String hiddenVerb(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    int before = i - 1;
    while (before > 0 && tokens.get(before).pos().startsWith("RB")) {
      before--;
    }
    Token prev = tokens.get(before);
    String form = t.text().toLowerCase(Locale.ROOT);
    if (VerbGroups.isModal(prev) && !ADJECTIVES_AFTER_MODALS.contains(form)) {
      return "VB";
    }
    if (prev.lemma().equals("have") && prev.isVerb() && form.endsWith("ed")) {
      return "VBN";
    }
    if (before == i - 1 && prev.pos().equals("TO") && Character.isLowerCase(t.text().charAt(0))
        && !NOUN_SUFFIXES.matcher(form).find() && !startsNounPhrase(tokens, i)) {
      return "VB";
    }
    return null;
  }

  /** Endings only nouns have ("to education", "to prosperity"). */
  private static final Pattern NOUN_SUFFIXES =
      Pattern.compile("(?:tion|ity|ment|ness|ance|ence|ship)$");

  /**
   * The word is followed by more of a noun phrase, a coordination ("to counsel and a fair
   * trial"), a comparison or a number ("to more than", "to about 1.65"), or ends the sentence.
   */
  private static boolean startsNounPhrase(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(i + 1);
    return NOUN_PHRASE_CONTINUES.contains(next.pos()) || next.pos().equals("CC")
        || next.pos().equals("CD") || next.pos().equals(".") || next.text().equals("of")
        || next.text().equals("than");
  }
}
