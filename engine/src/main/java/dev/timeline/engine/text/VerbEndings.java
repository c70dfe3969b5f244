package dev.timeline.engine.text;

import java.util.Set;

/**
 * Whether a verb lemma that merely shortens its word cut off a real English inflection. The
 * statistical lemmatizer applies the edit script of the tag it is given, so a base form mistagged
 * as past ("I declare" as VBD) loses letters that are no ending: "declare" became "decla",
 * "declar". Irregular lemmas ("rose" → "rise") do not shorten the word and are left alone.
 */
final class VerbEndings {
  /**
   * -s, -es, -d, -ed, -ing, -n, -en, the -t of "meant", "dealt", the -ne of "done", "gone", and a
   * possessive mistagged as a verb.
   */
  private static final Set<String> ENDINGS = Set.of("s", "es", "d", "ed", "t", "ing", "n", "en", "ne", "'s");

  private VerbEndings() {}

  /** True unless {@code lemma} is a proper prefix of {@code word} cut at no inflection. */
  static boolean plausibleCut(String word, String lemma) {
    if (lemma.length() >= word.length() || !word.startsWith(lemma) || lemma.isEmpty()) {
      return true;
    }
    String cut = word.substring(lemma.length());
    if (ENDINGS.contains(cut)) {
      return true;
    }
    // A doubled final consonant before the ending: "stopped", "planning".
    return cut.length() > 1 && cut.charAt(0) == lemma.charAt(lemma.length() - 1)
        && ENDINGS.contains(cut.substring(1));
  }
}
