package dev.timeline.engine.text;

import java.util.Map;

/** Lemmas of contraction parts, which the statistical lemmatizer handles poorly. */
final class Clitics {
  private static final Map<String, String> LEMMAS =
      Map.ofEntries(
          Map.entry("n't", "not"),
          Map.entry("wo", "will"),
          Map.entry("ca", "can"),
          Map.entry("sha", "shall"),
          Map.entry("'ll", "will"),
          Map.entry("'re", "be"),
          Map.entry("'m", "be"),
          Map.entry("'ve", "have"),
          Map.entry("'d", "would"));

  private Clitics() {}

  /** The lemma of a contraction part with the given UD tag, or null when it is no clitic. */
  static String lemma(String lower, String udTag) {
    if (lower.equals("'s")) {
      return udTag.equals("AUX") ? "be" : "'s";
    }
    if (lower.equals("'")) {
      return "'";
    }
    if (lower.equals("wo") || lower.equals("ca") || lower.equals("sha")) {
      return udTag.equals("AUX") ? LEMMAS.get(lower) : null;
    }
    return LEMMAS.get(lower);
  }
}
