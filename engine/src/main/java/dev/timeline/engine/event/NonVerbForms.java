package dev.timeline.engine.event;

import java.util.List;
import java.util.Locale;

/**
 * Words the tagger read as verbs whose form no English verb has: adjective and noun endings
 * ("retractable", "atrocious", "apocalyptical", "survival", "commercial"), adverbs made of
 * participles ("seemingly", "reportedly") or figures
 * ("C$9.625"). Such a word is the tagger's slip, not an event verb.
 */
final class NonVerbForms {
  /** Endings of adjectives and nouns that no verb shares (checked on words long enough). */
  private static final List<String> ENDINGS =
      List.of("ical", "ious", "eous", "ous", "ival", "cial", "tial", "sal", "ity", "ingly", "edly");
  /** "-able"/"-ible" only on long words: "enable", "disable" are verbs. */
  private static final List<String> LONG_ENDINGS = List.of("able", "ible");
  private static final int MIN_LENGTH = 6;
  private static final int MIN_LONG_LENGTH = 9;

  private NonVerbForms() {}

  static boolean cannotBeVerb(String text) {
    String word = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c) || c == '$') {
        return true;
      }
    }
    return word.length() >= MIN_LENGTH && endsWithAny(word, ENDINGS)
        || word.length() >= MIN_LONG_LENGTH && endsWithAny(word, LONG_ENDINGS);
  }

  // Plain loops: this runs on every candidate word.
  private static boolean endsWithAny(String word, List<String> endings) {
    for (String e : endings) {
      if (word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
