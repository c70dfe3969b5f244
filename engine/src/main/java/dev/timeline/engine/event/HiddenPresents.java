package dev.timeline.engine.event;

import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A present-tense verb the tagger read as a noun where its clause has no other verb: every clause
 * needs a finite verb, so the word after a complete subject is it. "when the storm ends/NNS",
 * "whether the mayor survives/NNS", "if tariffs force/NN the plant to close", "The ferry
 * carries/NNS the mail." The subject is a noun phrase right after a subordinator or opening
 * the sentence, singular before an "-s" form and plural before a bare one (agreement); after the
 * word comes no more of a noun phrase, no list or apposition and no finite verb before the clause
 * ends ("when oil prices in Asia rose" has its verb). A sentence's own subject counts only in a
 * sentence that goes on after the word to a stop: headlines and captions have no verb ("Harbour
 * index 4,310.25").
 */
final class HiddenPresents {
  /**
   * Words that open a clause whose subject follows, and nothing else: not the ones that are also
   * prepositions ("until the summer holidays.", "such as fuel costs.").
   */
  private static final Set<String> SUBORDINATORS = Set.of("if", "when", "unless", "whether",
      "because", "although", "though", "while", "where", "whenever");
  /** Tags inside a noun phrase, before its head. */
  private static final Set<String> NOUN_PHRASE_WORDS = Set.of("DT", "PDT", "PRP$", "CD", "JJ",
      "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  /** Tags after which the word would still be in a noun phrase or a verb group. */
  private static final Set<String> NOT_AFTER = Set.of("NN", "NNS", "POS", "CD", "MD", "VB",
      "VBD", "VBZ", "VBP", "VBN", "VBG");
  /** Words after a plural noun that keep it a noun: "costs of", "estimates for", "makers in". */
  private static final Set<String> NOUN_PREPOSITIONS = Set.of("of", "for", "in");
  /** Tags that end a clause's stretch: a relative pronoun or adverb, a colon or dash. */
  private static final Set<String> CLAUSE_ENDS = Set.of("WDT", "WP", "WRB", ":");
  private static final int MIN_S_FORM = 4;

  private HiddenPresents() {}

  /** The verb tag the word at {@code i} should have, or null. */
  static String tag(List<Token> tokens, String[] forms, int i) {
    Token t = tokens.get(i);
    String pos = t.pos();
    if (i == 0 || !(pos.equals("NNS") || pos.equals("NN"))
        || !Character.isLowerCase(t.text().charAt(0))) {
      return null; // checked before anything else: this runs on every token
    }
    String verbTag = agreeingTag(tokens, forms, i);
    if (verbTag == null || !endsSubjectOnly(tokens, forms, i)) {
      return null;
    }
    return subjectOpensClause(tokens, forms, i - 1) && noFiniteVerbAhead(tokens, forms, i + 1)
        ? verbTag : null;
  }

  /**
   * VBZ for an "-s" form read as a plural after a singular head ("the storm ends"), VBP for a
   * bare form without a noun's ending after a plural head ("tariffs force"); null when the two
   * do not agree as subject and verb.
   */
  private static String agreeingTag(List<Token> tokens, String[] forms, int i) {
    Token head = tokens.get(i - 1);
    if (tokens.get(i).pos().equals("NNS")) {
      boolean singularHead = head.pos().equals("NN") || head.pos().equals("NNP");
      return singularHead && forms[i].length() >= MIN_S_FORM && plural(forms[i]) ? "VBZ" : null;
    }
    boolean pluralHead = (head.pos().equals("NNS") || head.pos().equals("NNPS"))
        && plural(forms[i - 1]);
    return pluralHead && !TagRepairs.NOUN_SUFFIXES.matcher(forms[i]).find() ? "VBP" : null;
  }

  /** Ends in the "-s" of a plural or a third person, not of "-ss" or a possessive. */
  private static boolean plural(String form) {
    return form.endsWith("s") && !form.endsWith("ss") && !form.endsWith("'s");
  }

  /** What follows cannot continue the noun phrase, and nothing lists or explains it. */
  private static boolean endsSubjectOnly(List<Token> tokens, String[] forms, int i) {
    if (i + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(i + 1);
    return !NOT_AFTER.contains(next.pos()) && !NOUN_PREPOSITIONS.contains(forms[i + 1])
        && Character.isLetterOrDigit(next.text().charAt(0)) || next.pos().equals(".");
  }

  /** The noun phrase ending at {@code head} starts the sentence or follows a subordinator. */
  private static boolean subjectOpensClause(List<Token> tokens, String[] forms, int head) {
    int k = head;
    while (k > 0 && NOUN_PHRASE_WORDS.contains(tokens.get(k - 1).pos())) {
      k--;
    }
    return k == 0 ? sentenceGoesOn(tokens, head + 1) : SUBORDINATORS.contains(forms[k - 1]);
  }

  /**
   * After a sentence's opening noun phrase the word has more words after it and the sentence
   * ends with a stop: headlines and captions, which have no verb, seldom do ("Ferry fares up
   * sharply", "The summer holidays.").
   */
  private static boolean sentenceGoesOn(List<Token> tokens, int word) {
    int last = tokens.size() - 1;
    // The stop may stay on the last word ("securities.") where the tokenizer kept it.
    return word + 1 < last && (tokens.get(last).pos().equals(".")
        || tokens.get(last).text().endsWith("."));
  }

  private static boolean noFiniteVerbAhead(List<Token> tokens, String[] forms, int from) {
    for (int j = from; j < tokens.size(); j++) {
      String pos = tokens.get(j).pos();
      if (SUBORDINATORS.contains(forms[j]) || CLAUSE_ENDS.contains(pos)
          || forms[j].equals("that")) {
        return true;
      }
      if (FINITE.contains(pos)) {
        return false;
      }
    }
    return true;
  }
}
