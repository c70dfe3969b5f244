package dev.timeline.engine.event;

import dev.timeline.engine.RuleData;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who a subject "he" or "she" stands for, kept deliberately simple so it stays safe: the last
 * person named as a subject outside quotation marks, in this or the previous sentence that is not
 * wholly quoted (quoted sentences are the speaker's own words and do not move the story on). A
 * person is a subject of two or more proper nouns with no organisation or place word ("Ilya
 * Rogachev", not "United Nations"), or later the surname alone ("Kadyrov"). Once a pronoun has
 * stood for a person, the other pronoun never does. A subject "it" likewise stands for the thing
 * (no person) last named as a subject in this or the previous such sentence ("The festival
 * began in 2009. It grew ..."). One instance per document.
 */
final class Antecedents {
  private static final Set<String> ORGANISATION_WORDS =
      RuleData.words(Antecedents.class, "organisation-words.txt");
  /** How many sentences that are not wholly quoted a person stays the antecedent. */
  private static final int REACH = 2;

  private final Map<String, String> pronounOf = new HashMap<>();
  private String last;
  private int age = REACH;
  /** The last subject of a recent sentence that names a thing, as a headline writes it. */
  private String thing;
  private int thingAge = REACH;

  /** A new sentence begins; {@code quotedOnly} when all its words are inside quotation marks. */
  void nextSentence(boolean quotedOnly) {
    if (!quotedOnly) {
      age++;
      thingAge++;
    }
  }

  /** The thing a subject "it" stands for, as written, or null when there is none near. */
  String resolveThing() {
    if (thing == null || thingAge >= REACH) {
      return null;
    }
    thingAge = 0;
    return thing;
  }

  /** The surname a subject pronoun stands for, or null when it is not simple and safe. */
  String resolve(String pronoun) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    if (last == null || age >= REACH || !(p.equals("he") || p.equals("she"))) {
      return null;
    }
    String known = pronounOf.get(last);
    if (known != null && !known.equals(p)) {
      return null;
    }
    pronounOf.put(last, p);
    return last;
  }

  /**
   * A subject outside quotation marks: the words of its phrase and their tags. A person becomes
   * the antecedent; any other subject leaves it as it was.
   */
  void subject(List<String> words, List<String> tags, String asWritten) {
    int end = words.size() - 1;
    int head = head(words, tags);
    if ((tags.get(head).equals("NN") || tags.get(head).equals("NNP")) && !person(words, tags)
        && !NO_THING.contains(words.get(head).toLowerCase(Locale.ROOT))) {
      thing = asWritten;
      thingAge = 0;
    }
    int start = nameStart(tags);
    if (start > end) {
      return;
    }
    String surname = words.get(end);
    boolean named = person(words, tags) && (start == 0 || !tags.get(start - 1).equals("DT"));
    if (named || (end == start && pronounOf.containsKey(surname))) {
      pronounOf.putIfAbsent(surname, null);
      last = surname;
      age = 0;
    }
  }

  /** Nouns that stand for no one thing an "it" could take up ("Not everyone is pleased"). */
  private static final Set<String> NO_THING = Set.of("everyone", "everything", "everybody",
      "someone", "something", "somebody", "anyone", "anything", "anybody", "nobody", "nothing",
      "one", "none", "each", "all", "half", "part", "rest", "number", "majority");

  /** The head: the last word before a preposition or a comma ("residents" in "residents of"). */
  private static int head(List<String> words, List<String> tags) {
    for (int k = 1; k < words.size(); k++) {
      if (tags.get(k).equals("IN") || tags.get(k).equals(",")) {
        return k - 1;
      }
    }
    return words.size() - 1;
  }

  /** Where the run of proper nouns that ends the subject starts (past its end when none). */
  private static int nameStart(List<String> tags) {
    int start = tags.size() - 1;
    while (start >= 0 && tags.get(start).startsWith("NNP")) {
      start--;
    }
    return start + 1;
  }

  /** Two or more proper nouns at the end of the subject with no organisation word. */
  private static boolean person(List<String> words, List<String> tags) {
    int end = words.size() - 1;
    int start = nameStart(tags);
    return end - start >= 1 && noOrganisationWord(words, start, end);
  }

  /** The subject was a pronoun that stood for the antecedent: the chain goes on. */
  void resolved() {
    age = 0;
  }

  private static boolean noOrganisationWord(List<String> words, int start, int end) {
    for (int k = start; k <= end; k++) {
      if (ORGANISATION_WORDS.contains(words.get(k).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
