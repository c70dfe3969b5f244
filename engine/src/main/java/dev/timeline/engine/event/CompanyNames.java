package dev.timeline.engine.event;

import dev.timeline.engine.RuleData;
import dev.timeline.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Company names closed by a corporate designator ("Forge Mercantile PLC", "Lantern
 * Acquisition Corp.", "Consolidated Ferries Inc."): every capitalized word of the run before the
 * designator belongs to the name, so none of them is a verb or an event noun, whatever the
 * tagger read ("Forge/VB", "Consolidated/VBD", "Acquisition/NN").
 */
final class CompanyNames {
  private static final Set<String> DESIGNATORS =
      RuleData.words(CompanyNames.class, "corporate-designators.txt");
  /** Capitalized words of a name may be joined by these ("Bank of America Corp.", "Smith amp Co."). */
  private static final Set<String> JOINERS = Set.of("of", "amp", "&", "and");

  private CompanyNames() {}

  /** Marks the words inside a company name: {@code inName[i]} is true for each. */
  static boolean[] mark(List<Token> tokens) {
    boolean[] inName = new boolean[tokens.size()];
    for (int end = 1; end < tokens.size(); end++) {
      if (!designator(tokens.get(end).lower())) {
        continue;
      }
      int k = end - 1;
      while (k >= 0 && (capitalized(tokens.get(k)) || joinerInside(tokens, k))) {
        inName[k] = true;
        k--;
      }
    }
    return inName;
  }

  private static boolean designator(String word) {
    if (word.endsWith(".")) {
      word = word.substring(0, word.length() - 1);
    }
    return DESIGNATORS.contains(word);
  }

  private static boolean capitalized(Token t) {
    return Character.isUpperCase(t.text().charAt(0));
  }

  /** A joining word with a capitalized word on each side. */
  private static boolean joinerInside(List<Token> tokens, int k) {
    return k > 0 && JOINERS.contains(tokens.get(k).lower())
        && capitalized(tokens.get(k - 1)) && capitalized(tokens.get(k + 1));
  }
}
